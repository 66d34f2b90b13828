"""Which lines of a report are its titles, and the years they name; which lines date the document itself.

Part of the dates check (``dates`` weighs the titles' years against the body's evidence). Why: a
title may be a level-0 heading, a short line ending 报告/自评表, a page's 名称: field, a 项目名称：
field, a file's name, or — at the head of a report, where no title of those shapes stands — a line
naming YYYY年度 with 自评/评价 whatever its ending. Section headings further down are not titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..numbers.chinese import to_int
from ..numbers.textnorm import no_blanks
from ..report import Heading, Location, Report, TextUnit

__all__ = [
    "FILE_SUFFIX",
    "FUNDS_YEAR",
    "SMALL",
    "SPACE",
    "TITLE_YEAR_ANY",
    "WITHIN_YEAR",
    "YEAR",
    "UnitPlaces",
    "dating_line",
    "evaluated",
    "funds_on_the_cover",
    "funds_year_on_cover",
    "one_titles_years",
    "title_years",
    "to_year",
]

YEAR = r"((?:19|20)\d{2}|[二][〇○零][〇○零一二三四五六七八九]{2})"
SMALL = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
SPACE = r"[ \t\u3000]*"
_YEAR, _SMALL, _S = YEAR, SMALL, SPACE
_TITLE_WORDS = re.compile(r"绩效|績效|自评|自評|整体支出|项目支出|评价报告|决算|決算")

# A title's year: 2019年度 or 2019年 (not a date, not one end of a range such as 2022-2024年)
TITLE_YEAR_ANY = re.compile(r"(?<![\d\-—－~～至到])" + _YEAR + _S + r"年(?:度)?(?!" + _S + _SMALL + _S + r"月)(?![\-—－~～至到])")
_TITLE_LABEL = re.compile(r"^(?:标题|名称|概述|报告名称|文件名称|项目名称)[:：]")
# a page's index line may hold the title and the next field: 名称: …绩效评价报告 文号:
_NEXT_FIELD = re.compile(r"(?:文号|发文字号|索引号|主题分类|组配分类|发布机构|生成日期|发布日期|成文日期)[:：].*$")
# a 决算 publication's title ends in its tables (…单位决算报表, …决算情况说明及决算公开表, …部门决算表); a
# published copy may add 公开 after the report's name (…绩效评价报告公开)
# (a form of targets met, …绩效目标完成情况表 / 实现情况表, is a self-evaluation's title as …自评表 is; a publisher's title
# may end at 绩效自评 with the year evaluated in brackets: 某县学前教育项目绩效自评(2019年))
_TITLE_END = re.compile(r"(?:(?:报告|報告|自评表|自評表|评价表|評價表|目标(?:完成|实现)情况表)(?:公开)?|整体支出|项目支出|工作总结"
                        r"|(?:绩效|績效)(?:自评|自評|评价|評價)(?=[(（](?:19|20)\d\d年度?[)）]$)"
                        r"|情况总结|工作總結|情況總結"
                        r"|(?:决算|決算)[^，。；]{0,6}?(?:报表|公开表|表))"
                        r"(?:[(（][^()（）]{0,40}[)）])?$")


# At the head of a report (before its first numbered heading) a title naming a YYYY年度 and 自评/评价
# may end in any words (自评情况, …的说明, 绩效自评, 报告书, a site's name); further down such a line is
# a section's heading.
_HEAD_YEAR = re.compile(_YEAR + _S + "年度")  # such a title names the year evaluated (not 2021年中央…资金)
_HEAD_TITLE = re.compile(r"自评|自評|评价|評價|(?:绩效|績效)[^，。]{0,6}?(?:说明|說明)$")  # (…绩效情况的补充说明: a unit's own account)
# …or YYYY年 and 绩效 before its 自评/评价 (某局2022年部门绩效自评结果公开): a performance evaluation's own year
_PERFORMANCE_YEAR = re.compile(_YEAR + _S + r"年[^\d]{0,20}?(?:绩效|績效)")
_CITED = re.compile(r"^《|通知|要求|办法|辦法|方案")  # a notice cited at the head is not the report's title
_HEAD_UNITS = 25  # a published copy's page fields may come first
FILE_SUFFIX = re.compile(r"[-—_]?\.(?:docx?|xlsx?|pdf|wps|et)$", re.IGNORECASE)
_NUMBERED_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[章部分])")

# what was evaluated: 对2024年部门整体和项目支出绩效情况进行自查自评, 对某局2021年某专项资金项目支出进行绩效评价
_EVALUATED_BEFORE = re.compile(r"对[^。；;，,《》]{0,30}$")
_EVALUATED_AFTER = re.compile(r"[^。；;《》]{0,40}?(?:进行|开展|实施)[^。；;]{0,8}?(?:评价|自评|自查|评估)")


# what is reported: 现将我市2019年旅游发展基金补助地方项目绩效评价报告如下
_REPORTED_BEFORE = re.compile(r"现将[^。；;]{0,30}$")
_REPORTED_AFTER = re.compile(r"[^。；;]{0,60}?(?:报告|汇报)如下")


def evaluated(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a year) stands in the statement of what was evaluated or is
    reported: the writers' own words for the object (对……2021年某项目支出进行绩效评价; 现将……2019年
    某项目绩效评价报告如下)."""
    return (bool(_EVALUATED_BEFORE.search(text, 0, start)) and bool(_EVALUATED_AFTER.match(text, end))) \
        or (bool(_REPORTED_BEFORE.search(text, 0, start)) and bool(_REPORTED_AFTER.match(text, end)))


def _head_units(report: Report) -> set[tuple[int, int | None, int | None]]:
    """The units at the head of the report: the first few, before any numbered heading (一、…)."""
    out: set[tuple[int, int | None, int | None]] = set()
    for k, unit in enumerate(report.units()):
        if k >= _HEAD_UNITS or _NUMBERED_HEADING.match(unit.text):
            break
        out.add((unit.location.block, unit.location.row, unit.location.col))
    return out


# a document-sharing site shows each page under a caption of the file's name and the page, the lines read
# as one (…自评报告_第1页…自评报告_第2页…): the first caption is the report's title
# (繁体 mirrors write _第1頁; a site may wrap the file's name in 《》: 《某局2020年度…自评报告》_第1页)
_CAPTION = re.compile(r"[^\n]{4,80}?(?:\.(?:docx?|pdf|wps))?(?=_第1[页頁])")


def caption_end(text: str) -> int:
    """Where the title ends in a unit opening with a page's caption (before its ``_第1页``), else its end."""
    m = _CAPTION.match(text)
    return m.end() if m and re.search(r"_第2[页頁]", text) else len(text)


def _is_title_like(unit: TextUnit, report: Report, head: bool = False) -> bool:
    """The document title (a level-0 heading), or a short unit without a full stop that reads as a
    report's title: it names a year and ends in 报告/自评表 (a cover's first line may stop at 整体支出;
    a place or year may follow in brackets; a flattened form may leave | after it or 标题： before),
    or, at the head of the report (``head``), any such line naming YYYY年度. Section headings like
    "二、2021年度评价结果整改情况" are not titles."""
    text = unit.text[: caption_end(unit.text)].strip()
    if len(text) < len(unit.text.strip()) and text.startswith("《") and text.endswith("》"):
        text = text[1:-1]  # a caption: the file's name the site wraps in 《》, no document cited
    block = report.blocks[unit.location.block]
    if "年" not in text or not TITLE_YEAR_ANY.search(text):  # tried at every character: 年 looked for first
        return False
    if isinstance(block, Heading) and block.level == 0:
        return True
    flat = _NEXT_FIELD.sub("", _TITLE_LABEL.sub("", re.sub(r"[\s|]+", "", text))) if _TITLE_LABEL.match(text) \
        else re.sub(r"[\s|]+", "", text)
    flat = FILE_SUFFIX.sub("", flat)  # a file's name: …自评报告.docx
    if len(flat) > 80 or "。" in flat or "，" in flat or _NUMBERED_HEADING.match(flat):
        return False  # a numbered heading (三、2022年度绩效自评工作总结) heads a section, not the report
    ends = _TITLE_END.search(flat) or (head and _HEAD_TITLE.search(flat) and not _CITED.search(flat)
                                       and (_HEAD_YEAR.search(flat) or _PERFORMANCE_YEAR.search(flat)))
    return bool(ends) and bool(_TITLE_WORDS.search(flat))


# a field's label (栏目：2021年度绩效自评): the page's category, not its title (标题：/名称： are titles)
_FIELD = re.compile(r"^(?!标题|名称|概述|报告名称|文件名称|项目名称)[\u4e00-\u9fff]{1,6}\s*[:：]")
# a year that names a fund (某区2021年中央…补助资金绩效自评): a later year's evaluation may carry it
FUNDS_YEAR = re.compile(_YEAR + _S + r"年度?[^，。；]{0,24}?(?:资金|经费)")


# a title's year on the line under it, in brackets: 项目支出绩效自评表 / （2023年度）
_BRACKETED_YEAR = re.compile(r"^\s*[(（]\s*" + _YEAR + _S + r"年度?\s*[)）]\s*$")


def _yearless_title(text: str) -> bool:
    """Whether ``text`` reads as a report's title that names no year (…绩效自评报告, …自评表)."""
    flat = re.sub(r"[\s|]+", "", text)
    return not TITLE_YEAR_ANY.search(flat) and len(flat) <= 80 and "。" not in flat \
        and bool(_TITLE_END.search(flat)) and bool(_TITLE_WORDS.search(flat)) and not _NUMBERED_HEADING.match(flat)


_RESTATED = 12  # the document's title, years masked, at least this long inside a head line: the title said again


def _masked(text: str) -> str:
    """A line without its spaces and with every year as ``#``: two titles compared but for their years."""
    return TITLE_YEAR_ANY.sub("#", no_blanks(text))


def title_years(report: Report) -> list[tuple[TextUnit, re.Match[str]]]:
    """The years of the report's titles; a line at its head that reads as a title only by naming
    YYYY年度 with 自评/评价 counts where it stands above every title of the usual shapes (a page's own
    title, 某馆2024年绩效自评, over the document's 某馆2024年度…绩效自评报告; not a fund's year, 某区2021年…
    补助资金绩效自评 over 2022年度项目支出绩效自评表, nor a field, 栏目：2021年度绩效自评) or where none
    is found, and always where it restates the document's title but for the year (a page's own title with
    the site's name after it); a line below the document's title is a section's or a category's label."""
    out: list[tuple[TextUnit, re.Match[str]]] = []
    first: int | None = None
    previous = ""
    for k, unit in enumerate(report.units()):
        if _is_title_like(unit, report) or (_BRACKETED_YEAR.match(unit.text) and _yearless_title(previous)):
            first = k if first is None else first
            out.extend((unit, m) for m in TITLE_YEAR_ANY.finditer(unit.text, 0, caption_end(unit.text)))
        previous = unit.text
    head = _head_units(report)
    above: list[tuple[TextUnit, re.Match[str]]] = []
    titled = _masked(out[0][0].text) if out else ""
    for k, unit in enumerate(report.units()):
        if (first is not None and k >= first) or (unit.location.block, unit.location.row, unit.location.col) not in head:
            break
        a_title = first is None or (len(titled) >= _RESTATED and titled in _masked(unit.text)) \
            or not (FUNDS_YEAR.search(unit.text) or _FIELD.match(unit.text.strip()))
        if a_title and _is_title_like(unit, report, True):
            above.extend((unit, m) for m in TITLE_YEAR_ANY.finditer(unit.text, 0, caption_end(unit.text)))
    return above + out


# a report on the year's progress, written while the year runs: 绩效运行监控报告, 监控总结, 中期评估, 上半年
WITHIN_YEAR = re.compile(r"监控|中期|半年|季度|1\s*[-—－~～至]\s*\d{1,2}\s*月")


def to_year(s: str) -> int:
    """A year as ``YEAR`` captures it: four arabic digits or 二〇二二, which always read."""
    year = int(s) if s.isdigit() else to_int(s)
    assert year is not None, s
    return year


_JOINED = re.compile(r"(?:和|及|与|暨|、|以及)\s*$")


class UnitPlaces:
    """A report's units in order and where each location first stands among them: looked up once per
    title instead of walking every unit (a long report has thousands of titles and of units)."""

    def __init__(self, report: Report) -> None:
        self.units = list(report.units())
        self.place: dict[Location, int] = {}
        for i, u in enumerate(self.units):
            self.place.setdefault(u.location, i)
        self._body: tuple[list[tuple[TextUnit, re.Match[str]]], str] | None = None

    def body(self, titles: list[tuple[TextUnit, re.Match[str]]]) -> str:
        """Every unit's text but the ``titles``' units, in order, joined by "。" (a pattern that never
        crosses a full stop reads it as it would each text alone), built once for the same titles: a
        search of the whole body for each title walked every unit again (quadratic in a long report)."""
        if self._body is None or self._body[0] is not titles:
            skip = {(u.location.block, u.location.row, u.location.col) for u, _ in titles}
            self._body = (titles, "。".join(u.text for u in self.units
                                            if (u.location.block, u.location.row, u.location.col) not in skip))
        return self._body[1]


def one_titles_years(report: Report, unit: TextUnit, places: UnitPlaces | None = None) -> set[int]:
    """The years one title names: its own line's, and the line before when the title was broken
    after a 和 (某区2023年预算执行情况和 / 2024年预算草案的报告). ``places``: the report's, when
    many titles are asked about."""
    years = {to_year(m.group(1)) for m in TITLE_YEAR_ANY.finditer(unit.text, 0, caption_end(unit.text))}
    places = places or UnitPlaces(report)
    units = places.units
    k = places.place.get(unit.location, 0)
    if k and _JOINED.search(prev := units[k - 1].text) and len(prev.strip()) <= 60 and "。" not in prev:
        years |= {to_year(m.group(1)) for m in TITLE_YEAR_ANY.finditer(prev)}
    return years


def funds_year_on_cover(unit: TextUnit, m: re.Match[str], decided: int, funded: dict[int, int]) -> bool:
    """Whether a title's year ``m`` names its funds and the cover puts the ``decided`` year in brackets
    under it (``funds_on_the_cover``): two years named on purpose."""
    return funded.get(to_year(m.group(1))) == decided and bool(FUNDS_YEAR.match(unit.text, m.start()))


def funds_on_the_cover(report: Report, places: UnitPlaces) -> dict[int, int]:
    """The funds' years a cover names on purpose beside the year it evaluates: a title whose year
    names its funds (某局2023年…补助资金项目支出绩效自评报告) with the evaluated year in brackets on the
    line under it (（2024年度）) — funds of one year evaluated in a later one. {funds' year: evaluated year}."""
    out: dict[int, int] = {}
    for above, under in pairwise(places.units):
        if (b := _BRACKETED_YEAR.match(under.text)) and (f := FUNDS_YEAR.search(above.text)) \
                and _TITLE_END.search(no_blanks(above.text)):
            out[to_year(f.group(1))] = to_year(b.group(1))
    return out


# a line that dates the document itself, not an event in it: a page's 发布/发表 stamp, 成文日期
# (今天是/当前日期: a web page's clock, with or without its weekday)
_DATING_WORDS = re.compile(r"发布|发表|发文|成文|公开(?:日期|时间)|来源|浏览|点击|更新|今天是|今日是|当前日期")
# a weekday after a date: a web page's clock or header (2024年03月19日 星期二); a report dates events without one
_WEEKDAY = re.compile(r"\s*(?:星期|周|礼拜)[一二三四五六日天]")


def dating_line(text: str, a: int, b: int) -> bool:
    """The date at [a, b) stands alone on its line (a signature, however late), on a page's 发表 line,
    or with its weekday (the page's own clock)."""
    start, end = text.rfind("\n", 0, a) + 1, (text + "\n").find("\n", b)
    return not (text[start:a] + text[b:end]).strip() or bool(_DATING_WORDS.search(text[start:end])) \
        or bool(_WEEKDAY.match(text, b))


# the signing unit's name on the line above a date: a signature block, though an attachment follows
_SIGNER = re.compile(r"(?:局|委员会|委|办公室|办|中心|院|所|站|馆|学校|医院|联合会|政府|厅|处|队|社|部|街道办事处)$")
# a field's label naming the point its figures are counted at (统计截止日期, 数据时点): the date under it
# is that field's value, not the date the report was signed
_COUNTED_AT = re.compile(r"截[至止]|时点")


def line_above(units: list[TextUnit], k: int, before: str) -> str:
    """The line above a date that opens its line: in its own unit (``before``), or the last of the unit before."""
    return before.rstrip("\n").rsplit("\n", 1)[-1].strip() if before.strip() else \
        (units[k - 1].text.strip().rsplit("\n", 1)[-1] if k else "")


def signed(above: str) -> bool:
    """The line above a date is a short line naming a unit (…局, …人民政府): a signature block."""
    return 0 < len(above) <= 30 and bool(_SIGNER.search(above)) and not re.search(r"[。，；：:]", above)


def counted_at(above: str) -> bool:
    """The line above a date is a short label naming a point of count (统计截止日期), not a signer."""
    return 0 < len(above) <= 12 and bool(_COUNTED_AT.search(above)) and not re.search(r"[。，；]", above)


_YEAR_END_DATE = re.compile(YEAR + SPACE + "年" + SPACE + r"(?:12|十二)" + SPACE + "月" + SPACE + r"(?:31|三十一)" + SPACE + "[日号]")


def counted_year_ends(report: Report) -> Iterator[tuple[TextUnit, int, int, int]]:
    """A year's last day alone on its line under a label naming the point of count (统计截止日期 /
    2021年12月31日, a form flattened one cell per line): the unit, the date's span, its year."""
    units = list(report.units())
    for k, unit in enumerate(units):
        for m in _YEAR_END_DATE.finditer(unit.text) if "月" in unit.text else ():
            before = unit.text[: m.start()]
            start, end = before.rfind("\n") + 1, (unit.text + "\n").find("\n", m.end())
            if not (unit.text[start:m.start()] + unit.text[m.end():end]).strip() \
                    and counted_at(line_above(units, k, before)):
                yield unit, m.start(), m.end(), to_year(m.group(1))


# a balance carried over from a year's end: 截至2021年12月31日的结转资金 names last year's closing
# balance on purpose (this year's opening one), not a year-end copied from last year's report
# — or the clause after it naming last year's balance (截至2021年12月31日，上年结余资金5万元)
_CARRIED = re.compile(r"的[^，,。；;]{0,8}?(?:结转|结余|余额)|[，,]\s*(?:上年|上一年度?|以前年度)[^，,。；;]{0,6}?(?:结转|结余|余额)")


def carried_over(text: str, end: int) -> bool:
    """The year-end date ending at ``end`` qualifies a balance carried over from it."""
    return bool(_CARRIED.match(text, end))
