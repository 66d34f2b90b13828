"""A section heading of the report's own outline that names a year before the one evaluated: 二、2020年度部门整体
支出情况 in the report on 2021.

Why: a report copied from last year's file keeps last year's headings when its text is typed over; a reader
checks the headings first. Premise: the sections of a self-evaluation tell the evaluated year (its spending,
its goals, its results), so where the title names the evaluated year a numbered heading that opens with a
year one or two before it is a stale copy. Left alone: a heading about an earlier year's evaluation and what
followed it (2020年度绩效评价结果整改情况, 问题, 反馈, 应用), money given the year before it is spent
(2020年提前下达资金情况), one that compares years or tells history (上年, 以来,
累计, 2020—2021年), and a report written within its year or a budget's 说明 (``label_years``).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report
from .label_years import budget_or_within_year, compared
from .titles import to_year

__all__ = ["stale_headings"]

# a heading's marker, then the year that opens it, then a short heading (no sentence), maybe closed by its colon
# (2.2022年部门整体支出使用方向:, its text on the lines below); 2. before a year's four digits and 年 is no decimal
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．](?!\d)"
                      r"|\d{1,2}\.(?=(?:19|20)\d\d\s*年))\s*"
                      r"(?P<year>(?:19|20)\d\d)\s*年度?(?P<rest>[\u4e00-\u9fff（）()、]{2,30})\s*[:：]?\s*$")
# an earlier year's evaluation and what followed it, a span of years, or money given the year before its
# use (2020年提前下达 the next year's funds, 批复, 拨付)
_NOT_THE_YEARS_OWN = re.compile(r"整改|结果|问题|发现|反馈|应用|意见|建议|以前|往年|结转|基期|基数|[至到—－\-~～]"
                                 r"|下达|拨付|批复|提前")
_BEHIND = 2  # a copy from one or two years' files; further back is history


def stale_headings(report: Report, year: int, titles: list[int]) -> list[Finding]:
    """One finding per numbered heading opening with a year one or two before ``year``, where a title names ``year``."""
    if year not in titles or budget_or_within_year(report):
        return []
    out = []
    for unit in report.units():
        if unit.kind == "cell" or "年" not in unit.text or not (m := _HEADING.match(unit.text)):
            continue
        y = to_year(m.group("year"))
        if not year - _BEHIND <= y < year or y in titles or _NOT_THE_YEARS_OWN.search(m["rest"]) or compared(m["rest"]):
            continue
        said = unit.text[m.start("year"):m.end("rest")]
        out.append(Finding(
            kind=Kind.STALE_YEAR, severity=Severity.WARNING,
            message=f"章节标题“{said}”写的是{y}年，而本报告评价的是{year}年",
            location=FindingLocation.of(report, unit.at(m.start("year"), m.end("rest"))),
            evidence=f"报告标题为{year}年度，各章节说的是评价年度的情况；此处标题的{y}年早于评价年度，"
                     f"也不是上年评价结果的整改或比较，疑为沿用上年报告的标题",
            suggestion=f"核实后改为{year}年度，并核对本节内容是否为{year}年的情况", rule="dates.heading_year"))
    return out
