"""A year's goal with a deadline that had passed before the year began: the 年度总体目标 of a form on 2023
that says 在2022年12月31日前至少给120人发放补贴.

Why: the goal says what the year's money is to achieve within that year; a deadline set before the year
began is last year's goal, copied with its date (the field guide's "a plan or target of the wrong year").
Premise: inside the goal's field (from its 总体目标 label to the indicators), a deadline — 在, 于, 确保 or
力争 before a date and 前 after it — names a day of the evaluated year or later. One of an earlier year is
stale. Not 已于…前 (done, not set), a date that only qualifies a noun (2022年12月31日前入库的项目), a
balance at last year's end (截至2022年12月31日), a missed plan told as such (原计划…, 延至…), nor the
completion text that follows the goal in the same row (it opens with 截至 or 截止).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..numbers.textnorm import fold_width
from ..report import Report, TextUnit

__all__ = ["sentence_at", "stale_goals", "year_deadlines"]

# the goal's label; not a heading on how the goal went (总体目标完成情况, 年度目标实现情况), which reports
_GOAL = re.compile(r"(?:年度)?总体目标(?!完成|实现)|年度目标(?!完成|实现)")
_FIELD = 4  # the lines a goal's field spans at most (a form's cell wraps over a few)
_INDICATORS = re.compile(r"绩效指标|一级指标|产出指标|二级指标|三级指标")
_DEADLINE = re.compile(r"(?<!已)(?:在|于|确保|力争)\s*(?P<year>20\d\d)\s*年"
                       r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底|末)?|底|末)\s*(?:之)?前")
_DONE = re.compile(r"截至|截止")  # the completion cell's opening: what follows reports, it sets no goal
_MISSED = re.compile(r"原计划|原定|延至|推迟|延期|滞后")
_BEHIND = 2  # a copy from one or two years' forms; further back is history


def _goal_texts(report: Report) -> Iterator[tuple[TextUnit, int, str]]:
    """Each unit's part inside a goal's field: (unit, where the part starts, the part), folded."""
    inside = 0  # the lines of the field still to read
    for unit in report.units():
        label = _GOAL.search(unit.text) if "目标" in unit.text else None  # (folding keeps every offset)
        if label is not None:
            inside = _FIELD
        if not inside:
            continue
        inside -= 1
        text = fold_width(unit.text)
        start = label.end() if label is not None else 0
        stop = _INDICATORS.search(text, start)
        end = stop.start() if stop is not None else len(text)
        done = _DONE.search(text, start, end)
        yield unit, start, text[start:done.start() if done is not None else end]
        if stop is not None or done is not None:
            inside = 0


def stale_goals(report: Report, year: int) -> list[Finding]:
    """One finding per deadline in a goal's field that falls before ``year``, the year evaluated."""
    return year_deadlines(report, year, _goal_texts(report), _DEADLINE, lambda y, sentence: bool(_MISSED.search(sentence)),
                          "年度目标", lambda y: f"年度总体目标说的是{year}年的资金要在当年做到什么；期限定在{y}年的目标是上年的目标",
                          "dates.goal_deadline")


def year_deadlines(report: Report, year: int, parts: Iterable[tuple[TextUnit, int, str]], deadline: re.Pattern[str],
                   left: Callable[[int, str], bool], what: str, why: Callable[[int], str], rule: str) -> list[Finding]:
    """One finding per deadline (``deadline``: its ``year``, then 前) in ``parts`` one or two years before ``year``,
    unless ``left(y, sentence)`` says it is set no more (done, missed, a project's own span): the rule of a goal's
    field and of a 时效指标's, which differ in where they read and what they leave."""
    out: list[Finding] = []
    for unit, start, part in parts:
        for m in deadline.finditer(part) if "前" in part else ():
            y = int(m["year"])
            if not year - _BEHIND <= y < year or left(y, sentence_at(part, m.start())):
                continue
            a, b = start + m.start("year"), start + m.end()
            out.append(Finding(
                kind=Kind.STALE_YEAR, severity=Severity.WARNING,
                message=f"{what}的完成期限在{y}年，早于所评价的{year}年",
                location=FindingLocation.of(report, unit.at(a, b)),
                evidence=f"{why(y)}，沿用上年表格时常留下上年的日期",
                suggestion=f"核实后改为{year}年的期限", rule=rule))
    return out


def sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` holding place ``at``."""
    return next((s.text for s in split_sentences(text) if s.start <= at < s.end), text)
