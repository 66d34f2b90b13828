"""Years and dates: which year a report evaluates, and years or dates that do not fit it.

Why: the commonest sign of a report copied from last year is a title, a 截至 date or a signature
date that still carries the old year. Legitimate mentions of other years (comparisons with 2021,
document numbers 〔2021〕, plans for 2023 in 改进措施) are left alone; only positions that must
carry the evaluated year are checked: titles, year-end status dates, the plan the year followed,
and the report/signature dates.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..findings import Finding, FindingLocation, Kind, Severity, quoted_from
from ..numbers.memo import BlockMemo
from ..numbers.sentences import shared_sentences, split_sentences
from ..numbers.textnorm import fold_width
from ..report import Report, TextUnit
from . import titles as _titles
from .calendar import backward_ranges
from .content_years import stale_contents
from .days import date as _date
from .deadline_years import stale_deadlines
from .document_kinds import a_budget, a_notice
from .goal_years import stale_goals
from .grouped import one_per_quote
from .heading_years import stale_headings
from .held import once_held
from .label_years import stale_labels
from .notice_years import stale_notices
from .plan_years import stale_plans
from .publication import after_publication, published
from .report_dates import DATE as _DATE
from .report_dates import Dated, report_dates
from .title_names import one_title_two_years, renamed_titles, unsupported_titles
from .titles import SMALL as _SMALL
from .titles import SPACE as _S
from .titles import (
    WITHIN_YEAR,
    UnitPlaces,
    dating_line,
    evaluated,
    funds_on_the_cover,
    funds_year_on_cover,
    title_years,
)
from .titles import YEAR as _YEAR
from .titles import to_year as _to_year
from .year_fields import field_years
from .year_roles import plain_year

__all__ = ["check_dates", "infer_year"]

# 截至 before the date, or a field's label (统计截止日期 / the date on the next line) naming the point
_UNTIL = r"截[至止](?:到)?(?:(?:日期|时间|时点)[:：]?\s*)?"
_YEAR_END = re.compile(_UNTIL + _S + _YEAR + _S + "年" + _S
                       + r"(?:12|十二)" + _S + "月" + r"(?:" + _S + r"(?:31|三十一)" + _S + r"[日号]|(?![\d一二三]))|"
                       + _UNTIL + _S + _YEAR + _S + r"年(?:底|末)")
# The year's plan the work followed: 依据2022年工作要点, or the plan's title with its issuer first (依据《某县人民政府
# 2020年地质灾害防治方案》: issued every year, by law); a project funded last year keeps last year's 实施方案.
_PLAN = re.compile(r"(?:根据|按照|依据|对照|围绕)" + _S + r"(?:《[^《》，。；]{0,20}?)?" + _YEAR + _S + r"年度?" + _S
                   + r"(?:的)?[《“]?[^，。；《》]{0,12}?(?:工作计划|工作要点|计划|要点|工作重点|目标任务|防治方案|目标责任书)")
_COMPARISON = re.compile(r"上年|同比|较|比|相比|对比|去年")
# a title announcing results, named for its own year; or a budget's (2024年政府预算报告, 2024年部门预算), which tells
# the year before's execution as its base
_PUBLISHING_TITLE = re.compile(r"(?:公开|公示|公告|通报|(?<!决算和)(?<!决算及)预算(?:报告|草案)?)[ \t\u3000]*$")
_FUTURE_INTENT = re.compile(r"计划|预计|力争|争取|将|拟|到|至|前|之前|以前|规划|目标|展望|下一步|明年|(?:结束|终止|截止|完成)(?:日期|时间|时限)"
                            r"|实施(?:期限|周期)|项目(?:周期|期限)|起止(?:日期|时间)")  # …or a project's set period (结束日期: 2021年12月31日)
_EVIDENCES: BlockMemo[int, tuple[Report, tuple[list[int], _Votes]]] = BlockMemo()  # the year's: asked twice

# Body statements of a year: "2023年度…", "2023年末…", "2023年年初预算…"; not full dates (counted as
# report dates), ranges ("2021-2025年"), comparisons or plans.
_BODY_YEAR = re.compile(r"(?<![\d\-—－~～至到])" + _YEAR + _S + r"年(?:(?!" + _S + _SMALL + _S + "月)|(?=" + _S
                        + r"(?:12|十二)" + _S + "月" + _S + "[底末]))")  # 2023年12月底 is 2023年底
# Words just before a year that make it a comparison, a plan or a cited document, not the year itself;
# not across an item's number, which opens a new clause (问题：1、资金使用较慢 2、2022年度资金到位较晚)
_NOT_OWN_YEAR = re.compile(r"(?:较|比|同比|相比|对比|上年|去年|整改|计划|预计|力争|争取|(?<!现)将|拟|下一步|规划|展望|到|至)"
                           r"(?![^，。；]*(?:\d[、．.]|[一二三四五六七八九十]、|[（(][\d一二三四五六七八九十]{1,2}[)）])\s*$)[^，。；]{0,4}$")
# since a year's end (从2015年底划入市委办): the state since then, a later year's
_SINCE = re.compile(r"(?:从|自)\s*$")
_YEAR_CLOSE = re.compile(r"\s*(?:底|末)")
# "2023年度", "2023年初/末/底" (or 年年末, 年年度内), "2023年预算/决算/全年/支出/收入", "2023年项目支出/部门预算/
# 项目绩效目标", "2023年共投入/安排": the year whose money and work are reported; "现将2023年度…报告如下" is
# the report's own year (现将 is "hereby", not a plan); not "2014年预算编制", done the year before. Traditional read simplified.
_OF_THE_YEAR = re.compile(r"度|初|末|底|年[初末底度]|全年|(?:部门|项目|单位|本级)?(?:预算(?!编制)|决算|支出|收入|资金)|项目绩效"
                          r"|共?(?:投入|安排)"
                          # the year's money approved or allotted (2021年批复某局项目9个, 2023年中央财政下达我县…资金):
                          # not a project's approval told as history (2018年批复立项)
                          r"|[^，。；,;\d]{0,6}?(?:批复|下达)(?!立项)[^，。；,;\d]{0,20}?(?:项目|资金|预算|经费)")
# "2018年整体支出数为…": the year's whole spending, as 部门支出 is; not in a cited title (《关于编制2020年部门整体支出…》)
_WHOLE_OF_THE_YEAR = re.compile(r"(?:部门)?整体(?:预算|决算|支出|收入|资金)")
# "评价年度：2022年", and a sentence opening with its year that gives the year's totals: "2022年，我局…
# 全年发放低保金1,260万元", "2022年我局共保障困难群众3,200人", "2022年…，比2021年增长5%" (not "2018年我县被确定为示范县", a project's
# history told in a later year's report)
_YEAR_FIELD = re.compile(r"(?:评价|所属|预算|自评|绩效|报告)?年度\s*[:：]\s*$")
_OPENS = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?$")
_THE_YEARS_TOTALS = re.compile(r"(?:全年|共计|合计|累计|共)[^。；;，,\d]{0,20}\d"
                               r"|(?:比|较|同比)[^。；;]{0,6}?(?:上年|去年|\d{4}年)[^。；;]{0,8}?(?:增长|增加|减少|下降|提高|降低|持平)")
# a plan between the year and its figures (2022年某局计划使用资金45万元…共3万元): the year the plan was made
_PLANNED = re.compile(r"计划|预计|拟")  # (a year's budget is planned the year before), not the year's totals
_TITLE_WEIGHT = 2
_HISTORY_GAP = 2  # a title left from an old file is a year or two behind; a lone year further back is history
_STRONG = 2  # a report date, a year-end date or a body's "2023年度": statements of the evaluated year
_FUNDS_OF = re.compile(r"[^，。；,;\d]{0,6}?(?:资金|经费|预算|决算|补助|财力|收入|支出)|第[一二三四五六七八九十\d]{1,2}批")
_UNANIMOUS = 2  # plain statements of one year, and of no other, that decide it against a title
_BODY_MARGIN = 2  # the body outweighs the titles when its year has this many times the title year's votes

# each read twice by the check (the year's evidence, then the stale titles and report dates): once per review
_title_years = once_held(title_years)
_report_dates = once_held(report_dates)


@dataclass
class _Votes:
    """The body's evidence of a year: weighted votes, how many statements, how many strong ones."""

    votes: Counter[int]
    statements: Counter[int]
    strong: Counter[int]
    sure: Counter[int]  # a report date, a year-end date or a year field: no history names the year so
    funds: Counter[int] = field(default_factory=Counter)  # statements of the year's money (2021年衔接资金, 2022年地方财力)
    dated: Counter[int] = field(default_factory=Counter)  # the votes of report and signature dates

    def add(self, year: int, weight: int, strong: bool, sure: bool = False, funds: bool = False) -> None:
        self.votes[year] += weight
        self.statements[year] += 1
        self.strong[year] += strong
        self.sure[year] += sure
        self.funds[year] += funds


def _body_votes(report: Report, title_units: set[tuple[int, int | None, int | None]], titles: list[int]) -> _Votes:
    """The body alone: report and signature dates for the year before them (in December, their own year or
    a title's year before it: a 核查 a year on), year-end 截至 dates and "YYYY年度/预算/全年…" (weight 2,
    strong) and any other statement of a year (weight 1). A page's publication date is no vote (copies are
    published months or years later): it only bounds the year from above (``_after_publication``)."""
    ev = _Votes(Counter(), Counter(), Counter(), Counter())
    for d in _report_dates(report):
        y = d.date.year - (d.date.month != 12 or (d.date.year not in titles and d.date.year - 1 in titles))
        ev.add(y, _STRONG, True, True)
        ev.dated[y] += 1
    for y in field_years(report.units()):  # 评价年度 / 2023年: a form's field without its colon (``year_fields``)
        ev.add(y, _STRONG, True, True)
    said: set[str] = set()
    for unit in report.units():
        if (unit.location.block, unit.location.row, unit.location.col) in title_units:
            continue
        for s in split_sentences(unit.text):
            if s.text in said:
                continue  # a sentence written twice (a form's cell copied into the next) states its year once
            said.add(s.text)
            for m in _YEAR_END.finditer(s.text) if "年" in s.text else ():  # both name a year with 年
                if not _NOT_OWN_YEAR.search(s.text[: m.start()]):
                    ev.add(_to_year(m.group(1) or m.group(2)), _STRONG, True, True)
            for m in _BODY_YEAR.finditer(s.text) if "年" in s.text else ():
                before = s.text[: m.start()]
                if not _NOT_OWN_YEAR.search(before) and not (_SINCE.search(before) and _YEAR_CLOSE.match(s.text, m.end())):
                    field = bool(_YEAR_FIELD.search(before))
                    stated = bool(_OF_THE_YEAR.match(s.text, m.end())) \
                        or (bool(_WHOLE_OF_THE_YEAR.match(s.text, m.end())) and before.count("《") <= before.count("》")) \
                        or (bool(_OPENS.match(before)) and (t := _THE_YEARS_TOTALS.search(s.text, m.end())) is not None
                            and not _PLANNED.search(s.text, m.end(), t.start())) \
                        or evaluated(s.text, m.start(), m.end())
                    # a deadline (2021年底前) or the year of works rewarded is no statement of the year lived
                    annual = field or (stated and not plain_year(unit.text, s.start + m.end()))
                    ev.add(_to_year(m.group(1)), _STRONG if annual else 1, annual, field,
                           bool(_FUNDS_OF.match(s.text, m.end())))
    return ev


def _evidence(report: Report) -> tuple[list[int], _Votes]:
    table = {} if _EVIDENCES.table is None else _EVIDENCES.table  # in a dates check: weighed once, not changed
    if (hit := table.get(id(report))) is None or hit[0] is not report:  # the report is kept: its id stays its own
        found = _title_years(report)
        title_units = {(u.location.block, u.location.row, u.location.col) for u, _ in found}
        years = [_to_year(m.group(1)) for _, m in found]
        hit = table[id(report)] = report, (years, _body_votes(report, title_units, years))
    return hit[1]


def _body_year(titles: list[int], ev: _Votes) -> int | None:
    """The year the body states: two or more statements, one of them strong, with twice the votes of
    every title year that differs from it; or four or more plain statements with three times; or
    the only year any strong statement names, where the body never names the title's year."""
    if not ev.votes:
        return None
    top, votes = ev.votes.most_common(1)[0]
    if ev.dated[top] == ev.statements[top] and top + 1 in titles and top not in titles:
        return top + 1  # only dates within the title's year speak against it: signed too early, no title left from an old file
    others = [max(ev.votes[y], 1) for y in set(titles) if y != top]
    if ev.strong[top] and ev.statements[top] >= 2 and all(votes >= _BODY_MARGIN * v for v in others):
        return top
    if ev.statements[top] >= 4 and all(votes >= 3 * v for v in others):
        return top
    # the body never names a title's year, and every strong statement in it names one other year
    if ev.strong[top] and all(not ev.statements[y] for y in set(titles) if y != top) \
            and not any(ev.strong[y] for y in ev.strong if y != top):
        return top
    # the body names one year only, two or more times, one of them the year's money (2022年衔接资金,
    # 2022年部门年初预算), and never a title's other year: unanimous, though no statement is strong (a
    # project's history, 2018年被确定为示范县 … 2018年开工, names no money of the year)
    if ev.statements[top] >= _UNANIMOUS and ev.funds[top] and len(+ev.statements) == 1:
        return top
    return None


def _folded(report: Report) -> Report:
    """``report`` with full-width digits read as ASCII (２０２３年 as 2023年), character for
    character, so the year patterns below see every year at the same offsets."""
    return report.mapped(fold_width)


def infer_year(report: Report) -> int | None:
    """The evaluated year from all the evidence, never from the title alone: when the body (report
    dates, year-end dates, "YYYY年度", other statements of a year) clearly states one year, that is
    the year, whatever the title says; otherwise titles weigh 2 beside the body's votes. Ties go to
    the cover's year, then to the year the body states most."""
    titles, ev = _evidence(_folded(report))
    if (year := _body_year(titles, ev)) is not None:
        return year
    body = ev.votes
    votes = Counter(body)
    for y in titles:
        votes[y] += _TITLE_WEIGHT
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
                   location=FindingLocation.of(report, loc),
                   related=related or [], evidence=evidence, suggestion=suggestion, rule=rule)


def check_dates(report: Report, year: int | None = None) -> list[Finding]:
    """Stale years in titles, year-end dates and cited plans; report dates before the year ended."""
    folded = _folded(report)
    with shared_sentences(), _EVIDENCES.held():  # the year's evidence and the stale-year rules read every sentence four times
        if folded is report:
            return _check_dates(report, year)
        return [quoted_from(f, report) for f in _check_dates(folded, year)]


def _check_dates(report: Report, year: int | None) -> list[Finding]:
    given = year
    year = year or infer_year(report)
    findings: list[Finding] = backward_ranges(report)
    dated = [d for d in _report_dates(report) if d.at_end or d.role == "报告日期"]
    findings += after_publication(report, dated)
    if year is None:
        return findings
    findings += _stale_titles(report, given)
    titles, ev = _evidence(report)
    # a year read from one plain mention and no title (成立于1989年) is too weak to call a later date future
    firm = given is not None or bool(titles) or ev.strong[year] > 0 or ev.statements[year] >= 2
    findings += _stale_in_text(report, year, firm)
    findings += _stale_conclusion(report, year)
    findings += stale_notices(report, year) + stale_plans(report, year) + stale_goals(report, year)
    findings += stale_labels(report, year, titles) + stale_headings(report, year, titles)
    findings += stale_contents(report, year, titles) + stale_deadlines(report, year)
    findings += _report_date_findings(report, year, dated)
    return findings


def _after_publication(report: Report, found: list[tuple[TextUnit, re.Match[str]]], ev: _Votes) -> list[Finding]:
    """Title years the publication date rules out: a report published in March 2020 cannot
    evaluate 2020 (nor 2021)."""
    when = published(report)
    if when is None or a_budget(report):
        return []  # (a budget comes out before its year or early in it)
    p_year, p_month = when
    latest = p_year if p_month == 12 else p_year - 1  # the latest year such a report can evaluate
    body = [y for y, _ in ev.votes.most_common() if y <= latest]
    out = []
    for unit, m in found:
        y = _to_year(m.group(1))
        if y <= latest or WITHIN_YEAR.search(unit.text):
            continue  # a monitoring or half-year report is written within the year it follows
        fix = f"改为{body[0]}年度" if body else f"核实评价年度（应不晚于{latest}年）"
        out.append(_finding(
            Kind.STALE_YEAR, Severity.WARNING, unit, m.start(), m.end(),
            f"标题年度为{y}年，但报告发布于{p_year}年{p_month}月，那时{y}年尚未结束",
            f"页面的发布日期为{p_year}年{p_month}月；年度自评只能在评价年度结束后完成"
            + (f"；正文中{body[0]}年出现{ev.statements[body[0]]}处" if body else ""),
            fix, "dates.title_after_publication", report))
    return one_per_quote(out)  # one title repeated (the page's title, the heading): one problem


def _stale_titles(report: Report, given: int | None) -> list[Finding]:
    """A title year that the given year (from the data) or the body contradicts is flagged, never the
    body's dates. When the body does not decide and two titles disagree, one warning points at both."""
    found = _title_years(report)
    titles, ev = _evidence(report)
    decided = given or _body_year(titles, ev)
    # one sentence naming a year long before the title's (an inspection of 2018's work) is history
    history = given is None and decided is not None and ev.statements[decided] < 2 and not ev.sure[decided]
    # …and so weakly decided, it does not outvote a title of the year before the page's publication (reports come
    # out the year after); nor does a year not yet over when the page came out (notices of 2017's evaluation work
    # cited in a report published in July 2017 on 2016's money)
    when = published(report) if given is None else None
    unfinished = when is not None and decided is not None and (decided, 12) > when
    on_schedule = when[0] - 1 if when is not None and (history or unfinished) else None
    out, places = [], UnitPlaces(report)
    if decided is not None:
        funded, kept = funds_on_the_cover(report, places), []
        for unit, m in found:
            y = _to_year(m.group(1))
            if one_title_two_years(report, found, unit, m, decided, places) \
                    or funds_year_on_cover(unit, m, decided, funded) or (y == decided + 1 and _PUBLISHING_TITLE.search(unit.text)):
                kept.append((unit, m))  # …unless the page came out before that year ended
                continue  # a title of two years (2022年预算执行情况和2023年预算草案), a cover's funds', a page publishing 2020's results
            if y != decided and not (y > decided + _HISTORY_GAP and history) and y != on_schedule:
                out.append(_finding(
                    Kind.STALE_YEAR, Severity.ERROR, unit, m.start(), m.end(),
                    f"标题年度为{y}年，报告年度为{decided}年：标题可能沿用了旧报告",
                    (f"部门数据的年度为{decided}年" if given else
                     f"正文中{decided}年出现{ev.statements[decided]}处（年度、年末、预算或报告日期），{y}年{ev.statements[y]}处")
                    + f"；此处标题写作“{m.group(0)}”",
                    f"改为{decided}年度", "dates.stale_title", report))
        # one stale title repeated (the site's 名称 field, the page title, the heading) is one problem
        return one_per_quote(out + (_after_publication(report, kept, ev) if given is None else []))
    if given is None and (late := _after_publication(report, found, ev) or renamed_titles(report, found)
                          or unsupported_titles(report, found, ev.statements)):
        return late
    if len(set(titles)) > 1:
        # the title whose year the body supports less is the suspect; on a tie, the later one
        ranked = sorted(found, key=lambda f: ev.votes[_to_year(f[1].group(1))], reverse=True)
        top = _to_year(ranked[0][1].group(1))
        for unit, m in ranked[1:]:
            # the best-supported year in another title: one title naming two years (2022年预算执行情况和
            # 2023年预算草案) is no disagreement with itself
            other = next(((u, mm) for u, mm in ranked if _to_year(mm.group(1)) == top and u.location != unit.location), None)
            if _to_year(m.group(1)) != top and other is not None:
                u1, m1 = other
                first = u1.at(m1.start(), m1.end())
                out.append(_finding(
                    Kind.DATE_INCONSISTENCY, Severity.WARNING, unit, m.start(), m.end(),
                    f"两处标题的年度不一致：“{m1.group(0)}”与“{m.group(0)}”",
                    "正文没有足够的年度信息判断哪一处正确", "核实评价年度，统一两处标题",
                    "dates.titles_disagree", report,
                    [FindingLocation.of(report, first)]))
                break
    return out


def _year_end(report: Report, unit: TextUnit, a: int, b: int, y: int, year: int) -> Finding:
    return _finding(
        Kind.STALE_YEAR, Severity.ERROR, unit, a, b,
        f"“{report.quote(unit.at(a, b))}”描述的是年末状况，但报告年度为{year}年，应截至{year}年12月31日",
        f"年末时点（截至/截止某年底）应为评价年度{year}年的年底；此处为{y}年",
        f"改为截至{year}年12月31日，并核对该处人数等数据是否为{year}年末数", "dates.year_end", report)


def _baseline_of(text: str, end: int, year: int) -> bool:
    """An earlier year-end followed, in the same full sentence, by the evaluated year's own (截至2022年12月31日
    为38.6%；截至2023年12月31日提高到41.8%) or its budget is the baseline, not a year-end copied from last year."""
    stop = text.find("。", end)  # (… or the year's budget told after it: 截至2022年底共有车辆0辆，2023年部门预算安排…)
    return any(_to_year(m.group(1) or m.group(2)) == year for m in _YEAR_END.finditer(text, end, len(text) if stop < 0 else stop)) \
        or re.search(rf"{year}年[^。；;]{{0,8}}预算", text[end:len(text) if stop < 0 else stop]) is not None


def _stale_in_text(report: Report, year: int, firm: bool = True) -> list[Finding]:
    first = year - 1 if a_budget(report) else year  # (a budget states the year before's end: its baseline)
    out = [_year_end(report, u, a, b, y, year) for u, a, b, y in _titles.counted_year_ends(report) if y < first]
    for unit in report.units():
        for s in split_sentences(unit.text):
            for m in _YEAR_END.finditer(s.text):
                y = _to_year(m.group(1) or m.group(2))
                # only an earlier year-end is stale: a later one is money spent after its project's year, not last year's text
                if y >= first or _COMPARISON.search(s.text[: m.start()]) or _titles.carried_over(s.text, m.end()) \
                        or _baseline_of(unit.text, s.start + m.end(), year):
                    continue
                out.append(_year_end(report, unit, s.start + m.start(), s.start + m.end(), y, year))
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
            for m in _DATE.finditer(s.text) if firm and "月" in s.text else ():  # a date names its month
                if _to_year(m.group(1)) <= year + 1 or _FUTURE_INTENT.search(s.text) \
                        or dating_line(unit.text, s.start + m.start(), s.start + m.end()):
                    continue
                out.append(_finding(
                    Kind.STALE_YEAR, Severity.WARNING, unit, s.start + m.start(), s.start + m.end(),
                    f"日期{m.group(0)}晚于报告年度{year}年的次年，疑为笔误",
                    f"{year}年度自评报告中的已发生事项应在{year}年或{year + 1}年初", "核实日期",
                    "dates.future", report))
    return out


# The unit's own result for a year, the sentence a copied report keeps from last year:
# 经自评，本局2022年度部门整体支出绩效自评得分为92分 (not 2022年度评价结果整改, not 较上年…)
_OWN_RESULT = re.compile(r"(?:经|综合|综上|对照)[^。；]{0,30}?(?<![\d\-—－~～至到])(?P<said>" + _YEAR + _S + r"年度?)"
                         r"[^。；，,]{0,16}?(?:自评|评价)(?:总?得分|总?评分|分数|结果|等次|等级)")
_OTHER_YEAR_WORDS = re.compile(r"上年|去年|上一年|上年度|以前|往年|整改|较|比|相比|同比|历年|连续")


def _stale_conclusion(report: Report, year: int) -> list[Finding]:
    """A self-evaluation's score or grade stated for a year before the one evaluated."""
    out = []
    for unit in report.units():
        for s in split_sentences(unit.text):
            m = _OWN_RESULT.search(s.text)
            if not m or _OTHER_YEAR_WORDS.search(s.text) or not (y := _to_year(m.group(2))) < year:
                continue
            ys, ye = m.span("said")
            out.append(_finding(
                Kind.STALE_YEAR, Severity.WARNING, unit, s.start + ys, s.start + ye,
                f"自评结论写的是{y}年度，而本报告评价{year}年",
                f"本报告的自评得分、等次应是{year}年度的；此处写作“{s.text[ys:m.end()]}”，疑为沿用上年报告",
                f"核实后改为{year}年度，并核对得分与等次", "dates.conclusion_year", report))
    return out


def _report_date_findings(report: Report, year: int, dated: list[Dated]) -> list[Finding]:
    out = []
    if a_notice(report):
        dated = [d for d in dated if d.date.year != year]  # a notice is dated within the year it reports
    if a_budget(report):
        dated = [d for d in dated if d.date.year > year]  # a budget is dated before its year or early in it
    if year not in (ev := _evidence(report))[0] and ev[1].statements[year] == ev[1].dated[year]:
        dated = [d for d in dated if d.date.year != year]  # the year read from these dates alone: none is too early
    year_end = _date(year, 12, 31)
    for d in dated:
        if d.date <= year_end:
            last = d.date == year_end  # the year's last day: not before the year ends, before its accounts close
            others = [o for o in dated if o is not d and o.date > year_end]
            related = [FindingLocation.of(report, o.unit.at(o.start, o.end)) for o in others]
            extra = f"；报告中另一处日期为{others[0].date.year}年{others[0].date.month}月{others[0].date.day}日" if others else ""
            fix = (f"改为与{others[0].role}一致的{others[0].date.year}年{others[0].date.month}月{others[0].date.day}日"
                   if others else f"改为{year + 1}年的实际报告日期")
            said = f"{d.role}{report.quote(d.unit.at(d.start, d.end))}"
            message = f"{said}{'是评价年度的最后一天，全年账目尚未结清' if last else f'早于评价年度{year}年结束'}，自评报告应在{year + 1}年出具"
            if not (others or last) and (titled := _title_alone(report, year)):  # the title's year, and nothing else
                related, message = titled, f"{said}早于标题所写的评价年度{year}年结束：落款日期与标题年度必有一处有误"
                fix = f"若评价{year}年，落款日期应在{year + 1}年；若落款日期无误，标题应为{d.date.year - 1}年度"
            out.append(_finding(
                Kind.DATE_INCONSISTENCY, Severity.INFO if last else Severity.ERROR, d.unit, d.start, d.end, message,
                f"{year}年度的自评只能在{year}年12月31日之后完成{extra}", fix,
                "dates.before_year_end", report, related))
    late = [d for d in dated if d.date > year_end]
    if len({d.date for d in late}) > 1:
        first = late[0]
        for d in late[1:]:
            if d.date != first.date and not _same_month(d, first):
                floc = first.unit.at(first.start, first.end)
                out.append(_finding(
                    Kind.DATE_INCONSISTENCY, Severity.WARNING, d.unit, d.start, d.end,
                    f"{d.role}与{first.role}不一致",
                    f"{first.role}为{report.quote(floc)}", "核实后统一为同一日期",
                    "dates.disagree", report,
                    [FindingLocation.of(report, floc)]))
    return out


def _title_alone(report: Report, year: int) -> list[FindingLocation]:
    """The titles that name ``year`` when the body names it nowhere (the year is the title's word only)."""
    _, ev = _evidence(report)
    found = [FindingLocation.of(report, u.at(m.start(), m.end())) for u, m in _title_years(report)
             if _to_year(m.group(1)) == year]
    return [] if ev.statements[year] else found


def _same_month(a: Dated, b: Dated) -> bool:
    """A date given to its month only (报告日期：2023年6月) agrees with a signature of any day in that month."""
    return not (a.day_given and b.day_given) and (a.date.year, a.date.month) == (b.date.year, b.date.month)
