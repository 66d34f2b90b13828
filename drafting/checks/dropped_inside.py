"""A character dropped right after a stranded one (村集经济 where the report writes 村集体经济; 占用消通道
where it writes 消防通道): the stranded character and the word after it, with one character between them,
stand elsewhere in the report, and that character makes a common word with the stranded one.

Why: ``slips.dropped`` asks for the three characters before the gap to agree with the report's longer
form, so a phrase the report writes after other words (整治消防通道 beside 占用消通道) is not found; in a
short report the longer form is usually written once, after other words. The agreement asked here is
the stranded character, the restored one and the word after them, which is safe only where

- the stranded character is seldom a word alone (``slips.ALONE``: 各, 市 are) and no function word or
  phrase starter (``slips.HEADS``, ``slips.STARTS_PHRASE``);
- the word after it is of two characters (a longer one reads on: 村|集体经济 beside 村级集体经济), the restored pair a common word (消防, 集体) and
  no name, that the longer form's reading keeps as one word or the start of one (消防通道, 集体经济);
- the report writes the longer form elsewhere (``skips``: each character with the two after the next,
  built once per report, so no search is made where none can succeed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain, pairwise

from .lexicon import COMMON, Lexicon
from .slips import ALONE, HEADS, STARTS_PHRASE

__all__ = ["dropped_inside", "skips"]

_HAN = re.compile(r"[\u4e00-\u9fff]")


def skips(runs: Iterable[str]) -> frozenset[str]:
    """Each character the runs write with the two after the next (消防通道 as 消通道)."""
    return frozenset(chain.from_iterable(map(lambda r: (r[i] + r[i + 2:i + 4] for i in range(len(r) - 3)), runs)))


def dropped_inside(run: str, spans: list[tuple[int, int]], lex: Lexicon, whole: str,
                   skipped: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, right) of each stranded character of ``run`` with a character dropped after it."""
    for (a, b), (s, e) in pairwise(spans):
        ch = run[a]
        if b - a != 1 or e - s != 2 or ch in HEADS or ch in STARTS_PHRASE or lex.freq(ch) >= ALONE:
            continue
        key = ch + run[s:s + 2]
        if key not in skipped:
            continue
        right = _longer(whole, ch, run[s:e], lex)
        if right is not None:
            yield a, e, right


def _longer(whole: str, ch: str, word: str, lex: Lexicon) -> str | None:
    """``ch`` + one character + ``word`` as the report writes it, where the pair is a common word and the
    four characters one word."""
    p = whole.find(word)
    while p >= 2:
        x, c = whole[p - 1], whole[p - 2]
        pair = c + x
        if c == ch and _HAN.fullmatch(x) and (lex.freq(pair) >= COMMON or pair in lex.vocabulary) \
                and not lex.is_name(pair):
            longer = pair + word
            if lex.route(longer)[1] == [(0, 4)]:
                return longer
        p = whole.find(word, p + 1)
    return None
