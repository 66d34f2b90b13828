"""A title whose named thing the body writes with another year: 五华区2024年高标准农田建设项目 in the
title where the body writes 五华区2023年高标准农田建设项目 twice and never the title's year.

Part of the dates check (``dates`` asks it when the body's years alone do not decide the report's
year). Why: a project or a report is named by its year; the name said again in the body, word for
word but for the year, shows which year the writer meant, even where the body's other years are
mixed (a 2023 project's money is reported 截至2024年12月31日). Only a name counts: at least two
Chinese characters before the year (its owner: 五华区, 县教育局) and four after it (what it names),
written twice, or once as the statement of what was evaluated (对…2021年某项目支出进行绩效评价).
Likewise a title naming a fund's year beside the evaluated year (某市2022年某资金 2023年度绩效自评报告)
stands only where the body does not name that fund, in the title's words, with the evaluated year.
"""

from __future__ import annotations

import re
from collections import Counter

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .titles import FUNDS_YEAR, YEAR, UnitPlaces, evaluated, one_titles_years, to_year

__all__ = ["one_title_two_years", "renamed_titles", "unsupported_titles"]

_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,4}$")  # the owner's name just before the year
_AFTER = re.compile(r"年(度)?([\u4e00-\u9fff]{4})")  # what the year names
_AGAIN = 2  # the body writes the other year's name at least this often
_NEAR = 2  # a title left from another year's file is a year or two off


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
    stated = False  # one of them is the statement of what was evaluated (``titles.evaluated``)
    for u in report.units():
        if (u.location.block, u.location.row, u.location.col) in titles:
            continue
        for x in name.finditer(u.text):
            years[to_year(x.group(1))] += 1
            stated = stated or evaluated(u.text, x.start(1), x.end(1))
    own = to_year(m.group(1))
    if years[own] or len(years) != 1:
        return None
    other, times = years.most_common(1)[0]
    return (other, times) if times >= _AGAIN or stated else None


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


def unsupported_titles(report: Report, found: list[tuple[TextUnit, re.Match[str]]],
                       statements: Counter[int]) -> list[Finding]:
    """A title year the body never states, where the body states one other year, a year or two
    off, at least twice and no third year at all (a short report: 2022年县残联实施…, 2022年项目资金…
    under a 2023年度 title). Not decided enough to call the title stale, the two disagree all the same.
    ``statements``: the body's statements of each year (the dates check's, titles left out)."""
    said = +statements
    if len(said) != 1:
        return []
    (other, times), = said.items()
    if times < _AGAIN or any(to_year(m.group(1)) == other for _, m in found):
        return []
    out = []
    for unit, m in found:
        if abs((y := to_year(m.group(1))) - other) > _NEAR:
            continue
        out.append(Finding(
            kind=Kind.DATE_INCONSISTENCY, severity=Severity.WARNING,
            message=f"标题与正文的年度不一致：标题写作{y}年，正文{times}处写作{other}年，从未写作{y}年",
            location=FindingLocation.of(report, unit.at(m.start(), m.end())),
            evidence=f"正文陈述年度的句子只提到{other}年（{times}处）；此处标题写作“{m.group(0)}”",
            suggestion=f"核实评价年度，统一标题与正文（{other}年或{y}年）", rule="dates.title_unsupported"))
    return out


# the funds a title names after its year (某市2022年省级非物质文化遗产保护资金…): the words up to 资金/经费
_FUNDS_NAME = re.compile(r"年度?([\u4e00-\u9fff]{4,24}?)(?:专项)?(?:资金|经费)")


def one_title_two_years(report: Report, found: list[tuple[TextUnit, re.Match[str]]], unit: TextUnit,
                        m: re.Match[str], decided: int, places: UnitPlaces) -> bool:
    """Whether the year ``m`` of a title that also names the ``decided`` year stands (2022年预算执行情况
    和2023年预算草案; a fund of the year before, 某区2021年中央…资金 2022年度绩效自评): not a fund later
    than its evaluation, nor a fund the body names, in the title's own words, with the decided year
    twice and never with the title's (2023年下达我市省级非物质文化遗产保护专项资金 under 某市2022年省级非物质
    文化遗产保护资金转移支付 2023年度绩效自评报告: the fund is the decided year's)."""
    if decided not in one_titles_years(report, unit, places):
        return False
    y = to_year(m.group(1))
    if not FUNDS_YEAR.match(unit.text, m.start()):
        # …but no evaluation comes before the funds it evaluates: 2023年度…自评报告（2024年…资金项目）
        return y > decided or not any(to_year(f.group(1)) == decided for f in FUNDS_YEAR.finditer(unit.text))
    if y > decided:
        return False
    return not _funds_named_with(places.body(found), unit, m, decided)


def _funds_named_with(body: str, unit: TextUnit, m: re.Match[str], year: int) -> bool:
    """The body (``UnitPlaces.body``: titles left out) writes the funds the title names after ``m`` with
    ``year`` at least twice (a few words between: 2023年下达我市…) and never with the title's own year."""
    name = _FUNDS_NAME.match(unit.text, m.end(1))
    if name is None:
        return False
    said = re.compile(YEAR + r"\s*年度?[^。；;，,\d]{0,12}?" + re.escape(name.group(1)))
    years = Counter(to_year(x.group(1)) for x in said.finditer(body))
    return years[year] >= _AGAIN and not years[to_year(m.group(1))]
