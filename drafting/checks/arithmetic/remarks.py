"""Table rows whose layout the grid misreads, told so that no total is checked against the wrong cells.

* A row whose figures are followed by a remark (|质量指标|15|13.5|部分验收资料不全|), for the grid
  reading (``grid``): a text cell after data normally starts a new table segment (a group heading or a
  second header), but a remark column (扣分原因, 偏差原因, 备注) holds text in some data rows only.
  Cutting the table there leaves the 合计 row under a fragment of its parts, and the total check then
  reports a correct total as wrong.
* A first column of serial numbers (|序号|项目|计划投资|… / |一|道路工程|1,200|… / ||合计|2,500|…), for the
  grid reading: a serial number, not a figure, opens each row, the names beside them are the labels, and
  the 合计 row's label stands in the names' column; read as it stands, every row held text and no grid
  was found, so no total of such a table was ever checked.
* Rows of one figure each under a total row of several, for the column-total check (``tables``): a
  form's 按收入性质分 block (一般公共预算 712.45 under 年初 685.20 | 全年 712.45 | 执行 705.33) is read
  into the first column, but whose column it is the layout does not say.
* A total row most of whose columns (three or more) read wrong at once (``misread_rows``): a table copied one cell
  a line whose blank cells dropped their lines, so each figure sits under another column — no report's
  合计 row is off in most of its columns; its columns were misread.

This module imports nothing of ``grid`` (which imports it): the figures it reads are duck-typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Protocol

from ...quantities import round_half_up

__all__ = ["column_unknown", "misread_rows", "remark_row", "serial_column"]

_SERIAL = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*[、.．]?\s*$")
_SERIAL_HEAD = re.compile(r"^\s*(?:序号|编号|序)\s*$")
_REMARK_HEAD = re.compile(r"^\s*(?:备\s*注|说\s*明|(?:扣分|偏差|差异)?原因(?:分析)?(?:及改进措施)?)\s*$")
_TOTAL = re.compile(r"^\s*(?:合计|总计|小计|共计)\s*$")


class _Figure(Protocol):
    @property
    def value(self) -> Decimal: ...
    @property
    def places(self) -> int: ...


class _Figures(Protocol):
    def nums(self) -> Sequence[_Figure]: ...


def remark_row(texts: Sequence[str], figures: Sequence[object | None], before: Sequence[object | None] | None,
               head: Sequence[str] | None = None) -> bool:
    """Whether a row with figures and text (``texts`` after the label, ``figures`` the row's cells from
    the first column, None where no figure) is a data row with a remark: its figures stand in the
    columns of the data row ``before`` it, and its text only in columns after its last figure. The
    first data row has none before it: its text must then stand under a remark column of the header
    row ``head`` (|乡镇|资金|人数|备注| over |城关镇|18.40|1098|含上年结转|), else it may be a header."""
    if before is None and (head is None or len(head) != len(texts) + 1
                           or not any(_REMARK_HEAD.search(h) for h in head[2:])):
        return False  # (a remark column is never the label's nor the first figure's)
    cols = {k for k, x in enumerate(figures) if k and x is not None}
    text_cols = [k for k, t in enumerate(texts, 1) if t.strip() and (k >= len(figures) or figures[k] is None)]
    if not cols or not all(k > max(cols) for k in text_cols):
        return False
    if before is None:
        return head is not None and all(_REMARK_HEAD.search(head[k]) for k in text_cols)
    return cols == {k for k, x in enumerate(before) if k and x is not None}


def column_unknown(parts: Sequence[_Figure], rows: Sequence[_Figures], figures: Sequence[_Figure], total: _Figure) -> bool:
    """Whether ``parts``, from ``rows`` that hold one figure each, add up to another of the total row's
    ``figures`` than ``total``: they belong under that column, not under ``total``'s."""
    whole = sum((p.value for p in parts), Decimal(0))
    return all(len(x.nums()) <= 1 for x in rows) and \
        any(round_half_up(whole, f.places) == f.value for f in figures if f is not total)


def serial_column(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table's first column holds serial numbers (two at least, each before a name), its header
    序号 and blanks or a 合计 label only."""
    firsts = [(r[0], r[1] if len(r) > 1 else "") for r in rows if r]
    serials = [name for first, name in firsts if _SERIAL.match(first)]
    return len(serials) >= 2 and all(re.search("[\u4e00-\u9fff]", name) for name in serials) and \
        all(_SERIAL.match(f) or _SERIAL_HEAD.match(f) or _TOTAL.match(f) or not f.strip() for f, _ in firsts)


_MISREAD = 3  # wrong columns of one total row, at least, and more than half of its figures


def misread_rows(found: list[Any], grid: Any) -> list[Any]:
    """``found`` (column-total findings on ``grid``) without those of a total row read wrong in most of its columns."""
    if len(found) < _MISREAD:
        return found
    figures = {}  # each row's count of figures, by its place
    for row in grid.rows:
        if cells := [x for x in row.cells if x is not None]:
            figures[(cells[0].loc.block, cells[0].loc.row)] = len(cells)
    per_row: dict[tuple[int | None, int | None], int] = {}
    for f in found:
        per_row[_row_of(f)] = per_row.get(_row_of(f), 0) + 1
    misread = {k for k, n in per_row.items() if n >= _MISREAD and 2 * n > figures.get(k, n)}
    return [f for f in found if _row_of(f) not in misread]


def _row_of(f: Any) -> tuple[int | None, int | None]:
    at = f.location.location
    return at.block, at.row
