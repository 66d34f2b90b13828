"""An indicator's actual cell that repeats its target's bound: 年度指标值 ≥90%, 实际完成值 ≥90%.

Why: the actual (实际完成值, 全年实际值) is what was measured at the year's end — a figure (93.6%, 272米).
A bound there (≥, 不低于, …以上) is the target copied one column on: the row no longer shows what was
achieved, and the full score given beside it rests on nothing. Read in any layout: the indicator rows of
a table (``indicator_rows``), and a form run together on a line or written one cell per line, where the
same bound stands twice in a row with only blanks, a tab or a "|" between. Precision first: only where
the report's form names a target column and, right after it, an actual column (年度指标值 全年实际值), so
that two bounds side by side are that pair and not two targets (年初目标值, 调整后目标值). All the rows
that do so are one finding: one pattern, one problem.

An actual named so in a sentence (1.免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;) is read too, its bound
alone enough: a figure given as a floor or ceiling is a target restated, whatever the target says. Not a
sentence that compares the actual with its target (实际完成值达到≥90%的目标), nor a planned 完成值 (预期完成值).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from ..findings import Finding, FindingLocation, Kind
from ..numbers.textnorm import fold_width, no_blanks
from ..report import Location, Report
from .grouped import one_finding

__all__ = ["repeated_bounds"]


class _Row(Protocol):
    """What is read of an indicator row (``indicator_rows.IndicatorRow``)."""

    target: FindingLocation | None
    evidence: FindingLocation | None


_COMPARATOR = r"(?:[≥≤≧≦]|[>＞<＜]=|大于等于|小于等于|不低于|不少于|不高于|不超过|不大于|不小于)"
_FIGURE = r"\d[\d,]*(?:\.\d+)?"
# a bound: a comparator and a figure with its unit (≥266米, 不低于95%), or a figure and its side (95%以上)
_BOUND = (rf"(?:{_COMPARATOR}\s*{_FIGURE}\s*(?:[%％‰]|[\u4e00-\u9fff]{{1,4}}?)?"
          rf"|{_FIGURE}\s*(?:[%％‰]|[\u4e00-\u9fff]{{1,4}}?)?(?:以上|以下|以内))")
_BOUND_CELL = re.compile(rf"^{_BOUND}$")
# the same bound twice in a row, cells parted by blanks, a tab or a "|" (or by nothing: a form run together,
# the score's figure right after it — so the bound must end in its unit: ≥90%≥90%10, ≥266米≥266米10); in
# text only a comparator's bound is read (95%以上 is as often a result said as a floor)
_UNIT_BOUND = rf"{_COMPARATOR}\s*{_FIGURE}\s*(?:[%％‰]|[\u4e00-\u9fff]{{1,4}}?)"
_TWICE = re.compile(rf"({_UNIT_BOUND})(?:[ \t\u3000|]*)\1")
_SIGNS = ("≥", "≤", "≧", "≦", ">=", "<=", "＞=", "＜=", "大于等于", "小于等于", "不低于", "不少于", "不高于", "不超过",
          "不大于", "不小于")
# a form's header: the target column and, right after it, the actual column
_PAIR_HEADER = re.compile(r"(?:年度|年初|全年)?(?:绩效)?(?:指标值|目标值)\s*(?:[(（][A-Za-z][)）])?[\s|]*"
                          r"(?:全年|年度)?(?:实际完成值|实际完成情况|实际值|完成值|实际达到值)")

# a form with a second target column (年初目标值 | 调整后目标值): its two targets may be alike
_SECOND_TARGET = re.compile(r"调整(?:后)?的?(?:年度)?(?:指标值|目标值)")

# an actual named by its label and given as a bound, the clause ending there (实际完成值≥90%, 实际值:不低于95%;
# after a label a bare > or < is a bound too: 实际完成值>90%);
# a 完成值 planned (预期/预计/计划/目标/应/拟完成值) is a target, and a bound the actual is said to reach
# (达到≥90%的目标) or said with more words is a comparison, left
_LABELLED = re.compile(rf"(?:实际完成值|实际值|实际达到值|(?<![预计划目标期应拟])完成值)[:：]?(?:为|是)?"
                       rf"({_BOUND}|[>＞<＜]\s*{_FIGURE}\s*(?:[%％‰]|[\u4e00-\u9fff]{{1,4}}?)?)"
                       rf"(?=$|[,，;；。、|)）\s]|自评|得分)")
_LABELLED_SIGNS = (*_SIGNS, ">", "<", "＞", "＜", "以上", "以下", "以内")


# a ceiling of nought (安全事故发生率 ≤0%, 投诉次数 不超过0次): no rate or count falls below 0, so the bound
# admits one value and repeating it states that value (0%) — what was achieved is shown, nothing is left out
_PINNED = re.compile(r"^(?:[≤≦]|[<＜]=|小于等于|不高于|不超过|不大于)0(?:\.0+)?(?:[%％‰]|[\u4e00-\u9fff]{1,4})?$")


def repeated_bounds(report: Report, rows: Iterable[_Row]) -> list[Finding]:
    """One finding for the rows whose actual repeats the target's bound, the first place quoted."""
    places: list[tuple[Location, str]] = []
    for row in rows:  # a table's target and actual columns, named so by its header
        if row.target is not None and row.evidence is not None:
            bound = no_blanks(fold_width(row.target.quote))
            if _BOUND_CELL.match(bound) and no_blanks(fold_width(row.evidence.quote)) == bound:
                places.append((row.evidence.location, bound))
    places = [p for p in _distinct(places + _text_places(report) + _labelled_places(report)) if not _PINNED.match(p[1])]
    if not places:
        return []
    return [one_finding(
        report, [at for at, _ in places], kind=Kind.UNSUPPORTED_CLAIM, count="共{}项指标如此",
        message=f"实际完成值只写了目标区间“{places[0][1]}”，没有填写实际达到的数值",
        evidence="实际完成值应是年末实测的数值（如93.6%），写成“≥…/不低于…”只是重复了年度指标值，无法据此判断是否达标和评分",
        suggestion="按实际测得的数值填写实际完成值，并据此重新核定得分",
        rule="indicators.actual_repeats_target")]


def _text_places(report: Report) -> list[tuple[Location, str]]:
    """The same bound twice in a row in text: a form run together or spaced on a line, or one cell per line
    (two lines alike, each the bound alone) — only under a header naming the target and then the actual."""
    units = list(report.units())
    places: list[tuple[Location, str]] = []
    for k, unit in enumerate(units):
        if unit.kind == "cell" or not any(sign in unit.text for sign in _SIGNS):  # (most text has none)
            continue
        for m in _TWICE.finditer(unit.text):
            places.append((unit.at(m.end(0) - len(m.group(1)), m.end(0)), no_blanks(m.group(1))))
        if k and _BOUND_CELL.match(unit.text.strip()) and units[k - 1].kind != "cell" \
                and no_blanks(units[k - 1].text) == no_blanks(unit.text):
            places.append((unit.at(len(unit.text) - len(unit.text.lstrip()), len(unit.text.rstrip())),
                           no_blanks(unit.text)))
    header = "".join(no_blanks(u.text) for u in units if "值" in u.text) if places else ""
    if not _PAIR_HEADER.search(header) or _SECOND_TARGET.search(header):
        return []  # no target column with the actual right after it, or two targets: two bounds may be both
    return places


def _labelled_places(report: Report) -> list[tuple[Location, str]]:
    """Each 实际完成值 written as a bound in text or a cell, its label and bound quoted."""
    places = []
    for unit in report.units():
        if "值" not in unit.text or not any(sign in unit.text for sign in _LABELLED_SIGNS):
            continue
        for m in _LABELLED.finditer(fold_width(unit.text)):
            places.append((unit.at(m.start(), m.end()), no_blanks(m.group(1))))
    return places


def _distinct(places: list[tuple[Location, str]]) -> list[tuple[Location, str]]:
    """The places in reading order, one per spot (a row read both as a table's and as a line's)."""
    out: list[tuple[Location, str]] = []
    for at, bound in sorted(places, key=lambda p: (p[0].block, p[0].row or 0, p[0].col or 0, p[0].start or 0)):
        if not any((at.block, at.row, at.col) == (was.block, was.row, was.col)
                   and (at.start or 0) < (was.end if was.end is not None else 1 << 30) for was, _ in out[-3:]):
            out.append((at, bound))
    return out
