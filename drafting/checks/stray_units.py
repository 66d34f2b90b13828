"""A figure with two units (间接费用3万亩元: 万亩 of the area typed before the amount's 元): one figure
measures one thing, so a count's or a measure's unit right before 元 is a stray.

Part of the language check. Why: a sentence that speaks of an area and its cost (1万亩, 每亩3元, 3万元)
carries the area's unit over into the amount by a slip of the hand; the amount reads as 3万亩 and a
lone 元. The units are the review's own (``quantities.Unit``: counts and measures, not money or
percentages). Not where 元 opens a word (5台元器件, 100亩元宝枫) or a price (元/亩).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..quantities import MONEY_UNITS, Unit
from ..report import Report, TextUnit
from .lexicon import lexicon

__all__ = ["stray_units"]

_MEASURES = sorted((u.value for u in Unit if u.value and u not in MONEY_UNITS and u not in (Unit.PERCENT, Unit.POINTS)),
                   key=len, reverse=True)
_TWO_UNITS = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?[万千亿]?)(" + "|".join(map(re.escape, _MEASURES)) + r")元(?![/／])")


def stray_units(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    lex = lexicon()
    for unit in (u for u in units if "元" in u.text):
        text = unit.text
        for m in _TWO_UNITS.finditer(text):
            after = text[m.end() - 1:m.end() + 3]
            if lex.route(after)[1][0][1] > 1:
                continue  # 元 opens a word (元器件, 元宝枫, 元旦)
            figure, measure = m[1], m[2]
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"疑似多字：“{m.group()}”中的“{measure}”多余（或“元”多余）",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"一个数字只能有一个单位：“{figure}”后既有“{measure}”又有“元”",
                suggestion=f"改为“{figure}元”（或“{figure}{measure}”）", rule="language.stray_unit")
