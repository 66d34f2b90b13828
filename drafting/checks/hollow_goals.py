"""A goal field that states no goal: 总体目标：该项目主要涉及产出指标、效益指标、满意度指标。

Why: the 总体目标 (年度总体目标, 绩效目标) says what the year's money is to achieve — an output, an effect, a
figure — and the indicators are measured against it. A goal written as the list of the indicator classes
the form has anyway (产出指标、效益指标、满意度指标) is the field filled to look filled: nothing is said
that the year's results could be held against, and a reviewer sends it back. Only a field whose words, once
the classes' names and the joining words (该项目主要涉及…包括…等) are taken away, are nothing at all.
Part of the structure check (blank and hollow fields).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report

__all__ = ["hollow_goals"]

_GOAL = re.compile(r"^\s*(?:[（(]?[\d一二三四五六七八九十]{1,2}[)）.、．]\s*)?((?:年度)?(?:总体|绩效)目标)\s*[:：]\s*(\S.*)$")
_CLASS_WORDS = re.compile(r"(?:一级|二级|三级)?(?:产出|效益|满意度|数量|质量|时效|成本|社会效益|经济效益|生态效益|"
                          r"可持续(?:影响|发展)?|服务对象满意度|社会公众满意度)(?:指标)?")
_JOINING = re.compile(r"该项目|本项目|项目|主要|涉及|包括|包含|分为|设置|设定|设有|共|有|了|等|方面|三个|四个|和|及|与|、|，|,|。|；|;|\s")


def hollow_goals(report: Report) -> list[Finding]:
    """Each 总体目标 field whose text is only the names of indicator classes."""
    out = []
    for unit in report.units():
        if "目标" not in unit.text or "指标" not in unit.text:
            continue
        m = _GOAL.match(unit.text)
        if m is None or "指标" not in m.group(2) or _JOINING.sub("", _CLASS_WORDS.sub("", m.group(2))):
            continue
        out.append(Finding(
            kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
            message=f"“{m.group(1)}”只列了指标类别，没有写出目标",
            location=FindingLocation.of(report, unit.at(m.start(2), len(unit.text.rstrip()))),
            evidence="总体目标应写明资金要达成的产出和效果（如完成什么、达到多少），而这里只是产出、效益、满意度等指标类别的名称",
            suggestion="写明本年度资金要实现的具体目标（数量、质量、时效和效果），与绩效指标相对应",
            rule="structure.hollow_goal"))
    return out
