"""A column total over a row whose 其中 list runs on for several rows: which figure is wrong.

Why: a 支出 table gives 支出合计, then 基本支出 with its 其中 list (其中：人员支出 / 公用支出) on the rows
below it, then 项目支出; only the list's first row says 其中, so where the list ends is not written. The
figures say it: the total adds the rows outside the list, and the list adds up to the row above it.
When they do not, reading every row outside the first 其中 row as a part proposes a total that no
reading supports (60 + 15 + 40 for 100 = 60 + 40). Premise: the total, the row over the list and the
list are one tree; a reading of the list's end that makes one relation hold pins the figure that breaks
the other:

* the total is the sum of the rows outside the list, the list's rows exceed the row over it (or fall
  short of it when they are a closed classification: 人员支出 / 公用支出) — a member is wrong, the row
  over it and the total hold;
* the row over the list, replaced by the list's sum, makes the total hold — that row is wrong;
* the list adds up to the row over it — the total is wrong, and the rows outside the list are its parts;
* the total is the sum of the rows outside a list that falls short of its row and names no closed
  classification — a 其中 list of some parts only: nothing is wrong.

Only one such reading may hold; two give no verdict, and the caller's reading stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from .grid import EXPLAINED, NOT_EXPLAINED, Num, Row, make_finding
from .parts import complete_reason

__all__ = ["Verdict", "sub_list_verdict"]

_SUB_ROW = re.compile(r"^\s*其中[：:]?\s*")


@dataclass(frozen=True)
class _Reading:
    """A way to read rows as a total's members: the head, its figure, the members and the rest."""
    head: Row
    parent: Num
    members: list[tuple[Row, Num]]
    top: list[Num]  # the total's parts: every row outside the list

    @property
    def listed(self) -> Decimal:
        return sum((n.value for _, n in self.members), Decimal(0))

    @property
    def outside(self) -> Decimal:
        return sum((n.value for n in self.top), Decimal(0))


@dataclass(frozen=True)
class Verdict:
    """What the 其中 list says of a total that no plain reading adds up: ``finding`` (None when the total
    holds with a partial list) replaces the caller's."""

    finding: Finding | None


def _same(value: Decimal, n: Num) -> bool:
    return round_half_up(value, n.places) == n.value


def _readings(rows: list[Row], c: int) -> list[_Reading]:
    """Each end of the one 其中 list among ``rows`` (two rows at least, and a row after it), every row
    filled in column ``c``."""
    cells = [x.cells[c] if c < len(x.cells) else None for x in rows]
    subs = [i for i, x in enumerate(rows) if _SUB_ROW.match(x.label)]
    if len(subs) != 1 or subs[0] == 0 or any(n is None or n.percent for n in cells):
        return []
    i = subs[0] - 1
    nums = [n for n in cells if n is not None]
    return [_Reading(rows[i], nums[i], list(zip(rows[i + 1:m], nums[i + 1:m], strict=True)), nums[:i + 1] + nums[m:])
            for m in range(i + 3, len(rows))]  # (a row outside the list besides the one over it: the total is no copy of it)


def _closed(r: _Reading) -> bool:
    names = [_SUB_ROW.sub("", x.label) for x, _ in r.members]
    return complete_reason(r.head.label, names, [n.value for _, n in r.members]) is not None


def sub_list_verdict(rows: list[Row], c: int, total: Num, total_row: Row, name: str) -> Verdict | None:
    """The one reading of the 其中 list's end that pins a figure (see the module), or None."""
    if _some_parts_only(rows, c, total_row):
        return Verdict(None)
    total_label = total_row.label
    readings = _readings(rows, c)
    exact = [r for r in readings if _same(r.listed, r.parent)]
    holds = [r for r in readings if _same(r.outside, total) and not _same(r.listed, r.parent)]
    head = [r for r in readings if _same(r.outside - r.parent.value + r.listed, total) and r not in exact]
    if len(exact) + len(holds) + len(head) != 1:
        return None
    if exact:
        return Verdict(_total_wrong(exact[0], total, total_label, name))
    if holds:
        r = holds[0]
        rounding = abs(r.listed - r.parent.value) <= sum((n.half for _, n in r.members), r.parent.half)
        wrong = not rounding and (r.listed > r.parent.value or _closed(r))
        return Verdict(_members_wrong(r, total, total_label) if wrong else None)
    return Verdict(_head_wrong(head[0], total, total_label))


def _some_parts_only(rows: list[Row], c: int, total_row: Row) -> bool:
    """Whether ``rows`` are the total's own 其中 list (its first row says 其中, no other does) that falls
    short of it in every column all of them fill, two at least, and names no closed classification: of
    which, some parts only (年度资金总额 / 其中：中央补助资金 / 上年结转资金, the county's own funds not
    listed), as a sentence's 其中 list is read. A slip in a total, or a part left out of its sum, shows in
    one column; parts the list never names show in each."""
    if [i for i, x in enumerate(rows) if _SUB_ROW.match(x.label)] != [0]:
        return False
    columns: dict[int, tuple[Num, list[Num]]] = {}
    for k, t in enumerate(total_row.cells):
        parts = [x.cells[k] if k < len(x.cells) else None for x in rows]
        if t is not None and not t.percent and all(n is not None and not n.percent for n in parts):
            columns[k] = (t, [n for n in parts if n is not None])
    if c not in columns or len(columns) < 2 or any(
            sum((n.value + n.half for n in parts), Decimal(0)) >= t.value - t.half for t, parts in columns.values()):
        return False
    names = [_SUB_ROW.sub("", x.label) for x in rows]
    return complete_reason(total_row.label, names, [n.value for n in columns[c][1]]) is None


def _places(nums: list[Num]) -> int:
    return max(n.places for n in nums)


def _explained(value: Decimal, parts: list[Num], stated: Num) -> bool:
    spread = sum((p.half for p in parts), Decimal(0))
    return value - spread <= stated.value + stated.half and value + spread >= stated.value - stated.half


def _total_wrong(r: _Reading, total: Num, total_label: str, name: str) -> Finding:
    places = _places([total, *r.top])
    expected = format_decimal(r.outside, places)
    formula = " + ".join(n.text for n in r.top)
    listed = " + ".join(n.text for _, n in r.members)
    explained = _explained(r.outside, r.top, total)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
        f"{total_label}行{name}应为 {expected}（{formula}），报告为 {total.text}", total, r.top,
        f"{total_label} = {formula} = {expected}（{r.head.label}的其中项 {listed} = {r.parent.text}，不再另计）"
        + (EXPLAINED if explained else NOT_EXPLAINED),
        f"核对{total_label}行与各分项，将其改为 {expected} 或更正有误的分项", "table_column_total",
    )


def _members_wrong(r: _Reading, total: Num, total_label: str) -> Finding:
    nums = [n for _, n in r.members]
    listed = format_decimal(r.listed, _places([r.parent, *nums]))
    formula = " + ".join(n.text for n in nums)
    names = "、".join(_SUB_ROW.sub("", x.label) for x, _ in r.members)
    outside = " + ".join(n.text for n in r.top)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{r.head.label}的其中项（{names}）之和为 {listed}（{formula}），与{r.head.label} {r.parent.text} 不符",
        nums[0], [r.parent, *nums[1:], total],
        f"{total_label} {total.text} = {outside} 成立，{r.head.label} {r.parent.text} 与之相符；其下各项之和 {listed} "
        f"{'超过' if r.listed > r.parent.value else '不足'}该数，有误的应是其中某一分项",
        f"核对{names}的数值，使其合计为 {r.parent.text}", "table_sub_list",
    )


def _head_wrong(r: _Reading, total: Num, total_label: str) -> Finding:
    nums = [n for _, n in r.members]
    expected = format_decimal(r.listed, _places([r.parent, *nums]))
    formula = " + ".join(n.text for n in nums)
    explained = _explained(r.listed, nums, r.parent)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{r.head.label}应为 {expected}（{formula}），报告为 {r.parent.text}", r.parent, [*nums, total],
        f"{r.head.label}下的其中项之和为 {expected}；以 {expected} 代入时{total_label} {total.text} 恰好成立"
        + (EXPLAINED if explained else NOT_EXPLAINED),
        f"将 {r.parent.text} 改为 {expected}", "table_sub_list",
    )
