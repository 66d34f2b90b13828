"""Which cells of a column its total adds: the rows it closes, and the members of a table whose group
headings are written once above them.

Why: a score or budget table with merged cells (一级指标 over 二级 over 三级), flattened one cell a line,
gives each heading's figure once (决策 15, 项目立项 5) and leaves its other columns blank; the members
fill every column. Read by figures alone, the headings and their members are added together, so a
wrong total of such a table is measured against the members alone: when every heading's figure is the
sum of the members below it, the members' sum is what the total should be; when a heading disagrees with
its members, no one figure is what the total should be, and the finding says so without proposing one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import round_half_up
from .grid import Grid, Num, Row, make_finding

__all__ = ["Groups", "column_parts", "groups", "groups_disagree", "members_add_up", "shifted_parts"]


def _zero(row: Row) -> Num | None:
    """A blank cell of ``row`` read as 0 (placed at the row's first figure: a blank has no place of its
    own); None for a row with no figure at all."""
    first = next(iter(row.nums()), None)
    return None if first is None else Num(Decimal(0), 0, False, first.loc, "")


def column_parts(parts_rows: list[Row], c: int, blank_zero: bool = False) -> list[Num] | None:
    """The cells of column ``c`` a total there adds up, or None when the column cannot be summed.
    ``blank_zero``: a row's blank cell is a zero (accounts tables leave zeros blank), for the other
    readings of a total, which may only clear it."""
    col = [x.cells[c] if c < len(x.cells) else None for x in parts_rows]
    if any(x is not None and x.percent for x in col):
        return None
    # rows too short to reach this column are fine only when all they hold is zero
    short = [x for x in parts_rows if c >= len(x.cells) or x.cells[c] is None]
    if blank_zero and short:
        col = [x if x is not None else _zero(r) for x, r in zip(col, parts_rows, strict=True)]
    elif any(any(n.value != 0 for n in x.nums()) for x in short):
        return None
    parts = [x for x in col if x is not None]
    return None if len(parts) < 2 or all(p.value == 0 for p in parts) else parts


@dataclass(frozen=True)
class Groups:
    """The members of one column under its group headings; ``consistent`` when every heading closes on
    the sum of the members below it (so the members add up to the headings of the first level)."""

    members: list[Num]
    consistent: bool


def groups(parts_rows: list[Row], row: Row, c: int) -> Groups | None:
    """The members of column ``c``: a heading leaves blank a column the total row and its members fill,
    and its figure is their subtotal, so the total adds the rows filled wherever the total row is. Two
    headings at least: one row with a blank cell heads no group."""
    filled = [k for k, x in enumerate(row.cells) if x is not None]
    if len(filled) < 2:
        return None
    members: list[Num] = []
    open_: list[Decimal] = []  # what each open heading still awaits from its members
    consistent, headings = True, 0
    for x in parts_rows:
        cell = x.cells[c] if c < len(x.cells) else None
        if cell is None:
            continue
        if all(k < len(x.cells) and x.cells[k] is not None for k in filled):
            members.append(cell)
            open_ = [left - cell.value for left in open_]
            consistent = consistent and all(left >= 0 for left in open_)
            open_ = [left for left in open_ if left != 0]
        else:
            headings += 1
            open_.append(cell.value)
    if headings < 2 or len(members) < 2:
        return None
    return Groups(members, consistent and not open_)


def members_add_up(grouped: Groups | None, total: Num) -> bool:
    """Whether the total in its column is the members' sum."""
    if grouped is None:
        return False
    return round_half_up(sum((m.value for m in grouped.members), Decimal(0)), total.places) == total.value


def groups_disagree(g: Grid, row: Row, c: int, total: Num, grouped: Groups) -> Finding:
    """A total that is neither the members' sum nor read otherwise, in a table whose headings disagree
    with their members: which figure is wrong is not for the arithmetic to say."""
    name = g.col_labels.get(c, f"第{c + 1}列")
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{row.label}行{name}报告为 {total.text}，与各分组及其分项合不上（有分组的分值与其下分项之和也不一致，"
        "无法从表内确定正确的数）", total, grouped.members,
        f"{row.label} ≠ " + " + ".join(m.text for m in grouped.members) + "，且有分组的分值不等于其下分项之和",
        f"核对{row.label}行、各分组的分值与其下分项，更正有误的一处", "table_column_total",
    )


def shifted_parts(row: Row, parts_rows: list[Row], total: Num,
                  adds_up: Callable[[list[Num], Num], bool]) -> list[Num] | None:
    """For a total row that holds fewer figures than each row it closes (that holds any): None when
    ``total`` is the sum of some column of those rows, else that column's figures counted from the right.
    A copy that drops blank cells (a table flattened one cell a line) pushes a 合计 row's figures to the
    left of its blanks (单位, 单价 left blank): their places no longer name their columns, a figure that
    is a column's sum is that column's, and the amounts a 合计 closes stand last. Any other row: []."""
    filled = [x for x in parts_rows if x.nums()]
    if not filled or not all(len(x.nums()) > len(row.nums()) for x in filled):
        return []
    width = max(len(x.cells) for x in parts_rows)
    if any(adds_up(alt, total) for alt in (column_parts(parts_rows, c) for c in range(width)) if alt is not None):
        return None
    last = max(c for x in filled for c, n in enumerate(x.cells) if n is not None)
    shift = last - max(c for c, n in enumerate(row.cells) if n is not None)
    return column_parts(parts_rows, row.cells.index(total) + shift) or []
