"""Indicators scored with no target and no actual, in a form copied as lines of cells parted by blanks:
指标1:工程质量合格 10 10 under 三级指标 年度指标值 实际完成值 分值 得分, beside rows that give all four.

Why: the score of an indicator is earned against its target by its actual; a row that gives its weight and a
full score but leaves both value columns blank says nothing the score could rest on, and a reviewer sends
it back. A spaced copy keeps no trace of a blank cell, so a row is read only where it cannot be read another
way: under a header whose target, actual, 分值 and 得分 columns stand in that order, in a table where other
rows give all four figures, the row holds its name and exactly two figures, the first a weight the table's
full rows also give and the second no more than it. A row of / (not applicable) or a template's empty row
(指标2:) is left. All such rows are one finding: one pattern, one problem.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind
from ..report import Location, Report, TextUnit
from .grouped import one_finding
from .indicator_lines import CATEGORY, CATEGORY_LIKE, flat, header_roles

__all__ = ["scored_without_values"]

_FIGURE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
_LABEL = re.compile(r"^指标\s*\d{1,2}\s*[:：]?$")
_WEIGHT = re.compile(r"^[(（]\d{1,3}分[)）]$")  # a class's weight on its own line or cell: (50分)
_END = re.compile(r"^(?:总分|合计|注[:：]|[一二三四五六七八九十]+、)")
_SCORE_COLUMNS = ("分值", "得分")


def _header(unit: TextUnit) -> bool:
    """A line of column names whose target and actual columns are followed by 分值 and 得分."""
    if "分值" not in unit.text or "得分" not in unit.text:  # (read first: most lines are no header)
        return False
    names = unit.text.split()
    roles = header_roles(names)
    if roles is None or len(names) < 4:
        return False
    tail = [flat(n) for n in names[-len(roles):]]
    for k in range(len(roles) - 3):
        if roles[k:k + 2] == ["target", "actual"] and tuple(tail[k + 2:k + 4]) == _SCORE_COLUMNS:
            return True
    return False


def _row(text: str) -> tuple[int, list[str]] | None:
    """(where the indicator's name starts, the figures after it) of a table's line; None for no row."""
    tokens = text.split()
    k = 0
    while k < len(tokens) and (CATEGORY.match(tokens[k]) or CATEGORY_LIKE.search(tokens[k]) or _WEIGHT.match(tokens[k])):
        k += 1
    if k < len(tokens) and _LABEL.match(tokens[k]):
        k += 1
    figures = [t for t in tokens[k + 1:] if _FIGURE.match(t)]
    if k >= len(tokens) - 1 or len(figures) != len(tokens) - k - 1 or not re.search(r"[\u4e00-\u9fff]", tokens[k]):
        return None  # no name, no figures, or other words in the value columns (显著提升, /)
    start = text.index(tokens[k], sum(len(t) for t in tokens[:k]) if k else 0)
    return start, figures


def scored_without_values(report: Report) -> list[Finding]:
    """One finding for the spaced rows that give a weight and a score and no target or actual."""
    units = [u for u in report.units() if u.kind != "cell" and "|" not in u.text and "\t" not in u.text]
    out: list[Finding] = []
    k = 0
    while k < len(units):
        if not _header(units[k]):
            k += 1
            continue
        rows: list[tuple[TextUnit, int, list[str]]] = []
        k += 1
        while k < len(units) and not _END.match(units[k].text.strip()) and not _header(units[k]):
            read = _row(units[k].text)
            if read is not None:
                rows.append((units[k], *read))
            k += 1
        out += _judge(report, rows)
    return out


def _judge(report: Report, rows: list[tuple[TextUnit, int, list[str]]]) -> list[Finding]:
    weights = {figures[2] for _, _, figures in rows if len(figures) == 4}
    bare = [(unit, start) for unit, start, figures in rows
            if len(figures) == 2 and figures[0] in weights and float(figures[1]) <= float(figures[0])]
    if not bare:
        return []
    places = [unit.at(start, start + len(unit.text[start:].split()[0])) for unit, start in bare]
    return [_finding(report, places)]


def _finding(report: Report, places: list[Location]) -> Finding:
    name = FindingLocation.of(report, places[0]).quote
    return one_finding(
        report, places, kind=Kind.MISSING_FIELD, count="共{}项指标如此",
        message=f"指标“{name}”只填了分值和得分，年度指标值和实际完成值都是空的",
        evidence="同一表中其他指标填写了指标值、完成值、分值、得分四项，这些指标只有两个数（分值与得分），"
                 "没有目标也没有实际完成值，得分无从核对",
        suggestion="补填年度指标值和实际完成值，并据完成情况核定得分",
        rule="indicators.scored_without_values")
