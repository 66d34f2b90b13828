"""One document cited with two 发文字号 (《关于…调整的通知》(郴编〔2016〕4号) and, a line later, the same
title with 郴编〔2016〕8号): one of the two numbers is wrong.

Part of the language check (see ``language``). Why: a report cites its founding documents again and
again, and a number copied from memory drifts. Read only where the same full title in 《》 is followed
by numbers of one issuer and one year that differ in their serial: two documents of one issuer in
one year with one title are unlikely — except allotments (下达/分配…资金), which an issuer sends in
batches under one title, and are left alone.

And the other way round: one number cited after two titles that differ by a few characters dropped or
added (《…加快培育农业农村发展新动能的实施意见》 and 《…加快培育农村发展新动能的实施意见》, both 冀发〔2017〕1号):
one number names one document, so one of the two titles was copied with a slip. Left: a short title
beside the full one (more than three characters apart), and allotments under one number are no concern here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["cited_twice", "titled_twice"]

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


_WORDS = re.compile(r"[^\w]")  # a title's marks and blanks: 〈〉, “”, spaces
MAX_APART = 3  # characters one title has that the other lacks: more is a short title beside the full one


def titled_twice(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """One finding where a 发文字号 cited once after one title is cited again after another that is the first
    with up to three characters dropped (or added)."""
    first: dict[tuple[str, str, str], tuple[TextUnit, re.Match[str]]] = {}
    for unit in (u for u in units if "《" in u.text and "号" in u.text):
        for m in _CITED.finditer(unit.text):
            number = (m.group(2), m.group(3), m.group(4).lstrip("0"))
            if number not in first:
                first[number] = (unit, m)
                continue
            u0, m0 = first[number]
            a, b = m0.group(1), m.group(1)
            if _WORDS.sub("", a) == _WORDS.sub("", b) or not _dropped_from(_WORDS.sub("", a), _WORDS.sub("", b)):
                continue  # (the same words, marked differently: 《关于印发〈…办法〉的通知》 is no other title)
            here, there = _apart(b, a)
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"同一发文字号所引文件名称前后不一致：此处作“{here}”，前文作“{there}”",
                location=FindingLocation.of(report, unit.at(m.start(1) - 1, m.end(1) + 1)),
                related=[FindingLocation.of(report, u0.at(m0.start(1) - 1, m0.end(1) + 1))],
                evidence=f"两处都引用{m.group(2)}〔{m.group(3)}〕{m.group(4)}号，一个文号只对应一个文件；前文写作《{_cut(a)}》，"
                         f"此处写作《{_cut(b)}》，其中一处抄录有误",
                suggestion="核对原文件名称，统一两处的写法", rule="language.cited_title_conflict")
            first[number] = (unit, m)  # told once: a third citing is held against this one


def _dropped_from(a: str, b: str) -> bool:
    """Whether the shorter title is the longer with one to three characters taken out (in one or more places)."""
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    if not 0 < len(longer) - len(shorter) <= MAX_APART or len(shorter) < 8:
        return False
    rest = iter(longer)
    return all(ch in rest for ch in shorter)


def _apart(here: str, there: str) -> tuple[str, str]:
    """Where two titles part, with a few characters of context each side: (此处's words, 前文's words)."""
    short = min(len(here), len(there))
    p = next((k for k in range(short) if here[k] != there[k]), short)  # the common start
    q = next((k for k in range(short - p) if here[-1 - k] != there[-1 - k]), short - p)  # the common end
    return here[max(0, p - 4):len(here) - q + 3], there[max(0, p - 4):len(there) - q + 3]


def _cut(title: str) -> str:
    return title if len(title) <= 30 else f"…{title[-28:]}"
