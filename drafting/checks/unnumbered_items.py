"""A list's member written without its number where its numbered siblings tell which number it lost:
a list that starts again at (2) with its first member bare (经济效益 … (2)社会效益), and a sub-list of one
item ((一)省级下达…绩效目标情况。 … 省内资金安排、分解下达预算和绩效目标情况。 … 二、) whose second title
stands bare after the first's text.

Part of the structure check. Why apart from ``numbering``'s gaps: there a bare title is found between
two numbered items (a gap in the sequence says where); here the sequence shows no gap — a list
restarting at 2 reads as a restart, and a one-item list ends at its parent's next heading. Premises:
a list is numbered from 1, so one that starts again at (2) lost its (1), and the bare title before it
of the same ending (…效益 and (2)…效益) is that item; a sub-list is never one item long, so a bare
title after its (一)'s text, written like it (the same closing words, four characters or more: …预算和
绩效目标情况。), before the parent's next heading, is its (二). The bare line must read as a title (short,
one clause) with text of its own under it, and be the only such line there.

Two more shapes of the same loss. A list that starts at (二) right under its parent heading, whose
first line under that heading is a bare title written like (二) (资金投入情况分析。 … (二)绩效目标完成情况分析。):
the list is numbered from 1 and that title is its first item — named as the item, not as a list starting
late (``structure`` folds the late start into it). And a number that kept its digit but lost its mark
(1职能职责 before 2.机构和人员情况): a title opening with a bare digit N, between item N-1 (or its parent
heading, for N = 1) and item N+1 of the 1. list, is item N with its 、 or . lost.

A one-item sub-list's bare second title need not close like its first: one that heads a list of its own
(1. 执行率情况。 text 完成的绩效目标。 (1)产出指标 …) is a heading of the same list, not item 1's text —
item 1's own lead-in to a list closes with a colon (具体如下：).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.chinese import numeral
from ..report import Report, TextUnit, clip
from .numbering import marker_level, parse_marker
from .toc import toc_blocks

__all__ = ["unnumbered_items"]

# a title: opens with a Chinese character, one clause (a 、 list may stand in it), at most 30 characters,
# closed by nothing, a stop or a colon
_TITLE = re.compile(r"[\u4e00-\u9fff][^，,。；;：:\d\n()（）]{1,29}[。.:：]?")
_MARK_END = re.compile(r"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[.．、:：]?)\s*")
_SENTENCE = re.compile(r"[，,；;\d]|[。！？!?]$")
_SHARED_ONE = 4  # closing characters a one-item list's bare second title shares with its first
_SHARED_RESTART = 2  # … and a restarted list's bare first title with its (2)


@dataclass
class _Line:
    """One line of the text's running text or headings: where it stands, its words, its marker's level and number."""
    unit: TextUnit
    start: int
    text: str  # stripped
    level: int | None
    mark: tuple[str, int] | None


def _lines(report: Report) -> list[_Line]:
    toc = toc_blocks(report)
    out = []
    for unit in report.units():
        if unit.kind == "cell" or unit.location.block in toc:
            continue
        for m in re.finditer(r"[^\n]+", unit.text):
            text = m.group(0).strip()
            if text:
                start = m.start() + m.group(0).index(text)
                out.append(_Line(unit, start, text, marker_level(text), parse_marker(text)))
    return out


def _title(line: _Line) -> str:
    """The line's words after its marker, without the closing stop or colon."""
    return _MARK_END.sub("", line.text).rstrip("。.:：")


def _shares_end(a: str, b: str, n: int) -> bool:
    return len(a) > n and len(b) > n and a[-n:] == b[-n:]


def _bare_titles(lines: list[_Line], lo: int, hi: int, like: str, n: int) -> list[int]:
    """The unnumbered title lines between ``lo`` and ``hi`` that close like ``like`` and have text under them."""
    return [k for k in range(lo + 1, hi) if lines[k].level is None and _TITLE.fullmatch(lines[k].text)
            and _shares_end(_title(lines[k]), like, n)
            and k + 1 < hi and _text_under(lines[k + 1])]


def _text_under(line: _Line) -> bool:
    """A line of text, not another title: unnumbered, and a sentence (a clause mark, a figure or a closing
    stop: 无。, 办学条件明显改善。) or longer than a title."""
    return line.level is None and (bool(_SENTENCE.search(line.text)) or not _TITLE.fullmatch(line.text))


def unnumbered_items(report: Report) -> list[Finding]:
    lines = _lines(report)
    out = []
    for k, line in enumerate(lines):
        if line.mark is None or line.level is None or line.mark[0] == "①":
            continue
        family, value = line.mark
        if value == 2:
            bare = _before_a_restart(lines, k, family, line.level) or _first_under_parent(lines, k, line.level)
            out += [_finding(report, lines[j], line, family, 1) for j in bare]
        elif value == 1 and line.level >= 1:
            bare = _after_a_lone_first(lines, k, line.level)
            out += [_finding(report, lines[j], line, family, 2) for j in bare]
    return out + _lost_marks(report, lines)


def _next_at(lines: list[_Line], ks: range, level: int) -> int | None:
    """The first of ``ks`` whose line is numbered at ``level`` or above."""
    return next((j for j in ks if (lv := lines[j].level) is not None and lv <= level), None)


def _before_a_restart(lines: list[_Line], k: int, family: str, level: int) -> list[int]:
    """The bare first member before item (2) at ``k`` of a list that starts again after a later item."""
    prev = _next_at(lines, range(k - 1, -1, -1), level)
    mark = lines[prev].mark if prev is not None else None
    if prev is None or mark is None or mark[0] != family or lines[prev].level != level or mark[1] <= 2:
        return []
    bare = _bare_titles(lines, prev, k, _title(lines[k]), _SHARED_RESTART)
    return bare if len(bare) == 1 else []


def _first_under_parent(lines: list[_Line], k: int, level: int) -> list[int]:
    """The bare first member of a list whose item (2) at ``k`` is its first numbered one: the first line
    under the parent heading, a title closing like item (2), with text or its own sub-list's first item
    under it, and no other such title before item (2)."""
    prev = _next_at(lines, range(k - 1, -1, -1), level)
    if prev is None or (lines[prev].level or 0) >= level or prev + 2 > k:
        return []
    j, like = prev + 1, _title(lines[k])
    nxt = lines[j + 1]
    opens = nxt.level is not None and nxt.level > level and nxt.mark is not None and nxt.mark[1] == 1
    if lines[j].level is not None or not _TITLE.fullmatch(lines[j].text) or not _shares_end(_title(lines[j]), like, _SHARED_RESTART) \
            or not (opens or _text_under(nxt)):
        return []
    others = [i for i in range(j + 1, k) if lines[i].level is None and _TITLE.fullmatch(lines[i].text)
              and _shares_end(_title(lines[i]), like, _SHARED_RESTART)]
    return [] if others else [j]


def _after_a_lone_first(lines: list[_Line], k: int, level: int) -> list[int]:
    """The bare second title after item 1 at ``k`` of a sub-list that its parent's next heading closes."""
    end = _next_at(lines, range(k + 1, len(lines)), level)
    if end is None or lines[end].level == level:
        return []  # the list goes on (or the excerpt ends): no one-item list
    bare = _bare_titles(lines, k, end, _title(lines[k]), _SHARED_ONE) or _bare_parents(lines, k, end, level)
    return bare if len(bare) == 1 and bare[0] > k + 1 else []


def _bare_parents(lines: list[_Line], k: int, end: int, level: int) -> list[int]:
    """The bare title after item 1's text whose own sub-list opens on the next line ((1)产出指标 under
    完成的绩效目标。): a title that heads a list is a heading of the list above it, not a lead-in — a
    lead-in (具体如下：) closes with a colon — and item 1's text, numbered nothing, ends before it."""
    return [j for j in range(k + 1, end - 1) if lines[j].level is None and _TITLE.fullmatch(lines[j].text)
            and not lines[j].text.endswith((":", "："))
            and all(lines[i].level is None for i in range(k + 1, j)) and _text_under(lines[k + 1])
            and (lv := lines[j + 1].level) is not None and lv > level and (lines[j + 1].mark or ("", 0))[1] == 1]


def _shown(sibling: _Line, family: str, value: int) -> str:
    """Item ``value``'s marker written as the sibling writes its own ((2) → (1), （一） → （二）)."""
    number = str(value) if "1" in family else numeral(value)
    m = _MARK_END.match(sibling.text)
    marker = m.group().strip() if m else family
    return re.sub(r"[一二三四五六七八九十]+|\d+", number, marker, count=1)


def _finding(report: Report, bare: _Line, sibling: _Line, family: str, value: int) -> Finding:
    shown = _shown(sibling, family, value)
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"标题“{clip(bare.text, 16)}”没有编号，按同一列表的“{clip(sibling.text, 12)}”应为“{shown}”",
        location=FindingLocation.of(report, bare.unit.at(bare.start, bare.start + len(bare.text))),
        related=[FindingLocation.of(report, sibling.unit.at(sibling.start, sibling.start + len(sibling.text)))],
        evidence=("列表从第二项开始编号，其前这一标题与第二项写法相同" if value == 1 else
                  "列表只有第一项有编号，其后这一标题与第一项写法相同，且在上级下一标题之前"),
        suggestion=f"在标题前补上编号“{shown}”", rule="structure.unnumbered_heading")


# a title opening with a bare digit (1职能职责): not a count (1个, 2022年, 3人) nor a figure
_BARE_DIGIT = re.compile(r"(\d{1,2})(?![个年月日号次人家项万亿元台套座所名户条批期类级届岁天周季倍分栋辆张本份千米吨亩件处])(?=[\u4e00-\u9fff])")
_ITEM_LEVEL = 2  # the 1. list's rank (see ``numbering.marker_level``)


def _lost_marks(report: Report, lines: list[_Line]) -> list[Finding]:
    """Titles that open with item N's digit without its mark, between item N-1 (or the parent heading,
    for N = 1) and item N+1 of the 1. list."""
    out = []
    for k, line in enumerate(lines):
        m = _BARE_DIGIT.match(line.text)
        if line.level is not None or m is None or not _TITLE.fullmatch(line.text[m.end():]):
            continue
        n = int(m.group(1))
        after = _next_at(lines, range(k + 1, len(lines)), _ITEM_LEVEL)
        before = _next_at(lines, range(k - 1, -1, -1), _ITEM_LEVEL)
        if after is None or lines[after].level != _ITEM_LEVEL or lines[after].mark != ("1、", n + 1) \
                or not _TITLE.fullmatch(_title(lines[after])):
            continue
        prior = lines[before] if before is not None else None
        if not ((prior is not None and prior.level == _ITEM_LEVEL and prior.mark == ("1、", n - 1))
                or (n == 1 and (prior is None or (prior.level or 0) < _ITEM_LEVEL))):
            continue
        out.append(_lost_mark(report, line, lines[after], m.end()))
    return out


def _lost_mark(report: Report, line: _Line, sibling: _Line, digits: int) -> Finding:
    m = _MARK_END.match(sibling.text)
    mark = m.group().strip()[-1] if m else "."
    fixed = f"{line.text[:digits]}{mark}"
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"标题“{clip(line.text, 16)}”的序号缺少“{mark}”，按同一列表的“{clip(sibling.text, 12)}”应为“{fixed}”",
        location=FindingLocation.of(report, line.unit.at(line.start, line.start + len(line.text))),
        related=[FindingLocation.of(report, sibling.unit.at(sibling.start, sibling.start + len(sibling.text)))],
        evidence="序号数字直接连着标题文字，同一列表的下一项写有标点",
        suggestion=f"改为“{fixed}{clip(line.text[digits:], 12)}”", rule="structure.broken_marker")
