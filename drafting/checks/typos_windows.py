"""Where the typo check (``typos.py``) tries a correction in a run of Chinese characters: the places in a
single-character token or a rare word (outside names), and the windows of two to four characters over
them: whole suspicious tokens, a word with the lone character after it (a suffix), and a lone character
with the nearest character of the word beside it (a slip that joined that word).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from .context import EVERYDAY as EVERYDAY_CHAR
from .lexicon import Lexicon
from .slips import RARE

__all__ = ["all_windows", "borrowed_windows", "suspicious_places"]


def suspicious_places(run: str, spans: list[tuple[int, int]], lex: Lexicon) -> set[int]:
    """Positions in a single-character token or a rare word, outside names. A character alone is
    never a name, though jieba tags many as surnames (金, 李, 宗): names have two characters or more.
    Never the particle 的 alone: it follows any word (3万方土的工程 is no 土地), and 的 typed for 地 or
    得 is the curated confusions' (更好的 → 更好地)."""
    out: set[int] = set()
    freq = lex.freq
    for s, e in spans:
        if e - s == 1:
            out.add(s)
        elif freq(run[s:e]) <= RARE and not lex.is_name(run[s:e]):
            out.update(range(s, e))
    return out


def _windows(run: str, spans: list[tuple[int, int]], suspicious: set[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of the runs of 2–4 characters made of whole suspicious tokens: a correction
    never takes a character from a word."""
    bounds = [s for s, _ in spans] + [len(run)]  # the spans tile the run in order
    for x, a in enumerate(bounds):
        for b in bounds[x + 1:]:
            if b - a > 4 or b - 1 not in suspicious:  # a token is suspicious as a whole, or not at all
                break
            if b - a >= 2:
                yield a, b


def all_windows(run: str, spans: list[tuple[int, int]], suspicious: set[int], open_: set[int],
                 lex: Lexicon) -> Iterator[tuple[int, int, range]]:
    """``_windows`` with every place of each open to correction; and a word of two or three characters
    with the lone character after it (满意 渡 → 满意度, 完成 律 → 完成率), open only at that character:
    a suffix typed as another character of its sound or shape leaves it alone beside the word it ends.
    Not a character that is an everyday word alone (的, 是, 在): it stands as a word of its own."""
    for a, b in _windows(run, spans, suspicious):
        yield a, b, range(a, b)
    for (s, e), (s2, e2) in pairwise(spans):
        if e2 - s2 == 1 and s2 in open_ and 2 <= e - s <= 3 and s not in suspicious \
                and lex.freq(run[s2]) < EVERYDAY_CHAR:
            yield s, e2, range(s2, e2)


def borrowed_windows(run: str, spans: list[tuple[int, int]], open_: set[int],
                     lex: Lexicon) -> Iterator[tuple[int, int, int]]:
    """(start, end, place) of a lone open character with the nearest character of the word beside it
    (关|理科 → 关理, 中学|消 → 学消): a slip may make a word with the character after it (管理科 typed
    关理科 reads 关|理科), so the word it came from is no longer whole. Only a word the report writes
    elsewhere restores it (``typos._corrections``). Not a character that is an everyday word alone
    (的, 是, 在): it stands as a word of its own beside the word."""
    def whole(y: int) -> bool:  # a word of two characters or more at token y, or the run's edge
        return not 0 <= y < len(spans) or spans[y][1] - spans[y][0] >= 2

    for x, (s, e) in enumerate(spans):
        if e - s != 1 or s not in open_ or lex.freq(run[s]) >= EVERYDAY_CHAR:
            continue
        if x + 1 < len(spans) and spans[x + 1][1] - spans[x + 1][0] >= 2 and whole(x - 1):
            yield s, s + 2, s
        if x and spans[x - 1][1] - spans[x - 1][0] >= 2 and whole(x + 1):
            yield s - 1, s + 1, s
