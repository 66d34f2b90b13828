"""Years written wrong in running text: 年 dropped between a year and its month (202212月), a year's digit
dropped (202年1月), a date's 日 dropped (2022年5月20 then the next heading), the same year
written twice (2025年2025年), 年 typed twice (2021年年12月), a year then 今年 for one period, a range of
years that ends before it starts (2018—2010).

Part of the language check (see ``language``); one module because each is a slip in how a year is
written, read with the same width folding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import fold_width
from ..report import Report, TextUnit
from .form_cells import cells_run_together
from .grouped import one_finding
from .lexicon import lexicon

__all__ = ["reversed_ranges", "years_twice", "years_without_nian"]


# a year then 今年 for the same period (2022年今年以来共接待…): one of the two is left over. Not 本年,
# which heads the columns of a 决算 table (本年收入, 本年支出)
_YEAR_TWICE = re.compile(r"(?<![\d.．])((?:19|20)\d\d年度?)(今年度?(?:以来)?)")
# the same year written twice in a row (2025年2025年, 2025年度2025年度): one of them pasted over the other
_SAME_YEAR_AGAIN = re.compile(r"(?<![\d.．])((?:19|20)\d\d)年(度?)\1年\2")


# 年 typed twice after a year's digits, before the month (2021年年12月31日): not 2021年年底/年末
_YEAR_DOUBLED = re.compile(r"(?<![\d.．])(?:19|20)\d\d年(年)(?=\d{1,2}月|\d{3,4}日)")


# a year's digits glued to the month with no 年 between (202212月末 for 2022年12月末)
# (and 年 typed as 月 before the month, 2019年7月—2020月12月: no month is numbered 2020)
_YEAR_AS_MONTH = re.compile(r"(?<![\d.．/\-])((?:19|20)\d\d)月(?=(?:1[0-2]|0?[1-9])月)")
_YEAR_DROPPED = re.compile(r"(?<![\d.．/\-])((?:19|20)\d\d)(1[0-2]|0?[1-9])月")


# a year with a digit dropped where only a year can stand (202年1月11日, 在201年基础上, 202年度, 201年底,
# 与201年相比): a year of this century written in three digits. Not a span of years (已有200年历史, 租期200年,
# 近200年来): before a month, 度, a part of a year or a comparison, 20x年 can only be a year
# (the digit before is looked at for each match: a look-behind opening the pattern is tried at every character)
_SHORT_YEAR = re.compile(r"(20\d)年(?=\d{1,2}月|度|底|末|初|[上下]半年|基础|同期|相比)")


# a date's eight digits with neither 年 nor 月 before its 日 (20211231日 for 2021年12月31日)
_BARE_DATE = re.compile(r"(?<![\d.．/\-])((?:19|20)\d\d)(1[0-2]|0[1-9])(3[01]|[12]\d|0[1-9])日")
# … or six or seven, month and day unpadded (2017913日 for 2017年9月13日), read only where one split of the digits
# makes a date (2017113日 is 1月13日 or 11月3日: which, the text cannot say)
_SHORT_DATE = re.compile(r"(?<![\d.．/\-])((?:19|20)\d\d)([1-9]\d{1,2})日")


def _one_date(digits: str) -> tuple[int, int] | None:
    """The month and day that the digits after a year make, where only one split of them makes a date."""
    splits = [(int(digits[:k]), int(digits[k:])) for k in (1, 2) if k < len(digits) and digits[k] != "0"]  # no day 05
    dates = [(mo, d) for mo, d in splits if 1 <= mo <= 12 and 1 <= d <= 31]
    return dates[0] if len(dates) == 1 else None


# a year after a preposition of time or object (对2023转移支付资金, 在2020基础上, 从2024起), a plan's word (预计2027建成)
# or 下达, whose
# object is money with its unit or a year's funds (提前下达2023中央补助资金), or a comparison's base
# (比2019减少131.60万元, 较2020增长), a Chinese word
# straight after it: a year's four digits name a year only with 年 (2023年, 2023年度), and a count after
# these prepositions carries its measure word or unit (对2023户, 提高到2035万元, 至2000多人), so a year
# standing bare before a word lost its 年. Not a range's first year (2021至2023年), a class, an edition,
# a school year or term (2023级, 2019版, 2023学年, 2023秋季学期), nor 2023底 or 2023上半年 (the curated
# confusions' entry, ``data/typo_confusions.yaml``)
_MEASURES = ("个户家名人位项次元万亿千百十件台套座条所处间辆只头匹亩米吨克斤升余多批期届例份张本册篇部场栋幢棵株片块根"
             "枚支笔组队班级岁天日月周号平公方毫厘立箱盒瓶袋桶包架艘双盏眼口羽尾窝群秒小度伏瓦兆字页幅首集轮遍趟回步层"
             "宗单角孔盘床倍票课学赛款美欧")
_BARE_YEAR = re.compile(r"(?:(?<=[对在于从自至到达比较将])|(?<=预计|计划|力争|争取))((?:19|20)\d\d)(?=[\u4e00-\u9fff])"
                        rf"(?![年{_MEASURES.replace('部', '')}版型式路线至到和与及或一二三四五六七八九两底末上下春夏秋冬]|部(?!门))")
# (部 before 门 is the noun 部门, never a count of 部: 现将2025部门预算公开如下)


_PREP_FIGURE = re.compile(r"(?:[对在于从自至到达比较将]|预计|计划|力争|争取)[12１２]")  # what a match opens with, searched for before folding

# a year opening its line or sentence, or after a unit's name (某局2023部门整体支出…, 2023全年预算资金…) or its own
# place (我县2023老年人…: a count there carries its measure, 全县2023户), then a
# word only a year stands before (全年, 部门整体, 全县 …): a figure there is a count or an amount and carries its
# measure or unit, and a figure in a form's cells run together follows a label (财政拨款2020其他资金), never
# these — so the year lost its 年
_OPENING = (r"(?:^|(?<=[。；;！？\s局委办院所站队馆厅部府处室心会社团校学园场司])|(?<=[我本全该][县市区镇乡旗])"
            r"|(?<=[一二三四五六七八九十]、))((?:19|20)\d\d)")  # (… or a heading's number: 二、2022三公经费预算情况说明)
_ONLY_A_YEAR = r"全年|部门整体|部门决算|部门预算|全县|全市|全区|全镇|度(?!以?[上下内]|电)|“?三公(?:”|经费)"
_YEAR_WORD = re.compile(rf"{_OPENING}(?={_ONLY_A_YEAR})")
_YEAR_FIGURE = re.compile(r"(?:19|20)\d\d")

# the same place in running text (a paragraph's or sentence's start, a unit's name: 2020财政下达…, 某会2016单列出来),
# then any word a figure cannot stand before: a count or an amount there carries its measure word or unit
# (2016单业务, 2020户, 2000种, 2000以上), a figure names a version, a range or a season as the prepositions' year does — so a
# year heading its clause lost its 年. 单 is a measure only before a noun: 单列, 单独 are verbs and adverbs; 项 before
# 目 is the noun 项目 (2022项目绩效自评报告), a count of items heading a clause being 2022项, never 2022项目标.
# Only in a sentence (a clause mark after it) or a document's title (某中心2022项目绩效自评报告, 某部2024收入支出
# 决算总表: a title names its year as 2022年度 as the body does; the reviewers mark the bare year there — dev 26,
# pool55 p16, pool66 p01 and p19), not a form's cell, a label, a file's name as uploaded (….pdf), nor a code
# after its letters (GB 2015…) nor an event's name (2022北京冬奥会: see ``_names_after``)
_YEAR_OPENS = re.compile(rf"{_OPENING}(?=[\u4e00-\u9fff])(?!{_ONLY_A_YEAR})"
                         rf"(?![年{_MEASURES.replace('单', '').replace('项', '')}种类门颗粒分时点束串卷来左以版型式路线至到和与及或一二三四五六七八九两底末上下春夏秋冬]"
                         r"|单(?![列独])|项(?!目))")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE_MARK = re.compile(r"[，,。；;！？!?]")
_CODE_BEFORE = re.compile(r"[A-Za-z/\-][ \t\u3000]+$")
_TITLE = re.compile(r"[^。；;！？!?，,]*?(?:报告|[自评总一览]表|说明|方案|通知|决定|意见|办法)")


# a whole date whose day lost its 日: the day's number ends the line, or a heading or a clause mark follows it
# (填报日期：2022年5月20 一、…). Not a range (5月20至25日, 5月20—22日), a list of days (5月20、21日) or a count
# (5月20个工作日): only what can follow a finished date stands after it. (No look-behind opens the pattern:
# one there is tried at every character; the digit before the year is looked at for each match instead.)
_DAY_DROPPED = re.compile(r"(?:19|20)\d\d[ \u3000]*年[ \u3000]*(?:1[0-2]|0?[1-9])[ \u3000]*月[ \u3000]*"
                          r"(?:3[01]|[12]\d|0?[1-9])(?![\d.])(?=[ \t\u3000]*(?:$|\n|[一二三四五六七八九十]{1,3}[、．.]|[。，；,;]))")


def _days_dropped(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for n, unit in enumerate(units):
        if "月" not in unit.text:
            continue
        folded = fold_width(unit.text)
        for m in _DAY_DROPPED.finditer(folded):
            if m.start() and folded[m.start() - 1] in "0123456789.．":
                continue  # the year's digits are the end of a longer number
            if _day_on_next_line(folded[m.end():], units[n + 1].text if n + 1 < len(units) else ""):
                continue
            if n == len(units) - 1 and _cut_after(folded, m.start(), m.end()):
                continue
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING, message=f"疑似漏字：日期“{m[0].strip()}”缺少“日”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence="年、月、日写全的日期，日数后应有“日”，此处日数后直接换行或接下一项",
                suggestion=f"改为“{m[0].strip()}日”", rule="language.dropped")


def _day_on_next_line(rest: str, next_text: str) -> bool:
    """Whether the 日 stands at the start of the next line: a line broken inside the date (PDF text breaks
    lines wherever the page's width ends, 2023年12月1 | 日完成验收), not a 日 lost."""
    rest = rest.lstrip(" \t\u3000")
    if rest.startswith("\n"):
        return rest.lstrip()[:1] == "日"
    return not rest and next_text.lstrip()[:1] == "日"


def _cut_after(text: str, start: int, end: int) -> bool:
    """Whether the date is where the text was cut: its last characters, opening a sentence on its line
    (…编制完成。2023年04月17 and nothing after it). An excerpt stops anywhere, so that sentence, date and all,
    was never finished here, and nothing was dropped; a date on a line of its own (the signature's) or after
    a label (填报日期：) is whole and lost its 日."""
    if text[end:].strip():
        return False
    before = text[:start].rstrip(" \t\u3000")
    return bool(before) and before[-1] in "。；;！？!?"


def _bare_years(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if _PREP_FIGURE.search(u.text)):
        for m in _BARE_YEAR.finditer(fold_width(unit.text)):
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING, message=f"疑似漏字：“{m[1]}”后缺少“年”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end() + 1)),
                evidence=f"介词、“预计”“计划”或“下达”后的“{m[1]}”是年份，后面直接接词语，年份后应有“年”", suggestion=f"改为“{m[1]}年”",
                rule="language.dropped")
    for i, unit in enumerate(units):
        folded = fold_width(unit.text)  # full-width digits (２０２１) read as the year they are
        for m in _YEAR_WORD.finditer(folded) if _YEAR_FIGURE.search(folded) else ():
            if cells_run_together(units, i, m.start(), m.end()) or _file_name(unit.text, m.end()):
                continue
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING, message=f"疑似漏字：“{m[1]}”后缺少“年”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end() + 1)),
                evidence=f"“{m[1]}”后接“{unit.text[m.end():m.end() + 2]}”，只有年份才这样用，年份后应有“年”",
                suggestion=f"改为“{m[1]}年”", rule="language.dropped")
        yield from _years_opening(report, units, i)


# a line ending in a file's extension (…2021部门整体绩效自评报告.pdf, a document site's heading): the file's
# name, as its uploader saved it, which names its year tersely; it is no sentence the report wrote
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|txt)[ \t\u3000]*$", re.IGNORECASE)


def _file_name(text: str, at: int) -> bool:
    """Whether the line holding ``at`` ends in a file's extension (see ``_FILE_NAME``)."""
    end = text.find("\n", at)
    return _FILE_NAME.search(text[:end if end >= 0 else len(text)]) is not None


def _years_opening(report: Report, units: list[TextUnit], i: int) -> Iterator[Finding]:
    """A year heading a clause of running text before a word (2020财政下达…): see ``_YEAR_OPENS``."""
    unit = units[i]
    folded = fold_width(unit.text)
    if unit.kind == "cell" or not _YEAR_FIGURE.search(folded) or "\t" in unit.text or "|" in unit.text:
        return  # a form's cell, or its row laid out as text
    for m in _YEAR_OPENS.finditer(folded):
        if m.start() and folded[m.start() - 1] in "0123456789.．":
            continue  # the end of a longer number
        if _CODE_BEFORE.search(folded, 0, m.start()):
            continue  # a code's figure after its letters (GB 2015…)
        title = _TITLE.match(folded, m.end())
        if title and _file_name(folded, m.end()):
            continue  # a file's name as its uploader saved it (…2021部门整体绩效自评报告.pdf)
        if not title and not _CLAUSE_MARK.search(folded, m.end()):
            continue  # a line with no clause mark and no document's name: a label (a form's cell on its own line)
        if cells_run_together(units, i, m.start(), m.end()) or _names_after(folded[m.end():m.end() + 8]):
            continue
        yield Finding(
            kind=Kind.TYPO, severity=Severity.WARNING, message=f"疑似漏字：“{m[1]}”后缺少“年”",
            location=FindingLocation.of(report, unit.at(m.start(), m.end() + 1)),
            evidence=f"句首或单位名称后的“{m[1]}”后直接接“{unit.text[m.end():m.end() + 2]}”，数量后应有量词或单位，"
                     "这里是年份，年份后应有“年”",
            suggestion=f"改为“{m[1]}年”", rule="language.dropped")


def _names_after(text: str) -> bool:
    """Whether a place's or an organisation's name follows the year: an event's or a brand's name writes its
    year bare (2022北京冬奥会, 2021中国—东盟博览会)."""
    run = _HAN.match(text)
    if not run or _ORGAN.search(run[0]):
        return False  # an organ's name (2022德安县审计局共有…): the unit the sentence tells of, no event's name
    lex = lexicon()
    a, b = lex.route(run[0])[1][0]
    return lex.is_name(run[0][a:b])


# the kind closing a body's name (某县审计局, 某镇人民政府, 某市疾病预防控制中心)
_ORGAN = re.compile(r"[县市区镇乡旗州](?:[\u4e00-\u9fff]{0,6}?)(?:局|委员会|人民政府|政府|办公室|中心|医院|学校)")


def _date_slips(units: list[TextUnit]) -> list[tuple[TextUnit, int, int, str, str]]:
    """Dates whose 年 (and 月) went missing: 20201030日 (all run together), 20205月 (年 dropped before the
    month) — each with what it should read and the evidence."""
    out = []
    for unit in (u for u in units if "日" in u.text or "月" in u.text):
        folded = fold_width(unit.text)
        for m in _BARE_DATE.finditer(folded) if "日" in folded else ():
            out.append((unit, m.start(), m.end(), f"{m[1]}年{int(m[2])}月{int(m[3])}日", "日期的年、月、日数字连在一起，缺少“年”“月”"))
        for m in _SHORT_DATE.finditer(folded) if "日" in folded else ():
            if (date := _one_date(m[2])) is not None:
                out.append((unit, m.start(), m.end(), f"{m[1]}年{date[0]}月{date[1]}日", "日期的年、月、日数字连在一起，缺少“年”“月”"))
        for m in _YEAR_DROPPED.finditer(folded) if "月" in folded else ():
            out.append((unit, m.start(), m.end(), f"{m[1]}年{m[2]}月", f"年份{m[1]}与月份{m[2]}之间缺少“年”"))
    return sorted(out, key=lambda d: (d[0].location.block, d[0].location.row or 0, d[0].location.col or 0, d[1]))


def _dates_without_nian(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """Each such date, or one finding for them all where the text writes several so (a habit, or a copy
    that lost the characters: one thing to fix, every place listed)."""
    slips = _date_slips(units)
    if len(slips) == 1:
        unit, start, end, right, evidence = slips[0]
        yield Finding(
            kind=Kind.TYPO, severity=Severity.WARNING, message=f"疑似漏字：“{unit.text[start:end]}”应为“{right}”",
            location=FindingLocation.of(report, unit.at(start, end)), evidence=evidence, suggestion=f"改为“{right}”",
            rule="language.dropped")
    elif slips:
        unit, start, end, right, _ = slips[0]
        yield one_finding(
            report, [(u, a, b) for u, a, b, _, _ in slips], kind=Kind.TYPO,
            message=f"疑似漏字：日期“{unit.text[start:end]}”应为“{right}”，其他日期同样缺少“年”或“月”",
            evidence="日期的年份与月、日数字连在一起，缺少“年”“月”；全文多处同样写法，多半是同一原因（录入习惯或转贴时丢失）",
            suggestion=f"逐处补上“年”“月”，如“{right}”", rule="language.dropped")


def years_without_nian(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    yield from _dates_without_nian(report, units)
    for unit in (u for u in units if "月" in u.text):
        for m in _YEAR_AS_MONTH.finditer(fold_width(unit.text)):
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING, message=f"疑似错字：“{m[0]}”应为“{m[1]}年”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{m[1]}”是年份，其后又写了月份，没有“{m[1]}月”：“年”写成了“月”",
                suggestion=f"改为“{m[1]}年”", rule="language.year_month")
    yield from _bare_years(report, units)
    yield from _days_dropped(report, units)
    for unit in (u for u in units if "年" in u.text or "月" in u.text):
        folded = fold_width(unit.text)
        for m in _SHORT_YEAR.finditer(folded) if "年" in folded else ():
            if m.start() and folded[m.start() - 1] in "0123456789.．/-":
                continue  # the end of a longer number, a decimal or a date written with dots
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING, message=f"疑似漏字：年份“{m[1]}年”只有三位数字",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{m[0]}”后接月份、年度或年份的比较，是年份，年份应为四位", suggestion="核对并补全四位年份",
                rule="language.dropped")


def years_twice(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for i, unit in enumerate(units):
        for m in _SAME_YEAR_AGAIN.finditer(fold_width(unit.text)) if "年" in unit.text else ():
            if cells_run_together(units, i, m.start(), m.end()):
                continue  # a form's 年度指标值 and 实际完成值 cells, both the year, run together
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING, message=f"年份连写了两次：“{m[0]}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{m[1]}年{m[2]}”紧接着又写了一遍", suggestion=f"删去一个“{m[1]}年{m[2]}”",
                rule="language.doubled_word")
    for unit in (u for u in units if "年年" in u.text or "今年" in u.text):  # what the shapes hold (fold_width keeps them)
        folded = fold_width(unit.text)
        for m in _YEAR_DOUBLED.finditer(folded) if "年年" in folded else ():
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING, message="“年”连写了两次",
                location=FindingLocation.of(report, unit.at(m.start(1) - 1, m.end(1))),
                evidence=f"“{m.group(0)}”中年份后的“年”紧接着又写了一次，后面是月份",
                suggestion="删去一个“年”", rule="language.doubled_char")
        for m in _YEAR_TWICE.finditer(folded) if "今年" in folded else ():
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
                message=f"时间重复：“{m[1]}”与“{m[2]}”说的是同一时段",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{m[1]}”已写明年份，紧接着的“{m[2]}”再说一遍",
                suggestion=f"删去“{m[2]}”（或删去“{m[1]}”）", rule="language.year_twice")


# a range of years (2018—2020年, 2021-2025) whose end comes before its start: a digit slipped (2018—2010 for
# 2018—2020); not within a code or a date (…/2020-806617, 2020-01-20), which the digits around rule out
_YEAR_RANGE = re.compile(r"(?<![\d/\-.．])((?:19|20)\d\d)\s*年?\s*[—–\-－~～至到]\s*((?:19|20)\d\d)(?![\d\-/.．])")


# two whole dates run together in a sentence (实验小学2023年1月1日2023年12月31日本级财政…): a period lost its 至 — not
# after a form's period label, whose two cells a flattened copy runs together (项目起止时间2021年1月1日2021年12月31日)
_DATE = r"(?:19|20)\d\d年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日"
_DATES_TOGETHER = re.compile(rf"({_DATE})(?=({_DATE}))")
_PERIOD_LABEL = re.compile(r"(?:起止|起讫|期限|周期|时间|日期|时段|区间)[ \t\u3000:：|]*$")


def reversed_ranges(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A year range that ends before it starts; two dates of a period run together with no 至 between them."""
    for i, unit in enumerate(units):
        text = fold_width(unit.text)
        for m in _DATES_TOGETHER.finditer(text) if "日" in text else ():
            end = m.end() + len(m[2])
            if _PERIOD_LABEL.search(text, 0, m.start()) or cells_run_together(units, i, m.start(), end):
                continue
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING, message=f"两个日期连在一起：“{m[1]}”之后缺少“至”",
                location=FindingLocation.of(report, unit.at(m.start(), end)),
                evidence="起止两个日期之间没有“至”或连接号，读不出是一个时段", suggestion=f"改为“{m[1]}至{m[2]}”",
                rule="language.run_on")
        for m in _YEAR_RANGE.finditer(fold_width(unit.text)):
            if int(m[2]) >= int(m[1]):
                continue
            yield Finding(
                kind=Kind.DATE_INCONSISTENCY, severity=Severity.WARNING, message=f"起止年份颠倒：“{m[0]}”止于起年之前",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"{m[2]}年早于{m[1]}年：一个年份的数字写错了", suggestion="核实起止年份后改正",
                rule="language.year_range")
