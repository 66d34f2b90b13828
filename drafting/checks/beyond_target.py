"""A figure said to be above its target that is not (满意度为81.8%，高于85%的目标值), or below it that is not
(单位成本1.32万元，低于1.2万元的计划).

Why: the comparison is written beside the figure, often kept from last year's sentence or the row above,
while the figure was edited; a reviewer reads the two figures against the word between them.

Precision first. Read only where one clause says, in this order, a figure, at most a comma, a comparison
word (高于/超过/超出/大于, or 低于/少于/小于/未达到), and a second figure of the same unit that 的 ties to a
target (的目标值, 的年度目标, 的计划, 的预期, 的标准): 高于全省平均1.4个百分点 or 高于上年1.4% gives a margin
or another comparand, not a target, and is not read. 优于/好于 depend on the indicator's direction and are
not read. The first figure is wrong only beyond its rounding (85.0% 高于85% may be 85.04%).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import fold_width
from ..report import Report

__all__ = ["check_beyond_target"]

_UNIT = r"(%|分|人次|人|户|个|项|次|件|天|家|万元|元|公里|吨|亩)?"
_ABOVE = ("高于", "超过", "超出", "大于")
# a whole figure, thousands separators included: 1,234万元 is not 234万元
_FIGURE = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,])"
_PAIR = re.compile(rf"(?<![\d.,]){_FIGURE}\s*{_UNIT}[，,]?\s*(高于|超过|超出|大于|低于|少于|小于|未达到)了?\s*"
                   rf"{_FIGURE}\s*{_UNIT}的(?:年度|年初|预期|计划|既定)?(?:目标|计划|预期|标准)")


def _half(figure: str) -> Decimal:
    """Half a step of the figure's last digit: how far the value it was rounded from may lie."""
    places = len(figure.split(".")[1]) if "." in figure else 0
    return Decimal("0.5").scaleb(-places)


def _wrong(m: re.Match[str]) -> bool:
    said, target = Decimal(m[1].replace(",", "")), Decimal(m[4].replace(",", ""))
    if m[3] in _ABOVE:
        return said + _half(m[1]) <= target
    return said - _half(m[1]) >= target


def _pairs(text: str) -> Iterator[re.Match[str]]:
    for m in _PAIR.finditer(text):
        if m[2] == m[5] and _wrong(m):
            yield m


def check_beyond_target(report: Report) -> list[Finding]:
    """One warning per such pair, at the figure said, with the target beside it: either may be the one
    edited (a figure the guard also flags is one finding: ``review.merge_findings``)."""
    out = []
    for unit in report.units():
        if "的" not in unit.text or not any(w in unit.text for w in ("目标", "计划", "预期", "标准")):
            continue
        for m in _pairs(fold_width(unit.text)):
            said, target = m[1] + (m[2] or ""), m[4] + (m[5] or "")
            out.append(Finding(
                kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
                message=f"{said}写作“{m[3]}”{target}的目标，但{said}{'已达到' if m[3] == '未达到' else '并未' + m[3]}{target}",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end(2) if m[2] else m.end(1))),
                related=[FindingLocation.of(report, unit.at(m.start(4), m.end(5) if m[5] else m.end(4)))],
                evidence=f"{said}与目标{target}单位相同，按所写精度比较，与“{m[3]}”的说法相反",
                suggestion="核对实际值与目标值；如确未达到目标，改写表述并说明原因",
                rule="claims.beyond_target"))
    return out
