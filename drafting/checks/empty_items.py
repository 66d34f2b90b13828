"""A numbered section title closed by its stop (2.拟与预算安排相结合情况。) with nothing under it, where
each sibling before it has its own text: the subsection was left unwritten.

Part of the structure check. Why a rule beside ``structure``'s empty headings: that one reads a title
ending with 。 as a list's statement (（一）加强预算编制。), which may well stand alone, and it reads on
to the next heading only. A template's subsection titles often end with 。 (1.执行率情况。 2.完成的绩效
目标。), and a list whose earlier items each have their text under them (1.下一步拟改进措施…。 / 无) is a
list of subsections, so its item with none is one left empty. Premises: the title names a section (it
ends …情况, …分析, …说明, …概况, a form's question; not …措施 or …问题, which a list's statements end
with too: 2.完善内控措施。); what
follows it at once is a heading of a higher level, or an attachment line (附件：…自评表) that closes the
body; each earlier sibling of its list, from the first on, has a line of text under it. An excerpt's
last line is never read (the text may go on), nor a line of a table of contents.

A field's title closed by its colon (1、机构人员情况：), its answer on the lines below, followed at once by the
next field's or section's title (2、主要职能：, 2.编制情况) and that one's answer, was left unanswered: the reader takes
lines closed by a colon for paragraphs (a colon ends a list's statement as often), so ``structure`` never sees them
as headings.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Block, Heading, Location, Paragraph, Report, Table
from .numbering import marker_level, parse_marker
from .toc import toc_blocks

__all__ = ["empty_items"]

# a numbered section title, one clause, closed by a stop: 2.拟与预算安排相结合情况。
_TITLE = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])\s*[\u4e00-\u9fff][^，,。；;：:\n]{1,30}"
                    r"(?:情况|分析|说明|概况)\s*[。.]\s*$")
_ANNEX_LINE = re.compile(r"^\s*附\s*[件表]\s*\d*\s*[：:]")
# written text under a title: a clause's mark, or a line this long
_WRITTEN = re.compile(r"[。；;，,]|[^\n]{30}")
# a numbered field's or section's title, its colon (group 1) kept where it closes one: 1、机构人员情况：, 2.编制情况
_FIELD_TITLE = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])\s*[\u4e00-\u9fff][^，,。；;：:\n]{1,20}"
                          r"(?:情况|概况|职能|职责|目标|指标|内容|设置|依据|分析|说明)\s*([：:])?\s*$")


def _text(block: Block) -> str:
    return block.text if isinstance(block, Heading | Paragraph) else ""


def _closes(block: Block, level: int) -> bool:
    """The block ends the item's section: a higher heading, or an attachment line."""
    text = _text(block)
    above = marker_level(text)
    return bool(_ANNEX_LINE.match(text)) or (above is not None and above < level)


def _siblings_written(blocks: list[tuple[int, Block]], k: int, family: str, value: int, level: int) -> bool:
    """Items 1 … value-1 of the list stand before ``blocks[k]``, each with a line of text under it."""
    want, under = value - 1, False
    for j in range(k - 1, -1, -1):
        block = blocks[j][1]
        text = _text(block)
        mark, lvl = parse_marker(text), marker_level(text)
        if lvl is not None and lvl < level:
            return False  # the parent reached before the first item
        if mark is not None and mark[0] == family and lvl == level:
            if mark[1] != want or not under:
                return False
            want, under = want - 1, False
            if want == 0:
                return True
        elif lvl is None and (isinstance(block, Table) or text.strip()):
            under = True
    return False


def _unanswered(blocks: list[tuple[int, Block]], k: int) -> bool:
    """A field's title closed by its colon (1、机构人员情况：) followed at once by the next field's or section's title
    (2、主要职能：, 2.编制情况), whose answer follows it: the first was left unanswered. Two titles back to back are no
    list of statements."""
    text, nxt = _text(blocks[k][1]), _text(blocks[k + 1][1])
    mark, title = parse_marker(text), _FIELD_TITLE.match(text)
    if mark is None or title is None or parse_marker(nxt) != (mark[0], mark[1] + 1) or k + 2 >= len(blocks):
        return False
    if title.group(1) is None and _ANSWERED_INLINE.match(nxt):
        return True  # no colon, and the next field answers on its own line after its colon ((3)满意度指标：…均≥95%。)
    if not _FIELD_TITLE.match(nxt):
        return False  # (the next field's title with its colon or without: 1、机构设置情况: then 2.编制情况)
    after = blocks[k + 2][1]
    if title.group(1) is None:  # no colon: only where the next one's section opens with items of its own (①经济效益指标…)
        return (level := marker_level(nxt)) is not None and (below := marker_level(_text(after))) is not None and below > level
    return isinstance(after, Table) or bool(_WRITTEN.search(_text(after)))


# a field's title and its answer on one line, closed by a stop: (3)满意度指标(服务对象满意度指标):学生和家长的满意度均≥95%。
_ANSWERED_INLINE = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])\s*[\u4e00-\u9fff][^，,。；;：:\n]{1,30}"
                              r"(?:情况|概况|职能|职责|目标|指标|内容|设置|依据|分析|说明)(?:[（(][^（()）\n]{1,20}[)）])?\s*[：:]"
                              r"[^\n]{6,}[。；;]\s*$")


def _left_empty(blocks: list[tuple[int, Block]], k: int) -> bool:
    """A title closed by its stop, followed at once by a higher heading, each earlier sibling written."""
    text = _text(blocks[k][1])
    if not _TITLE.match(text):
        return False
    mark, level = parse_marker(text), marker_level(text)
    if mark is None or level is None or mark[1] < 2 or not _closes(blocks[k + 1][1], level):
        return False
    return _siblings_written(blocks, k, mark[0], mark[1], level)


def empty_items(report: Report) -> list[Finding]:
    blocks = [(i, b) for i, b in enumerate(report.blocks) if not (isinstance(b, Paragraph) and not b.text.strip())]
    contents = toc_blocks(report)
    out: list[Finding] = []
    for k in range(len(blocks) - 1):
        i, block = blocks[k]
        text = _text(block)
        if i in contents:
            continue
        if _unanswered(blocks, k):
            evidence = "该标题以冒号结尾，之后紧接着下一项的标题，其间没有任何文字"
        elif _left_empty(blocks, k):
            evidence = "同一列表前面各项下都有文字，此项之后紧接着上级标题或附件，其间没有任何文字"
        else:
            continue
        out.append(Finding(
            kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
            message="此标题下没有内容：该部分未填写",
            location=FindingLocation.of(report, Location(block=i, start=0, end=len(text))),
            evidence=evidence,
            suggestion="补写该部分内容；如无相关情况，写明“无”或删去该标题",
            rule="structure.empty_heading"))
    return out
