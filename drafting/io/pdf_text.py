"""Text copied out of a PDF: lines broken at the page width, page numbers and running heads inside.

Why: a report saved from PDF reaches the reader as one line per printed line, so a sentence, a
figure ("3137" / "4万元") or a document number ends up split over two paragraphs, and "- 3 -" with
the report's title sits between them. Every check would read half-sentences. The page width is
recognised from the text itself (many lines of about the same display width that stop mid-sentence);
only then are such lines joined to the next, and page furniture dropped. Where the text marks its
paragraph ends with blank lines (or its first lines with an indent, every paragraph), a full line that
ends a sentence is joined too; a full line that ends with a colon or a clause's ； is joined, unless the
text ends its list's items with ； (one item a line). Text saved from Word or a web page (one line per
paragraph, lengths varying) is left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from ..report import has_other_bars
from ..report import printed_width as _width  # a PDF's line as printed: “”—…≥ a character wide
from .page_furniture import drop_furniture, page_number

__all__ = ["goes_on", "opens", "unwrap"]

MIN_FULL_LINES = 3  # lines at the page width before the text is taken as wrapped
MIN_SHARE = 0.3  # of the text's long lines
MIN_WIDTH = 40  # display columns (a CJK character is two): about 20 characters
SLACK = 3  # a line this many columns short of the page width is still full (justification, marks)
_TERMINAL = tuple("。；;！!？?：:")
_TITLE_END = re.compile(r"(?:报告|報告|自评表|自評表|评价表|評價表)(?:[(（][^()（）]{0,20}[)）])?$")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、．.](?!\d))")


_CLAUSE_END = ("；", ";")
_SENTENCE_END = tuple("。！!？?")
_COLON = ("：", ":")
# an item of a list told in prose (一是…；二是…, 其一, 第一，, (1), ①): it starts its own line
_ITEM_OPEN = re.compile(r"^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，、,]|第[一二三四五六七八九十]+[，、,]"
                        r"|[（(]\d{1,2}[)）]|[①-⑳])")
MAX_INDENT = 4  # display columns of a paragraph's first-line indent (two full-width spaces)


def _printed(line: str) -> int:
    """A line's printed width: a paragraph's first line indented by two full-width spaces still
    reaches the page's edge, so its indent counts (up to ``MAX_INDENT``: a centred line's padding does not)."""
    text = line.strip()
    indent = line[: len(line) - len(line.lstrip())].replace("\t", "")
    return _width(text) + min(_width(indent), MAX_INDENT)


def _row(line: str) -> bool:
    """A table's row copied as text: its cells apart by "|", "｜" or "│" (``report.OTHER_BARS``)."""
    return "|" in line or has_other_bars(line)  # (a spreadsheet's row of tabs is no row here: text, as before)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


# a row of a form's text layer closes on its figures, a blank apart (文化活动经费 166.16 129.05): no wrapped line's end
_FIGURES_END = re.compile(r"\d%?[ \u3000]+[-+]?\d[\d.,]*%?\s*$")
_TABBED = re.compile(r"\S\t+\S")  # two cells a tab apart: a spreadsheet's row pasted, never a wrapped line


def _open(line: str) -> bool:
    """A text line that could run on: not a table row (a bar, ``_row``, or a form's cells apart by spaces), not
    ending a sentence or a clause, not cells a tab apart, not a report's title (a title is never continued by the text after it)."""
    s = line.strip()
    return (bool(s) and not _row(s) and not line.startswith("\t") and not s.endswith(_TERMINAL)
            and not _TITLE_END.search(s) and not _cells(s) and _TABBED.search(s) is None)


# a gap between two cells of a form's row: words (资金来源 年初预算数) or figures (5.28 1.96) apart by blanks
_CELL_GAP = re.compile(r"[\u4e00-\u9fff）)]\s+[\u4e00-\u9fff（(]|\d%?\s+[-+]?\d")
_BLANK = re.compile(r"\s")  # what each of ``_CELL_GAP``'s gaps holds
_COLUMN_GAP = 6  # blanks between two columns of a table in a PDF's text laid out by position
_FIELD = re.compile(r"^\s*[\u4e00-\u9fff][\u4e00-\u9fff()（） ]{1,11}[:：]")  # 项目名称: / 部门名称(公章)：
_ITEM = re.compile(r"^\s*([\u4e00-\u9fff]{1,4})\s*(\d{1,2}|[一二三四五六七八九十]{1,3})(?!\d|[.．,，]\d|[万亿元%])")


def _cells(line: str) -> bool:
    """A form's row copied from a PDF: its cells apart by blanks, three times or more, twice by wide
    gaps, or once by a column's gap (six blanks or more: a PDF's text laid out by position keeps a
    table's columns apart so; prose in Chinese puts no blank between two words, nor between two
    figures; a copy may slip one in here and there)."""
    if _BLANK.search(line) is None:
        return False  # every gap holds a blank: a line of prose has none (asked of each line, twice)
    gaps = _CELL_GAP.findall(line)  # (each holds its two neighbours: a gap of n blanks is n + 2 long)
    return len(gaps) >= 3 or sum(1 for g in gaps if len(g) >= 4) >= 2 or any(len(g) >= _COLUMN_GAP + 2 for g in gaps)


def _apart(before: str, line: str) -> bool:
    """Two lines that each start an entry of their own: two fields (项目名称: … / 主管部门: …), or two
    items of one list (附件2… / 附件3…: the same word, another number)."""
    if _FIELD.match(before) and _FIELD.match(line):
        return True
    a, b = _ITEM.match(before), _ITEM.match(line)
    return bool(a and b and a.group(1) == b.group(1) and a.group(2) != b.group(2))


def page_width(lines: list[str]) -> int | None:
    """The display width the text was wrapped at, or None when it was not wrapped: the width
    reached by at least ``MIN_FULL_LINES`` open lines, a ``MIN_SHARE`` of all long lines."""
    # each line measured once, and a line too short to reach MIN_WIDTH (a character takes two columns
    # at most, its indent MAX_INDENT) not at all: most of a text's lines are blank or short
    wide = [(ln, w) for ln in lines if 2 * len(ln) + MAX_INDENT >= MIN_WIDTH and (w := _printed(ln)) >= MIN_WIDTH]
    long_ = [w for ln, w in wide if not _row(ln)]
    opens = [_open(ln) for ln, _ in wide]
    # (a numbered heading's line is no evidence: a table of contents' entries, each a line of its own, may share a width)
    open_ = sorted(w for (ln, w), o in zip(wide, opens, strict=True) if o and not _HEADING.match(ln))
    if len(open_) < MIN_FULL_LINES:
        return None
    # a sentence's end may fall at the page width too: such lines count towards the share
    closed = [w for (ln, w), o in zip(wide, opens, strict=True)
              if not o and ln.strip().endswith(_TERMINAL) and not _row(ln)]
    best, count = 0, 0
    for w in set(open_):
        n = bisect_right(open_, w) - bisect_left(open_, w - SLACK)  # open_ is sorted
        if n > count or (n == count and w > best):
            best, count = w, n
    at_width = count + sum(1 for x in closed if best - SLACK <= x <= best)
    if count >= MIN_FULL_LINES and at_width >= MIN_SHARE * len(long_):
        return best
    return None


def unwrap(lines: list[str]) -> list[str]:
    """``lines`` with page numbers and the running heads beside them dropped (``page_furniture``) and, where the text was wrapped at a page width, each full open line joined with the
    line after it (with a space between two Latin letters; a number split over two lines is joined whole)."""
    marked = [ln for ln in lines if not page_number(ln)]
    width = page_width(marked)
    runs_on = [width is not None and _printed(ln) >= width - SLACK and _open(ln) for ln in lines]
    kept = _single_spaced(drop_furniture(lines, wrapped=width is not None, runs_on=runs_on))
    if kept != marked:  # measured again only when lines went (most texts have no page furniture: the same lines)
        width = page_width(kept)
    if width is None:
        return _copies_rewrapped(kept)
    sentence_ends_too = _blank_separated(kept, width) or _indent_marked(kept, width)
    items = _items_ended(kept, width)
    out: list[str] = []
    carry, before = False, ""
    for i, ln in enumerate(kept):
        if (carry and ln.strip() and not _HEADING.match(ln) and not _row(ln) and not ln.startswith("\t")
                and not (sentence_ends_too and _indented(ln)) and not _cells(ln.strip()) and not _apart(before, ln)
                and not _FIGURES_END.search(ln)
                and (sentence_ends_too or not (before.rstrip().endswith(_TERMINAL) and _ITEM_OPEN.match(ln)))):
            tail, head = out[-1].rstrip(), ln.strip()
            out[-1] = tail + (" " if _latin(tail[-1]) and _latin(head[0]) else "") + head
        else:
            out.append(ln)
        before = ln if ln.strip() else before
        full = _printed(ln) >= width - SLACK
        # a paragraph ends a sentence, not a clause (unless it is an item of a list whose items end with ；),
        # nor a colon: what a colon introduces follows it (a list's first item opens a line of its own)
        clause_end = (ln.rstrip().endswith(_CLAUSE_END) and i not in items) or ln.rstrip().endswith(_COLON)
        carry = full and ((_open(ln) and _open(out[-1])) or ((sentence_ends_too or clause_end) and _runs_on(ln)))
    return _copies_rewrapped(out)


def _items_ended(lines: list[str], width: int) -> set[int]:
    """The full lines ending with ； that end an item of a list, each item its own paragraph closed by ；:
    the paragraph end nearest before or after it (``_ends_text``) ends with ； too.

    Why: a paragraph ends a sentence, so a full line ending a clause runs on; but a list written one
    item a line (…；/…；/…。) ends its paragraphs with ；, and the item that happens to fill the line is
    no less an item: joined to the next, two items read as one paragraph (and their shared wording as
    said twice in it). A clause's end inside a long paragraph has sentence ends around it."""
    out = set()
    for i, ln in enumerate(lines):
        if not ln.rstrip().endswith(_CLAUSE_END) or _printed(ln) < width - SLACK:
            continue
        around = (next((k for k in range(i - 1, -1, -1) if _ends_text(lines[k], width)), None),
                  next((k for k in range(i + 1, len(lines)) if _ends_text(lines[k], width)), None))
        if any(k is not None and lines[k].rstrip().endswith(_CLAUSE_END) for k in around):
            out.add(i)
    return out


def _ends_text(line: str, width: int) -> bool:
    """A line that ends a paragraph of text for sure: short of the page width, ending with a sentence's
    or a clause's mark (a heading, a running head or a table's row says nothing of how paragraphs end)."""
    return line.rstrip().endswith(_TERMINAL) and _printed(line) < width - SLACK and not _row(line)


MAX_REWRAPPED = 64  # runs looked up: each is a search of the whole text (a text wrapped everywhere is unwrapped above)
MIN_REWRAPPED = 24  # characters a rewrapped run holds before its copy is looked for


def _copies_rewrapped(lines: list[str]) -> list[str]:
    """``lines`` with each run of lines wrapped at a width of its own joined, where the report has the
    run's text elsewhere in one piece (or as another such run): a paragraph copied into a second place
    of another width (a text box, a narrower page, a pasted PDF excerpt) reads as the same text as its
    first place, so the checks of copies compare like with like. A run: two or more open lines (no
    sentence's end, no table row) of one printed width at least ``MIN_WIDTH``, and the line after them no
    wider, no heading, row or new field. Joined only on the evidence of the copy: a run of lines of
    one width alone is also a list of items or a form's fields."""
    runs = _rewrapped_runs(lines)[:MAX_REWRAPPED]
    if not runs:
        return lines
    texts = {r: "".join(ln.strip() for ln in lines[r[0]:r[1]]) for r in runs}
    whole = "\n".join(ln.strip() for ln in lines)  # a run's own text is broken there by its line breaks
    copied = [r for r in runs if len(texts[r]) >= MIN_REWRAPPED and (
        texts[r] in whole or any(o != r and (texts[r] in texts[o] or texts[o] in texts[r]) for o in runs))]
    if not copied:
        return lines
    starts = {a: b for a, b in copied}
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i in starts:
            out.append(texts[(i, starts[i])])
            i = starts[i]
        else:
            out.append(lines[i])
            i += 1
    return out


def _rewrapped_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of lines wrapped at one width (``_copies_rewrapped``)."""
    runs, i, n = [], 0, len(lines)
    while i < n - 1:
        # most lines are told by their length alone (too short to be wrapped, or nothing after them)
        if 2 * len(lines[i]) + MAX_INDENT < MIN_WIDTH or not lines[i + 1].strip() or not _open(lines[i]):
            i += 1
            continue
        width, j = _printed(lines[i]), i
        while (j + 1 < n and width >= MIN_WIDTH and (j == i or (abs(_printed(lines[j]) - width) <= SLACK and _open(lines[j])))
               and _continues(lines[j], lines[j + 1], width)):
            j += 1
        if j > i:
            runs.append((i, j + 1))
        i = j + 1
    return runs


def _continues(before: str, line: str, width: int) -> bool:
    """Whether ``line`` may go on the text of the full open line ``before``: no wider than the page, and
    ``goes_on``."""
    return _printed(line) <= width + SLACK and goes_on(before, line)


def goes_on(before: str, line: str) -> bool:
    """Whether ``line`` may go on the text of the open line ``before``, whatever the width: not blank, not
    a heading, a table's row, a form's cells or a new field or item (the checks that read a sentence
    broken over lines ask it too)."""
    s = line.strip()
    return (bool(s) and not _HEADING.match(line) and not _row(s) and not line.startswith("\t") and not _cells(s)
            and not _apart(before, line) and not _ITEM_OPEN.match(line))


def opens(line: str) -> bool:
    """Whether a text line could run on into the next (``_open``)."""
    return _open(line)


def _indented(line: str) -> bool:
    return line.startswith(("\u3000", "  "))


def _indent_marked(lines: list[str], width: int) -> bool:
    """Whether the text marks its paragraphs' first lines with an indent (公文 indent two full-width
    spaces): then a full line that ends a sentence and is followed by an unindented line is inside its
    paragraph. Indented long lines, fewer than half of them, none after a line that runs on, and few
    paragraphs begun without the indent (after a line short of the page width that ends a sentence: a
    text that starts some paragraphs flush leaves a full line's sentence end no sign of going on)."""
    long_ = [i for i, ln in enumerate(lines) if _printed(ln) >= MIN_WIDTH and not _row(ln) and not ln.startswith("\t")]
    starts = [i for i in long_ if _indented(lines[i])]
    inside = [i for i in starts if i and _printed(lines[i - 1]) >= width - SLACK and _open(lines[i - 1])]
    flush = [i for i in long_ if i and not _indented(lines[i]) and not _HEADING.match(lines[i])
             and lines[i - 1].rstrip().endswith(_SENTENCE_END) and _ends_text(lines[i - 1], width)]
    return (len(starts) >= MIN_FULL_LINES and 2 * len(starts) <= len(long_) and len(inside) <= 0.2 * len(starts)
            and len(flush) <= 0.1 * len(starts))


def _single_spaced(lines: list[str]) -> list[str]:
    """Text printed double-spaced (a blank line after every line, wrapped at a page width) with the
    spacing taken out: one blank line is spacing, two or more end a paragraph (kept as one)."""
    text = [i for i, ln in enumerate(lines) if ln.strip()]
    pairs = list(pairwise(text))
    spaced = sum(1 for a, b in pairs if b - a == 2)
    if len(pairs) < 2 * MIN_FULL_LINES or spaced < 0.9 * len(pairs) or page_width([lines[i] for i in text]) is None:
        return lines
    return [ln for i, ln in enumerate(lines)
            if ln.strip() or (i + 1 < len(lines) and not lines[i + 1].strip() and i and lines[i - 1].strip())]


def _runs_on(line: str) -> bool:
    """A full line that ends a sentence may still run on into the next line (not a table row, not a title)."""
    s = line.strip()
    return bool(s) and not _row(s) and not line.startswith("\t") and not _TITLE_END.search(s)


def _blank_separated(lines: list[str], width: int) -> bool:
    """Whether the text marks its paragraph ends with a blank line: then a full line that ends with
    。 and is followed straight by text is a sentence end inside a paragraph, not the paragraph's end.
    Measured on the clear paragraph ends (short lines that end a sentence): most have a blank line after."""
    ends = [i for i, ln in enumerate(lines[:-1])
            if ln.strip().endswith(_TERMINAL) and MIN_WIDTH <= _printed(ln) < width - SLACK and not _row(ln)]
    blank_after = sum(1 for i in ends if not lines[i + 1].strip())
    return len(ends) >= MIN_FULL_LINES and blank_after >= 0.8 * len(ends)
