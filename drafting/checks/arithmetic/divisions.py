"""A division the report writes out whose result it misstates: 执行率=实际支出/预算数×100%=110.5/120×100%=96.08%.

Part of the arithmetic check (see ``tables``). Why: reports often show how a rate was worked out, the two
figures and the result in one formula; the figures are the report's own, so the result must follow from
them. Precision first: the result stands when it is the quotient at its shown precision, half-up or
truncated, or when it lies within the rounding of the two figures as shown (110.5 may be 110.45 to 110.55);
a formula of money needs both figures in money or neither (110.5万元/120 is some other relation).
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from ...report import Report
from .grid import NOT_EXPLAINED, Num, make_finding, span_at

__all__ = ["check_divisions"]

_N = r"\d[\d,]*(?:\.\d+)?"
_UNIT = r"(亿元|万元|元)?"
# a ÷ b (× 100%) = P%: the figures written with or without their unit, the result a per-cent
_DIVISION = re.compile(rf"(?<![\d.,/÷])({_N})\s*{_UNIT}\s*[/÷／]\s*({_N})\s*{_UNIT}\s*(?:[×xX*]\s*100\s*[%％])?\s*[=＝]\s*"
                       rf"({_N})\s*[%％]")
# P%（a/b）: the working shown after the result, in the bracket right after it, each figure after at most its
# label (执行率96%（实际支出110.5万元/预算120万元）); nothing else in the bracket
_LABEL = r"[\u4e00-\u9fff]{0,10}"
_WORKED = re.compile(rf"(?<![\d.,])({_N})\s*[%％]\s*[（(]\s*{_LABEL}[:：]?\s*({_N})\s*{_UNIT}\s*[/÷／]\s*{_LABEL}[:：]?\s*"
                     rf"({_N})\s*{_UNIT}\s*(?:[×xX*]\s*100\s*[%％])?\s*[)）]")
_YUAN = {"": Decimal(1), "元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def _num(text: str) -> tuple[Decimal, int] | None:
    try:
        return Decimal(text.replace(",", "")), len(text.split(".")[1]) if "." in text else 0
    except InvalidOperation:
        return None


def _stands(a: Decimal, ha: Decimal, b: Decimal, hb: Decimal, rate: Decimal, places: int) -> bool:
    """Whether ``rate`` (shown to ``places``) may be a ÷ b × 100 as the figures are shown (each ± its half)."""
    exact = a * 100 / b
    if rate in (round_half_up(exact, places), exact.quantize(Decimal(1).scaleb(-places), ROUND_DOWN)):
        return True
    hr = Decimal("0.5").scaleb(-places)
    if b - hb <= 0:
        return True
    lo, hi = (a - ha) * 100 / (b + hb), (a + ha) * 100 / (b - hb)
    return lo <= rate + hr and hi >= rate - hr


def _formulas(text: str) -> list[tuple[re.Match[str], int, int, int, int, int, int]]:
    """Each division written out, with its groups: a, a's unit, b, b's unit, the result (and the end of
    the result's %)."""
    out = []
    if "=" in text or "＝" in text:
        out += [(m, 1, 2, 3, 4, 5, m.end()) for m in _DIVISION.finditer(text)]
    if "/" in text or "÷" in text or "／" in text:
        out += [(m, 2, 3, 4, 5, 1, m.end(1) + len(m.group(0)[m.end(1) - m.start():].split("%")[0].split("％")[0]) + 1)
                for m in _WORKED.finditer(text)]
    return out


def _dated(a: str, b: str) -> bool:
    """2023/12, 2023/12/31: a year and its month, no division."""
    return re.fullmatch(r"(?:19|20)\d\d", a) is not None and re.fullmatch(r"\d{1,2}", b) is not None and 1 <= int(b) <= 12


def check_divisions(report: Report) -> list[Finding]:
    """Premise: a division the report writes beside its result (a/b=P%, or P%（a/b）) shows how P was
    worked out from the report's own figures, so P must be their quotient."""
    out: list[Finding] = []
    for unit in report.units():
        for m, ga, gua, gb, gub, gr, r_end in _formulas(unit.text):
            ua, ub = m.group(gua) or "", m.group(gub) or ""
            a, b, r = _num(m.group(ga)), _num(m.group(gb)), _num(m.group(gr))
            if a is None or b is None or r is None or b[0] <= 0 or bool(ua) != bool(ub) or _dated(m.group(ga), m.group(gb)):
                continue
            va, vb = a[0] * _YUAN[ua], b[0] * _YUAN[ub]
            ha, hb = Decimal("0.5").scaleb(-a[1]) * _YUAN[ua], Decimal("0.5").scaleb(-b[1]) * _YUAN[ub]
            if _stands(va, ha, vb, hb, r[0], r[1]):
                continue
            expected = format_decimal(round_half_up(va * 100 / vb, r[1]), r[1])
            at = Num(r[0], r[1], True, span_at(unit.location, m.start(gr), r_end), unit.text[m.start(gr):r_end])
            inputs = [Num(a[0], a[1], False, span_at(unit.location, m.start(ga), m.end(gua) if ua else m.end(ga)), m.group(ga) + ua),
                      Num(b[0], b[1], False, span_at(unit.location, m.start(gb), m.end(gub) if ub else m.end(gb)), m.group(gb) + ub)]
            out.append(make_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.ERROR,
                f"算式 {m.group(ga)}{ua} ÷ {m.group(gb)}{ub} 的结果写作 {at.text}，应为 {expected}%",
                at, inputs,
                f"{m.group(ga)}{ua} ÷ {m.group(gb)}{ub} × 100% = {format_decimal(va * 100 / vb, r[1] + 4)}%，按报告精度为 "
                f"{expected}%" + NOT_EXPLAINED,
                f"将 {at.text} 改为 {expected}%，或核对算式中的两个数", "written_division"))
    return out
