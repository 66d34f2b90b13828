"""Title marks and brackets closed by the wrong partner inside a paragraph: 《…）, （…》, 《…〉.

Part of the language check. A closer with no opener is left alone (list markers such as 1) and lines a PDF
broke explain most), and so is a pair the publisher's omission mark stands between (《(略)令第(略)号): what
was left out held the partners.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .marks import fold_angles
from .slips import OMITTED

__all__ = ["mismatched_brackets"]

_PAIRS = {"《": "》", "〈": "〉", "“": "”", "（": "）", "(": ")"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_SAME = {"（": "(", "(": "（", "）": ")", ")": "）"}  # full- and half-width brackets pair freely
_PAIR_MARKS = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + "]")
_TITLE_MARKS = re.compile("[《》〈〉<>]")


def _mismatched_pairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, what) of title marks and brackets closed by the wrong partner inside ``text``."""
    stack: list[tuple[str, int]] = []
    out = []
    for m in _PAIR_MARKS.finditer(text):  # the marks only: a loop over every character costs more
        i, ch = m.start(), m.group()
        if ch in _PAIRS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            opener = _CLOSERS[ch]
            if not stack:
                continue  # a closer with no opener: list markers (1) and lines broken by PDF explain most
            top, at = stack[-1]
            if top == opener or _SAME.get(top) == opener:
                stack.pop()
            elif {top, opener} <= {"《", "〈"} or (top in "《〈" and opener in "（(") or (top in "（(" and opener in "《〈"):
                if not OMITTED.search(text, at, i):  # 《(略)令第(略)号): what the publisher left out held the partners
                    out.append((at, i + 1, f"“{top}”与“{ch}”不成对"))
                stack.pop()
    return out


def mismatched_brackets(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if _TITLE_MARKS.search(u.text)):  # every pair found wrong holds a title mark
        for start, end, what in _mismatched_pairs(fold_angles(unit.text)):
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"括号或书名号不配对：{what}",
                location=FindingLocation.of(report, unit.at(start, end)),
                evidence="开头与结尾的标点不是同一对",
                suggestion="两端用同一对标点（书名号《》，内层〈〉；括号（））",
                rule="language.mismatched_pair")
