"""Texts said twice on purpose: a target and what was done in the same words (预期目标 / 实际完成情况),
and the boilerplate of parallel sections: one short standard sentence written under each of two or more
sibling headings (（一）农村公路养护项目 … 资金专款专用，未发现挤占挪用。 and （二）危桥改造项目 … the
same sentence).

Why: a report that reviews several projects, towns or funds in one pattern fills each section with the
same standard clauses (资金管理规范, 专款专用, 按时足额发放); each copy says it of another subject, and
deleting all but one, as a duplicate finding asks, would leave a section without it. A reviewer marks a
copy there only when the passage is long enough to be a section's substance, not its formula. A target
met as written is stated twice by the template itself (issue 9: planned and actual with the same text
are no defect): the first copy labelled as the target (年度目标：…, or a flattened form's header cells
预期目标, 实际完成情况 just before it), the second as what was done, right after it. The unit's duties are
asked for twice by the templates too, in the form's field (部门职能职责概述) and under the narrative's
heading (（一）部门职能): two copies each labelled as the duties are the template's, not a paste. So is
a project's content (二、项目内容) restated in its form's target cell (年初设定目标): the form asks for the goal,
and a project's goal is what it was set up to do.
"""

from __future__ import annotations

import re
from collections import Counter

from ..numbers.extract import extract
from ..numbers.traditional import fold_traditional
from ..report import Heading, Location, Paragraph, Report, Table
from .numbering import parse_marker

__all__ = ["duties_twice", "in_duty_list", "parallel_boilerplate", "parallel_items", "parallel_labels", "separate_documents",
           "target_then_actual"]

FORMULA_HAN = 40  # Chinese characters: a copy this short, with no figure, under a sibling heading is a formula
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a heading's list marker: （一）资金管理 and （二）资金管理 have one title
_MARKER = re.compile(r"^\s*(?:第[一二三四五六七八九十]+[章节部分]|[（(]?[一二三四五六七八九十0-9０-９]+[)）、.．]?|[①-⑳])\s*")


def _heading_of(report: Report, block: int) -> int | None:
    """The index of the nearest heading before ``block`` (None: none)."""
    for i in range(block - 1, -1, -1):
        if isinstance(report.blocks[i], Heading):
            return i
    return None


def _whole_paragraph(report: Report, loc: Location) -> bool:
    """Whether ``loc`` is a whole paragraph (its list marker aside), not a span inside a longer one."""
    if loc.row is not None or not isinstance(report.blocks[loc.block], Paragraph):
        return False
    text = report.text_of(loc)
    return not text[loc.end:].strip() and len(text[:loc.start].strip()) <= 4


def parallel_boilerplate(report: Report, places: list[Location], quote: str) -> bool:
    """Whether each place is a whole short paragraph under its own heading, all headings of one level
    and each with another title: a formula of parallel sections, not a copy."""
    if any(m.is_claim for m in extract(quote)) or len(_HAN.findall(quote)) >= FORMULA_HAN:
        return False  # a formula states no figure: 新建4.5万亩… under two headings is a result copied
    if not all(_whole_paragraph(report, loc) for loc in places):
        return False
    heads = [_heading_of(report, loc.block) for loc in places]
    if None in heads or len(set(heads)) < len(heads):
        return False
    blocks = [report.blocks[h] for h in heads if h is not None]
    titles = [_MARKER.sub("", b.text).strip() for b in blocks if isinstance(b, Heading)]
    levels = {b.level for b in blocks if isinstance(b, Heading)}
    return len(levels) == 1 and len(set(titles)) == len(titles)


_OPENING_LABEL = re.compile(r"([^。；;，,：:]{2,16})[。：:]")  # （二）资金使用情况。…: the paragraph's own label


def parallel_labels(report: Report, blocks: list[int]) -> bool:
    """Whether paragraphs stand in parallel sections: each opens with the same label (（二）资金使用情况。) and
    each is under its own heading (一、某项目, 二、另一项目) — one pattern filled for each subject, whose
    formula sentences (资金实行报账制管理，专款专用…) each section says of its own."""
    labels = set()
    for b in blocks:
        m = _OPENING_LABEL.match(_MARKER.sub("", report.text_of(Location(block=b)), count=1))
        labels.add(m.group(1).strip() if m else "")
    heads = [_heading_of(report, b) for b in blocks]
    return len(labels) == 1 and "" not in labels and None not in heads and len(set(heads)) == len(heads)


# a label naming the target and one naming what was done (绩效目标完成情况 names what was done)
_TARGET = re.compile(r"目标|预期|计划|指标值|设定")
_ACTUAL = re.compile(r"实际|完成情况|完成值|执行情况|实现情况")
_GOAL = re.compile(r"目标|指标值")  # what labels a target itself, not the plan or the settings it came from
_LABEL = re.compile(r"^[^。；;，,]{1,16}$")  # a header cell or a label: short, no clause marks
_HEAD = re.compile(r"\s*([^。；;，,：:]{1,16})[：:]")  # a paragraph's own label: 年度目标：…
LABEL_CELLS = 4  # header cells looked at before a flattened form's first cell


def _head(text: str) -> str:
    m = _HEAD.match(text)
    return m.group(1) if m else ""


def _title(report: Report, loc: Location) -> str:
    """The title of the heading right above ``loc``'s paragraph (its marker aside), or ""."""
    at = _heading_of(report, loc.block)
    block = report.blocks[at] if at is not None and at == loc.block - 1 else None
    return _MARKER.sub("", block.text).strip() if isinstance(block, Heading) else ""


def _target(label: str) -> bool:
    return bool(_TARGET.search(label)) and not _ACTUAL.search(label)


def _goal(label: str) -> bool:
    """A target's own label (目标, 指标值), not the plan or the settings it came from (年度工作计划及重点工作任务)."""
    return _target(label) and bool(_GOAL.search(label))


def _paragraph_blocks(report: Report, start: int, step: int) -> list[int]:
    """The indices of the non-empty paragraphs from ``start`` on (``step`` -1: backwards), up to a
    heading or a table."""
    out: list[int] = []
    i = start
    while 0 <= i < len(report.blocks) and isinstance(block := report.blocks[i], Paragraph):
        if block.text.strip():
            out.append(i)
        i += step
    return out


def target_then_actual(report: Report, places: list[Location]) -> bool:
    """Whether a text said twice or three times is a target and its result in the same words: labelled
    so in its own paragraphs (年度目标：… / 实际完成情况：…), or cells after header cells naming the
    target, then the result; the target may be said once more under the narrative's own target heading
    (（二）绩效目标), as the form and the report both state it (issue 9: a form's list and the narrative's);
    or twice, each place labelled as the target, each label its own (the form's 年度总体目标 cell, the
    narrative's 项目绩效目标); or a copied form's target cell (under its column's 项目年度目标), then the row of
    what was done (2.项目实施内容及过程概述)."""
    labels = [_own_label(report, loc) for loc in places] if len(places) == 2 else []
    if labels and all(_goal(label) for label in labels) and labels[0] != labels[1]:
        return True  # (one label twice, two forms' 年度总体目标, is a form copied, not the report's own two; a work
        # plan's section, 年度工作计划及重点工作任务, is no target's label: its text said again as the targets is a copy)
    if labels and any(_CONTENT.search(label) and not _ACTUAL.search(label) for label in labels) \
            and any(_target(cell) for loc in places for cell in _header_cells(report, loc)):
        return True  # the project's content restated in the form's target cell: what it was set up to do
    ordered = sorted(places, key=lambda loc: (loc.block, loc.start))
    if labels and _target(_own_label(report, ordered[0]) or _column_header(report, ordered[0])) \
            and _DONE.search(_own_label(report, ordered[1]) or _row_label(report, ordered[1])):
        return True  # the form's target column, then its row of what was done (项目实施内容及过程概述)
    if len(places) > 3 or any(loc.row is not None for loc in places):
        return False
    if len(ordered) == 2 and _labelled_pair(report, *ordered):
        return True
    rest = [loc for loc in ordered if not _goal(_title(report, loc))]
    if len(rest) == len(ordered):
        return len(rest) == 2 and (_form_pair(report, *rest) or _cells_labelled(report, *rest))
    if len(rest) == 1:
        return _target(_form_label(report, rest[0].block))
    return len(rest) == 2 and (_labelled_pair(report, *rest) or _form_pair(report, *rest))


_LEAD_MARKS = re.compile(r"[\s|｜。：:.．、]+")
_OPENING = re.compile(r"[\s|｜]*([^\s|｜。；;，,：:]{2,16})(?:[\s|｜]+|[。：:])")  # a row's label cell, a run-in label


def _own_label(report: Report, loc: Location) -> str:
    """What labels a copy in its own place: the label cell before it in its form row (年度总体目标 | 预期目标
    | …), the few characters its paragraph opens with before it or it opens with itself (（二）项目绩效目标。…,
    年度总体目标 …), the form's label cell above it, or the heading right above."""
    block = report.blocks[loc.block]
    if loc.row is not None and isinstance(block, Table):
        cells = [c.text.strip() for c in block.rows[loc.row][: loc.col or 0] if c.text.strip()]
        return cells[-1] if cells and _LABEL.match(cells[-1]) else ""
    lead = _LEAD_MARKS.sub(" ", _MARKER.sub("", report.text_of(loc)[: loc.start])).strip()
    if lead:
        return lead if _LABEL.match(lead) and " " not in lead else ""
    opening = _OPENING.match(_MARKER.sub("", report.text_of(loc)[loc.start : loc.end]))
    return opening.group(1) if opening else _form_label(report, loc.block) or _title(report, loc)


def _labelled_pair(report: Report, first: Location, second: Location) -> bool:
    titled = [_head(report.text_of(loc)) or _title(report, loc) for loc in (first, second)]
    return _target(titled[0]) and bool(_ACTUAL.search(titled[1]))  # 年度目标：… / 实际完成情况：…


def _cells_labelled(report: Report, first: Location, second: Location) -> bool:
    """A flattened form's target cell and result cell, each right after its own label cell: the labels
    before the first name the target (预期目标), the one line between the two names what was done
    (实际完成情况)."""
    between = _paragraph_blocks(report, first.block + 1, 1)[:2]
    if len(between) != 2 or between[1] != second.block:
        return False
    label = report.text_of(Location(block=between[0])).strip()
    labels = _labels_before(report, first.block)
    return bool(_LABEL.match(label) and _ACTUAL.search(label)) and bool(labels) and _target(labels[-1])


def _form_pair(report: Report, first: Location, second: Location) -> bool:
    """Two cells of a flattened form after header cells naming the target, then the result: the second
    right after the first, or the cells under the two headers as two runs alike, line by line (目标1…
    目标2… / 目标1… 目标2…), the second at the first's place in its run."""
    if _head(report.text_of(first)) != _head(report.text_of(second)):
        return False  # (one item's own label in both runs, 目标2：…, is no other field's)
    start = first.block
    while start > 0 and isinstance(report.blocks[start - 1], Paragraph) \
            and not _LABEL.match(report.text_of(Location(block=start - 1)).strip()):
        start -= 1  # the first's run began before it (目标2 after 目标1)
    if _paragraph_blocks(report, first.block + 1, 1)[:1] != [second.block]:
        run = _paragraph_blocks(report, start, 1)
        texts = [report.text_of(Location(block=i)).strip() for i in run]
        half = next((n for n in range(1, len(texts) // 2 + 1) if texts[:n] == texts[n : 2 * n]), None)
        k = run.index(first.block)
        if half is None or k >= half or run[k + half] != second.block:
            return False
    labels = _labels_before(report, start)
    at = next((k for k, label in enumerate(labels) if _target(label)), None)
    return at is not None and any(_ACTUAL.search(label) for label in labels[at + 1:])


# a label naming the project's content (项目内容, 项目概况, 主要内容): what the project is set up to do
_CONTENT = re.compile(r"项目(?:内容|概况|简介|概述)|主要内容|建设内容")
_CELL_GAP = re.compile(r"[ \u3000\t|｜]+")


# a row label naming what was done: the result, or the project's implementation told (项目实施内容及过程概述)
_DONE = re.compile(_ACTUAL.pattern + r"|实施内容|实施过程|过程概述")


def _column_header(report: Report, loc: Location) -> str:
    """A copied form row's (cells apart by |) header for the copy's cell: the cell at the copy's column in
    the row of cells right above it (项目年度目标 above | | 实施…), or ""."""
    text = report.text_of(loc)
    column = text[: loc.start + len(text[loc.start:]) - len(text[loc.start:].lstrip(" |｜\u3000"))].count("|")
    above = _paragraph_blocks(report, loc.block - 1, -1)[:1]
    cells = report.text_of(Location(block=above[0])).split("|") if above and loc.row is None and column else []
    return cells[column].strip() if column < len(cells) and _LABEL.match(cells[column].strip()) else ""


def _row_label(report: Report, loc: Location) -> str:
    """A copied form row's label: the last filled cell before the copy's (| 2.项目实施内容及过程概述 | 实施…), or ""."""
    cells = [c.strip() for c in report.text_of(loc)[: loc.start].split("|")] if loc.row is None else []
    filled = [c for c in cells if c]
    return filled[-1] if filled and len(cells) > 1 and _LABEL.match(filled[-1]) else ""


def _header_cells(report: Report, loc: Location) -> list[str]:
    """A flattened form's header row right above a value cell, its cells apart by blanks (年度总体目标完成情况
    年初设定目标 年度总体目标完成情况综述): the cells, when it is one (two or more short labels); else []."""
    if loc.row is not None or loc.start > 4:
        return []
    before = _paragraph_blocks(report, loc.block - 1, -1)[:1]
    cells = _CELL_GAP.split(report.text_of(Location(block=before[0])).strip()) if before else []
    return cells if len(cells) >= 2 and all(_LABEL.match(c) for c in cells) else []


def _labels_before(report: Report, block: int) -> list[str]:
    """The short header cells right before ``block``: paragraphs, or the last rows of a table the reader
    closed with them (a row holding its first cell alone)."""
    labels: list[str] = []
    for i in _paragraph_blocks(report, block - 1, -1)[:LABEL_CELLS]:
        text = report.text_of(Location(block=i)).strip()
        if not _LABEL.match(text):
            return labels
        labels.insert(0, text)
    at = block - 1 - len(labels)
    table = report.blocks[at] if at >= 0 else None
    if isinstance(table, Table):
        for row in reversed(table.rows[-LABEL_CELLS:]):
            cells = [c.text.strip() for c in row if c.text.strip()]
            if len(cells) != 1 or not row[0].text.strip() or not _LABEL.match(cells[0]):
                break
            labels.insert(0, cells[0])
    return labels


def _form_label(report: Report, block: int) -> str:
    """The label right before a form's value cell (年度总体目标 / its text), or ""."""
    labels = _labels_before(report, block)
    return labels[-1] if labels else ""


# a label naming the unit's duties: 部门职能职责概述, （一）部门职能, 主要职责
_DUTIES = re.compile(r"职能|职责")
_ITEM = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）]|[①-⑳])(?!\d)")
_OWN_LABEL = re.compile(r"\s*[^。；;，,：:]{1,16}[。：:]")
_DUTY_LEAD = 16  # characters of a paragraph's own label before the duties (（一）部门职能。)


def duties_twice(report: Report, places: list[Location]) -> bool:
    """Whether a text said twice is the unit's duties where the templates ask for them twice, each copy
    labelled so (a form's cell after a cell naming the duties, or a paragraph under, opening with, or after
    a line naming the duties) and each in its own part of the report: the form's field and the narrative's
    section. Said twice within one section (under its sub-items 1、 2、 too), the duties are pasted twice."""
    return len(places) == 2 and _part(report, places[0]) != _part(report, places[1]) \
        and all(_labelled_duties(report, loc) for loc in places)


def _part(report: Report, loc: Location) -> tuple[str, int]:
    """The part of the report a copy stands in: its table, or the table or top-level heading (the title,
    一、…) it follows."""
    if loc.row is not None:
        return ("table", loc.block)
    i = loc.block - 1
    while i >= 0 and not (isinstance(block := report.blocks[i], Table) or (isinstance(block, Heading) and block.level <= 1)):
        i -= 1
    return ("after", i)


def _labelled_duties(report: Report, loc: Location) -> bool:
    block = report.blocks[loc.block]
    if loc.row is not None:
        row = block.rows[loc.row] if isinstance(block, Table) and loc.row < len(block.rows) else []
        return any(_DUTIES.search(c.text) for c in row[:loc.col or 0])
    if loc.start > _DUTY_LEAD:
        return False  # a copy deep inside its paragraph is some of its text, not what its label names
    text = report.text_of(Location(block=loc.block))
    own = _OWN_LABEL.match(text)  # the paragraph's own label, inside the copy or before it
    if _DUTIES.search(text[:loc.start]) or (own and _DUTIES.search(own.group())):
        return True
    return _DUTIES.search(_list_label(report, loc.block)) is not None


# an item of a duty list, numbered either way: 3．负责…, （二）拟订…
_ANY_ITEM = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳])(?!\d)")
# what a duty list stands under: a short label (职能职责概述, 1、主要职责), a lead-in closing on the duties
# it introduces (我局是…组成部门。主要职责是：), or a form's label on the line of the list's first item
# (职能职责概述 （一）贯彻执行…: a form's row flattened to one line)
_DUTY_LEAD_IN = re.compile(r"^[^。；;，,]{0,16}(?:职能|职责)[^。；;，,]{0,16}$|(?:职能|职责)[^。；;，,：:]{0,6}[：:]\s*$"
                           r"|^\s*[^。；;，,\s]{0,12}(?:职能|职责)[^。；;，,\s]{0,8}[:：\s]+(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[.．、])")


def in_duty_list(report: Report, at: int) -> bool:
    """Whether paragraph ``at`` is the unit's duties: it, or the first item of the numbered list it is an
    item of, stands right after a line naming the duties. The duties are the unit's statutory wording (its
    三定方案), said in the form and again in the narrative and by other units alike: their sentences recur by design."""
    first = at
    for i in _paragraph_blocks(report, at - 1, -1):
        if _ANY_ITEM.match(report.text_of(Location(block=first))) and _ANY_ITEM.match(report.text_of(Location(block=i))):
            first = i
            continue
        break
    j = first - 1
    while j >= 0 and isinstance(report.blocks[j], Paragraph) and not report.text_of(Location(block=j)).strip():
        j -= 1  # blank lines between the lead-in and the list
    block = report.blocks[j] if j >= 0 else None
    # (a traditional-character copy's 職能職責 is the same lead-in: the checks read its words folded)
    return isinstance(block, (Paragraph, Heading)) and _DUTY_LEAD_IN.search(fold_traditional(block.text.strip())) is not None


def _list_label(report: Report, at: int) -> str:
    """The line or heading a paragraph stands under: the one right before it or, for an item of a
    numbered list (3．负责…), the one before the list's first item."""
    first = at
    for i in _paragraph_blocks(report, at - 1, -1):
        if _ITEM.match(report.text_of(Location(block=first))) and _ITEM.match(report.text_of(Location(block=i))):
            first = i
            continue
        label = report.text_of(Location(block=i)).strip()
        return label if _LABEL.match(label) else ""
    j = first - 1
    while j >= 0 and isinstance(report.blocks[j], Paragraph) and not report.text_of(Location(block=j)).strip():
        j -= 1  # blank lines between the heading and the list
    block = report.blocks[j] if j >= 0 else None
    return block.text if isinstance(block, Heading) else ""


def parallel_items(report: Report, places: list[Location]) -> bool:
    """Whether each copy stands in its own item of one numbered list, each item of another subject
    (1.示范点建设… / 2.课题调研…), and states mostly other figures: one pattern filled for each project
    (合格率…；计划完成时间为…), as a department's report reviews its projects one by one. A paste keeps half of its figures or more, and
    a text of fewer than two figures is a formula (``parallel_boilerplate`` reads those)."""
    if any(loc.row is not None for loc in places):
        return False
    items = [_item_of(report, loc.block) for loc in places]
    marks = [parse_marker(report.text_of(Location(block=i))) if i is not None else None for i in items]
    if None in marks or len({m[0] for m in marks if m}) != 1 or len({m[1] for m in marks if m}) < len(marks):
        return False
    names = {_LEAD.split(_MARKER.sub("", report.text_of(Location(block=i))), maxsplit=1)[0][:16]
             for i in items if i is not None}
    if len(names) < len(items):
        return False  # （一）张湾村。… / （二）张湾村。…: one subject told twice, one of the two stale
    told = [Counter(m.text for m in extract(report.text_of(loc)[loc.start:loc.end]) if m.is_claim) for loc in places]
    return all(min(sum(told[0].values()), sum(t.values())) >= 2
               and sum((told[0] & t).values()) * 2 <= min(sum(told[0].values()), sum(t.values())) for t in told[1:])


_LEAD = re.compile(r"[。；;，,：:]")  # what a numbered item opens with before it is its subject (张湾村, 示范点建设)


def _item_of(report: Report, block: int) -> int | None:
    """The numbered paragraph (2.课题调研：…) that ``block`` is or follows within its section, if any."""
    for i in _paragraph_blocks(report, block, -1):
        if parse_marker(report.text_of(Location(block=i))) is not None:
            return i
    return None


# a document's closing line: what follows it is another document (a page that holds two notices, then a form)
_CLOSING = re.compile(r"\s*特此(?:通知|批复|函告|通报)[。.]?\s*")


def separate_documents(report: Report, places: list[Location]) -> bool:
    """Whether every copy stands in another document, the documents parted by a notice's closing line
    (特此通知。): two fund notices printed together, each naming its money's standard label (本次下达中央直达资金
    标识为…), are two documents saying their own clause, not one report pasting a paragraph twice."""
    closings = [i for i, b in enumerate(report.blocks) if isinstance(b, Paragraph) and _CLOSING.fullmatch(b.text)]
    if not closings:
        return False
    parts = [sum(1 for c in closings if c < loc.block) for loc in places]
    return len(set(parts)) == len(parts)
