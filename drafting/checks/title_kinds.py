"""A document's kind said again right after its title closes (根据《…的通知》通知，…): the kind is the title's
last word, so the word after 》 says it twice.

Why apart from ``language.py``: the kinds that are verbs too (决定, 通知, 批复) may follow their title as its
predicate — 《…的通知》通知各单位… is the document notifying, the title its subject. Only where the title is an
object, led in by 根据, 按照, 依据 … in its clause, is such a kind after 》 no verb but the kind said again; a kind
that is only a noun (意见, 办法, 方案, 细则, 条例) is said again wherever it follows. 规定 is left out: after a
title it is the provisions of the frame 按照《…》规定 (按照《…暂行规定》规定，… is regular) or the verb; 报告 and
规划 begin other words (报告期, 规划期).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["kinds_again"]

_KIND_AGAIN = re.compile(r"(通知|意见|办法|方案|决定|批复|细则|条例)》\1")
_VERBS = frozenset(("通知", "决定", "批复"))  # kinds that are verbs too: the title's predicate
_LED_IN = re.compile(r"(?:根据|按照|依据|依照|遵照|参照|对照|贯彻|落实|执行|印发|转发|下发|按|据|依)[^，,；;。：:！？]{0,30}$")


def _an_object(text: str, closed: int) -> bool:
    """Whether the title closed at ``closed`` is led in as an object (根据《…》) in its clause."""
    opened = text.rfind("《", 0, closed)
    return opened >= 0 and _LED_IN.search(text, 0, opened) is not None


def kinds_again(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if "》" in u.text):
        for m in _KIND_AGAIN.finditer(unit.text):
            if m[1] in _VERBS and not _an_object(unit.text, m.start() + len(m[1])):
                continue  # 《…的通知》通知各单位…: the document notifies, its title the subject
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
                message=f"“{m[1]}”连写了两次（书名号内外各一次）",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"文件名称已以“{m[1]}”结尾，书名号后又写了一遍“{m[1]}”",
                suggestion=f"删去书名号后的“{m[1]}”", rule="language.doubled_word")
