"""Two alike columns read together: a form's 预期目标 and 实际完成情况 side by side, said almost alike.

Why: a form's two cells side by side, each wrapped at its own width, reach a repost (or a PDF copy)
a line of each in turn, often run together on one line: "维护林区安全稳定，全区森维护林区安全稳定，全区林资源、…".
Where the two cells say nearly the same (a target met is written as its target), every line is read
twice, cut at two places: the seams read as doubled words (资源资源), doubled characters (森森) and words
cut short. Premise: a doubled word, doubled character or word cut short whose neighbours on both
sides are said again a line's reach away (the words after it said again just after, the words before
it said just before), or where the same words stand twice in a row from it on, lies where two alike
columns meet, and is their seam, not the writer's slip. A slip in prose repeats no words around it.
So too a doubled word right after another word doubled (…自筹资金自筹资金其他其他…): two columns' labels read
in turn, each of the pair's cells with the same label.
"""

from __future__ import annotations

import re

from .lexicon import COMMON, lexicon

__all__ = ["in_alike_columns", "in_wrapped_columns"]

PIECE = 6  # characters next to the place that are said again
REACH = 40  # how far the piece is said again (a line of the other cell between)


def in_alike_columns(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies where two alike columns meet (see the module): the words right after
    it are said again within ``REACH`` after it and the words right before it were said within
    ``REACH`` before it; or the text from its start on repeats the text right before it (the same
    line of the two cells, one after the other)."""
    after, before = text[end:end + PIECE], text[max(0, start - PIECE):start]
    again = len(after) == PIECE and after in text[end + 1:end + PIECE + REACH]
    said = len(before) == PIECE and before in text[max(0, start - PIECE - REACH):start - 1]
    return (again and said) or _said_twice_in_a_row(text, start) or _after_a_pair(text, start)


def _said_twice_in_a_row(text: str, at: int) -> bool:
    """Whether some ``PIECE`` to ``REACH`` characters from ``at`` on are the same as those right before ``at``."""
    return any(text[at - d:at] == text[at:at + d] for d in range(PIECE, min(REACH, at, len(text) - at) + 1))


def _after_a_pair(text: str, at: int) -> bool:
    """Whether the text right before ``at`` is a word of two to eight Chinese characters said twice (自筹资金自筹资金)."""
    return any(text[at - 2 * d:at - d] == text[at - d:at] and all("\u4e00" <= c <= "\u9fff" for c in text[at - d:at])
               for d in range(2, min(8, at // 2) + 1))


# a word a column's wrap parted with a blank (资金管 理, 开展宣 传: a PDF's or a spreadsheet's narrow column), or
# with the next column's line between (补贴资 折通账户 金发放: 资金 parted by the cell 建立农户一折通账户's second line)
_PARTED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?:[^\s，,。；;：:、！？]{1,10}[ \u3000])?(?=[\u4e00-\u9fff])")
_WRAPS = 2  # words parted so near the place: the columns are wrapped and read in turn


def in_wrapped_columns(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies among columns wrapped and read in turn, a cell's line and the next cell's
    on one line (…对村级 宣传培训工作工作人员进行培训,组织人员到乡镇村开展宣 传工作的…, the criterion's lines
    with the indicator's name 宣传培训工作 between them): near the place, ``_WRAPS`` or more common words are
    parted by a blank where a line wrapped. Two cells meet there anywhere, so a word said twice may be their
    seam, not a slip. (Asked for words said twice only: a character dropped is still read there, as a PDF of
    running text wraps its words with blanks too, and its slips are the writer's — planted ones were lost so.)"""
    lex = lexicon()
    parted = [m for m in _PARTED.finditer(text, max(0, start - REACH), end + REACH)
              if lex.freq(text[m.start() - 1] + text[m.end()]) >= COMMON]
    return len(parted) >= _WRAPS
