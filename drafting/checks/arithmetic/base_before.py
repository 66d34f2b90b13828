"""A change's rate whose base is the one figure of the sentence before: 2022年支出1,000万元。2023年支出1,150万元，
同比增长12%.

Part of the arithmetic check (see ``changes``, whose sentence pass reads a change on a base stated in its own
sentence). Why: a report states last year's figure, then this year's with its rate of change against it, in
two sentences; a figure retyped (or the rate copied from last year's report) leaves the rate wrong. Premises,
precision first:

* the sentence before holds exactly one figure, and this sentence exactly one figure before the rate: this
  year's and last year's of one thing (the same label once years and 全年/本年 are set aside, the same unit);
* the rate is a change against last year (同比, 比上年, 较2022年 …) and the sentence before names last year
  (上年, 去年, or the year before the one this sentence names);
* the rate's word goes the way the figures do (增长 where this year's is larger); one that does not is left,
  as which figure is wrong is unknown;
* the rate must be |this − last| ÷ last, half-up or cut at its shown places; a rate that is the difference over
  this year's figure instead, or any ratio of the two, is left.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from .grid import EXPLAINED, NOT_EXPLAINED, make_finding
from .prose import _explained, _Fig, _label, _same_kind

__all__ = ["base_before"]

_RATE = re.compile(r"(?:同比|(?:比|较|相比|对比)(?:上年度?|去年|上一年|\d{4}年度?))[^，,；;。\d]{0,4}?"
                   r"(?P<word>增长|下降|减少|增加|降低|上升|提高)(?:了|率|幅度)?(?:为|达|是|达到)?$")
_UP = ("增长", "增加", "上升", "提高")
_LAST = re.compile(r"上年度?|去年|上一年")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_OWN_YEAR = re.compile(r"^(?:上年度?|去年|上一年|本年度?|今年|当年)")


def _year(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text)]
    return years[-1] if years else None


def _named(f: _Fig) -> str:
    return _OWN_YEAR.sub("", _label(f.words))


def _ok(p: _Fig, part: Decimal, base: Decimal) -> bool:
    exact = part * 100 / base
    return p.m.value in (round_half_up(exact, p.m.places), exact.quantize(Decimal(1).scaleb(-p.m.places), ROUND_DOWN))


def base_before(first: tuple[int, list[_Fig]], second: tuple[int, list[_Fig]], text: str) -> Finding | None:
    """The rate of ``second`` (sentence start, figures) against the one figure of ``first`` (see the docstring)."""
    (s1, told), (s2, figs) = first, second
    rates = [k for k, f in enumerate(figs) if f.pct]
    if len(told) != 1 or not rates or rates[0] != 1 or not (m := _RATE.search(figs[1].words)):
        return None
    b, a, p = told[0], figs[0], figs[1]
    if b.pct or a.change is not None or b.change is not None or not _same_kind(a, b) or min(a.yuan, b.yuan) <= 0 \
            or not _named(a) or _named(a) != _named(b):
        return None
    now, then = _year(text[s2:a.start]), _year(text[s1:b.start])
    if not (_LAST.search(text[s1:b.start]) and now is None) and not (now and then == now - 1):
        return None
    if a.yuan == b.yuan or (m.group("word") in _UP) != (a.yuan > b.yuan):
        return None
    diff = abs(a.yuan - b.yuan)
    if _ok(p, diff, b.yuan) or _ok(p, diff, a.yuan) or _ok(p, a.yuan, b.yuan) or _ok(p, b.yuan, a.yuan):
        return None
    ratio = diff * 100 / b.yuan
    lo = (diff - a.half - b.half) * 100 / (b.yuan + b.half)
    hi = (diff + a.half + b.half) * 100 / (b.yuan - b.half) if b.yuan > b.half else ratio
    explained = _explained(lo, hi, p.m.value, Decimal("0.5").scaleb(-p.m.places))
    expected = format_decimal(ratio, p.m.places)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{m.group('word')}幅度应为 {expected}%（({a.num.text} − {b.num.text}) ÷ 上句 {b.num.text}），报告为 {p.num.text}",
        p.num, [a.num, b.num],
        f"上句为上年数 {b.num.text}，本句为本年数 {a.num.text}：|{a.num.text} − {b.num.text}| ÷ {b.num.text} × 100% = "
        f"{format_decimal(ratio, p.m.places + 4)}%，按报告精度为 {expected}%" + (EXPLAINED if explained else NOT_EXPLAINED),
        f"将 {p.num.text} 改为 {expected}%，或核对 {a.num.text} 与 {b.num.text}", "change_rate_base_before")
