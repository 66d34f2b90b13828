"""MinHash signatures and LSH band shapes for the cross-report step, without importing datasketch.

Why not datasketch itself: importing any part of it runs its package ``__init__``, which imports
``scipy.integrate`` (for ``MinHashLSH``'s band optimisation) — about 0.45 s of CPU in every folder
review's start-up, before any worker can start, so it is serial time the second core cannot share.
The numbers here are datasketch's own (version 2's default ``affine32`` scheme: the same seeded
permutations, the MurmurHash3 pre-mix, the same band and row choice), so signatures, candidates and
groups are the ones datasketch gives; ``tests/test_minhash.py`` checks them against it.
"""

from __future__ import annotations

from functools import cache

import numpy as np

__all__ = ["band_shape", "signature"]

_MAX = np.uint32(0xFFFFFFFF)
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``h -> a·h + b mod 2³²`` with ``a`` odd, drawn as datasketch draws them for ``seed``."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signature(hashes: list[int], num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """The MinHash of a set of 32-bit hashes (``MinHash(num_perm, seed, hashfunc=int)`` after
    ``update_batch(hashes)``): ``num_perm`` uint32 minima; all ``2³²-1`` for an empty set."""
    a, b = _permutations(num_perm, seed)
    if not hashes:
        return np.full(num_perm, _MAX, dtype=np.uint32)
    s1, m1, s2, m2, s3 = _FMIX
    hv = np.array(hashes, dtype=np.uint32).reshape(-1, 1)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    return np.minimum(np.full(num_perm, _MAX, dtype=np.uint32), (hv * a + b).min(axis=0))


def _integrals(lo: float, hi: float, r: np.ndarray, bands: np.ndarray, nodes: int) -> np.ndarray:
    """∫ of ``(1-sʳ)ᵇ`` over [lo, hi] for each (r, b): a polynomial of degree r·b ≤ num_perm, so
    Gauss–Legendre with ``nodes`` > num_perm / 2 points is exact up to rounding (datasketch: quad)."""
    x, w = np.polynomial.legendre.leggauss(nodes)
    s = (hi - lo) / 2 * x + (hi + lo) / 2
    return (hi - lo) / 2 * ((1 - s[None, :] ** r[:, None]) ** bands[:, None] @ w)


@cache
def band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows ``MinHashLSH(threshold, num_perm)`` uses: those minimising the false positive
    plus false negative probability, equally weighted (datasketch's ``_optimal_param``; the first
    of equal ones, bands then rows ascending)."""
    pairs = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    bands = np.array([b for b, _ in pairs], dtype=float)
    rows = np.array([r for _, r in pairs], dtype=float)
    nodes = num_perm // 2 + 2
    false_pos = threshold - _integrals(0.0, threshold, rows, bands, nodes)  # ∫ 1-(1-sʳ)ᵇ
    false_neg = _integrals(threshold, 1.0, rows, bands, nodes)
    return pairs[int(np.argmin(0.5 * false_pos + 0.5 * false_neg))]
