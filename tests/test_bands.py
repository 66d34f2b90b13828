"""The cross-report candidate index: datasketch's candidates, in a quarter of its memory."""

import tracemalloc

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from drafting.checks.bands import BandIndex


def _signatures(n: int, seed: int = 3) -> list[np.ndarray]:
    """Paragraph-like sets, many of them edited copies of others, signed as the review signs them."""
    rng = np.random.default_rng(seed)
    sets: list[set[int]] = []
    for _ in range(n):
        if sets and rng.random() < 0.5:
            base = sorted(sets[int(rng.integers(len(sets)))])
            keep = [h for h in base if rng.random() > rng.uniform(0.05, 0.6)]
            sets.append(set(keep) | {int(x) for x in rng.integers(0, 2**32, size=int(rng.integers(0, 40)))})
        else:
            sets.append({int(x) for x in rng.integers(0, 2**32, size=int(rng.integers(30, 300)))})
    out = []
    for s in sets:
        m = MinHash(num_perm=128, seed=1, hashfunc=int)
        m.update_batch(sorted(s))
        out.append(m.hashvalues)
    return out


def test_candidates_are_exactly_datasketch_candidates():
    sigs = _signatures(300)
    scheme = MinHash(num_perm=128, seed=1, hashfunc=int).scheme
    theirs = MinHashLSH(threshold=0.5, num_perm=128)
    ours = BandIndex(0.5, 128)
    pairs = 0
    for i, sig in enumerate(sigs):
        m = LeanMinHash(seed=1, hashvalues=sig, scheme=scheme)
        expected = sorted(theirs.query(m))
        theirs.insert(i, m)
        assert ours.add(i, sig) == expected
        pairs += len(expected)
    assert pairs > 100  # the edited copies do collide: the comparison is not between empty lists


def test_same_bands_and_rows_as_datasketch_for_the_threshold():
    for threshold in (0.5, 0.65, 0.8):
        shape = MinHashLSH(threshold=threshold, num_perm=128)
        index = BandIndex(threshold, 128)
        assert (index.b, index.r) == (shape.b, shape.r)


def test_holds_a_paragraph_in_less_than_half_of_datasketchs_memory():
    sigs = _signatures(800, seed=5)
    scheme = MinHash(num_perm=128, seed=1, hashfunc=int).scheme

    def traced(fill):
        tracemalloc.start()
        held = fill()
        size = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del held
        return size

    def fill_theirs():
        lsh = MinHashLSH(threshold=0.5, num_perm=128)
        for i, sig in enumerate(sigs):
            lsh.insert(i, LeanMinHash(seed=1, hashvalues=sig, scheme=scheme))
        return lsh

    def fill_ours():
        index = BandIndex(0.5, 128)
        for i, sig in enumerate(sigs):
            index.add(i, sig)
        return index

    assert traced(fill_ours) < traced(fill_theirs) / 2
