"""The cross-report step's MinHash without datasketch: the same signatures and band shapes, and a
folder review that no longer pays for importing datasketch's scipy at start-up."""

import random
import subprocess
import sys

import pytest
from datasketch import MinHash, MinHashLSH

from drafting.checks.minhash import band_shape, signature


def _datasketch(hashes: list[int], num_perm: int = 128) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=1, hashfunc=int)
    if getattr(m, "scheme", None) != "affine32":
        pytest.skip("datasketch before 2.0 hashes with the legacy scheme")
    m.update_batch(hashes)
    return m


@pytest.mark.parametrize("seed", range(6))
def test_signature_is_datasketchs(seed):
    rng = random.Random(seed)
    for _ in range(40):
        hashes = sorted({rng.getrandbits(32) for _ in range(rng.randint(1, 400))})
        ours, theirs = signature(hashes), _datasketch(hashes).hashvalues
        assert ours.dtype == theirs.dtype and (ours == theirs).all()


def test_signature_of_nothing_is_datasketchs_empty_minhash():
    assert (signature([]) == _datasketch([]).hashvalues).all()
    assert (signature([0, 2**32 - 1], num_perm=64) == _datasketch([0, 2**32 - 1], 64).hashvalues).all()


@pytest.mark.parametrize("num_perm", [32, 64, 100, 128, 256])
def test_band_shape_is_datasketchs(num_perm):
    for t in [x / 20 for x in range(1, 20)] + [0.33, 0.77]:
        try:
            lsh = MinHashLSH(threshold=t, num_perm=num_perm)
        except ValueError:  # datasketch refuses a single band
            continue
        assert band_shape(t, num_perm) == (lsh.b, lsh.r), t


def test_a_folder_review_imports_neither_datasketch_nor_scipy():
    """Serial start-up of every folder review: importing datasketch pulled in scipy.integrate
    (about 0.45 s of CPU before the workers could start)."""
    code = ("import sys, drafting.cli, drafting.cli_folder, drafting.folder, drafting.checks.crossreport; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'datasketch', 'scipy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
