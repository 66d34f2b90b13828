"""The typo check's lexicon, loaded only where a report needs it.

jieba's dictionary (349k words) and pypinyin's tables took about 3 s to load in every process, more
than the whole review of a report. They are now read once into a compact file under the user's
cache folder (``$JIXIAO_CACHE_DIR``, else ``$XDG_CACHE_HOME/jixiao`` or ``~/.cache/jixiao``), named
by a key over everything it is built from (this format, the vocabulary, the installed jieba and
pypinyin files), so an upgrade builds a new one and nothing is downloaded. The file holds 65,536
buckets by a word's first two characters; a report loads only the buckets of the strings it can
look up, and the readings (pinyin with tones) of the words a correction can be, computed at build
time with pypinyin exactly as the check asked for them before. Where the cache folder cannot be
written, the file is built in memory for the process.

The segmentation is jieba's own (``Tokenizer.get_DAG`` and ``calc``, MIT licence, the same
arithmetic in the same order), run on this dictionary, so routes and probabilities are unchanged.
"""

from __future__ import annotations

import hashlib
import marshal
import math
import mmap
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import yaml

from ..errors import DraftingError
from ..io.atomic import write_bytes

__all__ = ["COMMON", "Lexicon", "lexicon", "route"]

DATA = Path(__file__).resolve().parent.parent / "data"
FORMAT = "typo-lexicon-1"
COMMON = 50  # a correction is a word at least this frequent in jieba's dictionary (of 60 million)
_PROPER_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_BUCKETS = 1 << 16


def bucket(key: str) -> int:
    """The bucket of a word (or prefix): by its first two characters."""
    return (ord(key[0]) * 40503 + (ord(key[1]) if len(key) > 1 else 0)) & (_BUCKETS - 1)


@dataclass
class Lexicon:
    """Word frequencies (prefixes at 0, as jieba's DAG needs them), proper names, readings of the
    words a correction can be and of single characters — filled bucket by bucket as reports need
    them — and the vocabulary, similar-shape and confusion data."""

    total: int
    vocabulary: set[str]
    shapes: dict[str, str]
    confusions: list[dict[str, str]]
    blob: Any  # the cache file's bytes (mmap or bytes)
    offsets: list[int]
    freq: dict[str, int] = field(default_factory=dict)
    proper: set[str] = field(default_factory=set)
    readings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    loaded: set[int] = field(default_factory=set)

    def ensure(self, text: str) -> None:
        """Load the buckets of every string a segmentation of ``text`` can look up."""
        need = {bucket(text[k:k + 2]) for k in range(len(text))} | {bucket(c) for c in set(text)}
        for b in need - self.loaded:
            self.loaded.add(b)
            start, end = self.offsets[b], self.offsets[b + 1]
            if start == end:
                continue
            freq, proper, readings = marshal.loads(self.blob[start:end])
            self.freq.update(freq)
            self.proper.update(proper)
            self.readings.update(readings)

    def eligible(self, word: str) -> bool:
        """A word a correction can be: common, two to four Chinese characters, no proper name."""
        self.ensure(word)
        return len(word) > 1 and word in self.readings


def route(run: str, lex: Lexicon) -> tuple[float, list[tuple[int, int]]]:
    """The most probable segmentation of ``run`` (jieba's, without HMM): its log probability and
    token spans."""
    lex.ensure(run)
    freq, n = lex.freq, len(run)
    dag: dict[int, list[int]] = {}
    for k in range(n):
        ends, i, frag = [], k, run[k]
        while i < n and frag in freq:
            if freq[frag]:
                ends.append(i)
            i += 1
            frag = run[k:i + 1]
        dag[k] = ends or [k]
    best: dict[int, tuple[float, int]] = {n: (0, 0)}
    logtotal = math.log(lex.total)
    for idx in range(n - 1, -1, -1):
        best[idx] = max((math.log(freq.get(run[idx:x + 1]) or 1) - logtotal + best[x + 1][0], x)
                        for x in dag[idx])
    spans, i = [], 0
    while i < n:
        j = best[i][1] + 1
        spans.append((i, j))
        i = j
    return best[0][0], spans


def _data_lines(name: str) -> list[str]:
    """The lines of a data file, without comments and blank lines."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


def _package_dir(name: str) -> Path:
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(name)
    return Path(next(iter(spec.submodule_search_locations)))


def _sources() -> list[Path]:
    jieba, pypinyin = _package_dir("jieba"), _package_dir("pypinyin")
    return [jieba / "dict.txt", pypinyin / "__init__.py", pypinyin / "pinyin_dict.py",
            pypinyin / "phrases_dict.py", DATA / "vocabulary.txt"]


def _key() -> str:
    """What the cache file is built from: this format, the data file and the installed tables."""
    h = hashlib.sha256(f"{FORMAT} {COMMON} {sorted(_PROPER_TAGS)}".encode())
    for path in _sources():
        st = path.stat()
        h.update(f"{path.name} {st.st_size} {st.st_mtime_ns}".encode())
    h.update((DATA / "vocabulary.txt").read_bytes())
    return h.hexdigest()[:20]


def cache_dir() -> Path:
    """Where built files are kept: ``$JIXIAO_CACHE_DIR``, else the user's cache folder."""
    if os.environ.get("JIXIAO_CACHE_DIR"):
        return Path(os.environ["JIXIAO_CACHE_DIR"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"))
    # no home folder known: a relative path would land in the working folder, so use the temp folder
    return base / "jixiao" if base.is_absolute() else Path(tempfile.gettempdir()) / "jixiao-cache"


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


def _build(vocabulary: Iterable[str]) -> bytes:
    """The cache file: a header (total, bucket offsets) and the buckets."""
    from pypinyin import Style, pinyin

    words, proper = _read_jieba(_sources()[0])
    for word in vocabulary:  # the vocabulary reads as words (自评 is never two suspicious characters)
        words[word] = max(words.get(word, 0), COMMON)
    total = sum(words.values())
    readings: dict[str, tuple[str, ...]] = {}
    for word, count in words.items():
        if count >= COMMON and 2 <= len(word) <= 4 and word not in proper and _HAN_RUN.fullmatch(word):
            readings[word] = tuple(r[0] for r in pinyin(word, style=Style.TONE3, heteronym=False))
    for code in range(0x4E00, 0xA000):
        readings[chr(code)] = (pinyin(chr(code), style=Style.TONE3, heteronym=False)[0][0],)
    freq = dict(words)
    for word in words:  # jieba's DAG needs every prefix present
        for i in range(1, len(word)):
            freq.setdefault(word[:i], 0)
    parts: list[tuple[dict[str, int], list[str], dict[str, tuple[str, ...]]]] = [
        ({}, [], {}) for _ in range(_BUCKETS)]
    for word, count in freq.items():
        parts[bucket(word)][0][word] = count
    for word in proper:
        parts[bucket(word)][1].append(word)
    for word, reading in readings.items():
        parts[bucket(word)][2][word] = reading
    blobs = [marshal.dumps(p) if p != ({}, [], {}) else b"" for p in parts]
    offsets, at = [], 0
    for b in blobs:
        offsets.append(at)
        at += len(b)
    offsets.append(at)
    header = marshal.dumps((FORMAT, total, offsets))
    return len(header).to_bytes(8, "little") + header + b"".join(blobs)


def _open(vocabulary: set[str]) -> tuple[Any, int, list[int], int]:
    """The cache file's contents, its total and offsets; built and stored first when the file is
    missing or damaged (a disk that filled up under another tool)."""
    path = cache_dir() / f"{FORMAT}-{_key()}.bin"
    data: Any = None
    try:
        with path.open("rb") as f:
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        pass
    header = _header(data) if data is not None else None
    if header is None:
        data = _build(vocabulary)
        header = _header(data)
        assert header is not None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, data)
        except (OSError, DraftingError):  # an unwritable cache folder only costs time
            pass
    return (data, *header)


def _header(data: Any) -> tuple[int, list[int], int] | None:
    try:
        size = int.from_bytes(data[:8], "little")
        fmt, total, offsets = marshal.loads(data[8:8 + size])
    except (EOFError, ValueError, TypeError):
        return None
    if fmt != FORMAT or len(offsets) != _BUCKETS + 1 or 8 + size + offsets[-1] != len(data):
        return None
    return total, offsets, 8 + size


@cache
def lexicon() -> Lexicon:
    """Load once per process: the cache file's header, the data files and the vocabulary's buckets."""
    vocabulary = {line.split("\t")[0] for line in _data_lines("vocabulary.txt")}  # a tab starts a reason
    shapes = dict(line.split("\t") for line in _data_lines("similar_shape.txt"))
    confusions = yaml.safe_load((DATA / "typo_confusions.yaml").read_text(encoding="utf-8"))
    data, total, offsets, base = _open(vocabulary)
    lex = Lexicon(total, vocabulary, shapes, confusions, data, [o + base for o in offsets])
    for word in vocabulary:
        lex.ensure(word)
    return lex
