"""A table of contents whose entries lost their numbers: 七、… then two bare entries then 十、…, the two
bare ones being 八、 and 九、.

Part of the numbering check. Why apart: the numbering check reads past a table of contents (its numbers
are the body's, said again, and a gap is told once, at the body's headings); but a public page is often
an excerpt that stops before the body reaches those headings, and then the table is the only place the
slip shows. Premises: the entries of one part (第三部分 …) are one list; a jump from N to N+k+1 with
exactly k entries between that have no marker at all says those entries lost theirs, in order. Entries
after the list's last number are left alone (a table may list its appendices bare), as is a jump with
any other count of bare lines between.
"""

from __future__ import annotations

import re

from ..findings import Finding, Kind
from ..numbers.chinese import ordinal
from ..report import Report, TextUnit, clip
from .grouped import one_finding
from .item_markers import _shown, parse_marker
from .toc import toc_blocks

__all__ = ["toc_gaps"]

# a part's title (第三部分 …, 第二章 …) or the table's own title: a new list begins after it
_PART = re.compile(r"^\s*(?:第[一二三四五六七八九十\d]{1,3}(?:部分|章|篇|节)|目\s*录)")
# an entry with no marker: a title's words (a 《》 may hold them), no sentence's punctuation, no broken marker
_BARE = re.compile(r"^\s*[\u4e00-\u9fff《“][^，,。；;：:！？]{3,40}$")

_Line = tuple[TextUnit, int, int, str]  # the unit, the line's start and end in it, its text stripped


def _lines(report: Report) -> list[_Line]:
    toc = toc_blocks(report)
    out: list[_Line] = []
    for unit in report.units():
        if unit.location.block not in toc or unit.kind == "cell":
            continue
        for m in re.finditer(r"[^\n]+", unit.text):
            text = m.group(0).strip()
            if text:
                start = m.start() + m.group(0).index(text)
                out.append((unit, start, start + len(text), text))
    return out


def toc_gaps(report: Report) -> list[Finding]:
    """Each run of bare entries that fills a gap in its part's numbering exactly: one finding per run,
    every entry of it listed."""
    out: list[Finding] = []
    last: tuple[str, int] | None = None
    bare: list[_Line] = []
    for line in _lines(report):
        text = line[3]
        if _PART.match(text):
            last, bare = None, []
            continue
        mark = parse_marker(text) or _numeral_without_mark(text, last)
        if mark is None:
            if _BARE.match(text) and not text.isdigit():
                bare.append(line)
            else:
                last, bare = None, []  # a line of another shape: not one list's entries
            continue
        if last is not None and mark[0] == last[0] and bare and mark[1] - last[1] - 1 == len(bare):
            out.append(_finding(report, bare, last, mark))
        if last is not None and mark[0] != last[0]:
            last, bare = None, []  # another list's marker: the run is not this list's
            continue
        last, bare = mark, []
    return out


# an entry's numeral of two characters or more with its 、 lost (十一政府购买服务预算表): numbered, its mark missing
_BARE_NUMERAL = re.compile(r"^\s*(十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)(?=[\u4e00-\u9fff])")


def _numeral_without_mark(text: str, last: tuple[str, int] | None) -> tuple[str, int] | None:
    """A 一、 list's entry that kept its numeral but lost its 、, read as numbered where its number comes later than
    the last one's."""
    m = _BARE_NUMERAL.match(text)
    value = ordinal(m.group(1)) if m else None
    return ("一、", value) if value is not None and last is not None and last[0] == "一、" and value > last[1] else None


def _marker(family: str, value: int) -> str:
    """Item ``value`` as its list writes it: 八、, （八）, 8、."""
    return family.replace("一" if "一" in family else "1", _shown(family, value), 1)


def _finding(report: Report, bare: list[_Line], before: tuple[str, int], after: tuple[str, int]) -> Finding:
    shown = [_marker(before[0], v) for v in range(before[1] + 1, after[1])]
    named = "”“".join(shown)
    return one_finding(
        report, [(u, a, b) for u, a, b, _ in bare], kind=Kind.NUMBERING_GAP,
        message=f"目录中“{clip(bare[0][3], 16)}”{'等项' if len(bare) > 1 else ''}没有编号，按前后各项应为“{named}”",
        count="目录中共{}项",
        evidence=f"目录中“{_marker(*before)}”与“{_marker(*after)}”之间恰有{len(bare)}项没有编号，正缺“{named}”",
        suggestion=f"依次补上编号“{named}”，并核对正文标题的编号", rule="structure.unnumbered_heading")
