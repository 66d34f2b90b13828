"""Text normalisation for comparing Chinese paragraphs, with a map back to the original offsets.

Why: the same paragraph is pasted with different list markers (1、 2． （一） 指标1：), fullwidth or
halfwidth forms, other spacing and punctuation, and often with new figures. Comparison therefore
runs on a *normalised* string — halfwidth, no whitespace or punctuation, no leading list markers,
every number masked as ``#`` — while findings must still quote the report exactly. ``Normalized``
keeps, for each normalised character, the [start, end) span it came from.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable, Hashable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from .memo import text_cache

__all__ = [
    "MASK",
    "TERMINATORS",
    "Normalized",
    "char_shingles",
    "containment",
    "fold_width",
    "is_sentence_start",
    "jaccard",
    "light",
    "list_marker_end",
    "meaningful_length",
    "no_blanks",
    "normalize",
    "plain_shingles",
    "shingle_positions",
    "split_paragraphs",
    "to_halfwidth",
]

MASK = "#"
TERMINATORS = "。；！？!?;"
_CLOSERS = "”’」』）)》】\"'"
_BLANKS = " \t\r\n\u3000\xa0"
_CN_NUM = "一二三四五六七八九十百零〇两"
_DIGIT = "0-9０-９"
# A list marker at the start of a line: （一） (1) 一、 1、 1． 1: 指标1： 任务2： 第一条 ①.
# A halfwidth or fullwidth dot counts only when no digit follows (2.8% is a number, not item 2).
_MARKER = re.compile(
    rf"""[{_BLANKS}]*(?:
        [（(][{_CN_NUM}{_DIGIT}]{{1,3}}[)）][、.．:：]?
      | [{_CN_NUM}]{{1,3}}[、.．:：]
      | [{_DIGIT}]{{1,3}}(?:[、:：]|[.．](?![{_DIGIT}]))
      | [\u4e00-\u9fff]{{1,3}}[{_DIGIT}]{{1,3}}(?:[：:、]|[.．](?![{_DIGIT}]))
      | 第[{_CN_NUM}{_DIGIT}]{{1,3}}[条章节项部分]{{1,2}}[、:：]?
      | [\u2460-\u2473\u2776-\u277f]
    )[{_BLANKS}]*""",
    re.VERBOSE,
)


# full-width digits, Latin letters and ％ -> ASCII, one character for one: offsets stay valid
_FOLD = str.maketrans({**{chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)},
                       **{chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)},
                       **{chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)}, "％": "%"})
_FOLDABLE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％]")


@text_cache
@lru_cache(maxsize=1 << 16)
def fold_width(text: str) -> str:
    """``text`` with full-width digits, letters and ％ in ASCII, character for character, so that a
    pattern written for 2023 or 100% also matches ２０２３ and １００％ at the same offsets. Chinese
    marks (，（）) are kept: they are the normal form in Chinese text. Cached: a review's checks fold
    each paragraph about fifteen times (3,944 searches of 258 paragraphs in the sample)."""
    # most text has nothing to fold, and a search costs far less than translating every character
    return text.translate(_FOLD) if _FOLDABLE.search(text) else text


@lru_cache(maxsize=8192)
def to_halfwidth(ch: str) -> str:
    """One character's NFKC form when that is a single character (fullwidth → halfwidth), else itself."""
    n = unicodedata.normalize("NFKC", ch)
    return n if len(n) == 1 else ch


@lru_cache(maxsize=8192)
def _char(ch: str) -> tuple[str, bool, str]:
    """(halfwidth form, is an ASCII digit once halfwidth, normalised output or '' if dropped):
    computed once per distinct character, since normalising 1,000 reports visits millions."""
    h = to_halfwidth(ch)
    low = h.lower()
    return h, h.isdigit() and h.isascii(), (low if len(low) == 1 else h) if _keep(h) else ""


def list_marker_end(text: str, pos: int = 0) -> int:
    """End of a list marker starting at ``pos`` (leading blanks included), or ``pos`` if there is none."""
    m = _MARKER.match(text, pos)
    if m is None or m.end() == pos:
        return pos
    return m.end()


def _keep(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LN"


@dataclass(frozen=True)
class Normalized:
    """A normalised string and, per character, the original [start, end) it stands for. The offsets
    are compact arrays of machine integers: as tuples, each offset past 256 was an int object of its
    own, 72 bytes a character for the two (a 10 MB report's paragraphs: about 190 MB)."""

    text: str
    starts: array[int]
    ends: array[int]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original [start, end) covered by normalised characters [i, j)."""
        return self.starts[i], self.ends[j - 1]

    def __len__(self) -> int:
        return len(self.text)


NORMALIZE_CACHE = 1 << 15  # paragraphs whose normalised form is kept (tens of MB at most): every check normalises the same ones


def normalize(text: str, *, mask_numbers: bool = True, drop_markers: bool = True,
              offset: int = 0) -> Normalized:
    """Halfwidth, letters and digits only, list markers at line starts dropped, numbers masked.

    ``offset`` is added to every original position (for a piece cut out of a longer text). The
    result is immutable and cached: the checks of one review normalise each paragraph several times."""
    return _normalize(text, mask_numbers, drop_markers, offset)


# a run of Chinese characters, each its own normalised form (no fold, no case, never a digit or
# dropped: tests/test_textnorm.py checks every one): copied whole instead of one character at a time
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")
# 0, 1, 2, … as machine integers, grown as texts need (up to ``_IOTA_MAX``): a run of Chinese characters'
# offsets are a slice of it, copied in one step. Extending the offset arrays from a ``range`` made an int
# object for each character, a third of the time normalising the sample's 499 paragraphs took
_IOTA: array[int] = array("i")
_IOTA_MAX = 1 << 22  # 16 MB at most; offsets past it are counted out as before


def _iota(upto: int) -> array[int] | None:
    """``_IOTA`` holding at least 0 … ``upto`` - 1, or None past ``_IOTA_MAX``."""
    if upto > _IOTA_MAX:
        return None
    if len(_IOTA) < upto:
        _IOTA.extend(range(len(_IOTA), min(_IOTA_MAX, max(upto, 2 * len(_IOTA), 1 << 12))))
    return _IOTA


@text_cache
@lru_cache(maxsize=NORMALIZE_CACHE)
def _normalize(text: str, mask_numbers: bool, drop_markers: bool, offset: int) -> Normalized:
    out: list[str] = []
    i, n = 0, len(text)
    code = "i" if offset + n < 1 << 31 else "q"  # 4 bytes an offset, 8 for a text past 2**31 characters
    starts: array[int] = array(code)
    ends: array[int] = array(code)
    iota = _iota(offset + n + 1)
    line_start = True
    han = _HAN_RUN.match
    while i < n:
        if line_start and drop_markers:
            j = list_marker_end(text, i)
            line_start = False
            if j > i:
                i = j
                continue
        ch = text[i]
        if "\u4e00" <= ch <= "\u9fff":
            j = han(text, i).end()  # type: ignore[union-attr]
            out.append(text[i:j])
            if iota is not None:
                starts += iota[offset + i:offset + j]
                ends += iota[offset + i + 1:offset + j + 1]
            else:
                starts.extend(range(offset + i, offset + j))
                ends.extend(range(offset + i + 1, offset + j + 1))
            i = j
            continue
        if ch == "\n":
            line_start = True
            i += 1
            continue
        _, digit, kept = _char(ch)
        if mask_numbers and digit:
            j = i + 1
            while j < n:
                hj, dj, _ = _char(text[j])
                if dj:
                    j += 1
                elif hj in ".," and j + 1 < n and _char(text[j + 1])[0].isdigit():
                    j += 2
                else:
                    break
            out.append(MASK)
            starts.append(offset + i)
            ends.append(offset + j)
            i = j
            continue
        if kept:
            out.append(kept)
            starts.append(offset + i)
            ends.append(offset + i + 1)
        i += 1
    return Normalized("".join(out), starts, ends)


class _CharTable(dict):
    """A ``str.translate`` table filled as characters are met (``classify`` gives the value)."""

    def __init__(self, classify: Callable[[str], str | None]) -> None:
        super().__init__()
        self._classify = classify

    def __missing__(self, key: int) -> str | None:
        value = self[key] = self._classify(chr(key))
        return value


_LIGHT = _CharTable(lambda ch: None if ch in _BLANKS else to_halfwidth(ch))


def no_blanks(text: str) -> str:
    """``text`` without its blanks: ``re.sub(r"\\s+", "", text)``, as ``str.split`` finds the same blanks
    (``str.isspace``, every code point checked) in one pass in C, where the pattern is tried at every
    character (the checks strip every paragraph and cell so)."""
    return "".join(text.split())


def light(text: str) -> str:
    """Halfwidth and no blanks, punctuation kept, numbers kept: for exact seam look-ups."""
    return text.translate(_LIGHT)


@text_cache
@lru_cache(maxsize=1 << 16)
def meaningful_length(text: str) -> int:
    """Letters and digits after normalisation, a number counting as one character. Cached apart
    from ``normalize``: every paragraph split measures each line, several times a review."""
    return len(normalize(text).text)


def char_shingles(norm: str, k: int = 4) -> set[str]:
    """Character k-grams; a text shorter than k is its own single shingle."""
    if len(norm) <= k:
        return {norm} if norm else set()
    return {norm[i : i + k] for i in range(len(norm) - k + 1)}


def plain_shingles(text: str, k: int = 3) -> set[str]:
    """Character k-grams of ``text`` with only whitespace removed (punctuation and figures kept, no
    masking): the drafter's light likeness, where a paragraph with other figures is less alike."""
    return char_shingles(no_blanks(text), k)


def shingle_positions(norm: str, k: int = 4) -> list[str]:
    """The k-gram starting at each position (index = position), for locating a copy inside a text."""
    if len(norm) <= k:
        return [norm] if norm else []
    return [norm[i : i + k] for i in range(len(norm) - k + 1)]


def jaccard(a: AbstractSet[Hashable], b: AbstractSet[Hashable]) -> float:
    """Shared shingles (strings, or their hashes) over all shingles of either; 0 when either side
    has none."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def containment(small: AbstractSet[str], big: AbstractSet[str]) -> float:
    """Share of ``small``'s shingles that also occur in ``big``."""
    if not small:
        return 0.0
    return len(small & big) / len(small)


def split_paragraphs(text: str, min_len: int = 30) -> list[tuple[int, int]]:
    """[start, end) of each paragraph of a text (lines, blanks trimmed).

    Consecutive short lines (a list of items, a label and its value) are kept together as one
    piece, so that a repeated list is compared as a whole rather than ignored line by line.

    A text of one line is one piece whatever its length (nothing to keep together): it is not
    measured (most texts are one line, and the segments are split at two lengths)."""
    if "\n" not in text:
        s, e = 0, len(text)
        while s < e and text[s] in _BLANKS:
            s += 1
        while e > s and text[e - 1] in _BLANKS:
            e -= 1
        return [(s, e)] if e > s else []
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and text[s] in _BLANKS:
            s += 1
        while e > s and text[e - 1] in _BLANKS:
            e -= 1
        if e > s:
            lines.append((s, e))
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for s, e in lines:
        if meaningful_length(text[s:e]) >= min_len:
            if run:
                out.append((run[0][0], run[-1][1]))
                run = []
            out.append((s, e))
        else:
            run.append((s, e))
    if run:
        out.append((run[0][0], run[-1][1]))
    return out


def is_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` begins a sentence: start of text or line, after 。；！？：, a closing quote
    after one of those, or right after a list marker that itself starts a line or sentence."""
    j = pos
    while j > 0 and text[j - 1] in _BLANKS and text[j - 1] != "\n":
        j -= 1
    if j == 0 or text[j - 1] == "\n":
        return True
    c = to_halfwidth(text[j - 1])
    if c in TERMINATORS or c == ":":
        return True
    if c in _CLOSERS and j >= 2 and to_halfwidth(text[j - 2]) in TERMINATORS:
        return True
    # right after a list marker: find a line/sentence start s with list_marker_end(text, s) == pos
    lo = max(0, j - 12)
    if lo and _ENDS.isdisjoint(text[lo - 1 : j - 1]):
        return False  # no line or sentence starts within reach (most places): no marker there
    for s in range(lo, j):
        if (s == 0 or text[s - 1] in _ENDS) and list_marker_end(text, s) >= j:
            return True
    return False


# what a line or sentence starts after: a line break, or a character whose half-width form ends a
# sentence (the full-width, small and vertical forms, and the Greek question mark, a semicolon to
# NFKC: tests/test_textnorm.py checks every character)
_ENDS = frozenset("\n" + TERMINATORS + "".join(
    c for c in map(chr, (0x37E, *range(0xFE10, 0xFE70), *range(0xFF00, 0xFFF0))) if to_halfwidth(c) in TERMINATORS))
