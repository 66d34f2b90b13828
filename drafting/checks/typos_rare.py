"""A rare character typed for a common one of the same radical (营造 as 菅造, 目标任务 as 目标仼务): part of the
typo check (``typos.py``).

Premise: a character that jieba's corpus almost never writes alone and that makes no common word (菅, 仼)
does not belong in a 绩效 report's running prose; standing there once, beside a character with which a
common character of the same radical (艹, 亻) makes a frequent word, it is a handwriting input's, a scan's
or a rare-glyph list's slip for that character: the two look alike by their radical, the part the eye and
a recogniser read first. The radical is read from the Unicode order of the unified ideographs (sorted by
Kangxi radical, each radical's block starting at its own ideograph: the NFKC form of U+2F00 …), so no
table is needed; characters outside that block (extension A: 䘵) are left.

Not a character written twice or more (a name's or a term's own: a given name, 王喆, is met again), nor
one of a place's or a body's name (up to three characters before its kind: 金銮山村), nor a lone one
among lone characters (阿苯达唑片: a drug's name, ``_framed``), nor a traditional or variant form (綜 of 综: ``_variant``), nor beside a character that is an everyday word
alone (雨水篦等: 等 stands as a word, no 等等), nor where the corrected run is not far more probable
(``typos.GAIN``); the word restored is a frequent one (``USUAL``: among a radical's hundreds of characters a
rare word is met by chance, 垌坑 in a village's name is no 土坑) that becomes a token of the corrected run.
Where several characters of the radical make a word there, the most probable run is taken (知哓率 reads
知名, not the 知晓 meant: 晓 is of another radical; a suggestion to read, not a certainty).
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from functools import cache

from ..numbers.traditional import in_gb2312
from .context import EVERYDAY
from .lexicon import Lexicon, lexicon

__all__ = ["radical", "rare_glyphs"]

RARE_GLYPH = 100  # jieba counts a character alone at most this often (菅 25, 仼 15; 沓 294, 乂 67)
USUAL = 1_000  # … and the character it stands for, and the word restored, at least this often (营造 1,379)
GAIN = math.log(200)  # as ``typos.GAIN``: the corrected run must be this much more probable
# a place's or a body's kind: a rare character up to three before it is its name's (金銮山村, 濉溪县), chosen
_NAMED = ("村", "镇", "乡", "街道", "社区", "山", "河", "湖", "江", "路", "街", "县", "区", "市", "州", "公司")
_FIRST = tuple(ord(unicodedata.normalize("NFKC", chr(c))) for c in range(0x2F00, 0x2FD6))  # each radical's ideograph


@cache
def radical(ch: str) -> int:
    """The Kangxi radical (1–214) under which Unicode files a unified ideograph, 0 outside U+4E00–U+9FA5."""
    if not "\u4e00" <= ch <= "\u9fa5":
        return 0
    return bisect.bisect_right(_FIRST, ord(ch))


def _rare(ch: str, lex: Lexicon) -> bool:
    """A character of no frequent word (顼 is in 颛顼 alone, 菅 in 草菅人命), jieba counting it alone at most
    ``RARE_GLYPH`` times, and no variant form (``_variant``)."""
    return bool(radical(ch)) and lex.freq(ch) <= RARE_GLYPH and not _variant(ch) \
        and all(lex.freq(w) < USUAL for w in (*lex.like(ch + "?"), *lex.like("?" + ch)))


@cache
def _variant(ch: str) -> bool:
    """Whether ``ch``, outside GB2312, reads like a GB2312 character of its radical: its traditional or variant
    form (綜 of 综, 預 of 预, 務 of 务), written so on purpose or by a converter, no slip of the eye. 仼 (wang)
    has no such sibling among the 亻 characters."""
    if in_gb2312(ch):
        return False
    lex = lexicon()
    r, heard = radical(ch), set(lex.toneless(ch))
    end = _FIRST[r] if r < len(_FIRST) else 0x9FA6
    return any(in_gb2312(chr(c)) and heard.intersection(lex.toneless(chr(c))) for c in range(_FIRST[r - 1], end) if chr(c) != ch)


def _words(run: str, s: int, lex: Lexicon) -> list[tuple[int, str]]:
    """(start, word) of each frequent word a common character of the radical of ``run[s]``, put in its place,
    makes with the character before or after it — not one that is an everyday word alone (等, 的)."""
    ch, out = run[s], []
    for a, pattern in ((s - 1, run[s - 1:s] + "?"), (s, "?" + run[s + 1:s + 2])):
        kept = pattern.replace("?", "")
        if a < 0 or len(pattern) < 2 or radical(kept) == 0 or lex.freq(kept) >= EVERYDAY:
            continue
        out += [(a, w) for w in lex.like(pattern) if radical(w[s - a]) == radical(ch)
                and lex.freq(w[s - a]) >= USUAL and lex.freq(w) >= USUAL]
    return out


def _framed(run: str, a: int, spans: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether the word restored at ``run[a:a + 2]`` stands among words in the corrected run: the character
    on each side is the run's edge, in a word of its own, or an everyday word alone (的, 是). A lone rarer
    one beside it (阿苯达唑片剂: 达 | 名片) says the stretch is a name or a term jieba does not know — a drug's
    (唑, 嗪), a foreign name's — whose rare characters are meant."""
    lone = {x for x, y in spans if y - x == 1}
    return all(not 0 <= j < len(run) or j not in lone or lex.freq(run[j]) >= EVERYDAY for j in (a - 1, a + 2))


def rare_glyphs(run: str, route: tuple[float, list[tuple[int, int]]], lex: Lexicon,
                whole: str) -> list[tuple[int, int, str, str]]:
    """(start, end, right, why) of each rare character of ``run`` read as a common one of its radical, the
    window being the two characters of the restored word."""
    logp, spans = route
    out = []
    for s, e in spans:
        ch = run[s]
        if e - s != 1 or not _rare(ch, lex) or whole.count(ch) > 1 \
                or any(run.startswith(kind, j) for j in range(s + 1, s + 4) for kind in _NAMED):
            continue
        best: tuple[float, int, str] | None = None
        for a, word in _words(run, s, lex):
            new_logp, new_spans = lex.route(run[:s] + word[s - a] + run[s + 1:])
            gain = new_logp - logp
            if gain >= GAIN and any(x <= a and a + 2 <= y for x, y in new_spans) and _framed(run, a, new_spans, lex) \
                    and (best is None or gain > best[0]):
                best = (gain, a, word)
        if best is not None:
            _, a, word = best
            out.append((a, a + 2, word, f"同部首（{chr(_FIRST[radical(ch) - 1])}部），“{ch}”是生僻字"))
    return out
