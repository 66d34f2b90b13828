"""The typo check's lexicon: jieba's dictionary and pypinyin's readings, loaded only where a report needs them.

Reading jieba's dictionary (349k words), indexing its common words and importing pypinyin's tables
took about 3 s of CPU in every process, more than the whole rest of a review. They are read once
into a compact file under the user's cache folder (``$JIXIAO_CACHE_DIR``, else
``$XDG_CACHE_HOME/jixiao`` or ``~/.cache/jixiao``; the temp folder when no home folder is known; never
inside the working folder), named by a key over everything it is built from (this module's code, the
vocabulary, the installed jieba and pypinyin files), so an upgrade builds a new one and nothing is
downloaded. A damaged file is built again (checksums: of the header, offsets and prefix map when it is
opened, of each part when it is read); where no folder can be written the file is built in memory for
the process; concurrent builders each write a temporary file and rename it.

The file holds 262,144 buckets keyed by a string's first two characters, each in two parts: the
words and prefixes of two characters or more (jieba's DAG needs every prefix) and the proper names;
then the common words by one-character wildcard patterns (负? → 负责, 负担, …: what a correction can
be) and the readings pypinyin gives a common word's syllables in it, read only when the candidate
search asks (a first report read 13,000 with the words it segments, to use about 600). Every single
character (jieba's frequency, its tag, pypinyin's first reading and all its readings without tones)
sits in one table read when a report first asks about one. Every answer is the one jieba and
pypinyin give, and the segmentation is jieba's own arithmetic (``Tokenizer.get_DAG``/``calc``, MIT
licence) in the same order, so routes and probabilities are unchanged.
"""

from __future__ import annotations

import marshal
import math
import mmap
import operator
import os
import re
import sys
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..digests import sha256
from ..errors import DraftingError
from ..io.cache_folder import cache_dir, open_private, write_private
from . import curated as _curated
from .curated import anyone, compiled, read_confusions

__all__ = ["COMMON", "Lexicon", "cache_dir", "lexicon"]

DATA = Path(__file__).resolve().parent.parent / "data"
FORMAT = "jixiao-lexicon-10"
COMMON = 50  # a correction is a word at least this frequent in jieba's dictionary (of 60 million)
_PROPER_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_BITS = 18
_BUCKETS = 1 << _BITS
_OFFSETS = 2 * _BUCKETS + 2  # two parts of each bucket, the character table, the end
_PREFIX_BITS = 21  # a bit per hash of two characters that start some string the file holds
_PREFIX_BYTES = (1 << _PREFIX_BITS) // 8
_HAN = range(0x4E00, 0xA000)
_SPANS: list[dict[int, tuple[int, int]]] = []  # by start, by end: the (start, end) pairs routes give, made once
_TONE_MARKS = str.maketrans({**{c: v for v, cs in (("a", "āáǎà"), ("e", "ēéěèếề"), ("i", "īíǐì"), ("o", "ōóǒò"),
                                                    ("u", "ūúǔù"), ("v", "üǖǘǚǜ"), ("n", "ńňǹ"), ("m", "ḿ"))
                                for c in cs}, "\u0300": None, "\u0304": None, "\u030c": None})


def _bucket(key: str) -> int:
    """A string's bucket, by its first two characters (or its one)."""
    x = ord(key[0]) << 21 | (ord(key[1]) if len(key) > 1 else 0)
    return (x * 0x9E3779B97F4A7C15 & 0xFFFFFFFFFFFFFFFF) >> (64 - _BITS)  # Fibonacci hashing


def _prefix(key: str) -> int:
    """The bit of a string's first two characters in the file's prefix map (another hash than the
    bucket's, so that a string sharing a bucket with real words is still seen to start none)."""
    x = ord(key[0]) << 21 | ord(key[1])
    return (x * 0xC2B2AE3D27D4EB4F & 0xFFFFFFFFFFFFFFFF) >> (64 - _PREFIX_BITS)


@dataclass
class Lexicon:
    """What the typo check asks of jieba and pypinyin, answered from the file's buckets as they are
    needed; and the vocabulary, similar-shape and confusion data."""

    total: int  # jieba's total frequency, the vocabulary included
    vocabulary: set[str]
    shapes: dict[str, str]
    confusions: list[dict[str, str]]
    # the curated confusions compiled: all as one pattern (a text it does not match matches none of
    # them), and each with its entry
    curated: tuple[re.Pattern[str], list[tuple[re.Pattern[str], dict[str, str]]]]
    blob: Any  # the file's bytes (an mmap, or bytes built in memory)
    offsets: Any  # where each bucket's two parts start in ``blob`` (uint32), the character table and the end
    prefixes: int  # where the prefix map starts in ``blob``
    _freq: dict[str, int] = field(default_factory=dict)
    _proper: set[str] = field(default_factory=set)
    # patterns (负? → the words' characters in a row) and word readings (yin2 hang2), as stored, and
    # once asked for, as tuples
    _more: dict[str, Any] = field(default_factory=dict)
    _loaded: bytearray = field(default_factory=lambda: bytearray(_BUCKETS))  # a bucket's words and names read
    _keys: set[str] = field(default_factory=set)  # keys whose words and names are loaded (or none are held)
    _more_keys: set[str] = field(default_factory=set)  # keys whose patterns and readings are loaded
    _more_buckets: set[int] = field(default_factory=set)  # buckets whose patterns and readings are loaded
    _logp: dict[str, float | None] = field(default_factory=dict)  # log(freq) - log(total), as jieba's calc; None: a prefix
    # the character table once read: each Chinese character's frequency (-1: none), name flag and readings
    _chars: tuple[Any, bytes, str, Any] | None = None
    _char_readings: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def _need(self, keys: set[str]) -> None:
        """Load the words and names of the buckets of ``keys`` (two characters; one: the character table)."""
        new = keys - self._keys
        if not new:
            return
        blob, at, offsets, loaded = self.blob, self.prefixes, self.offsets, self._loaded
        freq, proper = self._freq, self._proper
        chars = self._chars
        for key in new:
            if len(key) != 2:
                if len(key) == 1:  # a single character: its entry in the character table
                    chars = chars or self._read_chars()
                    c = ord(key) - _HAN.start
                    if 0 <= c < len(_HAN) and (f := chars[0][c]) >= 0:
                        freq[key] = f
                        if chars[1][c]:
                            proper.add(key)
                continue
            # ``_prefix`` and ``_bucket`` inline: a first report asks about thousands of keys
            x = ord(key[0]) << 21 | ord(key[1])
            bit = (x * 0xC2B2AE3D27D4EB4F & 0xFFFFFFFFFFFFFFFF) >> (64 - _PREFIX_BITS)
            if not blob[at + (bit >> 3)] >> (bit & 7) & 1:
                continue  # nothing the file holds starts with these two characters: no bucket to read
            b = (x * 0x9E3779B97F4A7C15 & 0xFFFFFFFFFFFFFFFF) >> (64 - _BITS)
            if not loaded[b]:
                start, end = offsets[2 * b], offsets[2 * b + 1]
                if start != end:  # ``lexicon_parts.words_part``
                    words, counts, names = self._part(start, end)
                    if words:
                        freq.update(zip(words.split("\0"), memoryview(counts).cast("i"), strict=True))
                    if names:
                        proper.update(names.split("\0"))
                loaded[b] = 1  # marked only once read: an interrupted read is read again
        self._keys |= new

    def _need_more(self, key: str) -> None:
        """Load the patterns and readings of ``key``'s bucket (two characters)."""
        b = _bucket(key)
        start, end = self.offsets[2 * b + 1], self.offsets[2 * b + 2]
        if start != end and b not in self._more_buckets:  # ``lexicon_parts.more_part``
            keys, values = self._part(start, end)
            self._more.update(zip(keys.split("\0"), values.split("\0"), strict=True))
        self._more_buckets.add(b)
        self._more_keys.add(key)

    def _read_chars(self) -> tuple[Any, bytes, str, Any]:
        """The character table (``lexicon_parts.char_table``): each Chinese character's frequency, name flag and
        readings (pypinyin's first with its tone, then all without), put in ``_freq`` when a key asks (``_need``)."""
        start, end = self.offsets[2 * _BUCKETS], self.offsets[2 * _BUCKETS + 1]
        freqs, flags, words, names, readings, starts = self._part(start, end)
        self._freq.update(words)
        self._proper.update(names)
        self._chars = (memoryview(freqs).cast("i"), flags, readings, memoryview(starts).cast("I"))
        return self._chars

    def _part(self, start: int, end: int) -> Any:
        """The part of the file at [start, end) (its checksum, then its values), checked as it is
        read; a damaged one has the file built again (and stored whole), then is read from that.
        Why a checksum for each part: checking the whole 16 MB file at every start (only 1 % of it
        is read for a report) was 60 M instructions, 2 % of a review of the sample."""
        piece = self.blob[start + 4:end]
        if zlib.crc32(piece) != int.from_bytes(self.blob[start:start + 4], "little"):
            self.blob, (_, self.offsets, _, self.prefixes) = _open(self.vocabulary, damaged=True)
            piece = self.blob[start + 4:end]  # the same parts at the same places: built from the same sources
        return marshal.loads(piece)

    def _char(self, ch: str) -> tuple[str, ...] | None:
        """A Chinese character's readings as the table has them (its first with tone, then all
        toneless); None for any other character."""
        found = self._char_readings.get(ch)
        if found is None:
            at = ord(ch) - _HAN.start
            if not 0 <= at < len(_HAN):
                return None
            _, _, readings, starts = self._chars if self._chars is not None else self._read_chars()
            found = self._char_readings[ch] = tuple(readings[starts[at]:starts[at + 1] - 1].split(" "))
        return found

    def freq(self, word: str) -> int:
        """jieba's frequency of ``word`` (0 for a prefix or an unknown string)."""
        found = self._freq.get(word)  # found: its bucket is loaded
        if found is None:
            if word[:2] in self._keys:
                return 0
            self._need({word[:2]})
            return self._freq.get(word, 0)
        return found

    def starts_words(self, text: str) -> bool:
        """Some word of the dictionary starts with ``text`` (年年 starts 年年有余), or is it."""
        if text in self._freq:  # its bucket is loaded
            return True
        if text[:2] not in self._keys:
            self._need({text[:2]})
        return text in self._freq

    def is_name(self, word: str) -> bool:
        """jieba tags ``word`` as a person, place or organisation (nr, ns, nt, nz)."""
        if word[:2] not in self._keys:
            self._need({word[:2]})
        return word in self._proper

    def like(self, pattern: str) -> tuple[str, ...]:
        """The common words (two to four Chinese characters, no names) matching ``pattern``, where
        one ``?`` stands for any character: 负? → 负责, 负担, …"""
        if pattern[:2] not in self._more_keys:
            self._need_more(pattern[:2])
        found = self._more.get(pattern, ())
        if type(found) is str:  # the words written in a row, as stored
            n = len(pattern)
            found = self._more[pattern] = tuple([found[i:i + n] for i in range(0, len(found), n)])
        return found

    def readings(self, text: str) -> tuple[str, ...]:
        """pypinyin's readings with tones of a common word's characters in that word (银行: yin2
        hang2), or of one character (its first reading)."""
        if len(text) == 1:
            found = self._char(text)
            return found[:1] if found is not None else _pinyin(text)
        if text[:2] not in self._more_keys:
            self._need_more(text[:2])
        found = self._more.get(text)
        if found is None:
            return _pinyin(text)
        if type(found) is str:  # the syllables space-separated, as stored
            found = self._more[text] = tuple(found.split(" "))
        return found

    def toneless(self, ch: str) -> tuple[str, ...]:
        """Every reading pypinyin knows for ``ch``, without tones (行: xing, hang)."""
        found = self._char(ch)
        return found[1:] if found is not None else _toneless(ch)

    def route(self, run: str) -> tuple[float, list[tuple[int, int]]]:
        """The most probable segmentation of ``run`` (jieba's, without HMM): its log probability
        and token spans."""
        keys = {run[k:k + 2] for k in range(len(run))}
        keys.update(run)
        if not keys <= self._keys:
            self._need(keys)
        return self._route(run)

    def routes(self, runs: list[str]) -> dict[str, tuple[float, list[tuple[int, int]]]]:
        """``route`` of each run, the buckets of all of them loaded at once (a report's thousands of
        runs share most of their first characters)."""
        keys: set[str] = set()
        for run in runs:  # each two characters in a row (a C loop: a long report has tens of thousands)
            keys.update(map(operator.add, run, run[1:]))
        keys.update(*runs)
        if not keys <= self._keys:
            self._need(keys)
        return {run: self._route(run) for run in runs}

    def _route(self, run: str) -> tuple[float, list[tuple[int, int]]]:
        n = len(run)
        lp_get, freq_get, logtotal = self._logp.get, self._freq.get, math.log(self.total)
        unknown = math.log(1) - logtotal  # a character no word starts with: jieba's ``or 1``
        # jieba's get_DAG and calc in one right-to-left pass: the words starting at k are the
        # dictionary's strings run[k:i+1] of non-zero frequency, read until one is no prefix of any
        # word; the best is the greatest (log probability, end), so of equal scores the longer word
        # wins, as jieba's max() of tuples. A string's log probability (None for a mere prefix) is
        # kept once computed: one look-up per string after that, not two
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best_lp, best_x = -math.inf, k
            i, frag = k, run[k]
            while True:
                lp = lp_get(frag, 1.0)  # not read yet (a log probability is never positive)
                if lp == 1.0:
                    f = freq_get(frag)
                    if f is None:
                        break  # no word goes on from here
                    lp = self._logp[frag] = math.log(f) - logtotal if f else None
                if lp is not None:
                    total = lp + score[i + 1]
                    if total >= best_lp:
                        best_lp, best_x = total, i
                i += 1
                if i == n:
                    break
                frag = run[k:i + 1]
            if best_lp == -math.inf:  # no word starts here: the character alone, as jieba's DAG gives it
                best_lp = unknown + score[k + 1]
            score[k], end[k] = best_lp, best_x
        # a token's (start, end) is one tuple per process: a report's tens of thousands, made anew,
        # woke the garbage collector
        _SPANS.extend({} for _ in range(len(_SPANS), n + 1))
        spans, i = [], 0
        while i < n:
            j = end[i] + 1
            spans.append(_SPANS[i].get(j) or _SPANS[i].setdefault(j, (i, j)))
            i = j
        return score[0], spans


def _pinyin(text: str) -> tuple[str, ...]:
    """pypinyin itself, for a string the file holds no reading of (never a common word or a Chinese
    character: the check asks for nothing else)."""
    from pypinyin import Style, pinyin

    return tuple(r[0] for r in pinyin(text, style=Style.TONE3, heteronym=False))


def _toneless(ch: str) -> tuple[str, ...]:
    """Every reading pypinyin's table gives ``ch``, tones taken off (行: xing, hang)."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings = pinyin_dict.get(ord(ch))
    return tuple(dict.fromkeys(readings.translate(_TONE_MARKS).split(","))) if readings else ()


def _data_lines(name: str) -> list[str]:
    """The lines of a data file, without comments and blank lines (read at every start: stripped in
    one ``map``, not a generator's frame per line)."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [s for s in map(str.strip, text.splitlines()) if s and s[0] != "#"]


def _package_dir(name: str) -> Path:
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(name)
    return Path(next(iter(spec.submodule_search_locations)))


def _sources() -> list[Path]:
    jieba, pypinyin = _package_dir("jieba"), _package_dir("pypinyin")
    return [jieba / "dict.txt", pypinyin / "__init__.py", pypinyin / "pinyin_dict.py",
            pypinyin / "phrases_dict.py", DATA / "vocabulary.txt", Path(__file__), Path(_curated.__file__),
            Path(__file__).with_name("lexicon_parts.py")]


def _key() -> str:
    """What the file is built from: this module's code, the vocabulary and the installed tables."""
    h = sha256(f"{FORMAT} {COMMON} {sorted(_PROPER_TAGS)}".encode())
    for path in _sources():
        st = path.stat()
        h.update(f"{path.name} {st.st_size} {st.st_mtime_ns}".encode())
    h.update((DATA / "vocabulary.txt").read_bytes())
    h.update((DATA / "typo_confusions.yaml").read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update(Path(_curated.__file__).read_bytes())  # the pattern of all confusions is stored in the file
    return h.hexdigest()[:20]


def _read_jieba(path: Path) -> tuple[dict[str, int], set[str]]:
    freq: dict[str, int] = {}
    proper: set[str] = set()
    with path.open("r", encoding="utf-8") as f:
        for line in f:
            word, count, *tag = line.split()
            freq[word] = int(count)
            if tag and tag[0] in _PROPER_TAGS:
                proper.add(word)
    return freq, proper


def _entries(vocabulary: set[str]) -> tuple[int, list[tuple[int, int, str, Any]]]:
    """jieba's total and every (bucket, part, key, value) the buckets hold; a key of one character
    (bucket -1) goes to the character table."""
    from pypinyin import Style, pinyin

    from .lexicon_parts import spaced

    words, proper = _read_jieba(_sources()[0])
    for word in vocabulary:  # the vocabulary reads as words (自评 is never two suspicious characters)
        words[word] = max(words.get(word, 0), COMMON)
    freq = dict(words)
    for word in words:
        for i in range(1, len(word)):
            freq.setdefault(word[:i], 0)
    out: list[tuple[int, int, str, Any]] = [(_slot(w), 0, w, c) for w, c in freq.items()]
    out += [(_slot(w), 1, w, None) for w in proper]
    like: dict[str, list[str]] = defaultdict(list)
    for word, count in words.items():
        # a vocabulary word jieba tags as a name (满意度 and 福利 as places) is a word a correction may restore
        if count >= COMMON and 2 <= len(word) <= 4 and (word not in proper or word in vocabulary) and _HAN_RUN.fullmatch(word):
            for i in range(len(word)):
                like[word[:i] + "?" + word[i + 1:]].append(word)
            out.append((_slot(word), 2, word, spaced(_pinyin(word))))
    out += [(_slot(p), 2, p, "".join(ws)) for p, ws in like.items()]  # words of one length, in a row
    # each character's readings, in the character table
    out += [(-1, 2, chr(c), spaced((pinyin(chr(c), style=Style.TONE3, heteronym=False)[0][0], *_toneless(chr(c)))))
            for c in _HAN]
    return sum(words.values()), out


def _slot(key: str) -> int:
    """A string's bucket; -1 (the character table) for one character."""
    return _bucket(key) if len(key) > 1 else -1


def _build(vocabulary: set[str]) -> bytes:
    """The file: the header's length, the checksum of what follows up to the buckets, the header
    (format, total, number of buckets, the curated confusions), the offsets (uint32, little-endian) of
    each bucket's two parts, of the character table and of the end, the prefix map (a bit set for the
    first two characters of every word, prefix and name held), then the buckets and the character
    table, each part (when not empty) its checksum and its values (checked when read: ``_part``)."""
    from .lexicon_parts import char_table, checked, more_part, words_part

    total, entries = _entries(vocabulary)
    parts: dict[int, tuple[dict[str, int], list[str], dict[str, Any]]] = defaultdict(lambda: ({}, [], {}))
    for b, part, key, value in entries:
        target = parts[b][part]
        if isinstance(target, list):
            target.append(key)
        else:
            target[key] = value
    blobs: list[bytes] = []
    for b in range(_BUCKETS):
        words, names, more = parts[b] if b in parts else ({}, [], {})
        blobs += [checked(marshal.dumps(words_part(words, names))) if words or names else b"",
                  checked(marshal.dumps(more_part(more))) if more else b""]
    blobs.append(checked(marshal.dumps(char_table(*parts[-1], _HAN))))
    prefixes = bytearray(_PREFIX_BYTES)
    for _, part, key, _ in entries:
        if len(key) > 1 and part < 2:
            bit = _prefix(key)
            prefixes[bit >> 3] |= 1 << (bit & 7)
    confusions = read_confusions()
    header = marshal.dumps((FORMAT, total, _BUCKETS, confusions, anyone(confusions)))
    at = 8 + len(header) + 4 * len(blobs) + 4 + _PREFIX_BYTES
    offsets = array("I")
    assert offsets.itemsize == 4
    for blob in blobs:
        offsets.append(at)
        at += len(blob)
    offsets.append(at)  # an overflow past 4 GiB raises here
    if sys.byteorder != "little":
        offsets.byteswap()
    index = header + offsets.tobytes() + bytes(prefixes)
    return len(header).to_bytes(4, "little") + zlib.crc32(index).to_bytes(4, "little") + index + b"".join(blobs)


def _header(data: Any) -> tuple[int, Any, Any, int] | None:
    """The total, the offsets (``_OFFSETS``), the confusions (and the pattern of them all) and where
    the prefix map starts, of a whole file whose header, offsets and prefix map are undamaged (each
    bucket's parts are checked as they are read); else None."""
    try:
        size, crc = int.from_bytes(data[:4], "little"), int.from_bytes(data[4:8], "little")
        fmt, total, buckets, *confusions = marshal.loads(data[8:8 + size])
        index = memoryview(data)[8:8 + size + 4 * _OFFSETS + _PREFIX_BYTES]
        offsets = index[size:size + 4 * _OFFSETS].cast("I")
        whole = (fmt == FORMAT and buckets == _BUCKETS and sys.byteorder == "little"
                 and offsets[-1] == len(data) and zlib.crc32(index) == crc)
    except (EOFError, ValueError, TypeError, IndexError):
        return None
    return (total, offsets, confusions, 8 + size + 4 * _OFFSETS) if whole else None


def _read(path: Path) -> tuple[Any, tuple[int, Any, Any, int]] | None:
    fd = open_private(path)  # None: missing, not this user's alone, or not a regular file (a pipe would block)
    if fd is None:
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            data: Any = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    header = _header(data)
    return (data, header) if header else None


def _open(vocabulary: set[str], damaged: bool = False) -> tuple[Any, tuple[int, Any, Any, int]]:
    """The file's contents and what its header says (``_header``); built (and stored, when a folder can be written) if it
    is missing or damaged (``damaged``: a part read from it was)."""
    folder = cache_dir()
    path = folder / f"lexicon-{_key()}.bin" if folder else None
    found = _read(path) if path and not damaged else None  # a file read is marked as used (``open_private``)
    if found is None:
        data: Any = _build(vocabulary)
        header = _header(data)
        assert header is not None
        if path is not None:
            try:
                write_private(path, data)  # never through a link or pipe planted at the name; old files pruned
            except (OSError, DraftingError):  # an unwritable cache folder only costs time
                pass
        found = (data, header)
    return found


@cache
def lexicon() -> Lexicon:
    """Load once per process: the file's header, the data files and the curated confusions compiled
    (about 20 ms of regular expressions, which the first report read used to pay); the buckets come
    as needed."""
    vocabulary = {line.split("\t", 1)[0] for line in _data_lines("vocabulary.txt")}  # a tab starts a reason
    shapes = dict(map(operator.methodcaller("split", "\t"), _data_lines("similar_shape.txt")))
    data, (total, offsets, (confusions, either), prefixes) = _open(vocabulary)
    return Lexicon(total, vocabulary, shapes, confusions, compiled(confusions, either), data, offsets, prefixes)
