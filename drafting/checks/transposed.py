"""A word typed inside the word it was to stand beside: 财政资预算金管理 for 财政预算资金管理. Part of the
typo check (``typos.py``).

Premise: a phrase edited in place (预算 added before 资金) gets the insertion one character off, inside
the word, which then stands split round it: each half alone, no word by itself, the two a common word
(资金). Moving the inserted word out, before or after the word it split, must make a common word a token
again and the run far more likely (a factor of 200, as a replaced character's, ``typos.GAIN``). Not a
half that is an everyday word alone (的, 省, 市) or a level (县, 区): those stand alone by themselves. Nor a
verb and its object parted on purpose (离合词): by a count (赚一笔钱, 投一张票), an aspect (开了会) or a
person (帮我们忙) — the word between opens with a numeral, a particle or a pronoun. Nor one character on
both sides (依法依规, 依章程依规定, 边学边改, 有序有效): a frame said before each of two words, where a doubled word
(依依, 常常) split by an insertion is the rarer reading.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from .context import EVERYDAY
from .lexicon import COMMON, Lexicon

__all__ = ["RULE", "transposed"]

RULE = "language.transposed"
GAIN = math.log(200)
_LEVELS = frozenset("省市县区州乡镇村旗盟")
_PARTING = frozenset("一二三四五六七八九十两几每这那些个了着过我你他她它咱")  # what opens a word inside a 离合词


def _word(w: str, lex: Lexicon) -> bool:
    return (lex.freq(w) >= COMMON or w in lex.vocabulary) and not lex.is_name(w)


def transposed(run: str, route: tuple[float, list[tuple[int, int]]], lex: Lexicon) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, right, why) of each word split round another in ``run`` (segmented as ``route``)."""
    logp, spans = route
    for k, ((s1, e1), (s2, e2), (s3, e3)) in enumerate(zip(spans, spans[1:], spans[2:], strict=False)):
        if e1 - s1 != 1 or e3 - s3 != 1 or e2 - s2 < 2 or _in_unknown_run(run, spans, k, k + 2, lex):
            continue
        x, w, y = run[s1], run[s2:e2], run[s3]
        if x == y or w[0] in _PARTING or x in _LEVELS or y in _LEVELS or lex.freq(x) >= EVERYDAY or lex.freq(y) >= EVERYDAY \
                or not _word(x + y, lex) or not _word(w, lex):
            continue
        best: tuple[float, str] | None = None
        for moved, at in ((w + x + y, s1 + len(w)), (x + y + w, s1)):
            new_logp, new_spans = lex.route(run[:s1] + moved + run[e3:])
            # the word it split is whole again: inside one token of the new reading
            if any(s <= at and at + 2 <= e for s, e in new_spans) and new_logp - logp >= GAIN \
                    and (best is None or new_logp > best[0]):
                best = (new_logp, moved)
        if best:
            yield s1, e3, best[1], f"“{x}{y}”被“{w}”隔开：“{x}”“{y}”单独不成词，应是“{best[1]}”"


def _in_unknown_run(run: str, spans: list[tuple[int, int]], left: int, right: int, lex: Lexicon) -> bool:
    """Whether a half stands beside another lone character that is no everyday word: a name or term the
    dictionary lacks falls apart into such characters (杞|麓|湖 农业 面|源 污染: a lake's name and 面源),
    and a half of it is no half of a split word."""
    def lone(i: int) -> bool:
        return 0 <= i < len(spans) and spans[i][1] - spans[i][0] == 1 and lex.freq(run[spans[i][0]]) < EVERYDAY
    return lone(left - 1) or lone(right + 1)
