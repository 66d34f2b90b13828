"""How the lexicon file (``lexicon.py``) stores its parts: pure helpers of the build, imported only
when the file is built (never at start-up); this file is one of the file's sources (its key)."""

from __future__ import annotations

import sys
import zlib
from array import array
from itertools import accumulate

__all__ = ["char_table", "checked", "more_part", "spaced", "words_part"]


def char_table(words: dict[str, int], names: list[str], readings: dict[str, str], han: range) -> tuple:
    """The character table as ``Lexicon._read_chars`` reads it: by code point of ``han``, each Chinese
    character's frequency (int32, -1 for none: a dict of all 11,773 cost a review 30 M instructions
    to look up about 700), its name flag and its line of readings (uint32 starts, one more for the
    end); then the other single characters' frequencies and names, taken whole."""
    lines, named = [readings[chr(c)] for c in han], set(names)  # every code point, in order
    assert len(lines) == len(readings), "the table's readings are one line per code point"
    freqs = array("i", [words.get(chr(c), -1) for c in han])
    starts = array("I", accumulate((len(line) + 1 for line in lines), initial=0))
    assert freqs.itemsize == starts.itemsize == 4
    if sys.byteorder != "little":  # as the offsets: the file is little-endian
        freqs.byteswap()
        starts.byteswap()
    return (freqs.tobytes(), bytes(chr(c) in named for c in han), {w: f for w, f in words.items() if ord(w) not in han},
            [w for w in names if ord(w) not in han], "\n".join(lines), starts.tobytes())


def words_part(words: dict[str, int], names: list[str]) -> tuple[str, bytes, str]:
    """A bucket's words and names as ``Lexicon._need`` reads them: the words (prefixes too) in one string,
    ``\\0`` between, their frequencies (int32) in the same order, the names in one string. Why: stored as a
    dict and a list, each word was an object of its own for ``marshal`` to decode (two thirds of the cost
    of loading a report's buckets, 30 M instructions for the sample); one string is split in one step."""
    assert not any("\0" in w for w in (*words, *names))
    counts = array("i", words.values())
    assert counts.itemsize == 4
    if sys.byteorder != "little":  # as the offsets: the file is little-endian
        counts.byteswap()
    return "\0".join(words), counts.tobytes(), "\0".join(names)


def more_part(more: dict[str, str]) -> tuple[str, str]:
    """A bucket's patterns and readings as ``Lexicon._need_more`` reads them: the keys in one string and
    the values in another, ``\\0`` between (``words_part`` says why)."""
    assert not any("\0" in s for s in (*more, *more.values()))
    return "\0".join(more), "\0".join(more.values())


def spaced(readings: tuple[str, ...]) -> str:
    """Readings stored as one string (a string is read faster than a tuple of them)."""
    assert all(r and not any(c.isspace() for c in r) for r in readings), readings
    return " ".join(readings)


def checked(part: bytes) -> bytes:
    """A part as stored: its checksum, then its bytes."""
    return zlib.crc32(part).to_bytes(4, "little") + part
