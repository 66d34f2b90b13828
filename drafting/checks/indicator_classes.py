"""An indicator filed under a class its name contradicts: a satisfaction rate (…满意度, …满意率)
under one of 产出's second-level classes (数量/质量/时效/成本指标).

Why: the forms (财预〔2020〕10号 and the provinces' copies) keep satisfaction in a class of its own
(满意度指标 → 服务对象满意度指标); an officer who adds the row under 质量指标 scores a survey as an
output, and a reviewer sends the form back. Only a name that *is* a satisfaction rate counts: 满意度
调查次数 is a count of surveys, a fair 数量指标. Older forms that put satisfaction under 效益 are left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from ..findings import Finding, FindingLocation, Kind, Severity

__all__ = ["misfiled"]


class _Row(Protocol):
    """What is read of an indicator row (``indicator_rows.IndicatorRow``; ``claims`` reads the rows once and asks here)."""

    category: str
    name_text: str
    anchor: FindingLocation


_OUTPUT_CLASS = re.compile(r"^(数量|质量|时效|成本)(?:指标)?$")
_SATISFACTION = re.compile(r"满意(?:度|率)(?:[(（][^)）]{0,8}[)）])?$")


def misfiled(rows: Iterable[_Row]) -> list[Finding]:
    """The rows (``indicator_rows.find_indicator_rows``) whose satisfaction rate sits under an output class."""
    out = []
    for row in rows:
        cls = _OUTPUT_CLASS.match(row.category)
        name = row.name_text.strip()
        if cls is None or not _SATISFACTION.search(name):
            continue
        out.append(Finding(
            kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
            message=f"满意度指标“{name}”列在产出指标的“{row.category}”下，归类有误",
            location=row.anchor,
            evidence=f"“{name}”衡量服务对象的满意程度，绩效指标体系中属于满意度指标（服务对象满意度指标），"
                     f"不属于产出指标的{cls.group(1)}指标",
            suggestion="将该指标移至“满意度指标—服务对象满意度指标”下，并相应调整分值",
            rule="indicators.misfiled_satisfaction"))
    return out
