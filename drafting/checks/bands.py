"""MinHash LSH bands in one dictionary of integers: the cross-report step's candidate index.

Why not ``datasketch.MinHashLSH``: it keeps, per paragraph and band, the band's bytes, a set and a
dict entry in each of 25 tables — about 7.8 KB a paragraph (measured with ``tracemalloc`` on 10,000
signatures), so a county's folder grew the review's memory with its paragraph count. Here a band is
one 64-bit integer (its ``r`` values times odd multipliers, summed modulo 2⁶⁴, salted by band) and
all bands share one dict whose value is the single paragraph in that bucket, or a list when there are
more: about 2.0 KB a paragraph. The bands and rows are datasketch's own choice for the threshold
(``MinHashLSH(...).b``/``.r``, computed by ``minhash.band_shape`` without importing datasketch), so
a pair is a candidate exactly when datasketch would make it one,
apart from a collision of two 64-bit band hashes — which only adds a candidate, and every candidate is
verified with the exact Jaccard anyway.
"""

from __future__ import annotations

import numpy as np

from .minhash import band_shape

__all__ = ["BandIndex"]

_SEED = 20241  # fixed: the same buckets in every process and run


class BandIndex:
    """Candidates for near-duplicate signatures: ``add`` returns the ids already sharing a band."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.b, self.r = band_shape(threshold, num_perm)
        rng = np.random.default_rng(_SEED)
        self._mult = rng.integers(1, 2**63, size=self.r, dtype=np.uint64) | np.uint64(1)
        self._salt = [int(x) for x in rng.integers(0, 2**63, size=self.b, dtype=np.uint64)]
        self._buckets: dict[int, int | list[int]] = {}

    def _keys(self, sig: np.ndarray) -> list[int]:
        rows = sig[: self.b * self.r].astype(np.uint64, copy=False).reshape(self.b, self.r)
        with np.errstate(over="ignore"):
            mixed = (rows * self._mult).sum(axis=1, dtype=np.uint64)
        return [h ^ s for h, s in zip(mixed.tolist(), self._salt, strict=True)]

    def add(self, ident: int, sig: np.ndarray) -> list[int]:
        """The ids added before that share a band with ``sig`` (sorted), then ``ident`` is added."""
        found: set[int] = set()
        buckets = self._buckets
        for key in self._keys(sig):
            held = buckets.get(key)
            if held is None:
                buckets[key] = ident
            elif isinstance(held, list):
                found.update(held)
                held.append(ident)
            else:
                found.add(held)
                buckets[key] = [held, ident]
        found.discard(ident)
        return sorted(found)
