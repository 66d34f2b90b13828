"""Paragraph segments of a report, compared by masked shingles: what the repeated-text checks share.

A ``Segment`` is a paragraph (or a piece of one) of a text unit with its normalised form
(``textnorm``: halfwidth, no punctuation or markers, numbers masked) and its 4-character shingles.
``overlaps`` counts shared shingles through an inverted index (no all-pairs loop); ``locate`` finds
the exact span of a copy inside a longer segment. ``redundancy`` (duplicates, prior-year copies),
``splices`` and ``crossreport`` build on it. ``repeated_runs`` finds, character by character, the
maximal runs of (number-masked) text that a unit shares with another place: what a partial splice
copies.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

from ..findings import FindingLocation
from ..numbers.textnorm import Normalized, normalize, shingle_positions, split_paragraphs
from ..report import Location, Report, TextUnit, clip

__all__ = [
    "INSIDE",
    "MIN_CHARS",
    "K",
    "Run",
    "Segment",
    "finding_location",
    "locate",
    "overlaps",
    "repeated_runs",
    "segments",
    "shingle_index",
    "snippet",
]

K = 4                 # shingle length (characters of normalised text)
MIN_CHARS = 30        # shorter paragraphs (labels, short phrases) are not compared by default
INSIDE = 0.85         # containment at or above: one text lies inside the other
_MAX_POSTING = 64     # a shingle in more paragraphs than this is too common to find candidates
_RUN_GAP = 10         # matched shingles further apart than this start a new run


@dataclass
class Segment:
    """A paragraph (or a piece of one) of a text unit, with its normalised form and shingles."""

    unit: TextUnit
    start: int
    end: int
    norm: Normalized
    grams: list[str] = field(default_factory=list)
    shingles: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.grams = shingle_positions(self.norm.text, K)
        self.shingles = set(self.grams)

    @property
    def loc(self) -> Location:
        return self.unit.at(self.start, self.end)

    @property
    def text(self) -> str:
        return self.unit.text[self.start : self.end]

    def piece(self, a: int, b: int) -> Segment:
        """The sub-segment covering normalised characters [a, b)."""
        n = self.norm
        sub = Normalized(n.text[a:b], n.starts[a:b], n.ends[a:b])
        return Segment(self.unit, n.starts[a], n.ends[b - 1], sub)


def segments(report: Report, min_chars: int = MIN_CHARS) -> list[Segment]:
    out = []
    for unit in report.units():
        for s, e in split_paragraphs(unit.text, min_chars):
            norm = normalize(unit.text[s:e], offset=s)
            if len(norm) >= min_chars:
                out.append(Segment(unit, s, e, norm))
    return out


def _positions(seg: Segment) -> dict[str, list[int]]:
    """Every position of each shingle, latest first (so one text position takes at most one in an LIS)."""
    where: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(seg.grams):
        where[g].append(i)
    return {g: ps[:8][::-1] for g, ps in where.items()}


def locate(canon: Segment, seg: Segment) -> tuple[int, int] | None:
    """Normalised [a, b) of ``seg`` that holds a copy of ``canon``: the longest run of shared
    shingles in the same order (LIS), cut into runs; stray short runs at either end are dropped
    unless they complete the canonical's beginning or end (text split by an insertion)."""
    where = _positions(canon)
    pts = [(p, q) for p, g in enumerate(seg.grams) if g in where for q in where[g]]
    if not pts:
        return None
    seq = _lis(pts)
    runs: list[list[tuple[int, int]]] = [[seq[0]]]
    for prev, cur in pairwise(seq):
        if cur[0] - prev[0] > _RUN_GAP:
            runs.append([])
        runs[-1].append(cur)
    big = max(6, int(0.05 * len(canon.grams)))
    core = [i for i, r in enumerate(runs) if len(r) >= big]
    if not core:
        return None
    lo, hi = core[0], core[-1]
    if lo > 0 and runs[lo - 1][0][1] <= 2:
        lo -= 1
    if hi < len(runs) - 1 and runs[hi + 1][-1][1] >= len(canon.grams) - 3:
        hi += 1
    a = runs[lo][0][0]
    b = min(runs[hi][-1][0] + K, len(seg.norm))
    return a, b


def _lis(pts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence strictly increasing in the second coordinate (points in first-coordinate order)."""
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = [-1] * len(pts)
    for i, (_, v) in enumerate(pts):
        j = bisect.bisect_left(tails, v)
        if j == len(tails):
            tails.append(v)
            tail_idx.append(i)
        elif tails[j] == v:
            continue  # keep the earlier point for an equal value: a copy, not a later stray
        else:
            tails[j] = v
            tail_idx[j] = i
        prev[i] = tail_idx[j - 1] if j > 0 else -1
    out = []
    i = tail_idx[-1]
    while i >= 0:
        out.append(pts[i])
        i = prev[i]
    return out[::-1]


def overlaps(index: dict[str, list[int]], seg: Segment) -> Counter[int]:
    """Shared-shingle counts between ``seg`` and every indexed item."""
    counts: Counter[int] = Counter()
    for g in seg.shingles:
        posting = index.get(g)
        if posting and len(posting) <= _MAX_POSTING:
            counts.update(posting)
    return counts


def shingle_index(segs: list[Segment]) -> dict[str, list[int]]:
    """Shingle → the positions in ``segs`` of the segments holding it (for ``overlaps``)."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, seg in enumerate(segs):
        for g in seg.shingles:
            index[g].append(i)
    return index


finding_location = FindingLocation.of  # the name splices and redundancy use


def snippet(text: str, n: int = 16) -> str:
    """The first ``n`` characters of ``text`` with its blanks collapsed, … when cut."""
    return clip(text, n)


# -- maximal repeated runs ------------------------------------------------------------------------

_SEED = 6             # a run is found from a shared seed of this many normalised characters
_MAX_SEEDS = 32       # a seed in more places than this is vocabulary, not a copy


@dataclass(frozen=True)
class Run:
    """Normalised characters [i, i + n) of ``norms[host]`` equal to [j, j + n) of ``norms[source]``,
    maximal on both sides (the characters before and after differ, or a text ends)."""

    host: int
    i: int
    source: int
    j: int
    n: int


def repeated_runs(norms: list[Normalized], hosts: int, min_len: int) -> list[Run]:
    """Every maximal run of at least ``min_len`` normalised characters that one of the first
    ``hosts`` texts shares with another place of ``norms`` (another text, or a part of the same
    text it does not overlap). Texts after the first ``hosts`` (last year's) serve only as sources."""
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for u, n in enumerate(norms):
        t = n.text
        for i in range(len(t) - _SEED + 1):
            index[t[i : i + _SEED]].append((u, i))
    out: list[Run] = []
    for h in range(hosts):
        t = norms[h].text
        for i in range(len(t) - _SEED + 1):
            posting = index[t[i : i + _SEED]]
            if len(posting) > _MAX_SEEDS:
                continue
            for s, j in posting:
                src = norms[s].text
                if (s, j) == (h, i) or (i > 0 and j > 0 and t[i - 1] == src[j - 1]):
                    continue  # the place itself, or not the left end of a run
                length = _SEED
                while i + length < len(t) and j + length < len(src) and t[i + length] == src[j + length]:
                    length += 1
                if length >= min_len and not (s == h and j < i + length and i < j + length):
                    out.append(Run(h, i, s, j, length))
    return out
