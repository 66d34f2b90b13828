"""``digests``: the same SHA-256 and SHA-1 as ``hashlib``, and a review of one text that never loads
``hashlib`` (its import alone was 0.5 % of a review of the sample)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafting import digests

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("data", [b"", b"abc", "绩效自评报告\x1f2022".encode(), bytes(range(256)) * 40])
def test_the_digests_are_hashlibs(data):
    assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert digests.sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
    assert digests.sha256(data).digest() == hashlib.sha256(data).digest()


def test_a_review_of_one_text_never_imports_hashlib(tmp_path):
    command = ("import json, sys\nfrom drafting.cli import run\n"
               f"sys.argv = ['jixiao', 'review', {str(ROOT / 'fixtures' / 'jingzhou-hrss-2022' / 'report.txt')!r},"
               f" '--format', 'json', '-o', {str(tmp_path / 'out.json')!r}]\n"
               "try:\n    run()\nexcept SystemExit:\n    pass\n"
               "print(json.dumps(sorted(m for m in sys.modules if m in ('hashlib', '_hashlib'))))\n")
    env = {**os.environ, "JIXIAO_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
    assert (tmp_path / "out.json").exists()
