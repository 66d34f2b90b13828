"""Another county's document cited as the unit's own: a 婺源县 unit's report basing its work on
《黟县养老服务体系建设实施方案》 or taking its figures from 《黟县年鉴》.

Why: a report copied from another county keeps that county's documents, and nothing else in the text
betrays it. A county-level unit (县, 区, 旗) works under its own county's documents and those of the
levels above (《安徽省…》, 《黄山市…》 name no county and are not looked at); a document of another county
of the same rank has no force over it. Only a title that opens with the county's name (after 中共 or
关于印发/关于转发) is read, and only county names ending in 县 (…区 is also a 开发区, 示范区, 景区; …旗 a 国旗, 红旗).
Left alone: a county the report names outside any title too (对口帮扶黟县 — the report knows it), a
title the sentence says it learnt from (参照, 借鉴, 学习…经验), generic counties (示范县, 试点县, 各县) and
templates' placeholders (XX县). A warning: the county may be a neighbour named for a reason the
sentence does not say.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["foreign_titles"]

_CJK = "\u4e00-\u9fa5"
_TITLE = re.compile(rf"《(?:中共)?(?:关于(?:印发|转发))?((?:[{_CJK}]{{1,8}}?(?:省|自治区|市|自治州|州|盟))*"
                    rf"([{_CJK}]{{1,8}}?(?:自治县|县)))(?!级|域|城|乡|区|市(?!场))([^《》\n]{{0,60}})》")
# what no county is called: a level's or a count's word (市县, 各县, 本县), a kind of county (示范县, 试点县)
_GENERIC_CHARS = set("省市州县区旗乡镇全本各该每我其此邻外他某一二两三四五六七八九十百")
_GENERIC_TAIL = re.compile(r"(?:示范|试点|重点|贫困|先进|达标|强|大|级|边境|民族|山区|农业|牧业|产粮|革命老区|[XＸ×*＊])$")
# a title's words before a level's word, not a place: 《关于县政府…》, 《加强县…》
_NOT_A_PLACE = re.compile(r"关于|印发|转发|加强|推进|做好|开展|实施|建设|创建|全面|深化|促进|支持|扶持")
# the sentence says why it names another county's document
_LEARNT = re.compile(r"参照|参考|借鉴|学习|考察|对标|比照|对比|兄弟|邻县|外县|先进经验|经验做法|学习借鉴")


def _county(name: str) -> str | None:
    """The county a title's place chain ends with, or None where it names no county."""
    base = re.sub(r"(?:自治县|县)$", "", name)
    if not base or len(base) > (8 if name.endswith("自治县") else 3) or _NOT_A_PLACE.search(base) or any(ch in _GENERIC_CHARS for ch in base) or _GENERIC_TAIL.search(base):
        return None
    return name


def _same_place(county: str, own: str) -> bool:
    """One county named long and short: 城步县 for 城步苗族自治县, 鄂温克旗 for 鄂温克族自治旗 (the one name's stem
    opens the other's)."""
    a, b = (re.sub(r"(?:自治县|自治旗|县|区|旗)$", "", x) for x in (county, own))
    return min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a))


def _outside_titles(report: Report) -> str:
    """The report's text with every 《…》 title taken out."""
    return "\n".join(re.sub(r"《[^《》\n]*》", "", u.text) for u in report.units())


def foreign_titles(report: Report, own_region: str) -> list[Finding]:
    """Titles of another county's documents in the report of a unit of ``own_region`` (a 县, 区 or 旗)."""
    if not own_region or own_region[-1] not in "县区旗":
        return []
    bare: str | None = None
    cited: dict[str, list[tuple[TextUnit, int, int]]] = {}
    for unit in report.units():
        if "《" not in unit.text:
            continue
        for m in _TITLE.finditer(unit.text):
            county = _county(m.group(2))
            if county is None or county == own_region or own_region.endswith(county) or county.endswith(own_region) \
                    or _same_place(county, own_region):
                continue
            bare = _outside_titles(report) if bare is None else bare
            if county not in bare and not _LEARNT.search(_sentence_before(unit.text, m.start())):
                cited.setdefault(county, []).append((unit, m.start(), m.end()))
    return [_finding(report, places, county, own_region) for county, places in cited.items()]


def _sentence_before(text: str, pos: int) -> str:
    start = max(text.rfind(ch, 0, pos) for ch in "。；;！？!?\n") + 1
    end = min((e for e in (text.find(ch, pos) for ch in "。；;！？!?\n") if e >= 0), default=len(text))
    return text[start:end]


def _finding(report: Report, places: list[tuple[TextUnit, int, int]], county: str, own: str) -> Finding:
    """One finding a county: its first title, the others as related places."""
    unit, a, b = places[0]
    titles = "、".join(dict.fromkeys(u.text[s:e] for u, s, e in places))
    return Finding(
        kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
        message=f"引用的文件{titles}是“{county}”的文件，而本报告是{own}单位的报告：疑似沿用了其他县的报告",
        location=FindingLocation.of(report, unit.at(a, b)),
        related=[FindingLocation.of(report, u.at(s, e), "同一县的文件") for u, s, e in places[1:]],
        evidence=f"本单位所在地为{own}；{county}与之同级，其文件对本单位没有效力，报告其他地方也未提到{county}",
        suggestion=f"核对这些文件：若应为本县的文件，改为{own}的文件名称；若确为参照{county}的做法，请写明",
        rule="entities.foreign_title")
