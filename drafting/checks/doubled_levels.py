"""A place's level character typed twice after its name (开州区区民政局, 施甸县县旧城乡中心学校): the
name already ends in 区/县, so the second one is left over.

Part of the language check. Why apart from the doubled-word rule: what is doubled is one character,
the name's last, and the doubled pair is often a word of its own (区区, 县县) or opens one (县委, 县级,
省级, 市场 after 遂宁市), so a doubled character alone proves nothing. The report itself shows the
name: it is found only where the report writes the same name with the same words after it without the
second character (开州区民政局 beside 开州区区民政局), or lists it among items that each start with the
name once (施甸县太平镇中心学校、施甸县县旧城乡中心学校), or the name is a region's full name (``regions``) and a
department's name follows (衡阳市市财政局: the department's 市 is the city's); and the second character with the next
opens no word (县委, 县直, 镇政府 do: 岳阳县县委 is a usage, not a slip).

An autonomous county's, banner's or prefecture's name is its place name, its peoples and 自治县/旗/州
(围场满族蒙古族自治县, 恩施土家族苗族自治州): a 县/市/旗 between the place name and the peoples
(围场县满族蒙古族自治县) is the short name's level left in the long one, whatever else the report writes
(``doubled_autonomous``). The peoples are the 55 minorities' names (a closed list, not words we chose);
a name with no place before its peoples (鄂温克族自治旗 in 呼伦贝尔市, 东乡族自治县 in 临夏州) follows its
city correctly, and 本县/全县 are no place names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .context import site_header
from .lexicon import lexicon
from .regions import is_region

__all__ = ["doubled_autonomous", "doubled_levels"]

_LEVEL_TWICE = re.compile(r"(?<=[\u4e00-\u9fff])([省市县区镇乡])\1(?=[\u4e00-\u9fff])")
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,4}$")
_ITEMS = re.compile(r"[、，,；;：:]")
_ALIKE_ITEMS = 2  # other items of the list that start with the name written once

# the 55 minority peoples (autonomous names drop 族 after some: 巴音郭楞蒙古自治州, 鄂伦春自治旗)
_PEOPLES_ZU = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
               "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
               "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
_PEOPLE = "|".join(sorted((p + ("族" if len(p) == 1 else "族?") for p in _PEOPLES_ZU), key=len, reverse=True))
_AUTONOMOUS = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})([县市旗])((?:{_PEOPLE}){{1,3}})自治([县旗州])")
_NO_PLACE = ("鄂温克族自治旗", "鄂伦春自治旗", "鄂伦春族自治旗", "东乡族自治县")  # named by their people alone
_NOT_A_NAME = set("本我全该各此其两多")  # 本县, 全县: the unit itself, not a place's name


def doubled_levels(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    whole = "\n".join(u.text for u in units)
    lex = lexicon()
    following = {id(u): nxt.text for u, nxt in pairwise(units)}
    for unit in (u for u in units if _LEVEL_TWICE.search(u.text)):
        text = unit.text
        if site_header(text, following.get(id(unit), "")):
            continue  # the site's banner above its breadcrumb: the site's name, not the report's
        for m in _LEVEL_TWICE.finditer(text):
            level, after = m[1], text[m.end():m.end() + 2]
            if lex.freq(level + after[0]) or level + after[0] in lex.vocabulary or after == "本级" \
                    or lex.route(text[m.end() - 1:m.end() + 4])[1][0][1] > 1:
                continue  # 县委, 省级, 市场, 县直, 镇政府, 省本级 (the level's own budget): the second character opens a word
            found = _name(text, m.start() + 1, whole, after)
            if found is None:
                continue
            name, why = found
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
                message=f"“{level}”连写了两次：“{name}{level}{after}”应为“{name}{after}”",
                location=FindingLocation.of(report, unit.at(m.start() + 1 - len(name), m.end() + len(after))),
                evidence=f"地名“{name}”已以“{level}”结尾，{why}",
                suggestion=f"删去一个“{level}”", rule="language.doubled_level")


def _name(text: str, end: int, whole: str, after: str) -> tuple[str, str] | None:
    """The name ending at ``end`` (its level character last) that the report writes once-levelled: with
    the same two characters after it elsewhere, or at the head of other items of the same list; and what says so."""
    run = _NAME_BEFORE.search(text, 0, end)
    if run is None:
        return None
    level = text[end - 1]
    items = _ITEMS.split(_sentence(text, end))
    for k in range(len(run.group()), 1, -1):  # the longest name first (开州区 before 州区)
        name = text[end - k:end]
        if name + after in whole:
            return name, f"本报告别处写作“{name}{after}”"
        alike = [i for i in items if i.strip().startswith(name) and not i.strip().startswith(name + level)]
        if len(alike) >= _ALIKE_ITEMS:
            return name, f"同列各项都只写一个“{level}”"
    for k in range(len(run.group()), 2, -1):  # a region's full name before a department of its level: 衡阳市市财政局
        if is_region(name := text[end - k:end]) and (dept := _DEPARTMENT.match(text, end + 1)):
            return name, f"其后的“{level}{dept[0]}”是本级部门的名称，“{name}{dept[0]}”已含级别"
    return None


# a government department's name after a place's level (市财政局, 县教育局): the level is the department's, so
# after a region's full name (衡阳市) it is said twice
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,5}?(?:局|厅|委员会)")


def _sentence(text: str, at: int) -> str:
    """The sentence of ``text`` around ``at`` (between full stops)."""
    start = max(text.rfind(c, 0, at) for c in "。！？") + 1
    ends = [e for e in (text.find(c, at) for c in "。！？") if e >= 0]
    return text[start:min(ends) if ends else len(text)]


def doubled_autonomous(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A 县/市/旗 between an autonomous unit's place name and its peoples (see the module)."""
    for unit in (u for u in units if "自治" in u.text):
        text = unit.text
        for m in _AUTONOMOUS.finditer(text):
            if text[m.start() - 1] in _NOT_A_NAME or text[m.start(2):m.end()] in _NO_PLACE:
                continue
            place = text[m.start() - 2:m.start()]
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
                message=f"“{place}{m[1]}{m[2]}自治{m[3]}”多了“{m[1]}”：应为“{place}{m[2]}自治{m[3]}”",
                location=FindingLocation.of(report, unit.at(m.start() - 2, m.end())),
                evidence=f"自治{m[3]}的名称由地名、民族名和“自治{m[3]}”组成，地名后不再带“{m[1]}”",
                suggestion=f"删去“{place}”后的“{m[1]}”", rule="language.doubled_level")
