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
from itertools import product

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from .grid import Grid, Num, Row, make_finding

__all__ = ["Groups", "column_parts", "groups", "groups_disagree", "members_add_up", "one_figure_off", "shifted_parts"]


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
    the sum of the members below it (so the members add up to the headings of the first level).
    ``cells``: every figure of the column in order, with its row and whether it is a member's."""

    members: list[Num]
    consistent: bool
    cells: tuple[tuple[Row, Num, bool], ...] = ()


def _consistent(cells: list[tuple[Decimal, bool]]) -> bool:
    """Whether every heading (False) closes on the members (True) below it: what each open heading
    still awaits goes down by each member and closes at 0, never below."""
    open_: list[Decimal] = []
    for value, member in cells:
        if not member:
            open_.append(value)
            continue
        open_ = [left - value for left in open_]
        if any(left < 0 for left in open_):
            return False
        open_ = [left for left in open_ if left != 0]
    return not open_


def groups(parts_rows: list[Row], row: Row, c: int) -> Groups | None:
    """The members of column ``c``: a heading leaves blank a column the total row and its members fill,
    and its figure is their subtotal, so the total adds the rows filled wherever the total row is. Two
    headings at least: one row with a blank cell heads no group."""
    filled = [k for k, x in enumerate(row.cells) if x is not None]
    if len(filled) < 2:
        return None
    cells: list[tuple[Row, Num, bool]] = []
    for x in parts_rows:
        cell = x.cells[c] if c < len(x.cells) else None
        if cell is not None:
            cells.append((x, cell, all(k < len(x.cells) and x.cells[k] is not None for k in filled)))
    members = [n for _, n, member in cells if member]
    if len(cells) - len(members) < 2 or len(members) < 2:
        return None
    return Groups(members, _consistent([(n.value, member) for _, n, member in cells]), tuple(cells))


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


def one_figure_off(g: Grid, total: Num, grouped: Groups) -> Finding | None:
    """The one member or heading whose figure, changed, makes every heading close on its members and the
    members add up to the total: the total holds, and so does the table around that figure. Premise: a
    heading's figure is its members' subtotal, so of a member (6 where 5 makes 前期准备 10 and 投入 25
    close) or a heading (前期准备 12 over 5 + 5) one slip breaks the tree in one place. None when no
    single change does it, or changes at two headings would."""
    values = [(n.value, member) for _, n, member in grouped.cells]
    gap = sum((v for v, member in values if member), Decimal(0)) - total.value
    if gap:
        fixes = [(k, v - gap) for k, (v, member) in enumerate(values) if member and v - gap >= 0
                 and _consistent([*values[:k], (v - gap, True), *values[k + 1:]])]
    else:
        fixes = _heading_fix(values)
    if not fixes:
        return None
    k, want = fixes[0]
    label, cell, _ = grouped.cells[k]
    name = g.col_labels.get(next((c for c, n in enumerate(label.cells) if n is cell), 0), "分值")
    shown = format_decimal(want, cell.places)
    if gap and len(fixes) > 1:
        named = "、".join(f"{grouped.cells[j][0].label} {grouped.cells[j][1].text}" for j, _ in fixes)
        head = next((f"{x.label}之下的" for x, _, member in reversed(grouped.cells[:k]) if not member), "")
        message = f"{head}以下各项中应有一项{'多' if gap > 0 else '少'}计 {format_decimal(abs(gap), cell.places)}：{named}"
        fix = f"核对{named.replace(' ', '')}，更正有误的一项"
    else:
        message = f"{label.label}的{name}应为 {shown}，报告为 {cell.text}"
        fix = f"将 {cell.text} 改为 {shown}"
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING, message, cell, [total],
        f"总计 {total.text} 与各分组的分值相符；{'该项' if len(fixes) == 1 else '其中一项'}改为 {shown} 后，每个分组的分值都等于其下分项之和",
        fix, "table_sub_list",
    )


def _heading_fix(values: list[tuple[Decimal, bool]]) -> list[tuple[int, Decimal]]:
    """The one heading whose figure, changed, closes every heading, and the figure nearest its own of
    those that do (a heading may close before the next heading or with its parent, the levels being
    unwritten; a slip is likelier near the figure meant); [] when two headings could, or two figures
    lie as near."""
    found = {k: wants for k, (v, member) in enumerate(values) if not member
             and (wants := [w for w in _runs(values, k) if w != v and _consistent([*values[:k], (w, False), *values[k + 1:]])])}
    if len(found) != 1:
        return []
    [(k, wants)] = found.items()
    near = sorted(set(wants), key=lambda w: abs(w - values[k][0]))
    return [] if len(near) > 1 and abs(near[0] - values[k][0]) == abs(near[1] - values[k][0]) else [(k, near[0])]


def _runs(values: list[tuple[Decimal, bool]], k: int) -> list[Decimal]:
    """What the heading at ``k`` may head: the sums of the members after it up to each heading below it
    (a group's members are the rows up to the next heading, its own or another's)."""
    out, run = [], Decimal(0)
    for v, member in [*values[k + 1:], (Decimal(0), False)]:
        if not member and run:
            out.append(run)
        run += v if member else 0
    return out


def shifted_parts(row: Row, parts_rows: list[Row], total: Num,
                  adds_up: Callable[[list[Num], Num], bool]) -> list[Num] | None:
    """For a total row that holds fewer figures than each row it closes (that holds any): None when
    ``total`` is the sum of some column of those rows, else that column's figures counted from the right.
    A copy that drops blank cells (a table flattened one cell a line) pushes a 合计 row's figures to the
    left of its blanks (单位, 单价 left blank): their places no longer name their columns, a figure that
    is a column's sum is that column's, and the amounts a 合计 closes stand last. Any other row: [].
    None too where part rows that lost their blanks add up once moved right (``_blanks_dropped``)."""
    filled = [x for x in parts_rows if x.nums()]
    if _blanks_dropped(row, filled, adds_up):
        return None
    if not filled or not all(len(x.nums()) > len(row.nums()) for x in filled):
        return []
    width = max(len(x.cells) for x in parts_rows)
    if any(adds_up(alt, total) for alt in (column_parts(parts_rows, c) for c in range(width)) if alt is not None):
        return None
    last = max(c for x in filled for c, n in enumerate(x.cells) if n is not None)
    shift = last - max(c for c, n in enumerate(row.cells) if n is not None)
    return column_parts(parts_rows, row.cells.index(total) + shift) or []


def _blanks_dropped(row: Row, filled: list[Row], adds_up: Callable[[list[Num], Num], bool]) -> bool:
    """Whether rows holding fewer figures than the total row, their figures packed to the left, add up
    once moved right: a copy that drops blank cells packs a row (上年结转资金 with no 年初预算数: 148.44 |
    127.08 under 264 | 412.44 | 330.48), and every figure of the total row that then has parts adds up."""
    packed = [c for c, n in enumerate(row.cells) if n is not None]
    if not packed or packed != list(range(packed[0], packed[0] + len(packed))):
        return False
    short = [x for x in filled if len(x.nums()) < len(packed)
             and [c for c, n in enumerate(x.cells) if n is not None] == packed[: len(x.nums())]]
    if not short or len(short) > 3:
        return False
    for shifts in product(*(range(len(packed) - len(x.nums()) + 1) for x in short)):
        if not any(shifts):
            continue
        none: list[Num | None] = [None]
        moved = {id(x): none * (packed[0] + s) + list(x.nums()) for x, s in zip(short, shifts, strict=True)}
        cells = [moved.get(id(x), x.cells) for x in filled]
        summed = [(parts, total) for c in packed if (total := row.cells[c]) is not None
                  and (parts := [n for r in cells if c < len(r) and (n := r[c]) is not None])]
        if len(summed) >= 2 and all(adds_up(parts, total) for parts, total in summed):
            return True
    return False
