"""An indicator's direction against its comparator: a 正向 indicator (more is better) cannot have
a target of 小于等于 (≤), nor a 反向 one (less is better) a target of 大于等于 (≥). (A rate's target met
by a count is ``indicator_measures``', reported with these.)

Why: the forms of several provinces give each indicator a direction and a comparator in adjacent
columns; an officer who copies a row and edits the comparator leaves them contradicting each other,
and the score is then computed the wrong way round.
"""

from __future__ import annotations

import itertools
import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report
from .arithmetic.forms import form_cells
from .indicator_measures import rates_met_by_counts

__all__ = ["check_directions"]

_DIRECTION = re.compile(r"^(正向|反向)(?:指标)?$")
# the comparator in a cell of its own, or opening the target cell right after the direction (反向 | ≥100人)
_COMPARATOR = re.compile(r"^(大于等于|大于|≥|>=|＞=|小于等于|小于|≤|<=|＜=)(?:\s*[\d０-９][^|\n]{0,20})?$")
_AT_MOST = ("小于等于", "小于", "≤", "<=", "＜=")


def check_directions(report: Report) -> list[Finding]:
    out = []
    cells = form_cells(report)
    for direction, comparator in itertools.pairwise(cells):
        d, c = _DIRECTION.match(direction.text), _COMPARATOR.match(comparator.text)
        if not d or not c:
            continue
        at_most = c.group(1) in _AT_MOST
        if (d.group(1) == "正向") != at_most:
            continue
        wanted = "大于等于（≥）" if d.group(1) == "正向" else "小于等于（≤）"
        out.append(Finding(
            kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
            message=f"指标方向为“{d.group(1)}”，目标却写作“{c.group(1)}”：方向与比较符相反",
            location=FindingLocation.of(report, comparator.unit.at(comparator.start, comparator.start + c.end(1))),
            related=[FindingLocation.of(report, direction.unit.at(direction.start, direction.end))],
            evidence=f"{d.group(1)}指标{'越大越好' if d.group(1) == '正向' else '越小越好'}，目标值应写作{wanted}",
            suggestion=f"核对指标方向与比较符：改为{wanted}，或改正指标方向",
            rule="indicators.direction"))
    return out + rates_met_by_counts(report, cells)  # a rate's target met by a count: the same form's rows
