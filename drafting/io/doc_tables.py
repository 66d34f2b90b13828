"""A .doc table's rows put on one grid, merged cells resolved as ``docx_reader`` resolves them.

Why: a .doc stores a table row by row: each row's cells and, on its row-end mark, the cells' edges and
merge flags (sprmTDefTable, ``doc_properties``). A cell merged across columns is one wider cell, so
its row has fewer cells than the rows around it: put side by side as they come, the cells after it
would stand under the wrong headers (a 自评表's merged 年度资金总额 row, 一级指标 above its 二级指标).
The grid is every edge any row has (Word builds a .docx's column grid the same way); a cell spans
the grid columns between its edges (``col_span``, the columns it covers ``merged``); a cell flagged
merged onto the one before it (Word 97 kept merged cells apart, flagged) widens that one; a cell below
a vertically merged one is ``merged`` and its first cell's ``row_span`` grows, as in a .docx read.
A table whose rows say no edges is read cell after cell, short rows padded at their end.
"""

from __future__ import annotations

from bisect import bisect_left

from ..report import Cell, Table
from .doc_properties import ParaProps

__all__ = ["Row", "make_table"]

Row = tuple[list[str], ParaProps]  # the cells' texts, the row-end mark's properties
_CONTINUES_H = 1  # horzMerge: merged onto the cell before (2, 3: the first of such a set; Word 97's way)
_FIRST_V, _CONTINUES_V = 3, 1  # vertMerge: the first cell of a vertical merge, a cell merged onto it


def make_table(rows: list[Row]) -> Table:
    """The table of ``rows`` on the grid of all their edges (see the module)."""
    grid = sorted({e for texts, props in rows if len(props.edges) == len(texts) + 1 for e in props.edges})
    out: list[list[Cell]] = []
    origin: dict[int, tuple[int, int]] = {}  # grid column -> (row, column) of the merge's first cell
    for texts, props in rows:
        laid = len(props.edges) == len(texts) + 1
        row: list[Cell] = []
        for k, text in enumerate(texts):
            if not laid:
                row.append(Cell(text=text))
                continue
            col, end = bisect_left(grid, props.edges[k]), bisect_left(grid, props.edges[k + 1])
            span = max(1, end - col)
            row.extend(Cell() for _ in range(col - len(row)))  # a row that starts further in
            horizontal, vertical = props.merges[k] if k < len(props.merges) else (0, 0)
            if vertical == _CONTINUES_V and col in origin and not text:
                r0, c0 = origin[col]
                out[r0][c0].row_span += 1
                row.extend(Cell(merged=True) for _ in range(span))
                continue
            first = next((c for c in range(len(row) - 1, -1, -1) if not row[c].merged), None)
            if horizontal == _CONTINUES_H and first is not None and not text:
                row[first].col_span += span
                row.extend(Cell(merged=True) for _ in range(span))
                continue
            col = len(row)
            row.append(Cell(text=text, col_span=span))
            row.extend(Cell(merged=True) for _ in range(span - 1))
            if vertical == _FIRST_V:
                origin[col] = (len(out), col)
            else:
                origin.pop(col, None)
        out.append(row)
    width = max((len(r) for r in out), default=0)
    return Table(rows=[r + [Cell() for _ in range(width - len(r))] for r in out])
