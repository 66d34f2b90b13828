"""A change on a base and its rate inside one sentence (X万元，比上年Y万元增加D万元，增长P%), and the
sentence pass that runs every relation a sentence can state.

Part of the arithmetic check (see ``tables``). The figures are read by ``prose``; a difference is
held against the figures it is of, and its rate against the difference over the base: the base
stated (上年/同期/预算, or the figure a 比/较 names), or last year's implied by this year's figure
and the change (收入8,652.47万元，较上年增加512.36万元 → 上年8,140.11万元).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_DOWN, Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from ...report import Report, TextUnit
from .base_before import base_before
from .budgets import budget_adjustments, count_adjustments
from .grid import EXPLAINED, NOT_EXPLAINED, Fact, make_finding, parse_number
from .group_sums import group_sums
from .prose import (
    _BASE_WORDS,
    _COMPARED,
    _LISTED_SENTENCE,
    _NOT_CHANGE_RATE,
    _RATE_WORDS,
    _SAVING,
    _SENTENCE,
    _explained,
    _Fig,
    _figures,
    _sums,
)
from .respectively_sums import respectively_sums
from .sentence_breaks import across_breaks, continued
from .totals_after import totals_after

__all__ = ["check_sentences"]

# the rate of a change itself (增长6.29%, 下降幅度), not another rate that follows it (验收合格率100%)
_CHANGE_RATE = re.compile(r"(?:增长|下降|减少|增加|降低|上升|提高|增幅|降幅|幅度)(?:率)?(?:为|达|是|达到)?$")


# ---------------------------------------------------------------- differences and their rates


def _base_of(figs: list[_Fig], k: int, key: tuple[str, ...]) -> int | None:
    for j in range(k - 1, -1, -1):
        f = figs[j]
        if f.money and f.change is None and any(w in f.words for w in key):
            return j
    return None


# the base a comparison names past a year, or around it: 比2022年631.06万元, 较2022年的631.06万元,
# 与2022年收入631.06万元相比 (a year is no figure, so a figure's own words start after it); no change word in between
# (较2022年减少支出12万元: the 12万元 is the change)
_COMPARED_YEAR = re.compile(r"(?:较|比|与)\s*(?:\d{4}|二[〇○零][〇○零一二三四五六七八九]{2})\s*年度?的?[^，,；;。\d增减降升提节超]{0,6}$")
_WITH = re.compile(r"与[^，,；;。增减降升提节超]{0,18}$")
_THEN_COMPARED = re.compile(r"\s*[，,]?\s*(?:相比|相较|比较)")  # (a comma may stray in: 与…631.06万元,相比增加)


def _compared(f: _Fig) -> bool:
    """Whether the figure is the base a comparison names."""
    if _COMPARED.search(f.words):
        return True
    before = f.unit.text[max(0, f.start - 16): f.start]
    return bool(_COMPARED_YEAR.search(before)  # (与…相比 may name the base at length: 与2022年公共财政预算收入)
                or (_WITH.search(f.unit.text[max(0, f.start - 22): f.start])
                    and _THEN_COMPARED.match(f.unit.text, f.start + len(f.num.text))))


def _current_of(figs: list[_Fig], k: int, b: int) -> int | None:
    """The figure a difference is of: one of its own ；-clause first, then an earlier clause's. A clause
    of its own names no figure of this year (支出3.62万元，其中…3.08万元；较2021年的4.15万元减少0.53万元):
    it compares the sentence's subject, so the earlier figure the difference holds for, else the nearest."""
    found = [j for j in range(k - 1, -1, -1)
             if j != b and figs[j].money and figs[j].change is None and not any(w in figs[j].words for w in _BASE_WORDS)]
    held = [j for j in found if _holds(figs[j], figs[b], figs[k])]
    if held and not (found and found[0] not in held and _RESTATED.search(figs[found[0]].words)):
        # (本年支出1,200万元，其中…项目支出400万元，比上年1,000万元增加200万元: the change is the total's; but
        # 175,112.50元（折合18.51万元）… restates the figure the change is of, and must agree with it)
        return next((j for j in held if figs[j].chunk == figs[k].chunk), held[0])
    if (whole := _whole_listed(figs, found, b, k)) is not None:
        return whole
    if (own := next((j for j in found if figs[j].chunk == figs[k].chunk), None)) is not None:
        return own
    return next((j for j in found if figs[k].same(abs(figs[j].yuan - figs[b].yuan))), found[0] if found else None)



def _holds(a: _Fig, b: _Fig, d: _Fig) -> bool:
    """Whether ``a`` against the base ``b`` makes the change ``d`` as its word says (增加: a above b)."""
    up, down = d.change in _UP_WORDS, d.change in _DOWN_WORDS
    gap = a.yuan - b.yuan if up else b.yuan - a.yuan if down else abs(a.yuan - b.yuan)
    return d.same(gap)


_LISTS = re.compile(r"其中|包括|[（(]")
_RESTATED = re.compile(r"折合|约合|合人民币|相当于|即")


def _whole_listed(figs: list[_Fig], found: list[int], b: int, k: int) -> int | None:
    """A total whose parts are listed after it (其中…, or in brackets) before a change on last year that no
    figure makes: the change is the total's when its parts make it (本年支出1,250万元，其中基本支出800万元、
    项目支出400万元，比上年1,000万元增加200万元 — 800 + 400 less 1,000 is 200: the total is the one off,
    not the part nearest the change)."""
    for w in found[1:]:
        parts = [j for j in found if j > w]
        text = figs[w].unit.text
        if not _LISTS.search(text, figs[w].num.loc.end or figs[w].start, figs[min(parts)].start):
            continue
        total = sum((figs[j].yuan for j in parts), Decimal(0))
        if _holds(replace(figs[w], m=figs[w].m.model_copy(update={"value": total / figs[w].factor})), figs[b], figs[k]):
            return w
    return None


def _own_comparison(figs: list[_Fig], k: int) -> int | None:
    """The base the change's own comparison names: the figure a 比/较 names last before the change, with no
    other change between them. One figure is often held against two bases in one sentence (公务接待费86万元，
    较上年97万元减少11万元，下降11%，较预算数210万元减少124万元，下降59%): each change is on its own
    comparison's base, never on an earlier comparison's 上年 figure."""
    for j in range(k - 1, -1, -1):
        f = figs[j]
        if f.change is not None:
            return None
        if f.money and _compared(f):
            return j
    return None


def _rate_after(figs: list[_Fig], k: int) -> _Fig | None:
    for f in figs[k + 1 :]:
        if f.money:
            return None
        if f.pct and _RATE_WORDS.search(f.words) and not _NOT_CHANGE_RATE.search(f.words):
            return f
    return None


# what a balance is left of: the budget, or the money there was (共计128.7万元，支出33.63万元，结余95.07万元)
_LEFT_OF = ("预算", "共计", "合计", "总计", "收到", "到位", "筹集", "下达")


def _changes(figs: list[_Fig]) -> list[Finding]:
    out: list[Finding] = []
    for k, d in enumerate(figs):
        word = d.change
        if not d.money or word is None:
            continue
        key = _LEFT_OF if word == "结余" else ("预算",) if word in _SAVING else ("上年", "去年", "同期")
        explicit = [w for w in _BASE_WORDS if w in d.words]
        b_i = None if explicit else _own_comparison(figs, k)
        if b_i is None:
            b_i = _base_of(figs, k, tuple(explicit) or key)
        if b_i is None and not explicit:  # 比年初预算48.00万元减少5.20万元: the figure the comparison names
            # (never when the change names its own base: 较预算7.00万元节约…，较上年减少0.87万元 is not on 7.00)
            b_i = next((j for j in range(k - 1, -1, -1) if figs[j].money and figs[j].change is None
                        and _compared(figs[j])), None)
        if b_i is None and explicit:  # 收入8,652.47万元，较上年增加512.36万元，增长6.29%; 支出2.14万元，与预算相比增加1.14万元
            out.extend(_implied_base(figs, k, word, "预算" if explicit[0] == "预算" else "上年"))
            continue
        if b_i is None:
            continue
        a_i = _current_of(figs, k, b_i)
        if a_i is None:
            continue
        a, b, p = figs[a_i], figs[b_i], _rate_after(figs, k)
        diff = abs(a.yuan - b.yuan)
        if diff == 0 or b.yuan <= 0:
            continue
        others = [f for f in figs if f.money and f.m.value > 0]
        finding = _judge_change(a, b, d, p, diff, others)
        if finding is not None:
            out.append(finding)
    return out


_UP = ("增长", "增加", "上升", "提高", "增幅")
_DOWN = ("下降", "减少", "降低", "降幅")


def _rate_without_change(figs: list[_Fig]) -> list[Finding]:
    """A rate of change given with both figures and no difference (支出1,200万元，比上年1,000万元增长20%;
    本年收入500万元，上年收入400万元，同比增长25%): the rate must be their difference over the base.
    Only where the sentence holds exactly two money figures before the rate, one of them the base (上年/
    去年/同期, or the figure a 比/较 names) and the other not, and the rate's word goes the way the
    figures do; silent when the rate is any other ratio of the sentence's figures."""
    for k, p in enumerate(figs):
        if not p.pct or not _CHANGE_RATE.search(p.words):
            continue
        before = figs[:k]
        money = [f for f in before if f.money]
        if len(money) != 2 or any(f.change is not None or f.m.value <= 0 for f in money) or any(f.pct for f in before):
            return []  # a difference stated (``_changes`` reads it), or which figures the rate is of is a guess
        based = [_based(f) for f in money]
        if based.count(True) != 1:
            return []
        b, a = (money[0], money[1]) if based[0] else (money[1], money[0])
        word = next((w for w in _UP + _DOWN if w in p.words), None)
        if a.yuan == b.yuan or word is None or (word in _UP) != (a.yuan > b.yuan):
            return []  # the direction disagrees or is unnamed (幅度): which figure is wrong is unknown
        diff = abs(a.yuan - b.yuan)
        if _ratio_ok(p, diff, b.yuan) or _ratio_ok(p, diff, a.yuan) \
                or any(_ratio_ok(p, x.yuan, y.yuan) for x in money for y in money if x is not y):
            return []
        ratio = diff * 100 / b.yuan
        lo = (diff - a.half - b.half) * 100 / (b.yuan + b.half)
        hi = (diff + a.half + b.half) * 100 / (b.yuan - b.half) if b.yuan > b.half else ratio
        return [_rate_finding(p, ratio, (lo, hi), f"({a.num.text} − {b.num.text}) ÷ {b.num.text}", [a, b],
                              f"|{a.num.text} − {b.num.text}| ÷ {b.num.text}")]
    return []


def _based(f: _Fig) -> bool:
    """Whether a figure is the base of a comparison: last year's or the one a 比/较 names."""
    return any(w in f.words for w in ("上年", "去年", "同期")) or _compared(f)


def _implied_base(figs: list[_Fig], k: int, word: str, base_name: str = "上年") -> list[Finding]:
    """A change on last year (or on the budget) given with this year's figure but not the base: the
    base is this year's figure less the increase (plus the decrease), and the rate after it must be
    the change over that base. Silent when the rate is the change over this year's figure or any
    other ratio of the sentence's figures."""
    d, p = figs[k], _rate_after(figs, k)
    before = [f for f in figs[:k] if f.money and f.change is None]  # a change is no year's figure
    if p is None or len(before) != 1 or before[0].chunk != d.chunk or not _CHANGE_RATE.search(p.words):
        return []  # one figure of this year, or which one the change is of is a guess (a total and its parts)
    a = before[0]
    up = word in ("增加", "增长", "上升", "提高", "增支", "超支")
    base = a.yuan - d.yuan if up else a.yuan + d.yuan
    others = [f for f in figs if f.money and f.m.value > 0]
    if base <= 0 or _ratio_ok(p, d.yuan, base) or _ratio_ok(p, d.yuan, a.yuan) \
            or any(_ratio_ok(p, x.yuan, y.yuan) for x in others for y in others if x is not y):
        return []
    ratio = d.yuan * 100 / base
    lo = (d.yuan - d.half) * 100 / (base + a.half + d.half)
    hi = (d.yuan + d.half) * 100 / (base - a.half - d.half) if base > a.half + d.half else ratio
    shown_base = a.show(base)
    return [_rate_finding(p, ratio, (lo, hi), f"{d.num.text} ÷ {base_name} {shown_base}", [a, d],
                          f"{base_name}数 = {a.num.text} {'−' if up else '+'} {d.num.text} = {shown_base}；{d.num.text} ÷ {shown_base}")]


def _rate_finding(p: _Fig, ratio: Decimal, bounds: tuple[Decimal, Decimal], formula: str, inputs: list[_Fig],
                  worked: str) -> Finding:
    """A change's rate ``p`` that should read ``ratio``: ``formula`` in the message, ``worked`` in the
    evidence, and whether the inputs' rounding (``bounds``) explains it."""
    explained = _explained(*bounds, p.m.value, Decimal("0.5").scaleb(-p.m.places))
    expected = format_decimal(ratio, p.m.places)
    a, b = inputs
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING, f"{_named(p.words)}应为 {expected}%（{formula}），报告为 {p.num.text}",
        p.num, [f.num for f in inputs],
        f"{worked} × 100% = {format_decimal(ratio, p.m.places + 4)}%，按报告精度为 {expected}%"
        + (EXPLAINED if explained else NOT_EXPLAINED),
        f"将 {p.num.text} 改为 {expected}%，或核对 {a.num.text} 与 {b.num.text}", "sentence_change_rate")


def _ratio_ok(p: _Fig, part: Decimal, base: Decimal) -> bool:
    """Whether part ÷ base shows as the rate, half-up or truncated at its precision (as ``rates`` and
    ``forms`` read rates: 509.259% written 509.25% is cut, not wrong)."""
    if base <= 0:
        return False
    exact = part * 100 / base
    return p.m.value in (round_half_up(exact, p.m.places), exact.quantize(Decimal(1).scaleb(-p.m.places), ROUND_DOWN))


def _judge_change(a: _Fig, b: _Fig, d: _Fig, p: _Fig | None, diff: Decimal, others: list[_Fig]) -> Finding | None:
    d_ok = d.same(diff)
    if d_ok and (slip := _wrong_way(a, b, d, p)) is not None:
        return slip
    if d_ok:
        if p is None or _ratio_ok(p, d.yuan, b.yuan) or _ratio_ok(p, d.yuan, a.yuan):
            return None
        # the rate must not be some other ratio of the sentence (then it claims something else)
        if any(_ratio_ok(p, x.yuan, y.yuan) for x in others for y in others if x is not y):
            return None
        ratio = d.yuan * 100 / b.yuan
        lo = (d.yuan - d.half) * 100 / (b.yuan + b.half)
        hi = (d.yuan + d.half) * 100 / (b.yuan - b.half) if b.yuan > b.half else ratio
        explained = _explained(lo, hi, p.m.value, Decimal("0.5").scaleb(-p.m.places))
        expected = format_decimal(ratio, p.m.places)
        return make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
            f"{_named(p.words)}应为 {expected}%（{d.num.text} ÷ {b.num.text}），报告为 {p.num.text}",
            p.num, [d.num, b.num],
            f"同句中 {a.num.text} 与 {b.num.text} 相差 {d.num.text}（精确成立），{d.num.text} ÷ {b.num.text} × 100% = "
            f"{format_decimal(ratio, p.m.places + 4)}%，按报告精度为 {expected}%" + (EXPLAINED if explained else NOT_EXPLAINED),
            f"将 {p.num.text} 改为 {expected}%，或核对 {d.num.text} 与 {b.num.text}", "sentence_change_rate",
        )
    if p is None:
        return _difference(a, b, d, diff, others)
    if _ratio_ok(p, diff, b.yuan) and not _ratio_ok(p, d.yuan, b.yuan):
        # the rate follows the true difference: the stated difference is the wrong one
        lo, hi = diff - a.half - b.half, diff + a.half + b.half
        return _single(d, diff, [a, b, p], lo, hi,
                       f"{a.num.text} 与 {b.num.text} 相差 {d.show(diff)}，其后的 {p.num.text} 也由 {d.show(diff)} ÷ {b.num.text} 得出")
    if _ratio_ok(p, d.yuan, b.yuan):
        # difference and rate agree on the base: the current figure is off
        fixed = b.yuan - d.yuan if a.yuan < b.yuan else b.yuan + d.yuan
        if fixed <= 0:
            return None
        return _single(a, fixed, [b, d, p], fixed - b.half - d.half, fixed + b.half + d.half,
                       f"{d.num.text} ÷ {b.num.text} 与 {p.num.text} 相符，由 {b.num.text} 与 {d.num.text} 推得应为 {a.show(fixed)}")
    fixed = a.yuan + d.yuan if b.yuan > a.yuan else a.yuan - d.yuan
    if fixed > 0 and _ratio_ok(p, d.yuan, fixed):
        # difference and rate agree with the current figure: the base is off
        return _single(b, fixed, [a, d, p], fixed - a.half - d.half, fixed + a.half + d.half,
                       f"{a.num.text} 与 {d.num.text} 推得应为 {b.show(fixed)}，且 {d.num.text} ÷ {b.show(fixed)} 与 {p.num.text} 相符")
    return None


_UP_WORDS = ("增加", "增长", "上升", "提高", "增支")
_DOWN_WORDS = ("减少", "降低", "下降", "减支")


def _wrong_way(a: _Fig, b: _Fig, d: _Fig, p: _Fig | None) -> Finding | None:
    """比上年增加1.30万元 where this year's 11.30万元 is below last year's 12.60万元: the size is right (exact at
    its precision), the direction word is not. Only a change on last year (the base says 上年/去年/同期 or a
    comparison names it by its year: 较2022年的…; no balance carried over, no budget) and a plain word of
    rise or fall; a saving (节约, 超支) is another relation."""
    word = d.change
    last_year = any(w in b.words for w in ("上年", "去年", "同期")) \
        or bool(_COMPARED_YEAR.search(b.unit.text[max(0, b.start - 16): b.start]))
    if word not in _UP_WORDS + _DOWN_WORDS or not last_year or re.search(r"结转|结余|预算", b.words) or a.yuan == b.yuan:
        return None
    rose = a.yuan > b.yuan
    if (word in _UP_WORDS) == rose:
        return None
    right = "增加" if rose else "减少"
    rate = ""
    if p is not None and (pw := next((w for w in _UP + _DOWN if w in p.words), None)) is not None \
            and (pw in _UP) != rose:
        rate = f"，其后也写作“{pw}{p.num.text}”"
    other = b.yuan - d.yuan if rose else b.yuan + d.yuan  # this year's figure had the word been right
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{a.num.text}比{b.num.text}{'多' if rose else '少'}{d.num.text}，句中却写作“{word}{d.num.text}”{rate}",
        d.num, [a.num, b.num],
        f"{a.num.text} − {b.num.text} = {'' if rose else '−'}{d.num.text}：差额相符，增减方向与两数不符",
        f"核对增减方向：如两数无误，将“{word}”改为“{right}”；如“{word}”无误，本年数应为{a.show(other)}",
        "sentence_change_direction")


def _difference(a: _Fig, b: _Fig, d: _Fig, diff: Decimal, others: list[_Fig]) -> Finding | None:
    """决算9.86万元，比预算12.00万元减少2.41万元: with no rate after it nothing says which of the three
    is wrong, so the relation itself is reported, as a warning, only outside the figures' rounding and
    only when the two figures are the sentence's only ones before the change (年初预算, 调整预算 and 支出
    leave open which budget it is on)."""
    if [f for f in others if f.start < d.start and f.change is None] != sorted([a, b], key=lambda f: f.start):
        return None
    if a.chunk != b.chunk:
        return None  # 第一批1080万元,结余为0;第二批85.84万元,结余85.84万元: each ；-clause its own batch, no difference between them
    lo, hi = diff - a.half - b.half, diff + a.half + b.half
    if _explained(lo, hi, d.yuan, d.half):
        return None
    shown = d.show(diff)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{a.num.text} 与 {b.num.text} 相差 {shown}，同句写作{d.change or '相差'} {d.num.text}",
        d.num, [a.num, b.num],
        f"|{a.num.text} − {b.num.text}| = {shown}，与 {d.num.text} 不等" + NOT_EXPLAINED,
        f"核对 {a.num.text}、{b.num.text} 与 {d.num.text}，改正其中有误的一个", "sentence_difference",
    )


def _single(at: _Fig, expected: Decimal, inputs: list[_Fig], lo: Decimal, hi: Decimal, why: str) -> Finding | None:
    """The one figure the sentence's other relations say is off; none when the value they give, written at
    the figure's own precision, is the figure (175,112.50元（折合17.51万元）: a rounded restatement, read
    against the exact figures, is off by its own rounding only)."""
    if at.same(expected):
        return None
    explained = _explained(lo, hi, at.yuan, at.half)
    shown = at.show(expected)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
        f"按同句其他数字，{at.num.text} 应为 {shown}", at.num, [f.num for f in inputs],
        why + "；同句其余关系均精确成立，只有此数不符" + (EXPLAINED if explained else NOT_EXPLAINED),
        f"将 {at.num.text} 改为 {shown}，或核对同句其他数字", "sentence_change",
    )


# ---------------------------------------------------------------- entry point


def check_sentences(report: Report) -> tuple[list[Finding], list[Fact]]:
    """Findings from relations inside sentences (and budget adjustments inside paragraphs), and the
    figures those relations confirmed, for the same-metric check. A sentence a PDF broke over lines is
    read joined (``sentence_breaks``), never its pieces: a piece's first figure is no sentence's subject."""
    units = list(report.units())
    broken = continued(units)
    out: list[Finding] = []
    facts: list[Fact] = []
    for i, unit in enumerate(units):
        out.extend(_relations(unit, facts, broken.get(i, 0)))
    out.extend(across_breaks(units, lambda joined: [f for u in joined for f in _relations(u, [])], out, _RELATED))
    return out, facts


# the words of a sentence that states a relation among its figures
_RELATED = re.compile(r"比|较|其中|包括|分别|合计|共计|总计|同比")


def _relations(unit: TextUnit, facts: list[Fact], start: int = 0) -> list[Finding]:
    """The relations of one paragraph's sentences from ``start`` on."""
    text = unit.text
    if unit.kind == "cell" and parse_number(text) is not None:
        return []
    if not any(map(str.isdigit, text[start:])):
        return []
    out: list[Finding] = []
    para: list[_Fig] = []
    told: tuple[int, list[_Fig]] = (start, [])  # the sentence before: a change's base may be its one figure
    for listed in _LISTED_SENTENCE.finditer(text, start):
        whole: list[_Fig] = []
        for s in _SENTENCE.finditer(text, listed.start(), listed.end()):
            figs = _figures(unit, s.start(), s.end())
            if (found := base_before(told, (s.start(), figs), text)) is not None:
                out.append(found)
            told = (s.start(), figs)
            whole.extend(figs)
            if len(figs) >= 3:
                out.extend(_changes(figs) or _rate_without_change(figs))
                out.extend(totals_after(figs, text))
                out.extend(respectively_sums(figs, text))
        para.extend(whole)
        if len(whole) >= 3:
            out.extend(_sums(whole, text))
            out.extend(count_adjustments(whole, text))
    out.extend(budget_adjustments(para, facts))
    # a line that ends a sentence begun on the line before still states its figures in order: the groups
    # after it close its count and sum all the same
    out.extend(group_sums((_figures(unit, 0, start) if start else []) + para, text))
    return out


def _named(words: str) -> str:
    """A rate's words as its name: 增幅为 → 增幅, 节约率达到 → 节约率."""
    return re.sub(r"(?:为|达|是|达到)$", "", words) or "比例"
