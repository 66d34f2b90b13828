"""A timeliness indicator whose target is a deadline before the evaluated year: the 时效指标 of a form on 2022
(实施期2022年3月-11月) that says 2021年11月30日前完成资金支付.

Why: a 时效指标 sets when the year's money is to be paid or the year's work done; a deadline that had passed
before the year began is last year's form copied with its date (the field guide's "a plan or target of the
wrong year"). Premise: inside the 时效指标 field (from its label to the next indicator class), a date with 前
after it names a day of the evaluated year or later; one of the year or two before is stale. Left alone: a
deadline told as done (已于…前) or missed (原计划, 延至), a balance (截至), a carry-over (结转) or last year's
work told as such (上年, 同比), and a project whose span of years (2021-2023年) runs from that year into the
evaluated one — its earlier deadlines are its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding
from ..numbers.textnorm import fold_width
from ..report import Report, TextUnit
from .goal_years import year_deadlines

__all__ = ["spans_into", "stale_deadlines"]

_LABEL = re.compile(r"时效指标")
# the next indicator class closes the field (a scanned form glues the cells into one line)
_NEXT = re.compile(r"成本指标|效益指标|满意度指标|数量指标|质量指标|经济效益|社会效益|生态效益|可持续")
_FIELD = 3  # the lines a field spans at most
# a date, then 前: the year may follow the indicator's number glued to it in a scanned form (指标12021年)
_DEADLINE = re.compile(r"(?:(?<![\d年月])|(?<=指标\d))(?<!已于)(?<!已在)(?P<year>20\d\d)\s*年"
                       r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底|末)?|底|末)\s*(?:之)?前")
_NOT_SET = re.compile(r"已|截至|截止|原计划|原定|延至|推迟|延期|滞后|结转|上年|去年|同比|较上")
# a span of years: 2021-2023年, 2021年—2023年, 2021年至2023年
_SPAN = re.compile(r"(?P<a>20\d\d)\s*年?(?:度|\s*\d{1,2}\s*月)?\s*[-—－~～至到]\s*(?P<b>20\d\d)\s*年")


def spans_into(report: Report, y: int, year: int) -> bool:
    """The report names a span of years that starts by ``y`` and runs into ``year``: a project of several years."""
    for unit in report.units():
        for m in _SPAN.finditer(fold_width(unit.text)) if "年" in unit.text else ():
            if int(m["a"]) <= y < year <= int(m["b"]):
                return True
    return False


def _fields(report: Report) -> Iterator[tuple[TextUnit, int, str]]:
    """Each unit's part inside a 时效指标 field: (unit, where the part starts, the part), folded."""
    inside = 0
    for unit in report.units():
        label = _LABEL.search(unit.text) if "时效" in unit.text else None
        if label is not None:
            inside = _FIELD
        if not inside:
            continue
        inside -= 1
        text = fold_width(unit.text)
        start = label.end() if label is not None else 0
        stop = _NEXT.search(text, start)
        yield unit, start, text[start:stop.start() if stop is not None else len(text)]
        if stop is not None:
            inside = 0


def stale_deadlines(report: Report, year: int) -> list[Finding]:
    """One finding per deadline in a 时效指标 field that falls one or two years before ``year``."""
    return year_deadlines(
        report, year, _fields(report), _DEADLINE,
        lambda y, sentence: bool(_NOT_SET.search(sentence)) or spans_into(report, y, year), "时效指标",
        lambda y: f"时效指标说的是{year}年的资金何时支付、工作何时完成；期限定在{y}年、当年开始之前已经过去",
        "dates.indicator_deadline")
