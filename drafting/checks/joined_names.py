"""Two names of a 、-list of units written together, the 顿号 between them dropped: 市水运事务中心、
市综合服务中心市交通指挥中心、市公路建设养护站.

Part of the language check. Why: a report lists the units it covers, each name opening with the place
(市…, 县…); a 顿号 lost between two of them joins two units into one name, and the list no longer counts
what the report says it counts. Premise (GB/T 15834-2011: the items of a list are parted by 顿号): in a
list of three or more items whose items after the first all open with the same place word, one item
that holds a unit's closing word (中心, 站, 队, 院 …), then that place word and a second name of four
characters or more closing the same way, is two items run together. Not after 局 (a bureau's own units
are named after it: 市公安局市中分局), nor where the place word starts another word (中心市场, 市级, 市直,
市区, 市政, 市属), and only between two 顿号, where the item's bounds are sure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["joined_names"]

_PLACES = "市县区镇乡"
_END = re.compile(r"(?:中心|小学|中学|[站队所院馆室办处厅校园])$")
_NOT_AFTER = "场民级直属区中政本辖"  # the place word starting another word: 中心市场, 市级, 市直, 市区 …
_SEGMENT = re.compile(r"[^。；;：:\n]+")
_ITEM = re.compile(r"[\u4e00-\u9fff]+")


def joined_names(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in units:
        text = unit.text
        if text.count("、") < 2 or not any("、" + c in text for c in _PLACES):
            continue
        for seg in _SEGMENT.finditer(text):
            if seg.group().count("、") >= 2:
                yield from _joined_in(report, unit, seg.start(), seg.group().split("、"))


def _joined_in(report: Report, unit: TextUnit, at: int, items: list[str]) -> Iterator[Finding]:
    """The items of one list (``items``, split at its 顿号, the list starting at ``at``) holding two names."""
    middle = items[1:-1]
    if len(items) < 3 or not middle or not all(_ITEM.fullmatch(i) for i in middle):
        return
    place = middle[0][0]
    if place not in _PLACES or not all(i[:1] == place for i in items[1:]):  # (a list may end on its 、: an empty item)
        return
    start = at + len(items[0]) + 1
    for item in middle:
        for j in (j for j in range(4, len(item) - 3) if item[j] == place):
            first, second = item[:j], item[j:]
            if _END.search(first) and _END.search(second) and second[1] not in _NOT_AFTER:
                yield Finding(
                    kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                    message=f"并列的单位名称之间缺少顿号：“{first}”与“{second}”之间应加“、”",
                    location=FindingLocation.of(report, unit.at(start + j - 2, start + j + 2)),
                    evidence=f"所列单位名称都以“{place}”开头、以单位名称结尾，“{item}”是两个名称连写，中间没有顿号",
                    suggestion=f"改为“{first}、{second}”", rule="language.joined_names")
                break
        start += len(item) + 1
