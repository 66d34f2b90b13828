"""One item numbered twice in two Arabic styles, back to back: (2)2)冀财建…, 2.(2)…, (3)3、….

Part of the structure check. Why apart from ``numbering``'s double markers ((5)五是): there the second
number is a word (五是); here both are list markers, one typed over the other when a list was
renumbered in another style and the old number was left in (the list then often goes on in the old
style: (1) (2)2) 3) 4)). Premise: a list item opens with one marker; two markers of the same number in
two styles, nothing between them but blanks, are one item numbered twice — never an outline, whose
levels differ in number as well as style ((2)1.… opens item 1 of (2)'s sub-list and is left alone). The
marker after must be followed by words, not a figure ((2)2.5万元 is an amount).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import fold_width
from ..report import Report
from .toc import toc_blocks

__all__ = ["restyled_markers"]

# a line (or a sentence run into the line) opening with two Arabic markers: (n) then n) n. n、 or n. then (n)
_TWO = re.compile(r"(?:^|(?<=[\n。；;]))[ \t\u3000]*"
                  r"(?P<both>(?P<m1>[(（](?P<a>\d{1,2})[)）]|(?P<b>\d{1,2})[.．、)）](?!\d))[ \t\u3000]*"
                  r"(?P<m2>[(（](?P<c>\d{1,2})[)）]|(?P<d>\d{1,2})[.．、)）](?!\d)))"
                  r"(?=[ \t\u3000]*[\u4e00-\u9fff《“\"])")

# what every match holds, in either width: a number's mark right before another marker's bracket or digit
_TWO_QUICK = re.compile(r"[)）.．、][ \t\u3000]*[(（\d０-９]")


def restyled_markers(report: Report) -> list[Finding]:
    toc = toc_blocks(report)
    out = []
    for unit in report.units():
        if unit.location.block in toc:
            continue
        if not _TWO_QUICK.search(unit.text):
            continue  # no number closed by its mark twice in a row anywhere: nothing to read (a quick miss)
        text = fold_width(unit.text)  # ２ as 2, at the same offsets
        for m in _TWO.finditer(text):
            first, second = m.group("a") or m.group("b"), m.group("c") or m.group("d")
            bracketed = (m.group("a") is not None, m.group("c") is not None)
            if first != second or bracketed[0] == bracketed[1]:
                continue  # 1.1 sub-numbers, or two markers of one style (2.2、): not this shape
            both = unit.text[m.start("both"):m.end("both")]
            kept = unit.text[m.start("m1"):m.end("m1")] if bracketed[0] else unit.text[m.start("m2"):m.end("m2")]
            out.append(Finding(
                kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
                message=f"同一项编号了两次：“{both}”，两种编号体例叠用",
                location=FindingLocation.of(report, unit.at(m.start("both"), m.end("both"))),
                evidence="一项只应有一个序号；同号的两种写法连在一起，多为改换编号体例时留下的旧序号",
                suggestion=f"只保留一种编号（如“{kept}”），并使同一列表各项体例一致",
                rule="structure.numbering_double"))
    return out
