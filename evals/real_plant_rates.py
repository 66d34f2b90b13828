"""A rate that is not its ratio, planted into the real corpus (see ``evals.real_planted``).

Why: DEFECTS.md puts numbers second among real defects, and a rate that does not follow from its
own figures (执行率, 完成率, 到位率, 占比) is their commonest shape. The planter changes one such
rate, and only one whose figures are really there: a percentage after a rate word whose value, at
its own shown precision and half-up, is the ratio of two figures of one unit stated before it in the
same sentence, or in the few short lines before it (a form flattened to one cell per line); in a
form row, the rate word may be the column's header further up.
"""

from __future__ import annotations

import random
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import permutations
from typing import NamedTuple

NUMBER = r"\d[\d,]*(?:\.\d+)?"
_PERCENT = re.compile(rf"(?<![\d.,])({NUMBER})\s*[%％]")
_RATE_WORD = re.compile(r"(?:率|占比|比例|比重|占)[^\d。；;\n]{0,6}[:：为是达到]*\s*$")
# a figure and its unit; dates, years, ordinals and percentages are no figures of a ratio, nor the year
# of a document number (福财直〔2021〕29号 over 〔2020〕 is 100%)
_FIGURE = re.compile(rf"(?<![\d.,第/〔［\[【])({NUMBER})\s*(万元|亿元|元|公里|亩|吨|人次|人|户|件|个|家|次|名|所|项|座|)"
                     rf"(?![\d.年月日号%％〕］\]】])")
_STOP = re.compile(r"[。；;！？!?]")


class RateSite(NamedTuple):
    start: int
    end: int
    value: str
    window_start: int


def _decimal(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:
        return None


# an indicator row (目标值/实际值 …) holds its own figures: a 合格率 is no ratio of the 数量 row above it
_INDICATOR_ROW = re.compile(r"目标值|实际值|指标值|完成值|实际完成值")
# the 二级指标 that opens an indicator row
_CATEGORY = re.compile(r"(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度)指标")
# a target is set, not computed: 目标值：100%, ≥95%, 不低于90% are no ratio of anything
_TARGET = re.compile(r"(?:目标|计划|预期|指标值|≥|>=|≤|<=|=|＝|不低于|不少于)[^\d。；;\n%％]{0,4}$")
# an indicator row flattened into a line of rows starts with its number: 指标8:适龄儿童疫苗接种率 100.00% 97.30%
_ROW_START = re.compile(r"指标\s*\d+\s*[:：.．、]")


def _window_start(text: str, pos: int) -> int:
    """Where the figures of a rate at ``pos`` may start: its sentence, or up to six short lines
    (form cells) before it; an indicator row's own line only, or from its number (指标8:) where the
    rows were run into one line."""
    line_start = text.rfind("\n", 0, pos) + 1
    rows = [m.start() for m in _ROW_START.finditer(text, line_start, pos)]
    if rows:
        return rows[-1]
    if header := list(_INDICATOR_ROW.finditer(text, line_start, pos)):
        # a form run into one line holds the budget block and every indicator row after the header: the
        # row's own figures start at its category (…质量指标渔船补贴发放率100%100%10), not at the line's
        # start, whose 预算数 1.56 over 执行数 1.56 is no ratio of a 发放率
        rows = [m.end() for m in _CATEGORY.finditer(text, header[-1].end(), pos)]
        return rows[-1] if rows else line_start
    stop = max((m.end() for m in _STOP.finditer(text, max(0, pos - 300), pos)), default=max(0, pos - 300))
    lines = text[stop:pos].split("\n")
    if len(lines) > 1 and all(len(x.strip()) <= 30 for x in lines[:-1]):
        start = stop + sum(len(x) + 1 for x in lines[:-7]) if len(lines) > 7 else stop
        return _own_row(text, start, pos)
    return pos - len(lines[-1])


_INDICATOR_HEAD = re.compile(r"目标值|指标值|实际完成值|完成值|实际值")
_NO_FIGURE = re.compile(r"[^\d\s|]+")


def _own_row(text: str, start: int, pos: int) -> int:
    """Under an indicator table's header flattened to one cell per line, a rate's row starts at its
    indicator's name (the last cell without a figure): the 40户 and 10 of the row above give 100% by
    chance, and a 合格率's 100% is no ratio of them."""
    if not _INDICATOR_HEAD.search(text, max(0, pos - 600), pos):
        return start
    at = start
    for line in text[start:pos].split("\n")[:-1]:
        if _NO_FIGURE.fullmatch(line.strip()):
            at_line = text.find(line, at)
            start = at_line + len(line)
        at += len(line) + 1
    return start


def _in_row(text: str, pos: int) -> bool:
    """A form cell: the percentage sits in a row of cells (``|`` or wide spaces) or on a short line."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return "|" in line or "  " in line or len(line.strip()) == 0


# what the planter's rule above says, for figures written without a unit: a year (2021 of 〔2021〕 or
# (2021)), a date's or a time's part (2023-12-31, 9:30) is no figure of a ratio
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE_PART = re.compile(r"\d[-/—:]$|^[-/—:]\d")


def _a_quantity(m: re.Match[str], window: str) -> bool:
    if m.group(2):
        return True
    before, after = window[max(0, m.start(1) - 2):m.start(1)], window[m.end(1):m.end(1) + 2]
    return not _BARE_YEAR.fullmatch(m.group(1)) and not _DATE_PART.search(before) and not _DATE_PART.search(after)


def _follows(value: Decimal, places: int, window: str) -> bool:
    figures = [(v, m.group(2)) for m in _FIGURE.finditer(window)
               if _a_quantity(m, window) and (v := _decimal(m.group(1))) is not None][-8:]
    q = Decimal(1).scaleb(-places)
    for (a, ua), (b, ub) in permutations(figures, 2):
        if ua == ub and b > 0 and a > 0 and (a * 100 / b).quantize(q, ROUND_HALF_UP) == value:
            return True
    return False


def rate_sites(text: str) -> list[RateSite]:
    """Every percentage after a rate word that is the ratio of two figures before it."""
    sites = []
    for m in _PERCENT.finditer(text):
        # after its rate word, or in a form row under a header that names a rate
        if not (_RATE_WORD.search(text[max(0, m.start() - 14):m.start()])
                or ("率" in text[max(0, m.start() - 400):m.start()] and _in_row(text, m.start()))):
            continue
        value = _decimal(m.group(1))
        if value is None or value == 0 or _TARGET.search(text[max(0, m.start() - 12):m.start()]):
            continue
        places = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
        w = _window_start(text, m.start())
        if _follows(value, places, text[w:m.start()]):
            sites.append(RateSite(m.start(1), m.end(1), m.group(1), w))
    return sites


def moved_rate(s: str, rng: random.Random) -> str:
    """A plainly wrong rate in the same format: a few points off in its whole part, never negative,
    never past 100 when it was within it, never down to 100 or below from above it (a capped rate)."""
    value = Decimal(s.replace(",", ""))
    places = len(s.split(".")[1]) if "." in s else 0
    step = Decimal(rng.randint(2, 6))
    up = value + step
    new = up if (up <= 100 or value > 100) and (rng.random() < 0.5 or value - step <= 0) else value - step
    if value > 100 >= new:
        new = up  # a rate over 100% written as 100% is capped, as forms score it: no defect to name
    return f"{new:.{places}f}"
