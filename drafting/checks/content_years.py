"""A lead-in or label that names the project's content or its implementation with a year before the one
evaluated: 2021年项目主要内容及实施情况为… in the report on 2022.

Why: a report copied from last year's file keeps last year's lead-ins when the text after them is typed over
(the field guide's "a year copied with the text"). Premise: the project's content and implementation that a
self-evaluation tells are the evaluated year's; where the title names that year, a lead-in or label
(…为, …是, …如下, a colon, or the line's end) that opens with a year one or two before it is a stale copy.
Left alone: a sentence that compares years or tells history (上年, 同比, 以来, 累计 — ``label_years``), a
carry-over (结转), a document's title (《2021年…》), a project whose span of years runs from that year into
the evaluated one, and a report written within its year or a budget's 说明.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..report import Report
from .deadline_years import spans_into
from .label_years import budget_or_within_year, compared
from .titles import to_year

__all__ = ["stale_contents"]

# the year, the project's content or implementation, then what makes it a lead-in or a label
_LEAD = re.compile(r"(?<![\d\-—－~～至到])(?P<year>(?:19|20)\d\d)\s*年度?\s*项目\s*"
                   r"(?:(?:主要|建设|实施)?内容|实施情况)(?:[及和与][\u4e00-\u9fff]{2,6}?)?"
                   r"(?=\s*(?:为|是|如下|[:：]|$))")
_NOT_THE_YEARS_OWN = re.compile(r"结转|以前|往年")
_BEHIND = 2  # a copy from one or two years' files; further back is history


def _in_title(text: str, at: int) -> bool:
    """Place ``at`` lies inside a document's title (an open 《 before it)."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


def stale_contents(report: Report, year: int, titles: list[int]) -> list[Finding]:
    """One finding per content lead-in naming a year one or two before ``year``, where a title names ``year``."""
    if year not in titles or budget_or_within_year(report):
        return []
    out: list[Finding] = []
    for unit in report.units():
        if "项目" not in unit.text or "年" not in unit.text:
            continue
        for s in split_sentences(unit.text):
            for m in _LEAD.finditer(s.text):
                y = to_year(m["year"])
                if not year - _BEHIND <= y < year or y in titles or compared(s.text):
                    continue
                if _NOT_THE_YEARS_OWN.search(s.text) or _in_title(s.text, m.start()) or spans_into(report, y, year):
                    continue
                a, b = s.start + m.start("year"), s.start + m.end()
                out.append(Finding(
                    kind=Kind.STALE_YEAR, severity=Severity.WARNING,
                    message=f"“{m.group(0)}”写的是{y}年，而本报告评价的是{year}年",
                    location=FindingLocation.of(report, unit.at(a, b)),
                    evidence=f"自评报告讲的是评价年度{year}年项目的内容和实施情况；此处引语写{y}年，句中也没有与上年比较"
                             "或讲项目沿革，疑为沿用上年报告的引语",
                    suggestion=f"核实后改为{year}年，并核对其后内容是否为{year}年的情况", rule="dates.content_year"))
    return out
