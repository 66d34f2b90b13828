"""An indicator whose target is a rate (配备率 100%) and whose result is a count (1000件): the result does
not measure the target, so whether it was met cannot be told.

Part of the indicator-form checks (``directions`` calls it). Why: a form's row is copied from another
indicator, or the count behind a rate is typed in the result column; the score given for it then rests
on nothing. Premises, precision first: the indicator's name ends in 率, its target is a bare percentage
(with a comparator or not), and the very next cell — or, in a form flattened without separators, the
very next characters — is a bare count with its measure word (件, 个, 台 …), no % anywhere in it. And a rate
whose target and result are both such counts (签约率 2400人 → 2258人): neither is the rate, the form gives the
counts behind it and no rate at all; only where both counts are in the same measure word, so the two cells are
the row's own pair.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Location, Report
from .arithmetic.form_cells import FormCell
from .arithmetic.forms import form_cells

__all__ = ["rates_met_by_counts"]

_COMPARATOR = r"(?:[≥≤>＞<＜=]=?|不低于|不少于|不高于|达到|大于等于|小于等于)?"
_RATE = rf"{_COMPARATOR}\s*\d{{1,3}}(?:\.\d+)?\s*[%％]"
_COUNT = r"\d[\d,]*(?:\.\d+)?\s*(?:个|件|台|套|人|人次|次|起|处|辆|份|户|家|座|条|所|名|块|只|把|支|张|本|册)"
_NAME = re.compile(r"[\u4e00-\u9fff]{1,16}率$")
_TARGET = re.compile(rf"^{_RATE}$")
_RESULT = re.compile(rf"^{_COUNT}$")
# the three run together in one cell: 灭火设备配备率100%1000件达成预期指标
_GLUED = re.compile(rf"([\u4e00-\u9fff]{{1,16}}率)({_RATE})({_COUNT})(?![\d%％])")


def rates_met_by_counts(report: Report, cells: list[FormCell] | None = None) -> list[Finding]:
    """Rows whose rate target is met by a count: in adjacent cells, or glued together in one (``cells``:
    the report's form cells, when the caller has read them)."""
    out = []
    cells = form_cells(report) if cells is None else cells
    for name, target, result in zip(cells, cells[1:], cells[2:], strict=False):
        # the anchored patterns and a 率 first: the name's pattern is tried at every character of the cell
        if "率" not in name.text or not _RESULT.match(result.text):
            continue
        counts = _RESULT.match(target.text) and _measure(target.text) == _measure(result.text)
        if not (_TARGET.match(target.text) or counts):
            continue
        named = _NAME.search(name.text)
        if named and counts:
            out.append(_counts_finding(report, named.group(), target.text, result.text, name.unit.at(
                name.start + named.start(), name.start + named.end())))
        elif named:
            out.append(_finding(report, named.group(), target.text, result.text, result.unit.at(result.start, result.end)))
    for cell in cells:
        for m in _GLUED.finditer(cell.text) if "率" in cell.text else ():
            out.append(_finding(report, m.group(1), m.group(2), m.group(3),
                                cell.unit.at(cell.start + m.start(3), cell.start + m.end(3))))
    return out


# the words of a form's columns and categories run into a glued name: keep what follows the last of them
_LEAD_WORDS = re.compile(r".*(?:指标|数量|质量|时效|成本|效益|措施|目标值|完成值)")


def _finding(report: Report, name: str, target: str, result: str, at: Location) -> Finding:
    name = _LEAD_WORDS.sub("", name) or name
    return Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message=f"指标“{name}”的目标是比率（{target}），实际完成值却是数量（{result}）：无法判断是否达标",
        location=FindingLocation.of(report, at),
        evidence=f"“{name}”是比率，目标值{target}；完成值{result}是件数、个数，不是同一量度",
        suggestion="填写该比率的实际完成值（%），数量可写入说明",
        rule="indicators.rate_as_count")


def _measure(count: str) -> str:
    return count.rstrip().lstrip("0123456789,. ")


def _counts_finding(report: Report, name: str, target: str, result: str, at: Location) -> Finding:
    name = _LEAD_WORDS.sub("", name) or name
    return Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message=f"指标“{name}”是比率，指标值和完成值却都是数量（{target}、{result}）",
        location=FindingLocation.of(report, at),
        evidence=f"“{name}”应以百分比衡量；{target}和{result}是人数、个数，不是该比率，无从判断是否达标",
        suggestion="填写该比率的目标值和实际完成值（%），或把指标名改为所计的数量（如签约人数）",
        rule="indicators.rate_as_counts")
