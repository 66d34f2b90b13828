"""The report's own bureau named under another region of the same level: 弥勒县民政局 in a sentence of the report of
泸西县民政局, which names itself so elsewhere.

Part of the entity check. Why: a unit drafts its report from a neighbour's (the same bureau of the next county) and
replaces the name everywhere but once; ``sibling_units`` reads such a name where its sentence repeats one of the
report's own, this reads the name itself. Premises, quiet unless sure:
- the report's own unit is named in its title with its region (``title_unit_name``: 泸西县民政局) — the title is
  the report's own word on whose it is, so the body need not name it again (a page whose one body sentence names
  the unit, and names it wrong, is the plainest case) — or else named in full three times or more;
- the other name is the same bureau (民政局) under a region of the same level (县) that jieba's dictionary knows as a
  place's name or the division codes name (``regions``: 弥勒县, 资兴市; not 目前市 or 组建县, and no word for a group
  or a frame: 各县, 全县, 有关县, 兄弟县);
- not inside a cited document's title (《…》), where another unit's name is its own; and one other region only: a text
  naming the same bureau of several regions speaks of them all (a prefecture's counties).
"""

from __future__ import annotations

import re
from collections import Counter

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report
from .lexicon import lexicon
from .regions import is_region
from .unit_titles import own_region, title_unit_name

__all__ = ["neighbour_units"]

_HAN = "\u4e00-\u9fff"
# the unit's innermost region and its bureau: 东川 · 区 · 城市管理局 (the region known by its last character: 横县 has one)
_LEVEL_AT = re.compile(r"[县区旗]|(?<!城)市")
_HANS = re.compile(rf"[{_HAN}]+")
# a bureau named in full in the text, where the title names none: 施甸县 · 文化和旅游局
_NAMED_OWN = 3  # times a bureau is named in full, with no title naming one, to be read as the report's own
_NAMED = re.compile(rf"([{_HAN}]{{2}})([县市区旗])([{_HAN}]{{2,12}}?(?:局|委员会|办公室))")
# what stands before a level's bureau and names no region: several regions' bureaus, or a frame (全县, 我县, 有关县)
_NO_REGION = re.compile(r"(?:[全各本我该外他每省市州县区乡镇村级、和及与或]|有关|相关|所属|下属|兄弟|周边|其他|其它|邻近|上级|同级)$")


def _place(name: str) -> bool:
    return lexicon().is_name(name) or is_region(name)


def _cited(text: str, at: int) -> bool:
    return any(text.rfind(o, 0, at) > text.rfind(c, 0, at) for o, c in ("《》", "<>", "〈〉"))


def _own(report: Report) -> tuple[str, str, str, str] | None:
    """(the region's last character, its level, the bureau, the name) of the title's unit, or else of the bureau
    the text names in full most often (``_NAMED_OWN`` times at least)."""
    name = title_unit_name(report)
    levels = [m for m in _LEVEL_AT.finditer(name or "") if m.start() >= 1]
    if name and levels and len(name) - levels[-1].end() >= 2:
        at = levels[-1].start()
        return name[at - 1], name[at], name[at + 1:], name
    counts = Counter(m.groups() for m in _NAMED.finditer(report.plain_text()) if not _LEVEL_AT.search(m.group(3)))
    if not counts or (best := counts.most_common(1)[0])[1] < _NAMED_OWN:
        return None
    (region, level, bureau), _ = best
    return region[-1], level, bureau, region + level + bureau


# a township's account of itself (坦溪镇属一级预算单位, 某乡人民政府为一级预算单位) at a clause's start: the sentence a
# township's 部门概况 says of its own government
_TOWN_STATUS = re.compile(rf"(?:^|(?<=[。；;，,：:\n]))\s*((?![全各本我该每])[{_HAN}]{{2,5}}?)(镇|乡)(?:人民政府)?"
                          r"(?:属|系|为|是)(?:一级|二级|三级|本级)?预算单位")


def _other_township(report: Report) -> list[Finding]:
    """A township's report whose 部门概况 says another township is the budget unit (高峰镇's 决算: 坦溪镇属一级预算
    单位): the sentence kept from the neighbour's report it was drafted from. The report's own township is its
    title's (``title_unit_name``), or the government a line of its head names alone (平昌县高峰镇人民政府 / 2017年部门
    决算编制说明)."""
    heads = [u.text.strip() for u in list(report.units())[:3]]
    own = own_region(title_unit_name(report) or "") or next(
        (r for h in heads if h.endswith("人民政府") and (r := own_region(h))), None)
    if not own or own[-1] not in "镇乡":
        return []
    for unit in report.units():
        for m in _TOWN_STATUS.finditer(unit.text) if "预算单位" in unit.text else ():
            if m.group(1) + m.group(2) == own or own.endswith(m.group(1) + m.group(2)) or m.group(2) != own[-1]:
                continue
            other = m.group(1) + m.group(2)
            return [Finding(
                kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
                message=f"“{other}”不是本报告的单位“{own}”，疑为沿用其他乡镇报告时未改的名称",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end(2))),
                evidence=f"报告标题写本单位为“{own}”；此处说明本单位预算级次的句子写作“{other}”",
                suggestion=f"核对此处单位名称，若为本单位，改为“{own}”", rule="entities.neighbour_unit")]
    return []


def neighbour_units(report: Report) -> list[Finding]:
    own = _own(report)
    if own is None:
        return _other_township(report)
    region, level, bureau, full = own
    tail = level + bureau
    units = list(report.units())
    body = [u for u in units[1:] if tail in u.text]
    places: dict[str, list[FindingLocation]] = {}  # each other region's places: one finding, listing them
    for unit in body:
        for m in re.finditer(re.escape(tail), unit.text):
            before = unit.text[max(0, m.start() - 6):m.start()]
            if before.endswith(region) or _NO_REGION.search(before) or _cited(unit.text, m.start()):
                continue  # (a cited document's title, 《弥勒县民政局关于…》, names its own issuer)
            # the words before are a region's name (jieba's dictionary names 弥勒县, not 目前市 or 组建县; the division
            # codes name 资兴市, which it does not know)
            k = next((k for k in (2, 3, 4) if m.start() >= k and _HANS.fullmatch(unit.text, m.start() - k, m.start())
                      and _place(unit.text[m.start() - k:m.start()] + level)), 0)
            if not k:
                continue
            s = m.start() - k
            stem = full[:full.find(tail)]
            if full.startswith(unit.text[s:m.start()]) or (unit.text[s:m.start()].endswith("自治") and stem
                                                            and stem in unit.text[max(0, m.start() - 12):m.start()]):
                continue  # the own region written short (石柱县 for 石柱土家族自治县) or in full (本溪满族自治县 for 本溪县)
            places.setdefault(unit.text[s:m.start()], []).append(FindingLocation.of(report, unit.at(s, m.end())))
    if len(places) != 1:
        return []  # (none, or the bureaus of several regions: a text that speaks of them all)
    (other, at), = places.items()
    count = f"（全文共{len(at)}处）" if len(at) > 1 else ""
    return [Finding(
        kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
        message=f"“{other}{tail}”不是本报告的单位“{full}”，疑为沿用其他单位报告时未改的名称{count}",
        location=at[0], related=at[1:],
        evidence=f"报告标题和正文写本单位为“{full}”；此处同一{bureau}写在另一{level}名下",
        suggestion=f"核对此处单位名称，若为本单位，改为“{full}”", rule="entities.neighbour_unit")]
