"""Paragraph segments of a report, compared by masked shingles: what the repeated-text checks share.

A ``Segment`` is a paragraph (or a piece of one) of a text unit with its normalised form
(``textnorm``: halfwidth, no punctuation or markers, numbers masked) and its 4-character shingles.
``overlaps`` counts shared shingles through an inverted index (no all-pairs loop); ``locate`` finds
the exact span of a copy inside a longer segment. ``redundancy`` (duplicates, prior-year copies),
``splices`` and ``crossreport`` build on it. ``repeated_runs`` finds, character by character, the
maximal runs of (number-masked) text that a unit shares with another place: what a partial splice
copies (what the text around such a run says is ``splice_text``'s).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice, pairwise
from sys import intern
from typing import Any

from ..findings import FindingLocation
from ..numbers.memo import BlockMemo
from ..numbers.textnorm import Normalized, list_marker_end, normalize, shingle_positions, split_paragraphs
from ..report import Location, Report, TextUnit, clip

__all__ = [
    "INSIDE",
    "MIN_CHARS",
    "K",
    "Run",
    "Segment",
    "ShingleIndex",
    "finding_location",
    "locate",
    "overlaps",
    "overlaps_at_least",
    "repeated_runs",
    "segments",
    "shared_segments",
    "shingle_index",
    "snippet",
    "unit_norms",
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
    # the set of shingles, built when first asked: a segment that is not compared (a heading, a
    # text not in sentences, a copy's located piece) never is
    _shingles: set[str] | None = field(default=None, repr=False, compare=False)
    # the shingle at each position, built when first asked (``locate``): most segments never are
    _grams: list[str] | None = field(default=None, repr=False, compare=False)
    positions: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    # whether the text says something in sentences (``redundancy.is_narrative``), once asked: the
    # duplicate check asks for each segment at both lengths
    narrative: bool | None = field(default=None, repr=False, compare=False)

    @property
    def shingles(self) -> set[str]:
        """The distinct shingles of the normalised text."""
        if self._shingles is None:
            # shared by the segments that read the same within ``shared_segments``: a long report says
            # a paragraph again with other figures (masked in the normalised text), and building the
            # set was a twentieth of the duplicate check at 10 MB. Built as before, so the set and the
            # order it is walked in (``overlaps``' counts) are the same. Interned: a report repeats
            # few distinct shingles (31k of 2.3M in a 10 MB text), and one string object each instead
            # of one per position is most of a segment's memory.
            text, table = self.norm.text, _sets.table
            got = None if table is None else table.get(text)
            if got is None:
                got = set(map(intern, shingle_positions(text, K)))
                if table is not None:
                    table[text] = got
            self._shingles = got
        return self._shingles

    @property
    def grams(self) -> list[str]:
        """The shingle at each position (the same interned strings as ``shingles``)."""
        if self._grams is None:
            self._grams = list(map(intern, shingle_positions(self.norm.text, K)))
        return self._grams

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


_shared: BlockMemo[tuple[int, int, int | None], tuple[Report, list[Segment]]] = BlockMemo()


_sets: BlockMemo[str, set[str]] = BlockMemo()  # normalised text → its shingles (``Segment.shingles``)
# (canonical, segment) normalised texts → where the one is in the other (``locate``)
_located: BlockMemo[tuple[str, str], tuple[int, int] | None] = BlockMemo()


@contextmanager
def shared_segments() -> Iterator[None]:
    """Within this block a report's segments are built once for each ``min_chars`` (and ``reuse``)
    and the same list is returned again: the duplicate, prior-year and splice checks each build the
    same ones; segments that read the same (normalised) share one set of shingles, and a copy is
    located once for each pair of texts (``locate``). The lists and
    sets are shared, so callers do not change them; their memory goes when the block ends (the
    review ends it after the last check that reads segments)."""
    with _shared.held(), _sets.held(), _located.held():
        yield


def segments(report: Report, min_chars: int = MIN_CHARS, reuse: list[Segment] | None = None) -> list[Segment]:
    """The paragraphs of ``report`` of at least ``min_chars`` normalised characters. ``reuse``: the
    same report's segments for another ``min_chars``; a paragraph found there too is taken as it is
    (the same text, shingles and all), not built a second time. Not to be changed by the caller
    (within ``shared_segments`` the list is shared)."""
    table = _shared.table
    if table is None:
        return _segments(report, min_chars, reuse)
    key = (id(report), min_chars, None if reuse is None else id(reuse))
    hit = table.get(key)
    if hit is None or hit[0] is not report:  # the report is kept in the entry, so its id is not reused
        hit = table[key] = (report, _segments(report, min_chars, reuse))
    return hit[1]


def _segments(report: Report, min_chars: int, reuse: list[Segment] | None) -> list[Segment]:
    known = {(*_unit_key(seg.unit), seg.start, seg.end): seg for seg in reuse or ()}
    out = []
    for unit in report.units():
        for s, e in split_paragraphs(unit.text, min_chars):
            seg = known.get((*_unit_key(unit), s, e)) if known else None
            if seg is not None:
                if len(seg.norm) >= min_chars:
                    out.append(seg)
                continue
            norm = normalize(unit.text[s:e], offset=s)
            if len(norm) >= min_chars:
                out.append(Segment(unit, s, e, norm))
    return out


def unit_norms(units: list[TextUnit], own: int, segs: list[Segment]) -> list[Normalized]:
    """``normalize(unit.text, drop_markers=False)`` of each unit, taken from ``segs`` (segments of the
    report whose units are the first ``own``) where one is its unit whole. Why: a one-line text with
    no list marker at its start normalises the same whether markers are dropped or not (they are
    dropped only at a line start), and the duplicate and splice checks have normalised most of a
    report's units so already (the review shares the segments): a second pass over every unit was
    a sixth of the splice check at 10 MB. A unit too short to be a segment is asked for in the same
    form, markers dropped, where that is the same text: the segments normalised it so too (a cached
    form, not a second pass: 115 of the sample's 258 units)."""
    whole = {_unit_key(seg.unit): seg for seg in segs if seg.start == 0 and seg.end == len(seg.unit.text)}
    out = []
    for k, unit in enumerate(units):
        seg = whole.get(_unit_key(unit)) if k < own else None
        alike = "\n" not in unit.text and list_marker_end(unit.text, 0) == 0
        if seg is not None and seg.unit.text == unit.text and alike:
            out.append(seg.norm)
        else:
            out.append(normalize(unit.text, drop_markers=alike))
    return out


def _unit_key(unit: TextUnit) -> tuple[int, int | None, int | None]:
    loc = unit.location
    return loc.block, loc.row, loc.col


def _positions(seg: Segment) -> dict[str, list[int]]:
    """Every position of each shingle, latest first (so one text position takes at most one in an
    LIS); kept on the segment, which is located inside many others."""
    if seg.positions is None:
        where: dict[str, list[int]] = defaultdict(list)
        for i, g in enumerate(seg.grams):
            where[g].append(i)
        seg.positions = {g: ps[:8][::-1] for g, ps in where.items()}
    return seg.positions


def locate(canon: Segment, seg: Segment) -> tuple[int, int] | None:
    """Normalised [a, b) of ``seg`` that holds a copy of ``canon``: the longest run of shared
    shingles in the same order (LIS), cut into runs; stray short runs at either end are dropped
    unless they complete the canonical's beginning or end (text split by an insertion). Found once
    within ``shared_segments`` for two texts as normalised (all it reads): a long report repeats a
    paragraph with other figures, and 13,339 copies at 10 MB were 1,119 pairs of texts."""
    table = _located.table
    if table is None:
        return _locate(canon, seg)
    key = (canon.norm.text, seg.norm.text)
    if key not in table:
        table[key] = _locate(canon, seg)
    return table[key]


def _locate(canon: Segment, seg: Segment) -> tuple[int, int] | None:
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
    top = -1  # tails[-1] (positions are never negative): along a copy most points go past it
    bisect_left = bisect.bisect_left
    for i, (_, v) in enumerate(pts):
        if v > top:  # where the search would end: the sequence grows by one
            prev[i] = tail_idx[-1] if tail_idx else -1
            tails.append(v)
            tail_idx.append(i)
            top = v
            continue
        j = bisect_left(tails, v)  # v <= top: inside
        if tails[j] == v:
            continue  # keep the earlier point for an equal value: a copy, not a later stray
        tails[j] = v
        tail_idx[j] = i
        prev[i] = tail_idx[j - 1] if j > 0 else -1
        top = tails[-1]
    out = []
    i = tail_idx[-1]
    while i >= 0:
        out.append(pts[i])
        i = prev[i]
    return out[::-1]


class ShingleIndex:
    """Shingle → the positions of the items holding it (for ``overlaps``), items added in order.

    A shingle held by more than ``_MAX_POSTING`` items is too common to find candidates: it leaves
    the index for good (its list only grows) and ``overlaps`` looks up the rest only. Why: in a long
    report nearly every shingle of a paragraph is that common (99 % at 10 MB), and looking each up to
    skip it was most of the work."""

    def __init__(self) -> None:
        self.live: dict[str, list[int]] = {}
        self.common: set[str] = set()

    def add(self, i: int, shingles: set[str]) -> None:
        live = self.live
        for g in shingles:
            p = live.get(g)
            if p is not None:
                p.append(i)
                if len(p) > _MAX_POSTING:
                    del live[g]
                    self.common.add(g)
            elif g not in self.common:
                live[g] = [i]

    def get(self, g: str) -> list[int]:
        """The items holding ``g`` (empty for a shingle too common to index, or none)."""
        return self.live.get(g, [])

    def looked_up(self, shingles: set[str]) -> int:
        """How many of ``shingles`` ``overlaps`` looks up: no item's count can exceed it, so a
        caller that needs a share of them can tell before counting that none has it."""
        return sum(map(self.live.__contains__, shingles))


def overlaps(index: ShingleIndex, seg: Segment) -> Counter[int]:
    """Shared-shingle counts between ``seg`` and every indexed item (shingles held by more than
    ``_MAX_POSTING`` items left out)."""
    return Counter(chain.from_iterable(filter(None, map(index.live.get, seg.shingles))))  # in the order of seg.shingles


_SURE = 6  # ``overlaps_at_least``: shingles of its head an item must share to be counted in full


def overlaps_at_least(index: ShingleIndex, seg: Segment, least: float, held: list[set[str]]) -> dict[int, int]:
    """The entries of ``overlaps(index, seg)`` of at least ``least``, in the same order; ``held[i]``
    is the shingle set item ``i`` was indexed with. Why: a caller that wants only items sharing most
    of ``seg`` (a copy, not a paragraph on the same subject) need not look up every shingle, and
    looking each up (memory far apart: most of the time) was a twentieth of a 10 MB report's review.

    Exact, by the prefix principle: an item's count is how many of ``seg``'s ``ns`` shingles it holds
    in the index; one counting ``need`` misses at most ``ns - need``, so among any ``ns - need +
    _SURE`` of them it holds ``_SURE`` at least. Only those are looked up to find the items; each
    found is counted in full (the shingles it shares with ``seg`` less the common ones: a shingle an
    item holds is in the index or common, never neither) and ordered as ``overlaps`` walks them (by
    the first such shingle in ``seg``'s order, then by position: a posting lists items as added)."""
    need = math.ceil(least)  # counts are whole numbers
    mine = seg.shingles
    if need < _SURE:
        return {i: n for i, n in overlaps(index, seg).items() if n >= least}
    if len(mine) < need:
        return {}
    common = index.common
    head = islice(mine, len(mine) - need + _SURE)
    found = []
    for i, c in Counter(chain.from_iterable(filter(None, map(index.live.get, head)))).items():
        if c < _SURE:
            continue
        theirs = held[i]
        shared = mine & theirs
        n = len(shared) - len(shared & common) if common else len(shared)
        if n >= least:
            first = next(k for k, g in enumerate(mine) if g in theirs and g not in common)
            found.append((first, i, n))
    found.sort()
    return {i: n for _, i, n in found}


def shingle_index(segs: list[Segment]) -> ShingleIndex:
    """Shingle → the positions in ``segs`` of the segments holding it (for ``overlaps``)."""
    index = ShingleIndex()
    for i, seg in enumerate(segs):
        index.add(i, seg.shingles)
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


def repeated_runs(norms: list[Normalized], hosts: int, min_len: int,
                  keep: Callable[[int, int, int, int], bool] | None = None) -> list[Run]:
    """Every maximal run of at least ``min_len`` normalised characters that one of the first
    ``hosts`` texts shares with another place of ``norms`` (another text, or a part of the same
    text it does not overlap). Texts after the first ``hosts`` (last year's) serve only as sources.
    ``keep(host, i, source, j)``: whether a run starting at those places is wanted at all, asked
    before its length is measured (a caller that drops most runs by where they start saves
    measuring and building them: in a long report with passages repeated many times, the pairs of
    places grow with the square of the copies).

    Runs are found from the seeds that occur in two to ``_MAX_SEEDS`` places (most occur once), so
    the work follows the repeated text, not the length; in (host, i, source, j) order."""
    out: list[Run] = []
    for posting in _seeds(norms).values():
        if len(posting) < 3 or len(posting) > _MAX_SEEDS + 1 or posting[0] is not None:
            continue  # (not varied: the same character before every place, the seed inside a longer run)
        by_left: dict[str | None, list[int]] = defaultdict(list)  # places by the character before
        for place in posting[1:]:  # (in any order: each pair is asked alone, and the runs are sorted)
            u, j = place >> _SHIFT, place & _LOW
            by_left[norms[u].text[j - 1] if j else None].append(place)
        for left, heres in by_left.items():
            for here in heres:
                h, i = here >> _SHIFT, here & _LOW
                if h >= hosts:
                    continue  # last year's text is only a source
                t = norms[h].text
                for other, theres in by_left.items():
                    if left is not None and other == left:
                        continue  # not the left end of a run
                    for there in theres:
                        if there == here:
                            continue
                        s, j = there >> _SHIFT, there & _LOW
                        if keep is not None and not keep(h, i, s, j):
                            continue
                        length = _common_length(t, i, norms[s].text, j, _SEED)
                        if length >= min_len and not (s == h and j < i + length and i < j + length):
                            out.append(Run(h, i, s, j, length))
    out.sort(key=lambda r: (r.host, r.i, r.source, r.j))
    return out


_SHIFT = 32
_LOW = (1 << _SHIFT) - 1


def _seed_index(norms: list[Normalized]) -> dict[str, list[int]]:
    """Each seed (``_SEED`` characters) → its places, as ``text << 32 | position``; a seed's list
    stops at ``_MAX_SEEDS`` + 1 places (more is vocabulary, and in a long report most of the index's
    memory), and one of two to ``_MAX_SEEDS`` places lists them in text order. Texts that read the
    same (normalised) are cut into seeds once, their places added together: a long report repeats
    its paragraphs with other figures (masked), and a step for each character of each copy was a
    fortieth of a 10 MB review (4,902 distinct texts of 82,808). Only which seeds are in two to
    ``_MAX_SEEDS`` places and where is read (``repeated_runs``), so the others' lists are any of
    their places."""
    return {seed: sorted(p[1:]) if 2 < len(p) <= _MAX_SEEDS + 1 else p[1:] for seed, p in _seeds(norms).items()}


def _seeds(norms: list[Normalized]) -> dict[str, list[Any]]:
    """``_seed_index`` with each list's places (unsorted) after the character before its places:
    that one character, or None where they differ or a place starts its text (the only seeds a run
    starts at). Told as each place is added: a report that repeats a passage has a seed
    inside it at each character, and grouping each one's places by the character before them, only
    to find one group, was a third of the repeated runs' work on the sample (42 M instructions)."""
    same: dict[str, list[int]] = {}  # normalised text → the texts reading so, in order
    for u, n in enumerate(norms):
        same.setdefault(n.text, []).append(u)
    # a seed's first place makes its list (not a ``defaultdict``'s factory, called through its
    # ``__missing__`` for each of the thousands of seeds found once: 3.2 M instructions of the sample's
    # 49 M here)
    index: dict[str, list[Any]] = {}  # each: the character before its places (or None), then the places
    get = index.get
    for t, us in same.items():
        if len(us) == 1:
            base = us[0] << _SHIFT
            for i in range(len(t) - _SEED + 1):
                seed = t[i : i + _SEED]
                places = get(seed)
                if places is None:
                    index[seed] = [t[i - 1] if i else None, base + i]
                elif len(places) <= _MAX_SEEDS + 1:
                    if places[0] is not None and (not i or places[0] != t[i - 1]):
                        places[0] = None
                    places.append(base + i)
            continue
        bases = [u << _SHIFT for u in us]
        for i in range(len(t) - _SEED + 1):
            seed = t[i : i + _SEED]
            places = get(seed)
            if places is None:
                places = index[seed] = [t[i - 1] if i else None]
            elif places[0] is not None and (not i or places[0] != t[i - 1]):
                places[0] = None
            room = _MAX_SEEDS + 2 - len(places)
            if room > 0:
                places.extend([b + i for b in bases[:room]])
    return index


def _common_length(t: str, i: int, src: str, j: int, known: int) -> int:
    """Length of the common prefix of ``t[i:]`` and ``src[j:]``, the first ``known`` characters
    being equal; compared a slice at a time."""
    n = min(len(t) - i, len(src) - j)
    k = known
    while k < n:
        step = min(64, n - k)
        if t[i + k : i + k + step] == src[j + k : j + k + step]:
            k += step
            continue
        while t[i + k] == src[j + k]:
            k += 1
        return k
    return n
