"""List numbering run inside one line: （1）…；（2）…；（4）…, 1.…；2.…；2.… or 任务1：…；任务2：…；任务4：… in a
paragraph or cell.

Why: flattened forms and PDF copies put a whole list on one line, where ``numbering`` reads only the
marker that opens the line. A list is read only where its items stand at clause starts (after the
line's start, ：；。， or a space), open with a Chinese word, and start at 1 (a list restarts at 1; a
run of at least three items is needed) — so cross-references (见（3）), ranges (1、3、5号楼) and
numerals read together are not items. Top-level 一、 is left to ``numbering`` (PDF lines run its
headings together). Part of the structure check.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.chinese import numeral, ordinal
from ..report import Report, TextUnit
from .toc import toc_blocks

__all__ = ["inline_numbering"]

_CN = "一二三四五六七八九十"
_BOUNDARY = frozenset("：:；;。，, \t\n\u3000")
# every marker of the five families, read in one pass: (1) / (一) / ① / 1. 1、 / 第一，
_ANY = re.compile(rf"(?=[（(\d①-⑳第])(?:[（(](\d{{1,2}})[）)]|[（(]([{_CN}]{{1,3}})[）)]|([①-⑳])"
                  rf"|(\d{{1,2}})(?:[、．]|\.(?!\d)|\.(?=(?:19|20)\d\d年))|第([{_CN}]{{1,3}})[，,、])")  # (the lookahead: a quick miss)
# (1.2022年省级资金…: an item opening with a year is marked, though a digit follows its dot)
_FAMILY = ("（1）", "（一）", "①", "1.", "第一，")
# items labelled by one word and their number (任务1：…；任务2：…; 措施一、…): a family of its own per word,
# each item after the mark that ends a clause (a form's rows flattened with their labels apart — 指标2:… 12种
# 6次 二级指标 指标5: — are no prose list: a row's label may have gone elsewhere in the copy)
_CLAUSE_END = frozenset("：:；;。，,\n")
_LABELLED = re.compile(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{2}})(\d{{1,2}}|[{_CN}]{{1,3}})[:：、]")
_ITEM = re.compile(r"[\u4e00-\u9fff“《]")
# a number naming a thing, one character after it and then a figure or a mark: （1）班12人，（2）班8人 (a class,
# a group, a building counted, not a list's item, which opens with a word)
_NAMED = re.compile(r"[\u4e00-\u9fff](?=[\d、，,；;。\s])")
# a numeral read with its measure word after the marker (第二、三季度 is no item)
_MEASURE = re.compile(rf"[{_CN}]+(?:个)?(?:季度|月|类|级|档|批|期|等奖|年级|星级|号|栋|标段|年)")


@dataclass
class _Item:
    """A list marker inside a paragraph: where it stands and the number it gives."""
    start: int
    end: int
    value: int


def _value(raw: str) -> int | None:
    if "①" <= raw <= "⑳":
        return ord(raw) - ord("①") + 1
    return int(raw) if raw.isdecimal() else ordinal(raw)


def _shown(family: str, value: int) -> str:
    if family == "①":
        return chr(ord("①") + value - 1)
    return str(value) if "1" in family else numeral(value)


def _runs(items: list[_Item]) -> list[list[_Item]]:
    """The line's lists: each starts at an item numbered 1 (items before the first 1 are no list)."""
    runs: list[list[_Item]] = []
    for it in items:
        if it.value == 1:
            runs.append([it])
        elif runs:
            runs[-1].append(it)
    return [r for r in runs if len(r) >= 3]


def inline_numbering(report: Report) -> list[Finding]:
    """Jumps (1, 2, 4) and repeats (1, 2, 2, 3) in lists numbered within one line."""
    out: list[Finding] = []
    toc = toc_blocks(report)
    prev_text = ""
    for unit in report.units():
        if unit.location.block in toc:
            continue
        text = unit.text
        found: dict[str, list[_Item]] = {}
        for m in _ANY.finditer(text):
            a, b = m.span()
            if (a and text[a - 1] not in _BOUNDARY) or not _ITEM.match(text, b) or _MEASURE.match(text, b) \
                    or _NAMED.match(text, b):
                continue  # not at a clause start, or not opening a word: no item
            g = m.lastindex or 1
            value = _value(m.group(g))
            if value is not None:
                found.setdefault(_FAMILY[g - 1], []).append(_Item(a, b - (g == 5), value))
        for m in _LABELLED.finditer(text) if ":" in text or "：" in text or "、" in text else ():
            a, b = m.span()
            value = _value(m.group(2))
            if value is not None and _after_clause(text, a) and _ITEM.match(text, b) and not _NAMED.match(text, b):
                found.setdefault(m.group(1) + ("1" if m.group(2).isdecimal() else "一"), []).append(_Item(a, b, value))
        out += _unmarked_first(report, unit, found, prev_text)
        prev_text = text
        for family, items in found.items():
            if len(items) >= 3:
                for line in _by_line(text, items):
                    if any(p.value == q.value == 1 for p, q in itertools.pairwise(line)):
                        continue  # (1)…(1)…(2)…(2): two columns (planned, actual) run into one line
                    for run in _runs(line):
                        out += _judge(report, unit, family, run)
    return out


# a list's first item written as the line's opening sentence, its marker lost: the line opens with a word
_OPENS_WORD = re.compile(r"\s*[\u4e00-\u9fff]")


def _unmarked_first(report: Report, unit: TextUnit, found: dict[str, list[_Item]], before: str) -> list[Finding]:
    """A line opening with an unmarked sentence whose next clause, after ；, is item 2 (…新增林地24亩；2、涉及…;
    then 3, 4 … if any): the first item lost its 1 (the line's opening sentence is it). Only where neither
    this line nor the unit before it holds that family's 1, no 。 ends the first item, and the items run
    on one by one from 2."""
    out: list[Finding] = []
    text = unit.text
    for family, items in found.items():
        if family not in _FAMILY:
            continue  # items labelled by a word (目标2：): the label may stand where no clause starts
        line_start = text.rfind("\n", 0, items[0].start) + 1
        j = items[0].start - 1
        while j >= line_start and text[j] in " \t\u3000":
            j -= 1
        if items[0].value != 2 or j < line_start or text[j] not in "；;" or "。" in text[line_start:j] \
                or not _OPENS_WORD.match(text, line_start) or any(it.value == 1 for it in items) \
                or any(it.value != k + 2 for k, it in enumerate(items)) \
                or _has_first(before, family) or _marked_first(text[line_start:items[0].start], family):
            continue
        shown = text[items[0].start:items[0].end]
        first = shown.replace(_shown(family, 2), _shown(family, 1), 1)
        out.append(Finding(
            kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
            message=f"编号从“{shown}”开始，前面一句没有编号“{first}”",
            location=FindingLocation.of(report, unit.at(items[0].start, items[0].end)),
            evidence="同一段中的列表从第二项起有编号，第一项（本段开头一句）缺少编号",
            suggestion=f"在第一项前补上“{first}”，或删去其后各项的编号",
            rule="structure.numbering_late_start"))
    return out


def _has_first(text: str, family: str) -> bool:
    """Whether ``text`` (the unit before) holds the family's item 1 at a clause's start."""
    for m in _ANY.finditer(text):
        g = m.lastindex or 1
        if _FAMILY[g - 1] == family and _value(m.group(g)) == 1 and (not m.start() or text[m.start() - 1] in _BOUNDARY):
            return True
    return False


def _marked_first(text: str, family: str) -> bool:
    """Whether ``text`` (the line before item 2) holds the family's item 1 anywhere, even inside a clause:
    a list may open mid-sentence (分别项目为①…；②…), its first item marked, only not at a clause start."""
    for m in _ANY.finditer(text):
        g = m.lastindex or 1
        if _FAMILY[g - 1] == family and _value(m.group(g)) == 1:
            return True
    return False


def _after_clause(text: str, at: int) -> bool:
    """Whether ``at`` opens a line or follows (blanks aside) a mark that ends a clause."""
    i = at - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i < 0 or text[i] in _CLAUSE_END


def _by_line(text: str, items: list[_Item]) -> list[list[_Item]]:
    lines: list[list[_Item]] = [[items[0]]]
    for prev, it in itertools.pairwise(items):
        if "\n" in text[prev.end:it.start]:
            lines.append([])
        lines[-1].append(it)
    return lines


def _judge(report: Report, unit: TextUnit, family: str, run: list[_Item]) -> list[Finding]:
    out: list[Finding] = []
    for prev, it in itertools.pairwise(run):
        if it.value < prev.value:
            return out  # numbers going back: not one list
        between = unit.text[prev.end:it.start]
        if it.value > prev.value + 1:
            missing = range(prev.value + 1, it.value)
            if any(_shown(family, v) in between for v in missing):
                out += _glued(report, unit, family, run, prev, it)
                continue  # the missing item stands there, its marker glued to the text before it
            out.append(_finding(report, unit, prev, it, family, missing))
        elif it.value == prev.value and it.value > 1 and unit.text[it.end:it.end + 6] != unit.text[prev.end:prev.end + 6]:
            out.append(_finding(report, unit, prev, it, family, None))
    return out


def _glued(report: Report, unit: TextUnit, family: str, run: list[_Item], prev: _Item, it: _Item) -> list[Finding]:
    """The one item missing between ``prev`` and ``it`` written right after the last word of the item before
    it (…临时救助制度、救急难制度(四)研究提出…), where every other item of the line's list closes with 。 or ；
    before the next marker: the item before lost its closing mark, and the next runs on from it."""
    text = unit.text
    if it.value != prev.value + 2 or family not in ("（1）", "（一）", "1."):
        return []
    bracket = "[（(]" if "（" in family else ""
    m = re.compile(rf"(?<=[\u4e00-\u9fff]){bracket}{_shown(family, prev.value + 1)}[、．.）)]").search(text, prev.end, it.start)
    if m is None or not _ITEM.match(text, m.end()):
        return []
    closes = [text[b.start - 1] for b in run[1:] if b is not it] + [text[it.start - 1]]
    if len(closes) < 2 or any(c not in "。；;" for c in closes):
        return []
    start = max(prev.end, m.start() - 6)
    start += max((k + 1 for k, c in enumerate(text[start:m.start()]) if c in "、，,；;：:（("), default=0)
    word = text[start:m.end()]
    return [Finding(
        kind=Kind.PUNCTUATION, severity=Severity.WARNING,
        message=f"第{_shown(family, prev.value)}项末尾没有句末标点，下一项编号直接接在正文后：“{word}”",
        location=FindingLocation.of(report, unit.at(start, m.end())),
        evidence="同一段中其余各项都以句号或分号结束，再接下一项编号", suggestion="在下一项编号前补上句号",
        rule="structure.glued_item")]


def _finding(report: Report, unit: TextUnit, prev: _Item, it: _Item, family: str,
             missing: range | None) -> Finding:
    shown, before = unit.text[it.start:it.end], unit.text[prev.start:prev.end]
    loc = FindingLocation.of(report, unit.at(it.start, it.end))
    related = [FindingLocation.of(report, unit.at(prev.start, prev.end))]
    if missing is None:
        return Finding(
            kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
            message=f"编号“{shown}”重复：上一项也是“{before}”", location=loc, related=related,
            evidence="同一段中连续编号的列表，相邻两项编号相同", suggestion="将本项及其后各项编号顺延",
            rule="structure.numbering_repeat")
    gap = "、".join(_shown(family, v) for v in missing)
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"编号从{before}跳到{shown}，缺少第{gap}项", location=loc, related=related,
        evidence="同一段中连续编号的列表，相邻两项的编号应连续", suggestion="补上缺少的项，或将后续编号顺延",
        rule="structure.numbering_gap")
