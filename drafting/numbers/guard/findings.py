"""The guard's verdicts on a report as review findings (``number_unsupported`` /
``number_contradicted``), precision first: not every unsupported number is worth a reviewer's time."""

from __future__ import annotations

from ...department import DepartmentData
from ...findings import Finding, FindingLocation, Kind, Severity
from ...quantities import Unit, is_money
from ...report import Report
from ..extract import MentionKind
from ..factindex import describe
from .checking import verify
from .matching import targets, written_like
from .results import NumberCheck, Verdict

__all__ = ["guard_findings"]

_REPORTED_KINDS = (MentionKind.AMOUNT, MentionKind.PERCENT, MentionKind.POINTS)


def _worth_reporting(c: NumberCheck, in_cell: bool) -> bool:
    """Precision first: contradictions always; unsupported money, percents and points; unsupported
    counts only in a known unit; bare numbers only in table cells whose unit is money."""
    if c.verdict is Verdict.CONTRADICTED:
        return True
    if c.verdict is not Verdict.UNSUPPORTED:
        return False
    m = c.mention
    if "/" in m.unit_text:
        return False  # per-unit standards (1207元/人) come from policy documents, not the department's data
    if m.kind in _REPORTED_KINDS:
        return True
    if m.kind is MentionKind.COUNT:
        return m.unit is not Unit.NONE
    return in_cell and bool(c.nearest) and all(is_money(f.unit) for f in c.nearest[:1])


def guard_findings(report: Report, data: DepartmentData) -> list[Finding]:
    """number_unsupported / number_contradicted findings for ``review`` (pure; never prints). The
    message names no place: every output shows the finding's place the way a Word reader finds it
    before it (a block number such as 第53块(表格) is nowhere in the document)."""
    result = verify(report, data)
    out: list[Finding] = []
    for c in result.checks:
        if c.location is None or not _worth_reporting(c, c.location.row is not None):
            continue
        quote = report.quote(c.location)
        near = "；".join(describe(f) for f in c.nearest) or "数据中没有同类单位的数字"
        if c.verdict is Verdict.CONTRADICTED and c.fact is not None:
            tg_unit = targets(c.mention, None)[0].unit
            suggestion = f"改为 {c.correction or written_like(c.fact, c.mention, tg_unit)}"
            out.append(Finding(
                kind=Kind.NUMBER_CONTRADICTED, severity=Severity.ERROR,
                message=f"“{quote}”与部门数据不符：{describe(c.fact)}；请核对后{suggestion}",
                location=FindingLocation(location=c.location, quote=quote, label=c.location.label()),
                evidence=f"依据：{c.message}",
                suggestion=suggestion, rule="guard.contradicted",
            ))
        else:
            out.append(Finding(
                kind=Kind.NUMBER_UNSUPPORTED, severity=Severity.ERROR,
                message=f"“{quote}”在部门数据中找不到依据；请核对数字，或在数据文件中补充其来源",
                location=FindingLocation(location=c.location, quote=quote, label=c.location.label()),
                evidence=f"数值最接近的数据：{near}", rule="guard.unsupported",
            ))
    return out
