"""Form structure: required fields left blank, placeholders left in, headings with nothing under
them, and (in ``numbering``) gaps in list numbering.

Why: a blank 评价等次 or 联系人 makes the form incomplete, and a list that jumps from 3 to 5 usually
means an item was deleted or pasted over. Only fields a reviewer must see filled are checked
(signature and date placeholders are filled by hand after printing), and numbering may restart
freely: only a jump forward inside one list is a gap.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..findings import Finding, FindingLocation, Kind, Severity
from ..io.text_reader import heading_level
from ..numbers.textnorm import no_blanks
from ..report import Block, Heading, Location, Paragraph, Report, Table
from .blank_columns import blank_columns
from .blank_fields import blank_fields
from .blank_form_lines import blank_form_lines
from .blank_rows import blank_row_fields
from .colon_fields import blank_colon_fields
from .duty_lists import differing_lists
from .empty_items import empty_items
from .first_twice import first_twice
from .fund_goals import fund_goals
from .hollow_goals import hollow_goals
from .inline_headings import empty_inline_headings
from .numbering import check_numbering, parse_marker
from .placeholders import narrative_blanks
from .restarted_levels import restarted_levels
from .restyled_markers import restyled_markers
from .toc import toc_blocks
from .twin_headings import twin_headings
from .unnumbered_items import unnumbered_items

__all__ = ["check_structure"]

def check_structure(report: Report) -> list[Finding]:
    """Blank required fields, blanks and placeholders left in the narrative, numbering gaps,
    headings with nothing under them, and a list written twice that differs."""
    unnumbered = unnumbered_items(report)
    blanks = blank_fields(report) + blank_row_fields(report)
    return (blanks + blank_colon_fields(report, blanks) + blank_columns(report) + blank_form_lines(report)
            + narrative_blanks(report)
            + _without_named_starts(check_numbering(report), unnumbered) + restyled_markers(report)
            + restarted_levels(report)
            + _empty_headings(report) + empty_inline_headings(report) + differing_lists(report) + hollow_goals(report) + fund_goals(report)
            + first_twice(report) + empty_items(report) + unnumbered + twin_headings(report))


def _without_named_starts(numbering: list[Finding], unnumbered: list[Finding]) -> list[Finding]:
    """A list starting at (二) whose bare first title is named as its (一), or jumping from 1. to 3. over a 2机构设置
    named as its 2. that lost its mark, is one problem: the late start or the gap at the item named goes."""
    named = {(r.location.block, r.location.start) for f in unnumbered for r in f.related}
    return [f for f in numbering if f.rule not in ("structure.numbering_late_start", "structure.numbering_gap")
            or (f.location.location.block, f.location.location.start) not in named]


# a heading that says itself why nothing is under it: withheld (涉密, 不予公开), left out (略) or none (无)
_WITHHELD = re.compile(r"[（(]\s*(?:涉密|保密|略|不予?公开|无)\s*[)）]\s*$|(?:涉密|不予?公开)\s*$"
                       # the template's own note that the section may stay empty: （如无…则无需阐述）, （没有的可不填）
                       r"|[（(][^（()）]*(?:无需|不需|不必|可不|不用)(?:要)?(?:填写|填报|阐述|说明|描述|列示|填)[^（()）]*[)）]\s*$")


def _empty_headings(report: Report) -> list[Finding]:
    """A section heading (一、 or （一）) followed straight by the next heading of its level or above:
    the section was left unwritten (三、其他需要说明的情况 with nothing under it). A heading that is
    itself a statement (（一）加强预算编制。) is a list item, and the last heading of a text that may be
    an excerpt is left alone. A line of a table of contents is never one, even when the excerpt ends
    before the body it lists."""
    blocks = [(i, b) for i, b in enumerate(report.blocks) if not (isinstance(b, Paragraph) and not b.text.strip())]
    # public texts are excerpts cut anywhere: a heading after which the text never goes on with running
    # text (only headings, 附表 titles or a page's footer lines follow) stands where the text was cut
    written = [i for i, b in blocks if _written(b)
               or (isinstance(b, Heading) and _RUN_ON_ITEM.search(b.text))] + _cut_under_heading(blocks)
    last_written = written[-1] if written else -1
    last, contents = _last_openings(report), toc_blocks(report)
    glued = _glued_page_lines(blocks)
    empty: list[tuple[int, int, bool]] = []  # (block, run, in a table of contents) of each empty heading
    run = 0
    for k, ((i, block), (_, nxt)) in enumerate(itertools.pairwise(blocks)):
        if _restarts_under(block, nxt):  # (二)重点工作完成情况。 then (一)抓党建…: a list under it
            continue
        if (stopped := _stopped_title(block)) is not None:  # （二）项目资金使用情况分析。 then （三）…: its 。 a habit
            if 0 < ((nxt.level if isinstance(nxt, Heading) else _stopped_title(nxt)) or 0) <= stopped and i <= last_written:
                empty.append((i, run, i in contents))
            continue
        if not isinstance(block, Heading):
            run += 1
            continue
        if _ATTACHED.search(block.text) or _ANNEX.search(block.text) or (_ENDS_ITEM.search(block.text) and not _titled_sibling(blocks, k, nxt)):
            continue  # a list item, or a section whose content is the attached form it names
        if block.level not in (1, 2) and not (_last_subsection(blocks, k, nxt) or _titled_sibling(blocks, k, nxt)):
            continue  # a 1. item is a list's more often than a subsection's
        if _WITHHELD.search(block.text):
            continue  # (二)人员情况（涉密）, 三、其他情况（无）: the heading itself says why nothing follows
        if i > last_written:
            continue  # nothing written follows: the excerpt ends here, the section may well be filled
        # a line of a table of contents names a section still to come: counted in its run, never told
        toc = i in contents or bool(_TOC_LINE.search(block.text)) or _found_again(blocks, k, last) or i in glued
        if isinstance(nxt, Heading) and nxt.level == block.level and _opening(block.text) is not None \
                and _opening(block.text) == _opening(nxt.text):
            continue  # 一、部门职责 then 一、单位主要职能 and its text: a heading said twice, not a section left empty
        if isinstance(nxt, Heading) and _same_words(block.text, nxt.text):
            continue  # (十)支出功能分类科目 then 十、支出功能分类科目：and its list: said twice, in two numberings
        if toc or 0 < _title_level(nxt) <= block.level:
            # a heading that states its own answer ((一)资金到位率100%, 二、评价结论：优) is not empty; it is
            # counted in its run all the same: several heading lines back to back are an outline
            empty.append((i, run, toc or _answers_itself(block.text) or _part_title(nxt)))
    per_run = Counter(r for _, r, _ in empty)
    out: list[Finding] = []
    for i, r, toc in empty:
        if per_run[r] > 1 or toc:
            continue  # several empty headings back to back: a table of contents or an outline
        block = report.blocks[i]
        assert isinstance(block, Heading | Paragraph)
        out.append(Finding(
            kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
            message="此标题下没有内容：该部分未填写",
            location=FindingLocation.of(report, Location(block=i, start=0, end=len(block.text))),
            evidence="该标题之后紧接着同级或上级标题，其间没有任何文字或表格",
            suggestion="补写该部分内容；如无相关情况，写明“无”或删去该标题并顺延编号",
            rule="structure.empty_heading"))
    return out


# a template's note closing a section's title: （三）项目资金管理情况分析（包括管理制度、办法的制订及执行情况等）
_NOTE = re.compile(r"[（(][^（()）\n]{2,40}[)）]\s*$")


_PART_TITLE = re.compile(r"^\s*第[一二三四五六七八九十]{1,3}部分")


def _part_title(block: Block) -> bool:
    return isinstance(block, Paragraph) and _PART_TITLE.match(block.text) is not None


def _restarts_under(block: Block, nxt: Block) -> bool:
    """Whether the next line opens a list under this heading: in the heading's own numbering style ((二)… then
    (一)…: a second item is followed by a first only where a new list begins), or in a style above it ((一)部门主要
    职能 then 一、坚持…, 二、制定…: a first item of the level above, its own list's 一、 long since written) — the
    section has content, numbered in the wrong style."""
    here, after = parse_marker(getattr(block, "text", "")), parse_marker(getattr(nxt, "text", ""))
    if here is None or after is None or after[1] != 1:
        return False
    return (here[0] == after[0] and here[1] > 1) or (here[0], after[0]) == ("（一）", "一、")


def _title_level(block: Block) -> int:
    """The level of the heading a block is, or 0: a heading's own, or a one-line paragraph's that is a numbered
    section title once the template's note after it is dropped — the note makes the line too long for a heading."""
    if isinstance(block, Heading):
        return block.level
    if _part_title(block):
        return 1  # 第二部分 … (a part's title: above every 一、 of the part before it; a heading right before it
        # is counted in its run of empty headings, never told for that alone: the last entry of a contents page's part)
    if isinstance(block, Paragraph) and "\n" not in block.text.strip() and (note := _NOTE.search(block.text)):
        return heading_level(block.text[:note.start()]) or 0
    return 0


def _cut_under_heading(blocks: list[tuple[int, Block]]) -> list[int]:
    """The text's last block where it is a paragraph a heading opens, cut short (…(二)机构设置及人员情况 / 泸西): the
    section under that heading began, so the headings before it stand before written text. Not under an attachment's
    heading (四、附表), nor a page's own line after the text (扫一扫在手机打开当前页, 打印本页)."""
    if len(blocks) < 2 or not isinstance(head := blocks[-2][1], Heading) or _ANNEX.search(head.text) \
            or not isinstance(last := blocks[-1][1], Paragraph) or _PAGE_LINE.search(last.text):
        return []
    return [blocks[-1][0]] if re.match(r"\s*[“\u4e00-\u9fff]", last.text) and not _ENDS_STATEMENT.search(last.text) else []


_PAGE_LINE = re.compile(r"扫一扫|打印|关闭|分享|收藏|字体|返回|责任编辑|来源[:：]|浏览|下载|相关链接|附件")


# a section's title that a writer closed with 。 (（二）项目资金使用情况分析。): the template's name of a section — a
# noun of what it reports (情况, 分析, 概况) and nothing after it — not a list item's statement (（一）加强预算编制。)
_STOPPED_TITLE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^，,。；;：:\s]{2,24}"
                            r"(?:情况|分析|概况)。\s*$")


def _stopped_title(block: Block) -> int | None:
    """The level (一、 1, （一） 2) of a paragraph that is a section's title closed with 。, or None."""
    if not isinstance(block, Paragraph) or not _STOPPED_TITLE.match(block.text):
        return None
    return 2 if block.text.lstrip()[0] in "（(" else 1


def _last_subsection(blocks: list[tuple[int, Block]], k: int, nxt: Block) -> bool:
    """A 1./2./3. heading (``blocks[k]``) followed straight by a higher heading, whose earlier siblings
    under the same parent each have their own text: the items are subsections (2.机构设置及人员情况 and
    its paragraph), and the last was left unwritten (3.年度工作计划… then (二)…)."""
    level = blocks[k][1].level  # type: ignore[union-attr]
    if not isinstance(nxt, Heading) or not 0 < nxt.level < level or (marker := parse_marker(nxt.text)) is None:
        return False
    before = next((b for b in (blocks[j][1] for j in range(k - 1, -1, -1))
                   if isinstance(b, Heading) and b.level == nxt.level), None)
    if before is None or parse_marker(before.text) != (marker[0], marker[1] - 1):
        return False  # the next heading goes on from one before it (（一） then （二）), not a new run (一、 under 4、)
    siblings, written = _siblings_written(blocks, k, level)
    return siblings > 0 and written == siblings


def _siblings_written(blocks: list[tuple[int, Block]], k: int, level: int) -> tuple[int, int]:
    """The headings of ``level`` before ``blocks[k]`` under the same parent, and how many have their own text."""
    written = siblings = 0
    for j in range(k - 1, -1, -1):
        block = blocks[j][1]
        if isinstance(block, Heading) and block.level < level:
            break  # the parent section
        if isinstance(block, Heading) and block.level == level:
            siblings += 1
            under = blocks[j + 1][1]
            written += _written(under)
    return siblings, written


_ENDS_ITEM = re.compile(r"[。；;：:]\s*$")  # a list item's end (or a title's colon: ``_titled_sibling``)
# a section's title: what it reports, a noun (机构设置, 总体情况, 绩效目标), maybe before its colon
_SECTION_NOUN = re.compile(r"(?:情况|概况|目标|职能|职责|背景|内容|设置|分析|依据|方法|过程|结论|结果|问题|措施|建议|方向|做法|原因|打算)"
                           r"\s*[:：]?\s*$")


_ENDS_STATEMENT = re.compile(r"[。；;！？!?]\s*$")  # a list item's statement, not a section's title


def _titled_sibling(blocks: list[tuple[int, Block]], k: int, nxt: Block) -> bool:
    """A section's title (1.机构设置, （一）项目基本情况：) followed straight by the next item of its list,
    which has its own text: the items are subsections, and this one was left unwritten. A title that
    names what it reports is no list item, and a sibling written shows the list is of sections; so do two
    earlier siblings or more, each with its own text, before a title that ends no statement (3.忠州福利院运行经费项目
    after 1. and 2. with their 绩效目标 lines)."""
    block = blocks[k][1]
    if not isinstance(block, Heading) or not isinstance(nxt, Heading) or nxt.level != block.level or k + 2 >= len(blocks):
        return False
    marker, after = parse_marker(block.text), blocks[k + 2][1]
    if marker is None or parse_marker(nxt.text) != (marker[0], marker[1] + 1) \
            or not (isinstance(after, Paragraph) and _written(after)):
        return False
    if _SECTION_NOUN.search(block.text):
        return True
    if _ENDS_STATEMENT.search(block.text):
        return False
    siblings, written = _siblings_written(blocks, k, block.level)
    return siblings >= 2 and written == siblings


# a heading line that states a value answers itself: a figure with its unit at its end ((一)资金到位率100%,
# (二)自评得分99分), a grade or 是/否 after its label (自评等级为良好, 是否按期完成 是), or anything after its
# colon (二、评价结论：优, (三)绩效目标：全年养护道路120公里); a weight in brackets ((一)产出指标（50分）) is no answer
_FIGURE_END = re.compile(r"[\d０-９][\d０-９.．,，]*\s*(?:%|％|‰|分|[万亿]?元|个|项|人次|人|次|户|家|亩|公里|千米|"
                         r"平方米|立方米|米|台|套|件|所|座|天|倍|处|条|吨|辆|场|期|批)\s*$")
_GRADE_END = re.compile(r"(?:等级|等次|结论|结果|级别|档次|评价|为|是)\s*(?:优秀|优|良好|良|中等|中|合格|不合格|差|较好|较差|一般)\s*$"
                        r"|是否[^：:\s]{1,20}[\s：:]*[是否]\s*$")
_AFTER_COLON = re.compile(r"[：:]\s*\S")


def _answers_itself(text: str) -> bool:
    """A heading line that states a value, so it is no section left unwritten (``_FIGURE_END``…)."""
    t = text.strip()
    unbracketed = re.sub(r"[（(][^（()）]*[)）]", "", t)  # a note in brackets ((单位：万元)) states no answer
    return bool(_FIGURE_END.search(t) or _GRADE_END.search(t) or _AFTER_COLON.search(unbracketed))


# a heading pointing to an attachment for its content: 三、专项资金主要绩效(附…自评表), 详见附件2
_ATTACHED = re.compile(r"(?:[（(]\s*(?:附|见|详见)[^（()）]{0,30}[)）]|(?:见|详见)附[件表]\d*)\s*$")
# a heading naming an attachment (五、附表, 附件2：…自评表) or a table (三、2022年度部门决算表): its content
# is a document of its own, or a table that a text copy of the page drops
_ANNEX = re.compile(r"附\s*[件表图]|表\s*(?:[（(][^（()）]{0,20}[)）])?\s*$")
# running text: a sentence, a clause going on after its comma or broken after it (an excerpt cut mid-sentence: 得分为
# 98分,自评结论为“优秀; a line a PDF broke: 近三年来,), a field's written value (绩效目标:养老机构消防安全…, with figures
# between its words: 儿童福利类项目19万元:安排19万元资助…), or a line
# too long for a title
_RUNNING = re.compile(r"[。；;！？!?]|[\u4e00-\u9fff\d%][，,](?:[\u4e00-\u9fff]|\s*$)|[：:](?:[^\n\u4e00-\u9fff]{0,6}[\u4e00-\u9fff]){6}"
                      r"|[^\n]{41}")
# a numbered item that runs on past its first sentence (1、提高生活质量，改观农村面貌。通过…, 1.资金到位情况。20xx年1月收到):
# written text
_RUN_ON_ITEM = re.compile(r"[。！？!?]\s*(?:[\u4e00-\u9fff]|[\w（(“][^\n]{0,5}[\u4e00-\u9fff])")
# a table of contents line: a page number after leaders (……4, ....12) or a Word field code left in
_TOC_LINE = re.compile(r"(?:[.…·]{2,}|PAGEREF\s+_Toc\d+(?:\s+\\?h)?)\s*\d*\s*$")
_PAGE_NO = re.compile(r"(?:(?:[.…·]{2,}|\s+|\s*PAGEREF\s+_Toc\d+\s+h)\s*\d{1,3}|[.…·]{2,})\s*$")
# a section's whole answer, though it makes no sentence: none (无, 不涉及), or the document it rests on (依据《…》)
_ANSWERED = re.compile(r"^\s*(?:无|暂无|没有|不涉及|未涉及|未发生)\s*[。.；;]?\s*$")
_CITED = re.compile(r"《[^》\n]{4,}》")


def _written(block: Block) -> bool:
    """Whether a block is text written under a heading: a table, running text, or a section's whole answer."""
    if isinstance(block, Table):
        return True
    return isinstance(block, Paragraph) and bool(_RUNNING.search(block.text) or _ANSWERED.match(block.text)
                                                 or _CITED.search(block.text))


# a table of contents copied without its leaders: the page number glued to the heading (一、部门职责3)
_GLUED_PAGE = re.compile(r"[\u4e00-\u9fff”）)]\d{1,3}\s*$")
_OPENING = re.compile(r"^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")


def _words(text: str) -> str:
    """A heading's words: no marker, no aside in brackets, no closing colon, no spaces."""
    text = _OPENING.sub("", text.strip())
    return re.sub(r"[\s\u3000:：]+|[（(][^（()）]{0,12}[)）]", "", text)


def _same_words(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return len(wa) >= 4 and len(wb) >= 4 and (wa.startswith(wb) or wb.startswith(wa))


def _opening(text: str) -> str | None:
    m = _OPENING.match(text)
    return m.group(1) if m else None


def _glued_page_lines(blocks: list[tuple[int, Block]]) -> set[int]:
    """Lines of a table of contents whose page numbers are glued on: such a line beside another one."""
    glued = [bool(_GLUED_PAGE.search(getattr(b, "text", "") or "")) for _, b in blocks]
    return {blocks[k][0] for k, g in enumerate(glued)
            if g and ((k > 0 and glued[k - 1]) or (k + 1 < len(glued) and glued[k + 1]))}


def _toc_key(text: str) -> str:
    """A heading as a table of contents lists it and as its section opens: no page number, no spaces.
    A page number ends the line with a digit or a leader: a line ending otherwise (most) is not
    searched for one (``_PAGE_NO`` is tried at every character: most of the key's cost)."""
    text = text.strip()
    if text[-1:].isdecimal() or text[-1:] in (".", "…", "·"):  # what ``\d`` and the leaders match
        text = _PAGE_NO.sub("", text)
    return no_blanks(text)


def _found_again(blocks: list[tuple[int, Block]], k: int, last: dict[str, int]) -> bool:
    """The heading ``blocks[k]`` found again further on, and so is its parent section (the heading above it of a
    higher level), if it has one: a table of contents lists both before the body opens them. Parallel sections
    repeat a child alone (1.总体情况 under 一、中央… and again under 二、省级…): no table of contents."""
    i, block = blocks[k]
    if not isinstance(block, Heading) or last.get(_toc_key(block.text), -1) <= i:
        return False
    parent = next(((j, b) for j, b in reversed(blocks[:k]) if isinstance(b, Heading) and 0 < b.level < block.level), None)
    return parent is None or last.get(_toc_key(parent[1].text), -1) > parent[0]


def _last_openings(report: Report) -> dict[str, int]:
    """The last block each line opens (a heading, or a paragraph's first line), by its key: a heading
    found again further on is the table of contents naming a section still to come."""
    last: dict[str, int] = {}
    for i, block in enumerate(report.blocks):
        if isinstance(block, Heading | Paragraph) and block.text.strip():
            last[_toc_key(block.text.strip().split("\n", 1)[0])] = i
    return last
