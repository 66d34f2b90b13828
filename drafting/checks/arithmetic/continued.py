"""A table continued on the next page (表1（续）, 续表): its total row closes the rows of both parts.

Part of the arithmetic check (see ``tables``). Premise: a table broken across pages is printed again
under its caption marked 续, its header row repeated; a 合计 row in the second part sums the rows of
the first part too. Read alone, the second part's rows fall short of its total by the first part's
sum — no slip of the writer's. The two parts are read as one table when the second is marked so, a
short line right before it, and both have the same header rows.
"""

from __future__ import annotations

import re

from ...report import Paragraph, Report
from .grid import Grid

__all__ = ["join_continued"]

_CONTINUED = re.compile(r"续表|[（(]\s*续\s*[)）]|续上表")
_CAPTION = 30  # characters: a caption line, not a sentence that says 续
_LOOK_BACK = 4  # blocks before the first data row: caption, header row, the rule under it, a blank


def join_continued(report: Report, grids: list[Grid]) -> list[Grid]:
    """The grids, each continuation followed by itself joined to the part before it."""
    out: list[Grid] = []
    for g in grids:
        prev = out[-1] if out else None
        if prev is not None and prev.rows and g.rows and prev.headers == g.headers and _marked(report, g):
            out.append(Grid(headers=g.headers, rows=[*prev.rows, *g.rows], col_labels=g.col_labels,
                            total_col=g.total_col, unit=g.unit or prev.unit))
            continue
        out.append(g)
    return out


def _marked(report: Report, g: Grid) -> bool:
    at = _first_block(g)
    if at is None:
        return False
    for block in report.blocks[max(0, at - _LOOK_BACK):at]:
        if isinstance(block, Paragraph) and len(block.text.strip()) <= _CAPTION and _CONTINUED.search(block.text):
            return True
    return False


def _first_block(g: Grid) -> int | None:
    row = g.rows[0]
    if row.label_loc is not None:
        return row.label_loc.block
    return next((c.loc.block for c in row.cells if c is not None), None)
