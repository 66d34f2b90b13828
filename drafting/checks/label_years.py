"""A figure's label that names the evaluated year's own money or goal with last year's number: 2017年全年预算数
in the report on 2018.

Why: a report copied from last year's file keeps last year's labels when its figures are typed over (the
field guide's "a year copied with the text"). Premise: a label that names one year's own budget, execution or
goal (YYYY年全年预算数, 年初预算数, 调整后预算数, 全年执行数, YYYY年度目标), in a report whose title names the
evaluated year, names that year; one or two years before it is a stale copy. Left alone: a sentence (or a
table row) that compares years (上年, 同比, 较, 比, 增长 …), a paragraph or row that also labels the
evaluated year's own figure (the two years side by side), a carry-over (2017年结转, no such label), a project's history (立项, 以来, 累计),
a later year (next year's plan), and a report written within its year or a budget's 说明, whose figures are
last year's by design.
"""

from __future__ import annotations

import itertools
import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..report import Report, TextUnit
from .titles import WITHIN_YEAR, to_year

__all__ = ["budget_or_within_year", "compared", "stale_labels"]

# the year, then its label: 2017年全年预算数, 2021年年初预算数, 2018年部门年初预算数, 2020年度目标, 2022年年度目标
_LABEL = re.compile(r"(?<![\d\-—－~～至到])(?P<year>(?:19|20)\d\d)\s*年(?:度|年度)?\s*(?:部门|项目|单位|本级)?\s*"
                    r"(?:(?:年初|全年|调整后)预算数|年初预算|全年执行数|(?<=度)(?:绩效)?目标)")
# a comparison of years, or last year's account told as such
_TREND = re.compile(r"增长|增加|减少|下降|提高|降低|持平")  # (said of one year, a rise or fall is a comparison)
_COMPARED = re.compile(r"上年|去年|上一年|往年|同比|较|相比|对比|比上|比\d|" + _TREND.pattern)
# a project's history told in a later year's report
_HISTORY = re.compile(r"立项|以来|累计|历年|分年度|跨年度|[自从](?:19|20)\d\d\s*年")
_BUDGET = re.compile(r"预算")
_EMPTY_FIELD = re.compile(r"[-—－:：]\s*$")
_ACCOUNT = re.compile(r"自评|评价|决算|执行")
_HEAD, _TITLE_MAX = 3, 60
_BEHIND = 2  # a copy from one or two years' files; further back is history


def budget_or_within_year(report: Report) -> bool:
    """A report written within its year (运行监控, 半年) or a budget's 说明: last year's figures are its base."""
    heads = [u.text for u in itertools.islice(report.units(), _HEAD) if "。" not in u.text and len(u.text) <= _TITLE_MAX
             and not _EMPTY_FIELD.search(u.text)]  # (a site's 预算金额- field above the page is no title)
    return any(WITHIN_YEAR.search(h) or (_BUDGET.search(h) and not _ACCOUNT.search(h)) for h in heads)


def _contexts(report: Report) -> dict[tuple[int, int | None], str]:
    """Each table row's cells read as one text: a header cell's year is compared within its row."""
    rows: dict[tuple[int, int | None], list[str]] = {}
    for unit in report.units():
        if unit.kind == "cell":
            rows.setdefault((unit.location.block, unit.location.row), []).append(unit.text)
    return {k: "｜".join(v) for k, v in rows.items()}


def compared(context: str, goal: bool = False) -> bool:
    """The sentence or row compares years or tells history. In a goal's sentence (2022年年度目标是…提高破案率)
    提高 or 增加 is the aim the goal sets, no comparison: only a year named against another compares."""
    if goal:
        return bool(_COMPARED.search(_TREND.sub("", context)) or _HISTORY.search(context))
    return bool(_COMPARED.search(context) or _HISTORY.search(context))


def _both_years(text: str, year: int) -> bool:
    """The paragraph or row labels the evaluated year's own figure too: the two years set side by side."""
    return any(to_year(m.group("year")) == year for m in _LABEL.finditer(text))


def _finding(report: Report, unit: TextUnit, m: re.Match[str], start: int, label_year: int, year: int) -> Finding:
    said = m.group(0)
    return Finding(
        kind=Kind.STALE_YEAR, severity=Severity.WARNING,
        message=f"“{said}”写的是{label_year}年，而本报告评价的是{year}年",
        location=FindingLocation.of(report, unit.at(start + m.start("year"), start + m.end())),
        evidence=f"预算数、执行数、年度目标这类标签说的是评价年度本身的数字；此处的{label_year}年早于评价年度"
                 f"{year}年，句中也没有与上年比较，疑为沿用上年报告的标签",
        suggestion=f"核实后改为{year}年，并核对该处数字是否为{year}年的数", rule="dates.label_year")


def stale_labels(report: Report, year: int, titles: list[int]) -> list[Finding]:
    """One finding per label naming a year one or two before ``year``, where a title names ``year``."""
    if year not in titles or budget_or_within_year(report):
        return []
    rows = _contexts(report)
    out: list[Finding] = []
    for unit in report.units():
        if "年" not in unit.text or not _LABEL.search(unit.text):
            continue
        row = rows.get((unit.location.block, unit.location.row), "") if unit.kind == "cell" else ""
        if _both_years(unit.text + row, year) or compared(row):
            continue
        for s in split_sentences(unit.text):
            for m in _LABEL.finditer(s.text):
                y = to_year(m.group("year"))
                if not year - _BEHIND <= y < year or y in titles or compared(s.text, goal=m.group(0).endswith("目标")):
                    continue
                out.append(_finding(report, unit, m, s.start, y, year))
    return out
