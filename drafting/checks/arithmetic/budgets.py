"""年初预算 A + 追加 B = 调整后预算 T in one paragraph: the adjusted budget is the sum of the two; and the
year's count of items (实施项目共15个) is those set at its start plus those added during it (年初批复8个项目,
年中增加7个项目), in one sentence.

Part of the arithmetic check (``changes.check_sentences`` runs it on each paragraph's figures, read by
``prose``); split from ``prose``, which holds totals against their listed parts.
"""

from __future__ import annotations

import re

from ...findings import Finding, Kind, Severity
from ...numbers.extract import MentionKind, Qualifier
from .grid import EXPLAINED, NOT_EXPLAINED, Fact, Num, make_finding
from .prose import _depth, _explained, _Fig

__all__ = ["budget_adjustments", "count_adjustments"]


# the budget, the change made to it during the year, and the budget after it: 年初预算 A, 追加 B (调剂增加,
# 调增; 调减 or 追减 taken away), 调整后预算 T — or, told as one sentence's chain, the money that then came
# (实际到位资金 T, 全年实际下达 T): the chain's last figure is what its first two make
_BUDGET = re.compile(r"(?:年初(?:部门)?预算|预算资金|年初预算资金)(?:数|为)?$")
_ADDED = re.compile(r"(?:追加|调增|调剂增加|调整增加|调整追加)(?:预算)?(?:资金)?$")
_TAKEN_OFF = re.compile(r"(?:追减|调减|调剂减少|调整减少)(?:预算)?(?:资金)?$")
_ADJUSTED = re.compile(r"(?:调整后|全年)(?:全年)?预算(?:数)?(?:为)?$")
_CHAIN_END = re.compile(r"(?:实际到位|到位|全年实际下达|实际下达)(?:资金)?(?:为|共)?$")
_SENTENCE_END = re.compile(r"[。；;！？!?]")


def _chain(a: _Fig, b: _Fig, t: _Fig) -> int:
    """+1 or −1 where figures ``a``, ``b``, ``t`` are a budget, its change and the budget (or the money
    come) after it; 0 where not. 年初预算 … 追加 … 调整后预算 in one paragraph, as ever; the other words in
    one sentence only, the chain told in one breath."""
    if _BUDGET.search(a.words) is None:
        return 0
    sign = 1 if _ADDED.search(b.words) else -1 if _TAKEN_OFF.search(b.words) else 0
    if sign == 1 and "年初" in a.words and "追加" in b.words and _ADJUSTED.search(t.words):
        return 1
    one = a.unit is t.unit and not _SENTENCE_END.search(t.unit.text, a.start, t.start)
    return sign if one and (_ADJUSTED.search(t.words) or _CHAIN_END.search(t.words)) else 0


def _label(words: str, rx: re.Pattern[str]) -> str:
    """The words a figure is named by (年初预算, 调剂增加, 实际到位资金), without 数/为/共."""
    m = rx.search(words)
    return re.sub(r"(?<=.)(?:数|为|共)$", "", m.group()) if m else words


def budget_adjustments(figs: list[_Fig], facts: list[Fact]) -> list[Finding]:
    """年初预算 A + 追加 B (− 调减 C) = 调整后/全年预算 T, within one paragraph, nothing else between."""
    money = [f for f in figs if f.money]
    out: list[Finding] = []
    for i, a in enumerate(money[:-2]):
        b, t = money[i + 1], money[i + 2]
        if not (sign := _chain(a, b, t)):
            continue
        total = a.yuan + sign * b.yuan
        if t.same(total):
            facts.extend(Fact(m, f.yuan, f.half * 2, f.num) for m, f in (("年初预算", a), ("追加预算", b), ("调整后预算", t)))
            continue
        lo, hi = total - a.half - b.half, total + a.half + b.half
        explained = _explained(lo, hi, t.yuan, t.half)
        end = t.num.loc.end
        assert end is not None
        span = Num(t.num.value, t.num.places, False, t.unit.at(a.start, end), t.unit.text[a.start : end])
        names = [_label(f.words, rx) for f, rx in ((a, _BUDGET), (b, _ADDED if sign > 0 else _TAKEN_OFF),
                                                  (t, _ADJUSTED if _ADJUSTED.search(t.words) else _CHAIN_END))]
        out.append(make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
            f"{names[0]} {a.num.text} {'加' if sign > 0 else '减'}{names[1]} {b.num.text} 应为 {t.show(total)}，"
            f"报告{names[2]}为 {t.num.text}",
            span, [a.num, b.num, t.num],
            f"{a.num.text} {'+' if sign > 0 else '−'} {b.num.text} = {t.show(total)}" + (EXPLAINED if explained else NOT_EXPLAINED),
            f"核对{names[0]}、{names[1]}数与{names[2]}，更正有误的一处", "sentence_budget_adjustment",
        ))
    return out


_YEAR_COUNT = re.compile(r"(?:共|共计|合计|总计)$")
_AT_START = re.compile(r"年初[^，,；;。、]{0,8}$")  # 年初批复预算8个项目, 年初安排3个
_ADDED_IN_YEAR = re.compile(r"(?:年中|年内|年度中)(?:新增|增加|追加|调增|新安排)(?:了)?$")
# a count taken away in the sentence (取消1个, 调减2个): the year's total is no longer the two added
_TAKEN = re.compile(r"减少|调减|取消|撤销|核销|终止|调出|收回")


def _noun(text: str, f: _Fig) -> str:
    return text[f.num.loc.end or 0:][:2]


def count_adjustments(figs: list[_Fig], text: str) -> list[Finding]:
    """共N个 items of the year, then 年初 a个 and 年中增加 b个 of the same items (outside brackets, the
    same measure word and noun): N must be a + b, as the year's budget is the start's plus the added."""
    if "年初" not in text or not any(w in text for w in ("年中", "年内", "年度中")):
        return []  # (most paragraphs name neither: their figures are not read)
    counts = [f for f in figs if f.m.kind is MentionKind.COUNT and f.m.qualifier is Qualifier.EXACT and f.m.scale == 1]
    out: list[Finding] = []
    for t in counts:
        if not _YEAR_COUNT.search(t.words):
            continue
        later = [f for f in counts if f.start > t.start and f.m.unit_text == t.m.unit_text and not _depth(text, t.start, f.start)]
        starts = [f for f in later if _AT_START.search(f.words)]
        added = [f for f in later if _ADDED_IN_YEAR.search(f.words)]
        if len(starts) != 1 or len(added) != 1 or added[0].start < starts[0].start:
            continue
        a, b = starts[0], added[0]
        noun = _noun(text, a)
        if _noun(text, b) != noun or not (_noun(text, t) == noun or _YEAR_COUNT.sub("", t.words).endswith(noun)):
            continue
        end = figs[-1].num.loc.end or b.start
        if _TAKEN.search(text[t.start:end]) or a.m.value + b.m.value == t.m.value:
            continue
        total = a.m.value + b.m.value
        out.append(make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
            f"年初{a.num.text}加年中增加{b.num.text}应为{total}{t.m.unit_text}，报告总数为{t.num.text}",
            t.num, [a.num, b.num],
            f"全年的{noun}数是年初的加上年中增加的：{a.num.text} + {b.num.text} = {total}{t.m.unit_text}",
            "核对总数、年初数与年中增加数，更正有误的一处", "sentence_count_adjustment"))
    return out
