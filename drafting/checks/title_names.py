"""A title whose named thing the body writes with another year: 五华区2024年高标准农田建设项目 in the
title where the body writes 五华区2023年高标准农田建设项目 twice and never the title's year.

Part of the dates check (``dates`` asks it when the body's years alone do not decide the report's
year). Why: a project or a report is named by its year; the name said again in the body, word for
word but for the year, shows which year the writer meant, even where the body's other years are
mixed (a 2023 project's money is reported 截至2024年12月31日). Only a name counts: at least two
Chinese characters before the year (its owner: 五华区, 县教育局) and four after it (what it names).
"""

from __future__ import annotations

import re
from collections import Counter

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .titles import YEAR, to_year

__all__ = ["renamed_titles"]

_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,4}$")  # the owner's name just before the year
_AFTER = re.compile(r"年(度)?([\u4e00-\u9fff]{4})")  # what the year names
_AGAIN = 2  # the body writes the other year's name at least this often


def _named_otherwise(report: Report, unit: TextUnit, m: re.Match[str],
                     titles: set[tuple[int, int | None, int | None]]) -> tuple[int, int] | None:
    """(the other year, how often the body names the title's thing with it), or None: the body (units
    not in ``titles``) writes the title's name around match ``m`` with one other year at least twice
    and never with the title's own year."""
    text = unit.text
    before = _BEFORE.search(text, 0, m.start(1))
    after = _AFTER.match(text, m.end(1))
    if before is None or after is None:
        return None
    name = re.compile(re.escape(before.group(0)) + YEAR + r"年(?:度)?" + re.escape(after.group(2)))
    years: Counter[int] = Counter()
    for u in report.units():
        if (u.location.block, u.location.row, u.location.col) in titles:
            continue
        years.update(to_year(x.group(1)) for x in name.finditer(u.text))
    own = to_year(m.group(1))
    if years[own] or len(years) != 1:
        return None
    other, times = years.most_common(1)[0]
    return (other, times) if times >= _AGAIN else None


def renamed_titles(report: Report, found: list[tuple[TextUnit, re.Match[str]]]) -> list[Finding]:
    """A finding on each title year whose name the body writes with another year (see the module)."""
    titles = {(u.location.block, u.location.row, u.location.col) for u, _ in found}
    out = []
    for unit, m in found:
        if (hit := _named_otherwise(report, unit, m, titles)) is None:
            continue
        other, times = hit
        y = to_year(m.group(1))
        out.append(Finding(
            kind=Kind.STALE_YEAR, severity=Severity.WARNING,
            message=f"标题与正文的年度不一致：标题写作{y}年，正文{times}处以{other}年称呼同一名称",
            location=FindingLocation.of(report, unit.at(m.start(), m.end())),
            evidence=f"标题中“{m.group(0)}”前后的名称，正文写作{other}年{times}次，从未写作{y}年",
            suggestion=f"核实评价年度；标题应为{other}年时改为{other}年，否则更正正文", rule="dates.stale_title"))
    return out
