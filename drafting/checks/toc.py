"""Which blocks are a table of contents: its numbering is the body's said again, so the list checks
read past it (a gap there is told once, at the body's headings)."""

from __future__ import annotations

import re

from ..numbers.chinese import ordinal
from ..report import Heading, Report
from .held import once_held

__all__ = ["toc_blocks"]


_TOC_TITLE = re.compile(r"^\s*目\s*录\s*$")
_TOC_LINE_MAX = 60


def toc_blocks(report: Report) -> frozenset[int]:
    """The blocks of a table of contents (``_toc_blocks``): the numbering, heading and structure checks
    each ask, four times a review, so it is found once while the review holds the report still."""
    return _held_toc(report)


def _toc_blocks(report: Report) -> frozenset[int]:
    """The blocks of a table of contents: the short lines after a 目录 line, up to the first line
    that is running text or opens a section the table has listed (the body begins). Its numbering is
    the body's, said again: a gap there is told once, at the body's headings. A page number on a line
    of its own, and several entries run together on one line (a web copy drops the line breaks), are
    lines of the table too; the report's title (a level-0 heading) opens the body after it. Without its 目录
    line, a table is known by the body opening again with its first line: the lines from a line to its
    repeat, with no running text between, list the body.
    A table that lists the headings without their numbers (基本情况 … 3) ends at 一、基本情况 too, and one
    that lists its parts (第一部分… 第四部分…) ends where a part's number goes back (第一部分 on its own line,
    its title on the next: the body's first part)."""
    out: set[int] = set()
    listed: set[str] = set()
    inside, part = False, 0
    lines: list[tuple[int, str]] = []
    for i, block in enumerate(report.blocks):
        text = getattr(block, "text", "")
        if not isinstance(text, str) or not text.strip():
            continue
        lines.append((i, text))
        key = _toc_key(text)
        if _TOC_TITLE.match(text):
            inside, listed, part = True, set(), 0
        elif inside and not key:
            out.add(i)  # a page number on its own line
        elif inside and (_running(text, commas=False) or key in listed or _unnumbered_key(text) in listed
                         or (isinstance(block, Heading) and block.level == 0) or 0 < _part(text) <= part):
            inside = False  # (the body's first line, a section listed again, the report's title, a part again)
        elif inside:
            out.add(i)
            listed.add(key)
            part = max(part, _part(text))
    return frozenset(out | _untitled_toc(lines))


def _toc_key(text: str) -> str:
    # one character of the class, then any more: a pattern opening with a class lets ``re`` skip to
    # where one stands (``[…]+`` is tried at every character)
    # (and a stop closing the entry: a table may close its entries with 。 or ； where the body's headings do not)
    return re.sub(r"[\s\u3000.…·\d][\s\u3000.…·\d]*", "", text).rstrip("。；;")


def _running(text: str, commas: bool = True) -> bool:
    """Running text, not a line of a table of contents: a sentence, or a long line that is not several
    entries run together (each opening with its marker, no clause between). After a 目录 line a comma
    does not end the table (a problem's or a measure's heading is often a clause or two: （二）资金渠道
    单一，分摊规则不明确); without one, a line with a clause is not taken for a listed entry."""
    closed = _OPENS_ENTRY.match(text.strip()) and len(text.strip()) <= _TOC_LINE_MAX
    if re.search(r"[。；;，,]" if commas else r"[。；;]", text.strip().rstrip("。；; ") if closed else text):
        return True  # (an entry closed by a stop is still an entry: 一、基本职能。 / 一、机关运行经费预算安排情况 ;)
    return len(text.strip()) > _TOC_LINE_MAX and not _OPENS_ENTRY.match(text.strip())


_OPENS_ENTRY = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")


_PART = re.compile(r"\s*第([一二三四五六七八九十]{1,3})部分")


def _part(text: str) -> int:
    """The number of a part title (第三部分…), 0 for any other line."""
    m = _PART.match(text)
    return (ordinal(m.group(1)) or 0) if m else 0


def _unnumbered_key(text: str) -> str | None:
    """The key of a line that opens with an item marker, the marker left out; None for one without."""
    m = _OPENS_ENTRY.match(text.strip())
    return _toc_key(text.strip()[m.end():]) if m else None


def _untitled_toc(lines: list[tuple[int, str]]) -> set[int]:
    """A table of contents with no 目录 line: from a short line that opens an entry to the same line
    said again further on, its marker too (the body opening), every line between short and no running text."""
    seen: dict[tuple[str, str], int] = {}
    for k, (_, text) in enumerate(lines):
        # the entry's marker with its words: a body opening again says both (一、基本情况……3 / 一、基本情况),
        # while items told apart by a number alone are a list's (2、二级机构1 / 3、二级机构2)
        opens = _OPENS_ENTRY.match(text.strip())
        key = (opens.group(), _toc_key(text)) if opens else ("", "")
        if not key[1] or not opens or _running(text):
            continue
        if key in seen:
            first = seen[key]
            between = lines[first:k]
            if len(between) >= 3 and not any(_running(t) for _, t in between):
                return {i for i, _ in between}
        else:
            seen[key] = k
    return set()


_held_toc = once_held(_toc_blocks)
