"""A figure with two units (间接费用3万亩元: 万亩 of the area typed before the amount's 元): one figure
measures one thing, so a count's or a measure's unit right before 元 is a stray.

Part of the language check. Why: a sentence that speaks of an area and its cost (1万亩, 每亩3元, 3万元)
carries the area's unit over into the amount by a slip of the hand; the amount reads as 3万亩 and a
lone 元. The units are the review's own (``quantities.Unit``: counts and measures, not money or
percentages). Not where 元 opens a word (5台元器件, 100亩元宝枫) or a price (元/亩).
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
