"""The rows of a report's tables as the score checks read them: a Word table's rows, lines of cells parted
by "|" or tabs (``table_rows``), a text row that lost its merged leading cells put back under its header's
columns, and an indicator table's rows run together on lines with blanks between cells (``score_rows``).

Apart from ``scores`` so that the reading (which ``indicator_lines`` helps with) sits below the checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import repeat

from ...numbers.memo import BlockMemo
from ...report import Location, Report, Table, TextUnit
from ..indicator_lines import aligned, header_roles, put_before, spaced_rows
from .grid import cell_unit, row_spans

__all__ = ["Row", "score_rows", "shared_rows", "table_rows"]

Row = list[tuple[TextUnit, int, int]]  # each cell: its unit and the span of its text there


def _table_rows(report: Report) -> Iterator[Row | None]:
    """Every table row in reading order — a Word table's rows (every grid column, empty and merged
    cells as empty spans, so columns stay aligned), and lines of cells split by "|" or tabs in the
    text — with None between tables (a row of one cell or plain prose)."""
    for i, block in enumerate(report.blocks):
        if isinstance(block, Table):
            for r, cells in enumerate(block.rows):
                yield [(cell_unit(i, r, c, text), 0, len(text))
                       for c, cell in enumerate(cells) for text in ["" if cell.merged else cell.text]]
            yield None
            continue
        text = getattr(block, "text", "")
        if not text:
            continue
        if "|" not in text and "\t" not in text:  # prose: each line one cell at most, no row
            yield from repeat(None, text.count("\n") + 1)
            continue
        unit = TextUnit(location=Location(block=i, start=0, end=len(text)), text=text, kind=block.kind)
        pos = 0
        for line in text.split("\n"):
            spans = [(unit, pos + a, pos + b) for a, b in row_spans(line)]
            yield spans if sum(1 for _, a, b in spans if b > a) > 1 else None
            pos += len(line) + 1


_rows: BlockMemo[int, tuple[Report, list[Row | None]]] = BlockMemo()


@contextmanager
def shared_rows() -> Iterator[None]:
    """Within this block a report's table rows are read once: the three score checks, the surveys
    and the staffing check each read every cell of every table (the sample's 368 cells were made
    into units five times). The rows are shared: callers read them and change nothing."""
    with _rows.held():
        yield


def table_rows(report: Report) -> Iterable[Row | None]:
    """``_table_rows(report)``; within ``shared_rows`` read once into a list, the same list for the
    same report. The staffing and survey checks read forms' tables the same way."""
    table = _rows.table
    if table is None:
        return _table_rows(report)
    hit = table.get(id(report))
    if hit is None or hit[0] is not report:  # the report is kept in the entry, so its id is not reused
        hit = table[id(report)] = (report, list(_table_rows(report)))
    return hit[1]


def score_rows(report: Report) -> Iterator[Row | None]:
    """``table_rows`` with each text row that lost its merged leading cells (a title or a category written once
    for its group) put back under its indicator header's columns (``aligned``), then an indicator table's rows run
    together on lines, cells parted by blanks (``spaced_rows``), which ``table_rows`` reads as prose."""
    head: tuple[int, int, bool] | None = None  # the header's cells (trailing blanks not counted), lead, reason last
    for row in table_rows(report):
        if row is None:
            head = None
            yield row
            continue
        texts = [u.text[a:b] for u, a, b in row]
        roles = header_roles(texts)
        if roles is not None:
            named = roles[:len(roles) - (len(texts) - _filled(texts))]  # (each trailing blank cell is an "other")
            head = (_filled(texts), len(texts) - len(roles), named[-1:] == ["reason"])
            yield row
            continue
        yield row if head is None or row[0][0].kind == "cell" else _put_back(row, texts, *head)
    yield None
    yield from spaced_rows(report)


def _filled(texts: list[str]) -> int:
    """How many cells a row has up to its last written one."""
    return next((k + 1 for k in range(len(texts) - 1, -1, -1) if texts[k].strip()), 0)


def _put_back(row: Row, texts: list[str], width: int, lead: int, reason_last: bool) -> Row:
    """``row`` with an empty span where each leading cell it lost stood, or a blank reason put back last."""
    given = texts[:_filled(texts)]
    cells = aligned(given, width, lead, reason_last)
    if len(cells) != width or len(given) >= width:
        return row
    unit, start = row[0][0], row[0][1]
    before = put_before(given, cells)
    if len(cells) - len(given) > before:  # (its blank reason put back last)
        last = row[len(given) - 1]
        row = [*row[:len(given)], (last[0], last[2], last[2]), *row[len(given):]]
    return [(unit, start, start)] * before + row
