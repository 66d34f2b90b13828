"""The notice a self-evaluation is made under, cited with another year than the one evaluated:
根据《…关于开展2022年度…绩效自评工作的通知》 opening the report on 2023.

Why: a report copied from last year's file keeps the opening that names last year's notice (the field
guide's "a plan or policy of the wrong year"). Premise: a notice that launches the self-evaluation of
a year (关于开展YYYY年度…自评/绩效评价…的通知/方案) names the year it is for; cited as what this report
answers — in the opening paragraphs before the first section, or in the sentence that says 现将…报告如下
— it must name the evaluated year. One or two years behind is a stale copy; a later or much earlier
year is left (a multi-year plan, history). A sentence about last year's evaluation (上年, 整改, 结果应用)
is left wherever it stands. The same holds for the approval of a year's budget (关于批复2022年部门预算的
通知) cited in a sentence that gives this year's figures (本年度预算…), with no comparison in it.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..report import Heading, Report, TextUnit
from .titles import to_year

__all__ = ["stale_notices"]

_NOTICE = re.compile(r"(?:根据|按照|依据|遵照)[^。；]{0,30}?关于(?:开展|做好|组织开展|组织)(?P<year>(?:19|20)\d\d)\s*年度?"
                     r"[^。；《》]{0,30}?(?:自评|自我评价|绩效评价)[^。；《》]{0,12}?(?:通知|方案)")
# the approval of a year's budget cited for this year's figures: 根据《…关于批复2022年部门预算的通知》，我局本年度预算…
_BUDGET = re.compile(r"关于(?:批复|下达)(?P<year>(?:19|20)\d\d)\s*年度?(?:部门|单位)?(?:年初)?预算(?:的)?(?:通知|批复)")
_THIS_YEARS = re.compile(r"本年|本年度|全年|当年")
_COMPARED = re.compile(r"较|比|相比|同比|对比")
_ANSWERS = re.compile(r"现将[^。]{0,60}?(?:报告如下|汇报如下|报告)")
_LAST_YEARS = re.compile(r"上年|去年|上一年|整改|结果应用|反馈")
_OPENING = 3  # body paragraphs before the first section that state what the report answers
_SECTION = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[.．、]|[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）])")


def stale_notices(report: Report, year: int) -> list[Finding]:
    """One finding per cited self-evaluation notice, or budget approval, of one or two years before ``year``."""
    out: list[Finding] = []
    seen, closed = 0, False  # body paragraphs so far; whether the first section has begun
    for unit in report.units():
        block = report.blocks[unit.location.block]
        if isinstance(block, Heading):
            closed = closed or bool(seen) or bool(_SECTION.match(unit.text))
            continue
        seen += 1
        opening = not closed and seen <= _OPENING
        if "关于" not in unit.text:
            continue
        for s in split_sentences(unit.text):
            if "关于" not in s.text:
                continue
            for m in _NOTICE.finditer(s.text):
                y = to_year(m.group("year"))
                if not year - 2 <= y < year or _LAST_YEARS.search(s.text):
                    continue
                if not opening and not _ANSWERS.search(s.text):
                    continue
                a, b = s.start + m.start("year"), s.start + m.end("year")
                out.append(Finding(
                    kind=Kind.STALE_YEAR, severity=Severity.WARNING,
                    message=f"引用的自评通知是{y}年度的，而本报告评价{year}年",
                    location=FindingLocation.of(report, unit.at(a, b)),
                    evidence="开展某一年度绩效自评的通知只用于该年度的自评；沿用上年报告时常留下上年的通知",
                    suggestion=f"核实后改为开展{year}年度自评的通知（名称与文号）",
                    rule="dates.notice_year"))
            out += _stale_budgets(report, unit, s.start, s.text, year)
    return out


def _stale_budgets(report: Report, unit: TextUnit, at: int, sentence: str, year: int) -> list[Finding]:
    """A budget approval of one or two years before, cited in a sentence that gives this year's figures."""
    if not _THIS_YEARS.search(sentence) or _LAST_YEARS.search(sentence) or _COMPARED.search(sentence):
        return []
    out = []
    for m in _BUDGET.finditer(sentence):
        y = to_year(m.group("year"))
        if not year - 2 <= y < year:
            continue
        out.append(Finding(
            kind=Kind.STALE_YEAR, severity=Severity.WARNING,
            message=f"引用的是{y}年的预算批复，而本句说的是{year}年（本年度）的预算",
            location=FindingLocation.of(report, unit.at(at + m.start("year"), at + m.end("year"))),
            evidence="本年度的预算数出自本年度的预算批复；沿用上年报告时常留下上年的批复文件",
            suggestion=f"核实后改为{year}年部门预算的批复文件（名称与文号）",
            rule="dates.notice_year"))
    return out
