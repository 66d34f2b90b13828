"""A list's first heading said twice in a row — (一)部门基本情况 straight over (一)部门机构设置, then
(二)…(三)… — where the list goes on from the second: the first is a heading left over (a template's, or
one renamed and kept), with nothing under it.

Part of the structure check. Why apart from the numbering's repeats: a first number said twice is
usually two parallel columns read one cell a line (1、计划… 1、实际…, then 2、 2、), so ``numbering``
lets every repeated 1 pass. Two headings back to back with nothing between them, followed by a list
that goes on once — (二) and then (三), not (二) (二) — are one list whose first item was written
twice — and so are two whose table of contents lists only the second, at any of the three heading
levels (一、, （一）, 1.); ``structure``'s empty-heading rule leaves them to this one (a heading said twice is no section
left unwritten).

Run into one line (a web copy that lost its line breaks: 一、基本情况(一)部门(单位)基本情况(一)基本情况。1.…), a
（一） heading whose short title runs straight into a second （一） had nothing written under it either: no
column of a form is headed so, and in running text a list's first item is not named twice.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Block, Heading, Location, Paragraph, Report
from .numbering import parse_marker
from .toc import toc_blocks

__all__ = ["first_twice"]

# （一）, a short title (no clause mark, no digit; a bracketed word such as (单位) may stand in it), （一） and its title again
_RUN = re.compile(r"([（(]\s?一\s?[)）])((?:[^，。；：:、,;（()）\d|]|[（(][^一二三四五六七八九十\d（()）]{1,6}[)）]){2,20}?)"
                  r"([（(]\s?一\s?[)）])([^，。；：:、,;（()）\d|]{2,20})")


def first_twice(report: Report) -> list[Finding]:
    """Each pair of adjacent 一、/（一）/1. headings that both open with the first number, outside a table
    of contents, where the later one is the list's first: its second and third items follow, each once,
    or the table of contents lists the later heading and not the earlier (an excerpt cut after the pair)."""
    blocks = [(i, b) for i, b in enumerate(report.blocks) if not (isinstance(b, Paragraph) and not b.text.strip())]
    contents = toc_blocks(report)
    listed = {_words(_text(report.blocks[c])) for c in contents}
    out: list[Finding] = []
    for k in range(len(blocks) - 1):
        (i, a), (j, b) = blocks[k], blocks[k + 1]
        if not (isinstance(a, Heading) and isinstance(b, Heading)) or a.level != b.level or a.level not in (1, 2, 3):
            continue
        first = parse_marker(a.text)
        if first is None or first[1] != 1 or parse_marker(b.text) != first or i in contents or j in contents:
            continue
        if _words(a.text) == _words(b.text):
            continue
        if not (_continued(blocks[k + 2:], b.level, first[0])
                or (_words(b.text) in listed and _words(a.text) not in listed)):
            continue
        out.append(_finding(report, i, j, a.text, b.text))
    return out + _run_together(report)


def _run_together(report: Report) -> list[Finding]:
    """（一）部门(单位)基本情况(一)基本情况 inside one paragraph (not a table's cell or row)."""
    out = []
    for unit in report.units():
        if unit.kind != "paragraph" or "|" in unit.text or unit.text.count("一") < 2:
            continue
        for m in _RUN.finditer(unit.text):
            out.append(Finding(
                kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
                message=f"编号“{m[1]}”连用两次：“{m[1]}{m[2]}”下没有内容，紧接着又是“{m[3]}{m[4]}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end(2))),
                related=[FindingLocation.of(report, unit.at(m.start(3), m.end(4)))],
                evidence="同一行中两个“第一项”编号相连，前一个标题与后一个之间没有任何文字",
                suggestion="删去多余的标题，或将其下内容补齐并把其后各项编号顺延",
                rule="structure.first_twice"))
    return out


# the first item's marker: 一、 （一） (一) 1. 1、
_MARKER = re.compile(r"[（(]?\s*[一1]\s*(?:[）)、．]|\.(?!\d))")


def _words(text: str) -> str:
    """A heading's words without its marker and blanks: the same heading twice is a page's running head."""
    flat = "".join(text.split())
    return flat[m.end():] if (m := _MARKER.match(flat)) else flat


def _text(block: Block) -> str:
    return block.text if isinstance(block, Heading | Paragraph) else ""


def _continued(rest: list[tuple[int, Block]], level: int, family: str) -> bool:
    """The same-level headings after the pair, up to the next higher one, run 2, 3 … each once: one list
    going on, not parallel columns (2、 2、) nor a list cut after its second item — so a list of two
    ((一)(一)(二)) only where its second item is closed: by a higher heading, or by the text's end after
    two paragraphs of its own (a column's 2、 has one line before its pair 2、)."""
    values = []
    closed = False
    under = 0  # paragraphs under the list's last item
    for _, block in rest:
        if not isinstance(block, Heading):
            under += 1
            continue
        if block.level > level:
            continue
        if block.level < level:
            closed = True
            break
        marker = parse_marker(block.text)
        if marker is None or marker[0] != family:
            break
        values.append(marker[1])
        under = 0
    if not values or values != list(range(2, len(values) + 2)):
        return False
    return len(values) >= 2 or closed or under >= 2


def _finding(report: Report, i: int, j: int, text: str, other: str) -> Finding:
    shown = text.strip()
    marker = _MARKER.match(shown)
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"编号“{marker.group() if marker else shown[:2]}”连用两次：“{shown}”下没有内容，紧接着又是“{other.strip()}”",
        location=FindingLocation.of(report, Location(block=i, start=0, end=len(text))),
        related=[FindingLocation.of(report, Location(block=j, start=0, end=len(other)))],
        evidence="相邻两个标题编号都是第一项，其后的同级标题从第二项依次编下去，前一个标题下没有文字",
        suggestion="删去多余的标题，或将其下内容补齐并把其后各项编号顺延",
        rule="structure.first_twice")
