"""Structure and unit defects planted into real text (see ``evals.real_planted``): a heading's number
written again for the next one, a heading left with nothing under it, an item deleted with its text and
the rest not renumbered, a 万元 figure written in 元.

Why: issue 9 lists these among what must generalise (numbering repeated, 4、4、; headings with nothing
under them; a 元 figure among 万元 figures), and the structure rules were measured only on invented
excerpts (``evals.structure_invented``). Planted into real pages they meet real layouts: forms
flattened a cell per line, headings run into their text, lists that restart under each heading.
Each planter edits one place and only where a careful reviewer could tell from the text alone.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evals.real_planted import Plant

CN = "一二三四五六七八九十"
# heading markers at a line's start, by level: 一、 （一） 1、/1. （1）
LEVELS = (
    re.compile(rf"^[ \t\u3000]*([{CN}]{{1,3}})[、.．]"),
    re.compile(rf"^[ \t\u3000]*[（(]([{CN}]{{1,3}})[)）]"),
    re.compile(r"^[ \t\u3000]*(\d{1,2})[、.．](?![\d.．])"),
    re.compile(r"^[ \t\u3000]*[（(](\d{1,2})[)）]"),
)
SENTENCE_END = re.compile(r"[。；;！？!?]")
CONTENTS = re.compile(r"(?m)^[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*$")
PAGE_NUMBER = re.compile(r"(?:[.…·]{2,}|\s)\d{1,3}\s*$")


def _in_contents(text: str, a: tuple, b: tuple) -> bool:
    """The two headings are lines of a table of contents: no sentence between a 目录 line and them, or a
    page number ending either. A contents line changed alone is no plant: Word writes it from the body."""
    lines = (text[a[2]:a[3]], text[b[2]:b[3]])
    if any(PAGE_NUMBER.search(line) for line in lines):
        return True
    head = [m for m in CONTENTS.finditer(text) if m.start() < a[2]]
    return bool(head) and not SENTENCE_END.search(text[head[-1].end():b[3]])


def _value(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    if numeral == "十":
        return 10
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return CN.index(numeral) + 1 if len(numeral) == 1 else 0
    return (CN.index(tens) + 1 if tens else 1) * 10 + (CN.index(ones) + 1 if ones else 0)


def _markers(text: str) -> list[tuple[int, int, int, int, int, int]]:
    """Every heading marker at a line's start: (level, number, line start, line end, numeral start, numeral end)."""
    out, pos = [], 0
    for line in text.split("\n"):
        for level, pattern in enumerate(LEVELS):
            if m := pattern.match(line):
                out.append((level, _value(m.group(1)), pos, pos + len(line), pos + m.start(1), pos + m.end(1)))
                break
        pos += len(line) + 1
    return out


def _next_sibling(marks: list[tuple], i: int) -> tuple | None:
    """The next marker of ``marks[i]``'s level before any marker of a higher level."""
    for b in marks[i + 1:]:
        if b[0] <= marks[i][0]:
            return b if b[0] == marks[i][0] else None
    return None


def _siblings(text: str, third: bool = False) -> list[tuple[tuple, tuple]]:
    """Pairs of markers of one level numbered n and n + 1 with no marker of a higher level between them;
    with ``third``, only where an item n + 2 follows (or n is 2 or more)."""
    marks = _markers(text)
    pairs = []
    for i, a in enumerate(marks):
        b = _next_sibling(marks, i)
        if b is None or b[1] != a[1] + 1 or a[1] <= 0:
            continue
        c = _next_sibling(marks, marks.index(b))
        if not third or a[1] >= 2 or (c is not None and c[1] == b[1] + 1):
            pairs.append((a, b))
    return pairs


def plant_numbering_repeat(text: str, rng: random.Random) -> Plant | None:
    """The next heading numbered as the one before it (三、 written 二、 after 二、: 二、…二、…四、). A first item
    said twice (一、…一、) is planted only where 三、 follows: 一、 again with nothing after it may open another
    part's list (a 附件 of its own), which no reader can tell from a repeat."""
    from evals.real_planted import Plant, _context
    pairs = [(a, b) for a, b in _siblings(text, third=True) if not _in_contents(text, a, b) and ( not text[b[4]:b[5]].isdigit() or len(text[b[4]:b[5]]) == 1)]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    old = text[b[4]:b[5]]
    new = str(a[1]) if old.isdigit() else text[a[4]:a[5]]
    if len(new) != len(old):
        return None
    planted = text[:b[4]] + new + text[b[5]:]
    change = f"编号「{_context(text, b[4], b[5])}」{old}→{new}（前一标题为{text[a[4]:a[5]]}）"
    return Plant("numbering_repeat", planted, (b[4], b[5]), change, ((a[2], a[3]),))


def plant_empty_heading(text: str, rng: random.Random) -> Plant | None:
    """A heading whose text is deleted, so the next heading of its level follows it at once: only a
    short heading line (no sentence in it) over one to five lines of narrative."""
    from evals.real_planted import Plant, _context
    sites = []
    for a, b in _siblings(text):
        head = text[a[2]:a[3]]
        if _in_contents(text, a, a) or re.search(r"\d", head[a[5] - a[2]:]) or len(re.findall(r"[\u4e00-\u9fff]", head)) < 3:
            continue  # (the planted text's contents end where its body begins; a figure in a title answers it)
        body = text[a[3] + 1:b[2]]
        lines = [ln for ln in body.split("\n") if ln.strip()]
        if (len(head.strip()) <= 30 and not SENTENCE_END.search(head) and 1 <= len(lines) <= 5
                and any(SENTENCE_END.search(ln) for ln in lines)
                and not any(p.match(ln) for ln in lines for p in LEVELS)):
            sites.append((a, b))
    if not sites:
        return None
    a, b = rng.choice(sites)
    planted = text[:a[3] + 1] + text[b[2]:]
    change = f"删去标题「{_context(text, a[2], a[3], 0)}」下的{b[2] - a[3] - 1}字"
    return Plant("empty_heading", planted, (a[2], a[3]), change, ((a[3] + 1, a[3] + 2),))


def plant_numbering_dropped(text: str, rng: random.Random) -> Plant | None:
    """An item deleted with its text and the items after it not renumbered, so the list starts late ((二) first)
    or skips a number ((一) then (三)): only an item of one to eight lines whose next sibling follows, never in a
    table of contents. A first item only where a third follows, where a heading of a higher level opens its
    list (1. after 3. in the same marks may be a restart, no late start) and where a sentence comes before it:
    a text that opens with its second section may be an excerpt cut there, which no reader can tell."""
    from evals.real_planted import Plant, _context
    marks, sites = _markers(text), []
    for a, b in _siblings(text, third=True):
        lines = text[a[2]:b[2]].count("\n")
        above = [m for m in marks if m[2] < a[2]]
        opened = bool(above) and above[-1][0] < a[0] and bool(SENTENCE_END.search(text[:a[2]]))
        if not _in_contents(text, a, b) and 1 <= lines <= 8 and (a[1] > 1 or opened):
            sites.append((a, b))
    if not sites:
        return None
    a, b = rng.choice(sites)
    planted = text[:a[2]] + text[b[2]:]
    change = f"删去第{a[1]}项「{_context(text, a[2], a[3], 0)[:20]}」及其下{b[2] - a[2]}字"
    return Plant("numbering_dropped", planted, (a[2], a[2] + b[3] - b[2]), change)


# the other outline's section titles, as the templates in ../shared/templates write them (T03/T04: a project's
# self-evaluation outline; T02: a department-wide one), by level: a section (一、) or a subsection (（一）)
PROJECT_TITLES = (("项目资金申报情况", "项目实施及管理情况", "项目绩效目标和绩效指标设定情况", "项目实施绩效管理情况"),
                  ("项目资金申报及批复情况", "项目资金申报相符性"))
DEPARTMENT_TITLES = (("部门整体支出绩效目标完成情况", "部门整体支出管理及使用情况"), ("履职完成情况", "履职效果情况"))
DEPARTMENT_REPORT = re.compile(r"部门(?:[（(]单位[)）])?整体支出")
PROJECT_REPORT = re.compile(r"项目[^\n，,。；;|]{0,16}?(?:自评|绩效评价)")


def plant_foreign_heading(text: str, rng: random.Random) -> Plant | None:
    """A section's title replaced by one of the other outline's (a project's 项目资金申报情况 in a department-wide
    report, 履职完成情况 in a project's), as a report drafted from the wrong template keeps it: only a short title
    of a section or subsection at a line's start, not in a table of contents, in a text whose title (its first
    lines before any heading, no sentence among them) says which kind of report it is."""
    from evals.real_planted import Plant, _context
    marks = _markers(text)
    lines = [ln for ln in text[:marks[0][2] if marks else len(text)].split("\n") if ln.strip()]
    head = "".join(ln.strip() for ln in lines[:5] if not SENTENCE_END.search(ln))  # (a title wrapped over two lines)
    department = bool(DEPARTMENT_REPORT.search(head))
    if not department and not PROJECT_REPORT.search(head):
        return None
    titles = PROJECT_TITLES if department else DEPARTMENT_TITLES
    sites = []
    for a, b in _siblings(text):
        title = text[a[5]:a[3]].lstrip("、.．)）").strip()
        if a[0] <= 1 and 2 <= len(title) <= 20 and not SENTENCE_END.search(title) and not re.search(r"[，,：:\d]", title) \
                and not _in_contents(text, a, b):
            sites.append((a, len(text[a[5]:a[3]]) - len(text[a[5]:a[3]].lstrip("、.．)）"))))
    if not sites:
        return None
    a, mark = rng.choice(sites)
    new = rng.choice(titles[a[0]])
    start = a[5] + mark
    planted = text[:start] + new + text[a[3]:]
    change = f"标题「{_context(text, a[2], a[3], 0)}」→{new}"
    return Plant("foreign_heading", planted, (start, start + len(new)), change)


# what the outlines tell their filler to write under a section (templates T02 and T04, as they print it)
INSTRUCTIONS = ("简要说明项目名称、主要内容和用途、资金来源与预算安排、项目历年安排等情况。",
                "说明项目资金分配方法（如竞争性分配、因素分配等方法）。",
                "主要说明项目年度预期绩效目标、绩效指标设定情况。",
                "说明是否制定详细可行的项目实施计划，是否按实施计划具体落实。",
                "从数量、质量、时效等方面归纳反映年度主要计划任务完成情况。",
                "从社会效益、经济效益、生态效益等方面反映部门履职效果的实现情况。")


def plant_instruction(text: str, rng: random.Random) -> Plant | None:
    """A template's instruction left under a section's heading, above the text written for it (说明项目资金分配方法
    （如竞争性分配、因素分配等方法）。): only under a short heading of a section or subsection at a line's start that
    has a line of narrative under it, not in a table of contents."""
    from evals.real_planted import Plant, _context
    sites = []
    for a, b in _siblings(text):
        head, body = text[a[2]:a[3]], text[a[3] + 1:b[2]]
        if a[0] <= 1 and len(head.strip()) <= 30 and not SENTENCE_END.search(head) and SENTENCE_END.search(body) \
                and not _in_contents(text, a, b):
            sites.append(a)
    if not sites:
        return None
    a = rng.choice(sites)
    note = rng.choice(INSTRUCTIONS)
    planted = text[:a[3] + 1] + note + "\n" + text[a[3] + 1:]
    change = f"标题「{_context(text, a[2], a[3], 0)}」下插入模板说明「{note[:12]}…」"
    return Plant("instruction", planted, (a[3] + 1, a[3] + 1 + len(note)), change)


# a 万元 figure in a sentence holding two other 万元 figures; the figure has a decimal part or is below
# 10,000, so written in 元 it is no sum a unit of this size spends (0.35元, 120元)
WAN = re.compile(r"(?<![\d.,])(\d{1,4}(?:\.\d{1,4})?)万元")


def plant_unit_magnitude(text: str, rng: random.Random) -> Plant | None:
    """One 万元 figure written with 元 among the 万元 figures of its sentence (下达资金50万元，其中中央30万元、
    省级20元)."""
    from evals.real_planted import Plant, _context
    sites = []
    for sentence in re.finditer(r"[^。；;\n]+", text):
        figures = list(WAN.finditer(sentence.group()))
        if len(figures) >= 3:
            sites += [(sentence.start() + m.start(), sentence.start() + m.end()) for m in figures[1:]
                      if Decimal(m.group(1)) > 0]
    if not sites:
        return None
    s, e = rng.choice(sites)
    planted = text[:s] + text[s:e - 2] + "元" + text[e:]
    change = f"单位「{_context(text, s, e)}」万元→元"
    return Plant("unit_magnitude", planted, (s, e - 1), change)


def plant_sentence_twice(text: str, rng: random.Random) -> Plant | None:
    """A sentence of a paragraph pasted again after another sentence of the same paragraph (a clause or
    sentence repeated inside a longer paragraph): only a sentence of 15 Chinese characters or more that the
    text holds once, in a line of three sentences or more, not a table's row."""
    from evals.real_planted import Plant, _context
    sites = []
    pos = 0
    for line in text.split("\n"):
        ends = [m.end() for m in re.finditer(r"。", line)]
        starts = [0, *ends[:-1]] if ends else []
        sentences = [(a, b) for a, b in zip(starts, ends, strict=True)
                     if len(re.findall(r"[\u4e00-\u9fff]", line[a:b])) >= 15 and text.count(line[a:b].strip()) == 1]
        if len(ends) >= 3 and "|" not in line:  # (a table row's cells: a plan's text in its result's cell is no defect)
            sites += [(pos + a, pos + b, pos + at) for a, b in sentences for at in ends if at not in (a, b)]
        pos += len(line) + 1
    if not sites:
        return None
    a, b, at = rng.choice(sites)
    copy = text[a:b].strip()
    planted = text[:at] + copy + text[at:]
    change = f"句子「{_context(text, a, a + 12, 0)}…」复制到第{at}字处"
    return Plant("sentence_twice", planted, (at, at + len(copy)), change, ((a, b),))
