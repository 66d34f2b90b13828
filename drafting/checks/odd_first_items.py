"""One item numbered two ways: (5)五是… (two systems on one item), and a list (2), (3) … whose first
item is written 1) or 1. (another system, or its opening bracket lost).

Why: both are left when a list is renumbered by hand. Part of the numbering check.
"""

from __future__ import annotations

import itertools
import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.chinese import ordinal
from ..numbers.textnorm import fold_width
from ..report import Report
from .item_markers import _CN

# (5)五是…, 3、三是…: one item numbered twice, in two systems — a 一是…五是 draft renumbered by hand.
# Only where both give the same number from 2 up: under (1) a list 一是、二是 may legitimately start.
_DOUBLE_MARKER = re.compile(rf"(?:^|[\n。；;])\s*((?:[（(](\d{{1,2}})[）)]|(\d{{1,2}})[、．])\s*([{_CN}]{{1,3}})是)")


def _double_markers(report: Report) -> list[Finding]:
    out = []
    for unit in report.units():
        for m in _DOUBLE_MARKER.finditer(unit.text):
            number, word = int(m.group(2) or m.group(3)), ordinal(m.group(4))
            if word != number or number < 2:
                continue
            out.append(Finding(
                kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
                message=f"同一项编号了两次：“{m.group(1)}”",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end(1))),
                evidence="序号与“X是”两套编号叠用在同一项上，多为由“一是……五是”改写时遗留",
                suggestion=f"只保留一种编号，如删去“{m.group(4)}是”", rule="structure.numbering_double"))
    return out


# A list numbered (2), (3) … whose first item is written another way: 1) (its opening bracket lost)
# or 1. / 1、 (another numbering system). Inline too: PDF copies run a whole outline into one line.
_BRACKETED = re.compile(r"[（(](\d{1,2})[）)]")
_FIRST_ITEM = re.compile(r"(?:^|(?<=[\s:：;；。，,]))1(?:([)）])|[.．、](?!\d))")


# a short title closed at once by its stop (1.主要职能。 1.人员情况：): the "1." numbers a heading
_SHORT_TITLE = re.compile(r"\s*[\u4e00-\u9fff]{2,8}[。：:]")


def _odd_first_items(report: Report) -> list[Finding]:
    out = []
    for unit in report.units():
        text = fold_width(unit.text)  # １）and （２） as 1) and (2), at the same offsets
        marks = [(int(m.group(1)), m) for m in _BRACKETED.finditer(text)]
        for (n, second), (n3, _) in itertools.pairwise(marks):
            if n != 2 or n3 != 3 or any(k == 1 and m.start() < second.start() for k, m in marks):
                continue
            firsts = list(_FIRST_ITEM.finditer(text, 0, second.start()))
            if not firsts or _BRACKETED.search(text, firsts[-1].end(), second.start()):
                continue
            first = firsts[-1]
            lost_bracket = first.group(1) is not None
            if not lost_bracket and _SHORT_TITLE.match(text, first.end()):
                continue  # 1.主要职能。(1)…(2)…: a heading of the level above, whose own list follows
            out.append(Finding(
                kind=Kind.PUNCTUATION if lost_bracket else Kind.NUMBERING_GAP, severity=Severity.WARNING,
                message=(f"列表第1项写作“{unit.text[first.start():first.end()]}”，缺少左括号；"
                         f"其后各项为“{unit.text[second.start():second.end()]}”…" if lost_bracket else
                         f"列表第1项写作“{unit.text[first.start():first.end()]}”，"
                         f"其后各项却是“{unit.text[second.start():second.end()]}”…：编号体例不一致"),
                location=FindingLocation.of(report, unit.at(first.start(), first.end())),
                related=[FindingLocation.of(report, unit.at(second.start(), second.end()))],
                evidence="同一列表各项的编号应为同一体例",
                suggestion=f"改为“{unit.text[second.start()]}1{unit.text[second.end() - 1]}”",
                rule="structure.odd_first_item"))
    return out
