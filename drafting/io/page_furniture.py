"""A printed page's furniture in text copied from a PDF: page numbers and running heads.

Why: a page's number and its running head (the report's title, or the unit's name and the report's
kind) sit between the last line of one page and the first of the next, often in the middle of a
sentence. Read as text they cut the sentence in two, and a running head that repeats the unit's name
reads as a word cut short ("农村局" beside the report's own "农业农村局"). Premises:

* a line that is only a page number (- 3 -, —3—, ·3·, 第3页, 第3页 共12页) is furniture;
* a line that is only a number (3, or 3 / 12) is a page number when such lines count the pages (2, 3, 4… each at
  least a few lines after the one before) in text wrapped at a page width, or when it is the only
  one and a sentence runs on through it or a running head stands beside it;
* a line that holds the running head and the page number apart by blanks is furniture, where the
  head is the title's beginning or shares its first words, or stands beside 第N页, or is the same on
  lines that count the pages;
* next to a page number (the line before or after it), a line is the running head when it repeats
  the report's opening (its title, however wrapped); or when it holds no sentence mark and shares
  the title's first words, or is the title with words left out, or stands next to another page number too;
* right after a page number that follows a page's last line that runs on (a sentence the page break cut), a
  line of four or more characters with no sentence mark and no heading's number, followed by text, is the
  next page's running head, whatever it reads: the sentence goes on on the next page, not in such a line;
* the blank lines around a page's furniture are the page's margin when the page's last line runs on: they
  go with it, and the sentence is joined across the page break.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

__all__ = ["drop_furniture", "page_number"]

# a page number alone on its line: - 3 -, —3—, ·3·, 第3页, 第3页 共12页
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—－–]\s*\d{1,3}\s*[-—－–]|[·•]\s*\d{1,3}\s*[·•]|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?)\s*$")
_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})(?:\s*/\s*\d{1,3})?\s*$")  # 3, or 3 / 12
_SENTENCE_MARK = re.compile(r"[，,。；;：:、！？!?]")
MIN_HEAD = 8  # characters: a shorter line next to a page number is not taken as a running head
SHARED_START = 6  # characters a running head shares with the title's beginning
MIN_PAGE_LINES = 4  # lines between two page numbers
MAX_HEAD_LINE = 120  # characters: a longer line is text, not a running head with its page number


def page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line))


def _head_like(s: str, first: str, first2: str) -> bool:
    """A line that reads as the running head: the title or its beginning (``first2``: the title however
    wrapped), or a line without a sentence's marks that opens with the title's first words or is the
    title with some of its words left out."""
    if len(s) < MIN_HEAD:
        return False
    if first2.startswith(s) or (len(first) >= MIN_HEAD and s.startswith(first)):
        return True
    if len(first) < MIN_HEAD or _SENTENCE_MARK.search(s):
        return False
    return s[:SHARED_START] == first[:SHARED_START] or (s[:2] == first[:2] and _in_order(s, first2))


def _in_order(short: str, whole: str) -> bool:
    """Whether ``short`` is ``whole`` with some of its characters left out (某局项目支出绩效自评 of
    某局2023年度项目支出绩效自评报告): a short form of the title."""
    rest = iter(whole)
    return all(ch in rest for ch in short)


def _opening(lines: list[str]) -> tuple[str, str]:
    """The first non-blank line, and it joined with the next (a title wrapped over two lines)."""
    firsts = [ln.strip() for ln in lines if ln.strip()][:2]
    first = firsts[0] if firsts else ""
    return first, "".join(firsts)


def _bare_page_numbers(lines: list[str], wrapped: bool, runs_on: list[bool],
                       head_like: Callable[[str], bool]) -> set[int]:
    """The lines that are only a number and count the pages (see the module's premises)."""
    found = [(i, int(m.group(1))) for i, ln in enumerate(lines) if (m := _BARE_NUMBER.match(ln))]
    if not wrapped or not found:
        return set()
    def lone(i: int) -> bool:  # not one of a flattened table's number cells
        near = [ln for ln in lines[max(0, i - 2):i + 3] if ln.strip()]
        return sum(1 for ln in near if _BARE_NUMBER.match(ln)) == 1
    found = [(i, n) for i, n in found if lone(i)]
    if len(found) == 1:
        i, _ = found[0]
        before = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        after = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        beside_head = any(j is not None and j > 1 and head_like(lines[j].strip()) for j in (before, after))
        return {i} if before is not None and (runs_on[before] or beside_head) else set()
    counting = all(n2 == n1 + 1 and i2 - i1 > MIN_PAGE_LINES for (i1, n1), (i2, n2) in pairwise(found))
    return {i for i, _ in found} if len(found) >= 2 and counting else set()


# a running head and the page number on one line, apart by blanks: 某局绩效自评报告    3 (or the number first)
_NUMBERED_HEAD = re.compile(r"^\s*(?:(?P<a>\S.*?)\s{2,}(?P<n>\d{1,3}|第\s*\d{1,3}\s*页.*)|(?P<m>\d{1,3})\s{2,}(?P<b>\S.*?))\s*$")


def _numbered_heads(lines: list[str], first: str, first2: str) -> set[int]:
    """Lines that hold a running head and the page number (see the module's premises): the head is
    the title's beginning or shares its first words, or stands beside 第N页, or is the same on lines whose
    numbers count the pages."""
    found = [(i, m) for i, ln in enumerate(lines) if len(ln) <= MAX_HEAD_LINE and (m := _NUMBERED_HEAD.match(ln))]
    out, by_text = set(), dict[str, list[tuple[int, int]]]()
    for i, m in found:
        head = m.group("a") or m.group("b")
        if len(head) < MIN_HEAD or _SENTENCE_MARK.search(head):
            continue
        if _head_like(head, first, first2) or "页" in (m.group("n") or ""):
            out.add(i)  # the title's beginning, a short form of it, or any head beside 第N页
        elif (n := m.group("n") or m.group("m")).isdigit():
            by_text.setdefault(head, []).append((i, int(n)))
    for seen in by_text.values():
        if len(seen) >= 2 and all(n2 == n1 + 1 for (_, n1), (_, n2) in pairwise(seen)):
            out |= {i for i, _ in seen}
    return out


def drop_furniture(lines: list[str], wrapped: bool = False, runs_on: list[bool] | None = None) -> list[str]:
    """``lines`` without page numbers and the running heads next to them. ``wrapped`` says the text
    was wrapped at a page width; ``runs_on[i]`` that line ``i`` is full and does not end a sentence."""
    first, first2 = _opening(lines)
    title_at = next((i for i, ln in enumerate(lines) if ln.strip()), -1)
    numbers = {i for i, ln in enumerate(lines) if page_number(ln)}
    numbers |= _numbered_heads(lines, first, first2) - {title_at}
    numbers |= _bare_page_numbers(lines, wrapped, runs_on or [False] * len(lines), lambda s: _head_like(s, first, first2))
    if not numbers:
        return lines

    def neighbours(i: int) -> list[int]:
        out = []
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j].strip():
                j += step
            if 0 <= j < len(lines) and j not in numbers and j > title_at + (1 if first2 != first else 0):
                out.append(j)
        return out

    beside = {i: neighbours(i) for i in numbers}
    seen = Counter(lines[j].strip() for js in beside.values() for j in set(js))
    heads = set()
    for i, js in beside.items():
        for j in js:
            s = lines[j].strip()
            if _head_like(s, first, first2) or (len(s) >= MIN_HEAD and not _SENTENCE_MARK.search(s) and seen[s] >= 2) \
                    or _inside_sentence(lines, runs_on or [False] * len(lines), i, j):
                heads.add(j)  # the title, its beginning or a short form of it, a line on every page, or one inside a sentence
    return _without_margins(lines, numbers | heads, runs_on or [False] * len(lines))


def _without_margins(lines: list[str], dropped: set[int], runs_on: list[bool]) -> list[str]:
    """``lines`` without the ``dropped`` furniture; the blank lines around it (a page's foot and the next
    page's head) go too where the page's last text line runs on: they are the page's margin, not a
    paragraph's end, and the sentence goes on on the next page's first line. Elsewhere they stay."""
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        if i not in dropped and lines[i].strip():
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < n and (j in dropped or not lines[j].strip()):
            j += 1
        before = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
        margin = any(k in dropped for k in range(i, j)) and before is not None and runs_on[before] and j < n
        out.extend(() if margin else (lines[k] for k in range(i, j) if k not in dropped))
        i = j
    return out


MIN_INSIDE_HEAD = 4  # characters of a running head told by the sentence it stands inside
_HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.])")


def _inside_sentence(lines: list[str], runs_on: list[bool], number: int, j: int) -> bool:
    """Whether line ``j``, right after the page number at ``number``, is the next page's running head
    inside a sentence the page break cut: the text line before the number is full and runs on, and text
    follows the head. A sentence that runs on past the page's last line goes on on the next page's first,
    so a line without a sentence's mark between the two (某某县财政局, a head unlike the title) is the
    page's furniture, however seldom it recurs. (A line before the number may be the page's last line of
    text, a paragraph's end without a mark: it is not read so.)"""
    s = lines[j].strip()
    if j < number or len(s) < MIN_INSIDE_HEAD or runs_on[j] or _SENTENCE_MARK.search(s) or _HEADING_START.match(s):
        return False  # (a full line that runs on is the page's text: the next page's first)
    before = next((k for k in range(number - 1, -1, -1) if lines[k].strip()), None)
    after = next((k for k in range(j + 1, len(lines)) if lines[k].strip()), None)
    return (before is not None and after is not None and runs_on[before] and not page_number(lines[after])
            and not _HEADING_START.match(lines[after].strip()))
