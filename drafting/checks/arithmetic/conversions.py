"""A money figure restated in another unit in the bracket right after it: 905,230.00元（约90.52万元）,
1,234.56万元（约0.12亿元）, 1.2亿元（12,000万元）.

Part of the arithmetic check (see ``magnitudes``, which calls it). Why: a report gives its 元 figures
again in 万元 for the reader, converted by hand, and a slipped decimal point there (905,230.00元（约905.23
万元）) makes the bracket ten times off, a number slip DEFECTS.md names (an amount in the wrong unit).
Precision first: only a bracket holding nothing but the figure (约, 约合, 折合, 合 or 即 before it) in
another of 元, 万元 and 亿元; a bracket within one step of its last shown digit of the converted figure
stands (a writer who says 约 may cut the digits off rather than round them).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import Unit, format_decimal
from ...report import Report
from .grid import YUAN, Num, make_finding, span_at

__all__ = ["check_conversions"]

_FIGURE = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|元)"
_PAIR = re.compile(r"(?<![\d.,])" + _FIGURE + r"\s*[（(]\s*(?:约合|约|折合|合|即)?\s*" + _FIGURE + r"\s*[)）]")


def _value(text: str) -> tuple[Decimal, int]:
    digits = text.replace(",", "")
    return Decimal(digits), len(digits.partition(".")[2])


def check_conversions(report: Report) -> list[Finding]:
    """One warning per bracket whose figure is not the figure before it in the bracket's unit."""
    out: list[Finding] = []
    for unit in report.units():
        text = unit.text
        if "元（" not in text and "元(" not in text:
            continue
        for m in _PAIR.finditer(text):
            (first, places), first_unit = _value(m.group(1)), m.group(2)
            (said, said_places), said_unit = _value(m.group(3)), m.group(4)
            if first_unit == said_unit:
                continue
            converted = first * YUAN[Unit(first_unit)] / YUAN[Unit(said_unit)]
            if abs(converted - said) <= Decimal(1).scaleb(-said_places):
                continue
            shown = format_decimal(converted, said_places) + said_unit
            at = Num(said, said_places, False, span_at(unit.location, m.start(3), m.end(4)), text[m.start(3):m.end(4)])
            before = Num(first, places, False, span_at(unit.location, m.start(1), m.end(2)), text[m.start(1):m.end(2)])
            out.append(make_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
                f"括号中的“{at.text}”与前面的“{before.text}”换算不符：{before.text}应合{shown}", at, [before],
                f"{before.text}按1万元=10,000元、1亿元=10,000万元换算为{shown}，括号中写作{at.text}",
                f"核对换算，改为{shown}或更正前面的金额", "amount_conversion"))
    return out
