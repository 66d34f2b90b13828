"""Another unit's duties where the report's own belong: 泸西县财政局承担以下工作职责 opening the duties of the
report of 泸西县人大常委会办公室, its list the 人大's own.

Part of the entity check. Why: a unit drafts its report from another's (often the finance bureau's, which
publishes them all) and keeps that unit's name in the sentence that opens its duties. Premises, quiet unless sure:
- the report's own unit is named in its title, with its region (``title_unit_name``);
- a clause opens with another unit of the same region as the one whose duties follow (…承担以下职责, …的主要职责是):
  a unit of government (局, 委员会, 办公室, 政府 …), not a body under the unit (站, 所, 中心, 馆: a department's
  report tells its subordinate units' duties too), and not the unit's own office (泸西县民政局办公室);
- nothing in the sentence before it says the other unit is one under or beside it (下属, 所属, 二级, 内设, 配合, 协助).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report
from .unit_titles import own_region, title_unit_name

__all__ = ["other_duties"]

_CJK = "\u4e00-\u9fff"
# a unit of government named with its region, opening its clause, then the words that open its duties
_DUTIES_OF = re.compile(rf"(?:^|(?<=[，,。：:；;\n）)》\s]))([{_CJK}]{{2,12}}?(?:县|市|区|旗|州|盟|省)[{_CJK}]{{2,16}}?(?:局|委员会|办公室|人民政府|委))"
                        r"(?:承担(?:以下|如下)(?:主要)?(?:工作)?职(?:责|能)|的?主要(?:工作)?职(?:责|能)(?:是|为|有|如下|包括))")
_UNDER = re.compile(r"下属|所属|二级|内设|配合|协助|会同|指导|监督")
_SENTENCE_START = re.compile(r"[。；;！？!?\n]")
_ASIDE = re.compile(r"《[^《》]*》|[（(][^（()）]*[)）]")
_LEVELS = frozenset("县市区旗州盟省")


def _same_place(name: str, region: str) -> str | None:
    """The place ``name`` opens with where it is the report's own (泸西县 of 泸西县财政局 in a report of 泸西县; the
    title's region may carry a page field run into it: 时效性有效泸西县), else None (本单位配合泸西县…, 云南省…)."""
    return next((name[:k] for k in range(2, min(len(name), len(region)) + 1)
                 if name[k - 1] in _LEVELS and region.endswith(name[:k])), None)


def _bare(name: str, region: str) -> str:
    return name[name.find(region) + len(region):] if region in name else name


def other_duties(report: Report) -> list[Finding]:
    """The sentence opening the duties under another unit's name than the title's."""
    own = title_unit_name(report)
    region = own_region(own) if own else None
    if not own or not region:
        return []
    own_bare = _bare(own, region)
    out = []
    for unit in report.units():
        for m in _DUTIES_OF.finditer(unit.text) if "职" in unit.text else ():
            name = m.group(1)
            place = _same_place(name, region)
            if place is None:
                continue  # another place's unit (a province's department whose duties a county's report cites)
            bare = name[len(place):]
            if not bare or own_bare in bare or bare in own_bare:
                continue  # the unit itself, or its own office
            start = max((s.end() for s in _SENTENCE_START.finditer(unit.text, 0, m.start())), default=0)
            if _UNDER.search(_ASIDE.sub("", unit.text[start:m.start()])):
                continue  # (not in a cited title: 《关于印发〈某局职能配置、内设机构…〉的通知》)
            out.append(Finding(
                kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
                message=f"职能职责写的是“{name}”的职责，与本报告的单位“{place}{own_bare}”不一致",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end(1))),
                evidence=f"报告标题的单位为“{place}{own_bare}”；此句以“{name}”为承担职责的单位",
                suggestion=f"改为“{place}{own_bare}”，并核对其后所列职责是否为本单位的职责",
                rule="entities.other_duties"))
    return out
