"""A fixed frame of the 公文 register whose slot starts with a stranded character: 现将价情况报告如下, where
the report writes 评价 a dozen times (现将评价情况报告如下). Part of the typo check (``typos.py``).

Premise: 现将……（情况）报告如下 is the set sentence that closes a report's preamble, and its slot is what is
reported: a noun or a noun phrase (评价情况, 自评结果, 有关情况). A character standing alone at the slot's
head, no word there and seldom a word by itself, is what is left of a word whose other character was
dropped; the word is the one of the report's own (written at least twice, a common or vocabulary word)
that it ends or starts. Never a determiner (该, 此, 其) or a frequent word alone (我: 我单位).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import COMMON, Lexicon
from .slips import ALONE

__all__ = ["frame_slips"]

_FRAME = re.compile(r"现将([\u4e00-\u9fff]{1,12}?)(?:情况|结果)?报告如下")
_DETERMINERS = frozenset("该此其这本各有上下全我相")
OWN_AGAIN = 2  # the restored word written this often in the report is its own


def frame_slips(text: str, whole: str, written: set[str], lex: Lexicon) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, wrong, right, why) of each frame in ``text`` whose slot opens with a stranded character;
    ``whole`` and ``written``: the report's text and the words it writes (``typos._Context``)."""
    if "报告如下" not in text:
        return
    for m in _FRAME.finditer(text):
        slot = m.group(1)
        s, e = lex.route(slot)[1][0]
        c = slot[0]
        if e - s != 1 or c in _DETERMINERS or lex.freq(c) >= ALONE:
            continue
        words = [w for w in written if len(w) == 2 and c in w and w[0] != w[1] and not lex.is_name(w)
                 and (lex.freq(w) >= COMMON or w in lex.vocabulary)]
        if not words:
            continue
        best = max(sorted(words), key=whole.count)
        if whole.count(best) < OWN_AGAIN:
            continue
        at = m.start(1)
        yield m.start(), at + 1, text[m.start():at + 1], f"现将{best}", f"“现将……报告如下”中“{c}”不成词，报告别处写了{whole.count(best)}次“{best}”"
