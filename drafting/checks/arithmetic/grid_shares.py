"""A table's share column (| 项目 | 金额（万元） | 占比（%） | with a 合计 row): each row's share must be
its amount over the 合计 row's amount.

Part of the arithmetic check (see ``grid_rates``, which runs this after the rate columns). Premise: a
column headed 占比/比重 beside amounts whose rows add up to one 合计 row is the share of that total,
row by row. The base is discovered, not assumed: the amount column (of any beside it whose rows add up
to the 合计) under which most rows' shares hold; a row whose share holds under no such column, at its
shown precision (half-up or truncated) or within the rounding of its figures, is reported — all such
rows of a table as one finding (其中 rows, whose share may be of their parent row, are not read). A
合计 row's share must say 100% or be blank, and the rows that hold must outnumber those that do not
(else the column is a share of some other whole).

A table laid out by rows (| 项目 | 人员经费 | 公用经费 | 合计 | over a 金额 row and a 占比 row) says the
same thing turned a quarter: it is read turned back (``_turned``), its columns as the parts and its one
占比 row as the share column, by the same premises.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from ...report import Location
from .grid import NOT_EXPLAINED, TOTAL_WORDS, Grid, Num, Row, make_finding, norm

__all__ = ["check_grid_shares"]

_SHARE_COL = re.compile(r"占比|比重|所占比例|占.{1,8}比例")
_SUB_ROW = re.compile(r"^\s*其中")


def check_grid_shares(grids: list[Grid], corrected: dict[Location, Decimal]) -> list[Finding]:
    """Each table's share column against its amounts and their 合计 row."""
    out: list[Finding] = []
    for g in [*grids, *(t for g in grids if (t := _turned(g)) is not None)]:
        shares = [c for c, t in g.col_labels.items() if _SHARE_COL.search(norm(t))]
        totals = [r for r in g.rows if any(w in norm(r.label) for w in TOTAL_WORDS)]
        if len(shares) != 1 or len(totals) != 1 or "小计" in norm(totals[0].label):
            continue
        s, total_row = shares[0], totals[0]
        pct = "%" in g.col_labels[s] or "％" in g.col_labels[s]
        said = _cell(total_row, s)
        if said is not None and said.value != 100:
            continue  # (a 合计 row's share of 37.5%: the column is a share of another whole)
        parts = [r for r in g.rows if r is not total_row and not _SUB_ROW.match(r.label)
                 and _share(r, s, pct) is not None]  # (a 其中 row's share may be of the row above it)
        bases = [c for c in g.col_labels if c != s and _adds_up(g, c, total_row, corrected)]
        if (found := _off_rows(parts, s, pct, bases, total_row, corrected)) is not None:
            out.append(found)
    return out


def _turned(g: Grid) -> Grid | None:
    """A table whose one 占比 row sits under its amounts' rows and whose columns name the parts and one
    合计, turned so that each column is a row (its header its label): None for any other table, and for
    one whose header already names a share column (read as it stands)."""
    if any(_SHARE_COL.search(norm(t)) for t in g.col_labels.values()):
        return None
    if sum(bool(_SHARE_COL.search(norm(r.label))) for r in g.rows) != 1:
        return None
    if sum(any(w in norm(t) for w in TOTAL_WORDS) for t in g.col_labels.values()) != 1:
        return None
    rows = [Row(label=t, label_loc=None, cells=[_cell(r, c) for r in g.rows]) for c, t in sorted(g.col_labels.items())]
    return Grid(headers=g.headers, rows=rows, col_labels={k: r.label for k, r in enumerate(g.rows)}, unit=g.unit)


def _cell(row: Row, c: int) -> Num | None:
    return row.cells[c] if c < len(row.cells) else None


def _share(row: Row, s: int, pct: bool) -> Num | None:
    cell = _cell(row, s)
    return cell if cell is not None and (cell.percent or pct) else None


def _total(total_row: Row, c: int, corrected: dict[Location, Decimal]) -> Decimal | None:
    cell = _cell(total_row, c)
    if cell is None or cell.percent:
        return None
    return corrected.get(cell.loc, cell.value)


def _adds_up(g: Grid, c: int, total_row: Row, corrected: dict[Location, Decimal]) -> bool:
    """Whether column ``c`` holds amounts whose rows (其中 rows left out) add up to its 合计 cell."""
    total = _total(total_row, c, corrected)
    cells = [_cell(r, c) for r in g.rows if r is not total_row and not _SUB_ROW.match(r.label)]
    nums = [n for n in cells if n is not None]
    if total is None or total <= 0 or len(nums) < 2 or any(n.percent for n in nums):
        return False
    gap = abs(sum((n.value for n in nums), Decimal(0)) - total)
    return gap <= sum((n.half for n in nums), Decimal(0)) + total_row.cells[c].half  # type: ignore[union-attr]


def _holds(share: Num, amount: Num | None, total: Decimal, total_half: Decimal) -> bool:
    """Whether ``share`` is amount ÷ total at its shown precision, or within its figures' rounding."""
    if amount is None:
        return False
    exact = amount.value * 100 / total
    if share.value in (round_half_up(exact, share.places), exact.quantize(Decimal(1).scaleb(-share.places), ROUND_DOWN)):
        return True
    lo = (amount.value - amount.half) * 100 / (total + total_half)
    hi = (amount.value + amount.half) * 100 / (total - total_half)
    return lo <= share.value + share.half and hi >= share.value - share.half


def _off_rows(parts: list[Row], s: int, pct: bool, bases: list[int], total_row: Row,
              corrected: dict[Location, Decimal]) -> Finding | None:
    """One finding for the rows whose share holds under no base column, when the best base column
    explains more rows than are left."""
    def fits(row: Row, c: int) -> bool:
        total = _total(total_row, c, corrected)
        share = _share(row, s, pct)
        assert total is not None and share is not None
        return _holds(share, _cell(row, c), total, total_row.cells[c].half)  # type: ignore[union-attr]

    if not bases or len(parts) < 3:
        return None
    best = max(bases, key=lambda c: sum(fits(r, c) for r in parts))
    off = [r for r in parts if not any(fits(r, c) for c in bases)]
    if not off or len(parts) - len(off) <= len(off) or any(_cell(r, best) is None for r in off):
        return None
    return _finding(off, s, pct, best, total_row, corrected)


def _finding(off: list[Row], s: int, pct: bool, c: int, total_row: Row,
             corrected: dict[Location, Decimal]) -> Finding:
    total = _total(total_row, c, corrected)
    total_cell = total_row.cells[c]
    assert total is not None and total_cell is not None
    said: list[str] = []
    inputs: list[Num] = []
    for r in off:
        share, amount = _share(r, s, pct), _cell(r, c)
        assert share is not None and amount is not None
        right = format_decimal(round_half_up(amount.value * 100 / total, share.places), share.places)
        said.append(f"{r.label or '该行'}的占比写作 {share.text}，按 {amount.text} ÷ {total_cell.text} 应为 {right}%")
        inputs += [share, amount]
    first = _share(off[0], s, pct)
    assert first is not None
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING, "；".join(said), first, [*inputs[1:], total_cell],
        f"占比 = 本行金额 ÷ {total_row.label}行金额 {total_cell.text} × 100%，其余多数行均按此成立" + NOT_EXPLAINED,
        "按本行金额 ÷ 合计数重新计算占比，或核对本行金额", "table_share")
