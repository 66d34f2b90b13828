"""A change in percentage points that its two rates do not give: 执行率为90%，较上年的95%下降4个百分点.

Part of the arithmetic check (see ``tables``; a 增减（百分点） column is read there). Why: the two rates
are copied from two years' reports and the points are worked out by hand, often before the rate was
last corrected. Premises, each general, precision first:

* in one sentence, "D个百分点" follows a word of change (提高/增加/上升/增长/下降/降低/减少/回落), its
  rates before it in the same sentence;
* the compared rate B is the last percentage before D, and a comparison names it (较/比/与/同比 or
  上年/去年/同期 within a few characters before it, with no other figure between); the current rate A is
  the last percentage before B that no comparison names — two rates of two sides, nothing else;
* D is right when it is |A − B| at its own shown precision, half-up or truncated; where the rounding
  of A and B could give it, the finding says so. The direction word is not judged (a sign slip is
  another defect, and 增减 is either).
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal

from ...findings import Finding, FindingLocation, Kind, Severity
from ...quantities import format_decimal, round_half_up
from ...report import Report, TextUnit
from .grid import EXPLAINED, NOT_EXPLAINED

__all__ = ["check_points"]

_SENTENCE = re.compile(r"[^。！？!?；;\n]+")
_PCT = re.compile(r"(\d(?<![\d.]\d)\d*(?:\.\d+)?)\s*[%％]")
_POINTS = re.compile(r"(?:提高|增加|上升|增长|下降|降低|减少|回落|增减)了?\s*(\d+(?:\.\d+)?)\s*个?百分点")
_COMPARED = re.compile(r"(?:较|(?<![占对])比(?![例重率])|与|上年|去年|同期|上一年)(?:(?:19|20)\d{2}年度?)?[^，,\d%％]{0,8}$")


def _places(s: str) -> int:
    return len(s.split(".")[1]) if "." in s else 0


def _half(s: str) -> Decimal:
    return Decimal("0.5").scaleb(-_places(s))


def _judge(a: str, b: str, d: str) -> tuple[Decimal, bool] | None:
    """(the right points, whether the rates' rounding explains the stated ones), or None when right."""
    diff = abs(Decimal(a) - Decimal(b))
    stated, places = Decimal(d), _places(d)
    if stated in (round_half_up(diff, places), diff.quantize(Decimal(1).scaleb(-places), ROUND_DOWN)):
        return None
    slack = _half(a) + _half(b) + _half(d)
    return diff, abs(stated - diff) <= slack


def _in_sentence(report: Report, unit: TextUnit, s: int, text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _POINTS.finditer(text):
        pcts = [p for p in _PCT.finditer(text, 0, m.start())]
        if len(pcts) < 2:
            continue
        b = pcts[-1]
        if not _COMPARED.search(text[: b.start()]) or re.search(r"\d", text[b.end(): m.start()]):
            continue
        current = [p for p in pcts[:-1] if not _COMPARED.search(text[: p.start()])]
        if not current:
            continue
        a = current[-1]
        if (judged := _judge(a.group(1), b.group(1), m.group(1))) is None:
            continue
        diff, explained = judged
        d_text = m.group(1)
        expected = format_decimal(round_half_up(diff, _places(d_text)), _places(d_text))
        at = FindingLocation.of(report, unit.at(s + m.start(1), s + m.end(1)))
        related = [FindingLocation.of(report, unit.at(s + p.start(), s + p.end())) for p in (a, b)]
        out.append(Finding(
            kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
            message=f"变动写作 {d_text} 个百分点，按同句 {a.group(0)} 与 {b.group(0)} 应为 {expected} 个百分点",
            location=at, related=related,
            evidence=f"|{a.group(0)} − {b.group(0)}| = {format_decimal(diff, _places(d_text) + 2)} 个百分点"
            + (EXPLAINED if explained else NOT_EXPLAINED),
            suggestion=f"将 {d_text} 个百分点改为 {expected} 个百分点，或核对 {a.group(0)} 与 {b.group(0)}",
            rule="sentence_points"))
    return out


def check_points(report: Report) -> list[Finding]:
    """Each sentence's change in percentage points against its two rates."""
    out: list[Finding] = []
    for unit in report.units():
        if "百分点" not in unit.text:
            continue
        for sm in _SENTENCE.finditer(unit.text):
            if "百分点" in sm.group(0):
                out.extend(_in_sentence(report, unit, sm.start(), sm.group(0)))
    return out
