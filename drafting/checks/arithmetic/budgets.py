"""年初预算 A + 追加 B = 调整后预算 T in one paragraph: the adjusted budget is the sum of the two.

Part of the arithmetic check (``changes.check_sentences`` runs it on each paragraph's figures, read by
``prose``); split from ``prose``, which holds totals against their listed parts.
"""

from __future__ import annotations

import re

from ...findings import Finding, Kind, Severity
from .grid import EXPLAINED, NOT_EXPLAINED, Fact, Num, make_finding
from .prose import _explained, _Fig

__all__ = ["budget_adjustments"]


def budget_adjustments(figs: list[_Fig], facts: list[Fact]) -> list[Finding]:
    """年初预算 A + 追加 B (− 调减 C) = 调整后/全年预算 T, within one paragraph, nothing else between."""
    money = [f for f in figs if f.money]
    out: list[Finding] = []
    for i, a in enumerate(money[:-2]):
        if not re.search(r"年初(部门)?预算(数|为)?$", a.words):
            continue
        b, t = money[i + 1], money[i + 2]
        if not re.search(r"追加(预算)?(资金)?$", b.words) or not re.search(r"(调整后|全年)(全年)?预算(数)?(为)?$", t.words):
            continue
        total = a.yuan + b.yuan
        if t.same(total):
            facts.extend(Fact(m, f.yuan, f.half * 2, f.num) for m, f in (("年初预算", a), ("追加预算", b), ("调整后预算", t)))
            continue
        lo, hi = total - a.half - b.half, total + a.half + b.half
        explained = _explained(lo, hi, t.yuan, t.half)
        end = t.num.loc.end
        assert end is not None
        span = Num(t.num.value, t.num.places, False, t.unit.at(a.start, end), t.unit.text[a.start : end])
        out.append(make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
            f"年初预算 {a.num.text} 加追加 {b.num.text} 应为 {t.show(total)}，报告调整后预算为 {t.num.text}",
            span, [a.num, b.num, t.num],
            f"{a.num.text} + {b.num.text} = {t.show(total)}" + (EXPLAINED if explained else NOT_EXPLAINED),
            "核对年初预算、追加数与调整后预算，更正有误的一处", "sentence_budget_adjustment",
        ))
    return out
