"""Years and dates: which year a report evaluates, and years or dates that do not fit it.

Why: the commonest sign of a report copied from last year is a title, a 截至 date or a signature
date that still carries the old year. Legitimate mentions of other years (comparisons with 2021,
document numbers 〔2021〕, plans for 2023 in 改进措施) are left alone; only positions that must
carry the evaluated year are checked: titles, year-end status dates, the plan the year followed,
and the report/signature dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.chinese import to_int
from ..numbers.sentences import split_sentences
from ..report import Heading, Report, TextUnit

__all__ = ["check_dates", "infer_year"]

_YEAR = r"((?:19|20)\d{2}|[二][〇○零][〇○零一二三四五六七八九]{2})"
_SMALL = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
_S = r"[ \t\u3000]*"

_TITLE_YEAR = re.compile(_YEAR + _S + r"年度")
_TITLE_WORDS = re.compile(r"绩效|自评|整体支出|项目支出|评价报告")
_DATE = re.compile(_YEAR + _S + "年" + _S + _SMALL + _S + "月" + _S + _SMALL + _S + "[日号]")
_YEAR_END = re.compile(r"截[至止](?:到)?" + _S + _YEAR + _S + "年" + _S
                       + r"(?:12|十二)" + _S + "月" + _S + r"(?:31|三十一)" + _S + "[日号]|"
                       r"截[至止](?:到)?" + _S + _YEAR + _S + r"年(?:底|末)")
_PLAN = re.compile(r"(?:根据|按照|依据|对照|围绕)" + _S + _YEAR + _S + r"年度?" + _S
                   + r"(?:的)?[《“]?[^，。；《》]{0,12}?(?:工作计划|工作要点|计划|要点|工作重点|目标任务)")
_COMPARISON = re.compile(r"上年|同比|较|比|相比|对比|去年")
_REPORT_DATE_LABEL = re.compile(r"(?:报告|填报|编制|评价|出具)日期" + _S + r"[:：]?" + _S + "$")
_FUTURE_INTENT = re.compile(r"计划|预计|力争|争取|将|拟|到|至|前|之前|以前|规划|目标|展望|下一步|明年")


def _number(s: str) -> int | None:
    """A number as the patterns capture it: arabic (2022, 12) or Chinese (二〇二二, 十二, 三十一)."""
    return int(s) if s.isdigit() else to_int(s)


def _to_year(s: str) -> int:
    """A year as ``_YEAR`` captures it: four arabic digits or 二〇二二, which always read."""
    year = _number(s)
    assert year is not None, s
    return year


def _is_title_like(unit: TextUnit, report: Report) -> bool:
    """The document title (a level-0 heading), or a short unit without a full stop that reads as a
    report's title: it names a 年度 and ends in 报告/自评表 (a cover's first line may stop at 整体支出).
    Section headings like "二、2021年度评价结果整改情况" are not titles."""
    text = unit.text.strip()
    block = report.blocks[unit.location.block]
    if not _TITLE_YEAR.search(text):
        return False
    if isinstance(block, Heading) and block.level == 0:
        return True
    flat = re.sub(r"\s+", "", text)
    if len(flat) > 60 or "。" in flat or "，" in flat:
        return False
    return bool(re.search(r"(?:报告|自评表|评价表|整体支出|项目支出)$", flat)) and bool(_TITLE_WORDS.search(flat))


def _title_years(report: Report) -> list[tuple[TextUnit, re.Match[str]]]:
    out: list[tuple[TextUnit, re.Match[str]]] = []
    for unit in report.units():
        if _is_title_like(unit, report):
            out.extend((unit, m) for m in _TITLE_YEAR.finditer(unit.text))
    return out


# Body statements of a year: "2023年度…", "2023年末…", "2023年年初预算…"; not full dates (counted as
# report dates), ranges ("2021-2025年"), comparisons or plans.
_BODY_YEAR = re.compile(r"(?<![\d\-—－~～至到])" + _YEAR + _S + r"年(?!" + _S + _SMALL + _S + "月)")
# Words just before a year that make it a comparison, a plan or a cited document, not the year itself.
_NOT_OWN_YEAR = re.compile(r"(?:较|比|同比|相比|对比|上年|去年|整改|计划|预计|力争|争取|将|拟|下一步|规划|展望|到|至)[^，。；]{0,4}$")
_TITLE_WEIGHT = 2
_REPORT_DATE_WEIGHT = 2


def _year_votes(report: Report) -> tuple[Counter[int], list[int], Counter[int]]:
    """Votes per candidate year: each title (weight 2), each report/signature date for the year
    before it (weight 2), each year-end 截至 date, and each body statement of a year (weight 1)."""
    votes: Counter[int] = Counter()
    title_units = {(u.location.block, u.location.row, u.location.col) for u, _ in _title_years(report)}
    titles = [_to_year(m.group(1)) for _, m in _title_years(report)]
    for y in titles:
        votes[y] += _TITLE_WEIGHT
    for d in _report_dates(report):
        votes[d.date.year - 1] += _REPORT_DATE_WEIGHT
    body: Counter[int] = Counter()
    for unit in report.units():
        if (unit.location.block, unit.location.row, unit.location.col) in title_units:
            continue
        for s in split_sentences(unit.text):
            for m in _YEAR_END.finditer(s.text):
                if not _NOT_OWN_YEAR.search(s.text[: m.start()]):
                    votes[_to_year(m.group(1) or m.group(2))] += 1
            body.update(_to_year(m.group(1)) for m in _BODY_YEAR.finditer(s.text)
                        if not _NOT_OWN_YEAR.search(s.text[: m.start()]))
    votes.update(body)
    return votes, titles, body


def infer_year(report: Report) -> int | None:
    """The evaluated year by a vote of all the evidence, so that one stale title (or one stale
    signature date) does not outvote a body that states the year throughout: titles and report
    dates weigh 2, year-end dates and body statements of a year 1 each. Ties go to the cover's
    year, then to the year the body states most."""
    votes, titles, body = _year_votes(report)
    if not votes:
        return None
    best = max(votes.values())
    tied = [y for y in votes if votes[y] == best]
    if len(tied) == 1:
        return tied[0]
    first_title = {y: -i for i, y in reversed(list(enumerate(titles)))}
    return max(tied, key=lambda y: (y in first_title, first_title.get(y, 0), body.get(y, 0), y))


def _finding(kind: Kind, severity: Severity, unit: TextUnit, start: int, end: int, message: str,
             evidence: str, suggestion: str | None, rule: str, report: Report,
             related: list[FindingLocation] | None = None) -> Finding:
    loc = unit.at(start, end)
    return Finding(kind=kind, severity=severity, message=message,
                   location=FindingLocation(location=loc, quote=report.quote(loc), label=loc.label()),
                   related=related or [], evidence=evidence, suggestion=suggestion, rule=rule)


@dataclass
class _Dated:
    unit: TextUnit
    start: int
    end: int
    date: dt.date
    role: str  # "报告日期" (a labelled field) or "落款日期" (a date standing alone)


def _parse_date(m: re.Match[str]) -> dt.date | None:
    year, month, day = _to_year(m.group(1)), _number(m.group(2)), _number(m.group(3))
    if month is None or day is None:
        return None  # 十十月: not a numeral
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # 2月30日, 13月: not a calendar date


_SIGNATURE_TAIL = 5  # a signature date stands alone among the last few units of the report


def _report_dates(report: Report) -> list[_Dated]:
    """Dates that date the report itself: a labelled 报告日期 field, or a date alone on its line
    (the signature date under the unit's name)."""
    out: list[_Dated] = []
    units = list(report.units())
    for k, unit in enumerate(units):
        for m in _DATE.finditer(unit.text):
            before = unit.text[: m.start()]
            line_start = before.rfind("\n") + 1
            prefix = before[line_start:]
            after = unit.text[m.end():]
            line_rest = after.split("\n", 1)[0]
            d = _parse_date(m)
            if d is None:
                continue
            if _REPORT_DATE_LABEL.search(prefix):
                out.append(_Dated(unit, m.start(), m.end(), d, "报告日期"))
            elif not prefix.strip() and not line_rest.strip() and k >= len(units) - _SIGNATURE_TAIL \
                    and unit.kind != "cell":
                label = units[k - 1].text.strip() if k and not before.strip() else ""
                if _REPORT_DATE_LABEL.search(label):
                    out.append(_Dated(unit, m.start(), m.end(), d, "报告日期"))
                else:
                    out.append(_Dated(unit, m.start(), m.end(), d, "落款日期"))
    return out


def check_dates(report: Report, year: int | None = None) -> list[Finding]:
    """Stale years in titles, year-end dates and cited plans; report dates before the year ended."""
    year = year or infer_year(report)
    if year is None:
        return []
    findings: list[Finding] = []
    findings += _stale_titles(report, year)
    findings += _stale_in_text(report, year)
    findings += _report_date_findings(report, year)
    return findings


def _stale_titles(report: Report, year: int) -> list[Finding]:
    out = []
    for unit, m in _title_years(report):
        y = _to_year(m.group(1))
        if y != year:
            out.append(_finding(
                Kind.STALE_YEAR, Severity.ERROR, unit, m.start(), m.end(),
                f"标题年度为{y}年，报告年度为{year}年：标题可能沿用了旧报告",
                f"报告年度{year}年由封面/标题中多数的“年度”推断；此处标题写作“{m.group(0)}”",
                f"改为{year}年度", "dates.stale_title", report))
    return out


def _stale_in_text(report: Report, year: int) -> list[Finding]:
    out = []
    for unit in report.units():
        for s in split_sentences(unit.text):
            for m in _YEAR_END.finditer(s.text):
                y = _to_year(m.group(1) or m.group(2))
                if y == year or _COMPARISON.search(s.text[: m.start()]):
                    continue
                out.append(_finding(
                    Kind.STALE_YEAR, Severity.ERROR, unit, s.start + m.start(), s.start + m.end(),
                    f"“{m.group(0)}”描述的是年末状况，但报告年度为{year}年，应截至{year}年12月31日",
                    f"年末时点（截至/截止某年底）应为评价年度{year}年的年底；此处为{y}年",
                    f"改为截至{year}年12月31日，并核对该处人数等数据是否为{year}年末数",
                    "dates.year_end", report))
            for m in _PLAN.finditer(s.text):
                y = _to_year(m.group(1))
                if y >= year or y < year - 1:
                    continue
                ys, ye = m.span(1)
                out.append(_finding(
                    Kind.STALE_YEAR, Severity.WARNING, unit, s.start + ys, s.start + s.text.index("年", ye) + 1,
                    f"引用的是{y}年的计划/要点，而本报告评价{year}年的工作",
                    f"评价{year}年工作所依据的计划应为{year}年度计划；此处写作“{m.group(0)}”",
                    f"核实后改为{year}年", "dates.plan_year", report))
            for m in _DATE.finditer(s.text):
                y = _to_year(m.group(1))
                if y <= year + 1 or _FUTURE_INTENT.search(s.text):
                    continue
                out.append(_finding(
                    Kind.STALE_YEAR, Severity.WARNING, unit, s.start + m.start(), s.start + m.end(),
                    f"日期{m.group(0)}晚于报告年度{year}年的次年，疑为笔误",
                    f"{year}年度自评报告中的已发生事项应在{year}年或{year + 1}年初", "核实日期",
                    "dates.future", report))
    return out


def _report_date_findings(report: Report, year: int) -> list[Finding]:
    out = []
    dated = _report_dates(report)
    year_end = dt.date(year, 12, 31)
    for d in dated:
        if d.date <= year_end:
            others = [o for o in dated if o is not d and o.date > year_end]
            related = [FindingLocation(location=o.unit.at(o.start, o.end),
                                       quote=report.quote(o.unit.at(o.start, o.end)),
                                       label=o.unit.at(o.start, o.end).label()) for o in others]
            extra = f"；报告中另一处日期为{others[0].date.year}年{others[0].date.month}月{others[0].date.day}日" if others else ""
            fix = (f"改为与{others[0].role}一致的{others[0].date.year}年{others[0].date.month}月{others[0].date.day}日"
                   if others else f"改为{year + 1}年的实际报告日期")
            out.append(_finding(
                Kind.DATE_INCONSISTENCY, Severity.ERROR, d.unit, d.start, d.end,
                f"{d.role}{report.quote(d.unit.at(d.start, d.end))}早于评价年度{year}年结束，自评报告应在{year + 1}年出具",
                f"{year}年度的自评只能在{year}年12月31日之后完成{extra}", fix,
                "dates.before_year_end", report, related))
    late = [d for d in dated if d.date > year_end]
    if len({d.date for d in late}) > 1:
        first = late[0]
        for d in late[1:]:
            if d.date != first.date:
                floc = first.unit.at(first.start, first.end)
                out.append(_finding(
                    Kind.DATE_INCONSISTENCY, Severity.WARNING, d.unit, d.start, d.end,
                    f"{d.role}与{first.role}不一致",
                    f"{first.role}为{report.quote(floc)}", "核实后统一为同一日期",
                    "dates.disagree", report,
                    [FindingLocation(location=floc, quote=report.quote(floc), label=floc.label())]))
    return out
