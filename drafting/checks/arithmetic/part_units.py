"""A part of a sentence's sum written in the wrong money unit: 总投资86.5万元，其中设备购置50万元、安装调试
36.5元 — read in 万元, as every other figure of the sentence is, 36.5 makes the total exact.

Part of the sentence sums (see ``prose``). Why: a figure keeps its digits and takes the wrong unit as it is
copied (DEFECTS.md: an amount in the wrong unit); the sum then falls short of its total and, 其中 listing
only some parts as often as all, the shortfall alone says nothing. Premise: one money part in a unit the
total and every other part do not use, which read in their unit makes the parts add up to the total exactly
(at the shown precision), is that unit's figure: one finding at the part, naming the unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from ...findings import Finding, Kind, Severity
from ...numbers.extract import Mention
from ...report import TextUnit
from .grid import Num, make_finding

__all__ = ["unit_slip"]


class _Part(Protocol):
    m: Mention
    num: Num
    unit: TextUnit

    @property
    def money(self) -> bool: ...

    @property
    def factor(self) -> Decimal: ...

    @property
    def yuan(self) -> Decimal: ...

    def same(self, computed: Decimal) -> bool: ...


def unit_slip(total: _Part, parts: Sequence[_Part]) -> Finding | None:
    """The one part whose unit differs from the total's and every other part's, when the parts add up to the
    total exactly with it read in their unit; None otherwise."""
    if not total.money or len(parts) < 2 or not all(p.money for p in parts):
        return None
    odd = [p for p in parts if p.factor != total.factor]
    if len(odd) != 1:
        return None
    p = odd[0]
    fixed = sum((q.yuan for q in parts if q is not p), p.m.value * total.factor)
    if not total.same(fixed):
        return None
    right, wrong = total.num.text.lstrip("0123456789.,"), p.num.text.lstrip("0123456789.,")
    right += "元" if right in ("万", "亿") else ""  # a total whose 元 the writer dropped (资金总额2.7亿)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"“{p.num.text}”的单位疑误：总数与其他分项以{right or '同一单位'}计，此项按{right}读时各分项之和正好等于总数",
        p.num, [total.num, *(q.num for q in parts if q is not p)],
        f"{'、'.join(q.num.text for q in parts)}中只有此项用{wrong or '另一单位'}；按{right}读，其和等于总数{total.num.text}",
        f"核对单位，可能应为{format(p.m.value, 'f')}{right}", "sentence_part_unit")
