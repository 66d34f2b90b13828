"""The plan for next year, still written for the year evaluated: under 下一步工作计划, "2022年，我们将…" in
the report on 2022.

Why: a report copied from last year's file keeps last year's closing plan with its year (the field
guide's "a plan or policy of the wrong year"). Premise: the section on next steps (下一步, 改进措施,
工作计划, 工作打算 …) speaks of the year after the one evaluated; a paragraph there that opens with a
year and says what "we will" do in it (2022年，我局将…) names the year it plans. When that year is the
evaluated year or the one before it, the plan is one a year or two old. A year inside a sentence
(针对2022年发现的问题，将…) or with a comparison is left: only a plan's opening year is read. A report
written within its year (a 运行监控 or half-year report) or a budget's 说明 plans the year it is dated in,
and is left.
"""

from __future__ import annotations

import itertools
import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .numbering import marker_level
from .titles import WITHIN_YEAR

__all__ = ["stale_plans"]

_NEXT = re.compile(r"下一步|改进措施|改进建议|整改措施|工作计划|工作打算|工作思路|努力方向|工作设想|(?:明年|下年度?)工作")
_MARKER = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．])?"
_PLAN = re.compile(r"^\s*" + _MARKER + r"\s*(?P<year>(?:19|20)\d\d)\s*年度?\s*[，,]\s*"
                   r"(?:我们|我局|我委|我办|我单位|本单位|本部门|我部门|我中心|我院|我校|我所|我站|我队|我镇|我乡|我街道|我县|我区|我市)?"
                   r"\s*(?:将|要|拟|计划|力争|准备|继续)")
# a title naming a budget and no account of it: its plan is the year it budgets
_BUDGET = re.compile(r"预算")
_ACCOUNT = re.compile(r"自评|评价|决算|执行")
_HEAD, _TITLE_MAX = 3, 60  # the title is among the first lines, a line with no sentence in it
_HEADING_MAX = 30  # a heading is a short line with a marker and no sentence's stop


def _heading_level(unit: TextUnit) -> int | None:
    text = unit.text.strip()
    if unit.kind == "cell" or len(text) > _HEADING_MAX or "。" in text:
        return None
    return marker_level(text)


def stale_plans(report: Report, year: int) -> list[Finding]:
    """One finding per next-step paragraph that opens with a plan for the evaluated year or the one before."""
    out: list[Finding] = []
    heads = [u.text for u in itertools.islice(report.units(), _HEAD) if "。" not in u.text and len(u.text) <= _TITLE_MAX]
    if any(WITHIN_YEAR.search(h) or (_BUDGET.search(h) and not _ACCOUNT.search(h)) for h in heads):
        return out
    section: int | None = None  # the level of the next-step heading the text is under
    for unit in report.units():
        level = _heading_level(unit)
        if level is not None:
            if section is not None and level <= section:
                section = None
            if section is None and _NEXT.search(unit.text):
                section = level
            continue
        m = _PLAN.match(unit.text) if section is not None else None
        if m is None or not year - 1 <= (y := int(m.group("year"))) <= year:
            continue
        out.append(Finding(
            kind=Kind.STALE_YEAR, severity=Severity.WARNING,
            message=f"下一步工作计划写的是{y}年，而本报告评价的是{year}年，计划应为{year + 1}年",
            location=FindingLocation.of(report, unit.at(m.start("year"), m.end("year") + 1)),
            evidence=f"“下一步”部分讲的是评价年度之后的工作；此处以“{m.group(0).strip()}”开头，疑为沿用旧报告的计划",
            suggestion=f"核实后改为{year + 1}年", rule="dates.plan_next_year"))
    return out
