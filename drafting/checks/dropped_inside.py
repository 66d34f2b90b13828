"""A character dropped right after a stranded one (占用消通道 where the report writes 消防通道): the stranded
character and the word after it stand elsewhere in the report with one character between them, the
four one word.

Why: ``slips.dropped`` asks for the three characters before the gap to agree with the report's longer
form, so a word the report writes after other words (整治消防通道 beside 占用消通道) is not found; in a
short report the longer form is usually written once, after other words. The agreement asked here is
the stranded character, the restored one and the word after them, which is safe only where

- the stranded character follows a word, or opens its run: two lone characters in a row are a coined
  short form (稳岗补贴 beside 岗位补贴, a verb and half a noun), which this reading cannot tell from a
  slip (村集经济 beside 村集体经济 is left);
- the stranded character is seldom a word alone (``slips.ALONE``: 各, 市 are) and no function word or
  phrase starter (``slips.HEADS``, ``slips.STARTS_PHRASE``);
- the word after it is of two characters (a longer one reads on: 村|集体经济 beside 村级集体经济), the
  restored pair a common word (消防, 集体) and no name, and the four characters one word as jieba reads
  them (消防通道): a word the slip broke. Where they are two words (危桥进行 beside 桥梁进行, 门户网公开
  beside 网站公开, 外聘人员 beside 聘用人员) the stranded character is a short form, meant;
- the report writes the longer form elsewhere as one word (``fours``: its four-character words by their
  first and last two, built once per report, so no text is searched).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise

from .lexicon import COMMON, Lexicon
from .slips import ALONE, HEADS, STARTS_PHRASE

__all__ = ["dropped_inside", "fours"]


def fours(tokens: Iterable[str]) -> dict[str, str]:
    """The report's words of four characters (as jieba reads it) by their first and last two (消通道 →
    消防通道): all a dropped character inside a word can restore, indexed once per report."""
    return {t[0] + t[2:]: t for t in tokens if len(t) == 4}


def dropped_inside(run: str, spans: list[tuple[int, int]], lex: Lexicon,
                   words: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, right) of each stranded character of ``run`` with a character dropped after it;
    ``words``: ``fours``'."""
    for x, ((a, b), (s, e)) in enumerate(pairwise(spans)):
        ch = run[a]
        if b - a != 1 or e - s != 2 or (longer := words.get(ch + run[s:e])) is None:
            continue
        if ch in HEADS or ch in STARTS_PHRASE or lex.freq(ch) >= ALONE:
            continue
        if x and spans[x - 1][1] - spans[x - 1][0] == 1:
            continue  # after another lone character: a coined short form (稳岗补贴 beside 岗位补贴)
        pair = longer[:2]
        if (lex.freq(pair) >= COMMON or pair in lex.vocabulary) and not lex.is_name(pair) \
                and lex.route(longer)[1] == [(0, 4)]:
            yield a, e, longer
