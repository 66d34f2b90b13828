"""A figure with two units (间接费用3万亩元: 万亩 of the area typed before the amount's 元): one figure
measures one thing, so a count's or a measure's unit right before 元 is a stray.

Part of the language check. Why: a sentence that speaks of an area and its cost (1万亩, 每亩3元, 3万元)
carries the area's unit over into the amount by a slip of the hand; the amount reads as 3万亩 and a
lone 元. The units are the review's own (``quantities.Unit``: counts and measures, not money or
percentages). Not where 元 opens a word (5台元器件, 100亩元宝枫) or a price (元/亩).

The other way, a figure that lost its unit: a rate's (300/人), an amount's 元 (103.99万。), and a head count's in a
list of head counts (临时工8人,计划内合同工1,…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..quantities import MONEY_UNITS, Unit
from ..report import Report, TextUnit
from .grouped import one_finding
from .lexicon import lexicon

__all__ = ["stray_units"]

_MEASURES = sorted((u.value for u in Unit if u.value and u not in MONEY_UNITS and u not in (Unit.PERCENT, Unit.POINTS)),
                   key=len, reverse=True)
_TWO_UNITS = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?[万千亿]?)(" + "|".join(map(re.escape, _MEASURES)) + r")元(?![/／])")


# …and the other way round: 元 typed between a figure's 万 and its measure (公益林42.59万元亩 for 42.59万亩)
_MONEY_THEN_MEASURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万|千|亿)?元(" + "|".join(map(re.escape, _MEASURES)) + r")(?![/／])")


# a rate whose figure has no unit (慰问标准300/人 for 300元/人): a rate divides a quantity by a count, and the
# quantity carries its unit (元/人, 次/年, 公斤/亩); a bare figure before the slash names nothing. Not a fraction
# or a date (1/3, 2023/12: digits after the slash) nor a figure in Latin text (10 mg/kg)
_BARE_RATE = re.compile(r"(?<![\d.A-Za-z/／])(\d+(?:\.\d+)?[万千亿]?)[/／](人次|人|户|亩|次|年|月|日|天|台|套|个|件|家|所|校|村|名)")


def stray_units(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    yield from _money_then_measure(report, units)
    yield from _bare_rates(report, units)
    yield from _bare_tens_of_thousands(report, units)
    yield from _bare_headcounts(report, units)
    lex = lexicon()
    for unit in (u for u in units if "元" in u.text):
        text = unit.text
        for m in _TWO_UNITS.finditer(text):
            after = text[m.end() - 1:m.end() + 3]
            if lex.route(after)[1][0][1] > 1:
                continue  # 元 opens a word (元器件, 元宝枫, 元旦)
            figure, measure = m[1], m[2]
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"疑似多字：“{m.group()}”中的“{measure}”多余（或“元”多余）",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"一个数字只能有一个单位：“{figure}”后既有“{measure}”又有“元”",
                suggestion=f"改为“{figure}元”（或“{figure}{measure}”）", rule="language.stray_unit")


# a count right after the "measure" (10401.21万元分两批下达, 分3次拨付): a unit closes its figure, and a numeral after it
# opens another count, so the character is a verb that takes it (分 divides), no stray unit
_COUNT_AFTER = re.compile(r"[\d一二两三四五六七八九十几]")


def _money_then_measure(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """42.59万元亩: a measure right after 元 is the figure's own unit and 元 the stray (万亩), unless the measure
    opens a word (100万元人民币) or makes one with 元 (万元户). Written so in several places, one finding."""
    lex = lexicon()
    places = []
    for unit in (u for u in units if "元" in u.text):
        text = unit.text
        for m in _MONEY_THEN_MEASURE.finditer(text):
            if lex.route(text[m.start(3):m.start(3) + 4])[1][0][1] > len(m[3]) or lex.freq(text[m.end(1):m.end()]) \
                    or lex.freq("元" + m[3]) or _COUNT_AFTER.match(text, m.end()):
                continue
            places.append((unit, m))
    if not places:
        return
    unit, m = places[0]
    figure, big, measure = m[1], m[2] or "", m[3]
    yield one_finding(
        report, [(u, mm.start(), mm.end()) for u, mm in places], kind=Kind.TYPO,
        message=f"疑似多字：“{m.group()}”中的“元”多余（或“{measure}”多余）",
        evidence=f"一个数字只能有一个单位：“{figure}{big}”后既有“元”又有“{measure}”",
        suggestion=f"改为“{figure}{big}{measure}”（或“{figure}{big}元”）", rule="language.stray_unit")


def _bare_rates(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """300/人: the rate's figure lost its unit (see ``_BARE_RATE``). The rates of one paragraph written so (标准630/人/月
    调整为659/人/月) are one habit: one finding listing each."""
    for unit in (u for u in units if "/" in u.text or "／" in u.text):
        found = list(_BARE_RATE.finditer(unit.text))
        if found:
            m = found[0]
            yield one_finding(
                report, [(unit, f.start(), f.end()) for f in found], kind=Kind.TYPO,
                message=f"疑似漏字：“{m.group()}”缺少计量单位",
                evidence=f"“/{m[2]}”表示比率，斜线前的“{m[1]}”应带单位（如元/{m[2]}、次/{m[2]}）",
                suggestion=f"补上单位，如“{m[1]}元/{m[2]}”", rule="language.dropped", count="本段共{}处")


# an amount that lost its 元 (日常支出103.9915万。, 到位资金3675.02萬。): a figure with decimals and a bare 万 closing its
# clause, right after the words of money (支出, 资金, 经费 …), in a text that writes its amounts in 万元 elsewhere
_BARE_WAN = re.compile(r"(?:资金|資金|支出|经费|經費|费用|費用|金额|金額|拨付|撥付|到位|下达|下達|结余|結餘|预算|預算|投资|投資|补助|補助|收入)"
                       r"(?:[为為是共计計约約达達]{1,2})?(\d+\.\d+)(万|萬)(?=[。，,；;])")


def _bare_tens_of_thousands(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """103.9915万 where the report writes 万元: an amount's 元 dropped (see ``_BARE_WAN``)."""
    whole = report.plain_text()
    if "万元" not in whole and "萬元" not in whole:
        return
    for unit in units:
        for m in _BARE_WAN.finditer(unit.text):
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING, message=f"疑似漏字：“{m[1]}{m[2]}”缺少“元”",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end())),
                evidence=f"这是一笔金额（前面是“{m.group()[:m.start(1) - m.start()]}”），报告别处的金额写作“万元”",
                suggestion=f"改为“{m[1]}{m[2]}元”", rule="language.dropped")


# a list of head counts by kind (正式职工2人,临时工8人,公益性岗位1人,计划内合同工1,退休职工4院内…): each item a kind
# of staff and its count in 人/名, one item's count with no unit — before the next item's mark or the full stop, or run
# into the next sentence. The kinds are the staff's own words (…工, …员, 干部, 人数, 编制 …), so a list's ordinal
# (指标1, 目标2) is none
_HEADCOUNT = re.compile(r"(?<=[，,、；;：:])[\u4e00-\u9fff]{2,10}?\d+[人名](?=[，,、；;。）)]|$)")
_STAFF_KIND = r"(?:工|员|干部|职工|教师|官兵|岗位|医生|护士|学生|人数|编制)"
_BARE_HEADCOUNT = re.compile(rf"(?<=[，,、；;：:])([\u4e00-\u9fff]{{1,8}}?{_STAFF_KIND})(\d+)(?![\d.]|[,，]\d)"
                             r"(?=[，,、；;。]|[\u4e00-\u9fff]|$)(?![人名个项次户戶家场门支间所台套件辆条座批期元万亿千百天年月日])")


# any head count with no unit, the shapes ``_BARE_HEADCOUNT`` leaves to the writer included (人数小计20, 编制人数 12)
_ANY_BARE = re.compile(rf"{_STAFF_KIND}(?:小计|合计|总计|共)?[ \u3000]*\d+(?![\d.]|[人名])")
_ANY_TOLD = re.compile(rf"{_STAFF_KIND}(?:小计|合计|总计|共)?[ \u3000]*\d+[人名]")


def _bare_headcounts(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """计划内合同工1 in a sentence whose other head counts (two or more) end in 人: that count lost its unit. The
    counts of one paragraph written so are one slip each, one finding listing them."""
    for unit in (u for u in units if "人" in u.text or "名" in u.text):
        places, unit_word, siblings = [], "", []
        for sentence in re.finditer(r"[^。\n]+", unit.text):
            told = _HEADCOUNT.findall(sentence.group())
            if len(told) < 2 or len(_ANY_BARE.findall(sentence.group())) > len(_ANY_TOLD.findall(sentence.group())):
                continue  # (more bare than told: 编制人数小计20,行政编制人数 12,…事业编制人数8人 — the line's way)
            for m in _BARE_HEADCOUNT.finditer(sentence.group()):
                places.append((unit, sentence.start() + m.start(), sentence.start() + m.end()))
                unit_word, siblings = told[0][-1], told[:2]
        if places:
            unit_, a, b = places[0]
            yield one_finding(
                report, places, kind=Kind.TYPO, message=f"疑似漏字：“{unit_.text[a:b]}”缺少单位“{unit_word}”",
                evidence=f"同一句中其他人数都带单位（{'、'.join(siblings)}），这一项只有数字",
                suggestion=f"改为“{unit_.text[a:b]}{unit_word}”", rule="language.dropped", count="本段共{}处")
