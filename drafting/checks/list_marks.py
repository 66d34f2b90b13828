"""A colon typed where a semicolon belongs: between the items of an ordinal list (一是…；二是…：三是…).

Premise (GB/T 15834-2011; how every 公文 writes 一是、二是): the items of a list counted 一是, 二是, 三是
are parallel and are parted by a semicolon (or a full stop); a colon announces what follows it and
never stands between two sibling items. So a colon right before 二是 (三是 …), where the item before it
(一是 …) opens earlier in the same paragraph with no colon of its own in between, is the key beside the
semicolon's. The colon after an item's marker (一是：…) is another style and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["list_colons"]

_ORDER = "一二三四五六七八九十"
_ITEM_COLON = re.compile(r"[:：](?=\s*([二三四五六七八九十])是)")
_BEFORE_ITEM = frozenset("，。；：,;:、（(）)\t 　")  # what an item's marker follows (a word ends in 一是: 统一是)


def list_colons(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in units:
        text = unit.text
        if "是" not in text or ("：" not in text and ":" not in text):
            continue
        for m in _ITEM_COLON.finditer(text):
            marker = _ORDER[_ORDER.index(m[1]) - 1] + "是"
            p = text.rfind(marker, 0, m.start())
            if p < 0 or (p > 0 and text[p - 1] not in _BEFORE_ITEM) or any(c in "：:" for c in text[p:m.start()]):
                continue
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"并列项之间误用冒号：“{m[1]}是”前的“{m.group(0)}”应为“；”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{marker}……{m[1]}是……”是并列的分项，项与项之间用分号（或句号）隔开；冒号用于提示下文，不用在两个并列项之间",
                suggestion="改为“；”", rule="language.list_colon")
