"""One document cited with two 发文字号 (《关于…调整的通知》(郴编〔2016〕4号) and, a line later, the same
title with 郴编〔2016〕8号): one of the two numbers is wrong.

Part of the language check (see ``language``). Why: a report cites its founding documents again and
again, and a number copied from memory drifts. Read only where the same full title in 《》 is followed
by numbers of one issuer and one year that differ in their serial: two documents of one issuer in
one year with one title are unlikely — except allotments (下达/分配…资金), which an issuer sends in
batches under one title, and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["cited_twice"]

_CITED = re.compile(r"《([^《》]{6,80})》\s*[（(]\s*([\u4e00-\u9fff]{2,10})\s*[〔﹝\[【（(［]\s*((?:19|20)\d\d)\s*"
                    r"[〕﹞\]】）)］]\s*(\d{1,4})\s*号")
_BATCHES = re.compile(r"下达|分配|拨付|预拨|资金|预算|补助|补贴|指标")


def cited_twice(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    first: dict[str, tuple[TextUnit, re.Match[str]]] = {}
    told: set[str] = set()
    for unit in (u for u in units if "《" in u.text and "号" in u.text):
        for m in _CITED.finditer(unit.text):
            title = m.group(1)
            if _BATCHES.search(title) or title in told:
                continue
            if title not in first:
                first[title] = (unit, m)
                continue
            u0, m0 = first[title]
            if (m0.group(2), m0.group(3)) != (m.group(2), m.group(3)) or m0.group(4) == m.group(4):
                continue  # another issuer's or year's document of that title, or the same number again
            told.add(title)
            shown, shown0 = m.group(0)[len(title) + 2:].strip(" （("), m0.group(0)[len(title) + 2:].strip(" （(")
            yield Finding(
                kind=Kind.NUMBER_CONTRADICTED, severity=Severity.WARNING,
                message=f"同一文件的发文字号前后不一致：《{title[:20]}{'…' if len(title) > 20 else ''}》先写作{shown0}，此处写作{shown}",
                location=FindingLocation.of(report, unit.at(m.start(2), m.end())),
                related=[FindingLocation.of(report, u0.at(m0.start(2), m0.end()))],
                evidence="同一名称的文件在报告中两次引用，机关代字和年份相同，序号不同",
                suggestion="核对原文件，统一为正确的发文字号", rule="language.document_number_conflict")
