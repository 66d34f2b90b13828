"""When a stranded character frequent as a word alone still marks a dropped one: the report writes the
longer form with long context on both sides of the gap (开展对市级文艺术家协会 where it writes
由市级文学艺术家协会 later: 市级文|艺术家 agree, 文学 restored).

Why: ``slips.dropped`` passes over a stranded character that stands alone 10,000 times or more in
jieba's dictionary (``slips.ALONE``), because a chance match of the three characters around one character
is likely there. Six characters agreeing, three on each side of the gap (the stranded one the last of the
left three), are a chance match seldom; the same six ``slips`` asks before it restores a character in
front of a stranded one. Still left:

- a character standing alone 20,000 times or more (``ALONE_LONG``): the determiners and the levels of
  government that stand before a noun on purpose (各 本 该 每 全 市 县 区 省, 中) all do; characters
  between 10,000 and 20,000 (文, 学, 类) are mostly halves of words;
- a short form the report writes again (各单位 twice beside 各类单位 once): its own wording.
"""

from __future__ import annotations

from .lexicon import Lexicon

ALONE_LONG = 20_000  # a character this frequent alone is meant there whatever the context
LONG_SIDE = 3  # characters on each side of the gap that must agree with the report's longer form


def agrees_long(run: str, b: int, longer: str, whole: str, lex: Lexicon) -> bool:
    """Whether the stranded character ``run[b - 1]`` marks a dropped one though it is often a word alone:
    ``longer`` (the three characters up to it, the restored one, the two after) and the third after
    it are written so in the report, the character is no determiner (``ALONE_LONG``) and the report
    writes the short form (it and the two after it) nowhere else."""
    if len(run) - b < LONG_SIDE or lex.freq(run[b - 1]) >= ALONE_LONG:
        return False
    return longer + run[b + 2] in whole and whole.count(run[b - 1:b + 2]) == 1
