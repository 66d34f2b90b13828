"""A paragraph lying inside a longer one: which pairs (``containments``, through the shingle index)
and where in the host the copy stands, offsets exact (``exact_span``). What the splice check builds
on: a paragraph pasted into the middle of another's sentence is first such a pair."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

from ..numbers.textnorm import TERMINATORS, list_marker_end, meaningful_length
from .segments import INSIDE, MIN_CHARS, Segment, locate, overlaps_at_least, shingle_index
from .splice_text import span_starts

__all__ = ["TAIL", "containments", "exact_span"]

TAIL = TERMINATORS + "”’」』)）》】\"' \u3000"  # what a copied paragraph may end with beyond its words


def containments(refs: list[Segment], hosts: list[Segment]) -> list[tuple[Segment, Segment, float]]:
    """(ref, host, containment) for every ref paragraph lying inside a longer host paragraph."""
    index = shingle_index(hosts)
    lengths = [len(h.norm.text) for h in hosts]
    held = [h.shingles for h in hosts]
    out = []
    for ref in refs:
        if not ref.shingles or index.looked_up(ref.shingles) / len(ref.shingles) < INSIDE:
            continue  # no host shares enough: in a long report most shingles are too common to count
        longer = len(ref.norm.text) + 10
        # only hosts sharing INSIDE of its shingles are wanted (a margin of one: the test below decides)
        for hid, inter in overlaps_at_least(index, ref, INSIDE * len(ref.shingles) - 1, held).items():
            if lengths[hid] < longer or hosts[hid] is ref:
                continue
            host = hosts[hid]
            c = inter / len(ref.shingles)
            if c >= INSIDE:
                out.append((ref, host, c))
    return out


def exact_span(ref: Segment, host: Segment, min_chars: int = MIN_CHARS,
                start_ok: Callable[[str, int], bool] | None = None) -> tuple[int, int] | None:
    """[a, b) in the host's text of a copy of ``ref``; None, not aligned, where no start holds ``start_ok``."""
    where = locate(ref, host)
    if where is None:
        return None
    text = host.unit.text
    lo = max(0, host.norm.starts[where[0]] - 10)
    hi = min(len(text), host.norm.ends[where[1] - 1] + 10)
    core = ref.text[list_marker_end(ref.text):].rstrip(TAIL)
    if meaningful_length(core) < min_chars:
        return None
    window = text[lo:hi]
    at = window.find(core)
    if at >= 0:  # verbatim: the one block SequenceMatcher finds (the longest match, earliest in a)
        return lo + at, lo + at + len(core)
    if start_ok is not None and not any(start_ok(text, lo + p) for p in span_starts(window, core)):
        return None
    sm = SequenceMatcher(None, window, core, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size >= 3]
    if not blocks or blocks[0].b > 2 or blocks[-1].b + blocks[-1].size < len(core) - 2:
        return None
    if sum(b.size for b in blocks) < 0.85 * len(core):
        return None
    return lo + blocks[0].a, lo + blocks[-1].a + blocks[-1].size
