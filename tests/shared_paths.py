"""Where the read-only ``../shared`` folder lies: beside the repository, never an absolute path.

Tests that read it skip with a visible reason (pytest runs with ``-rs``) where it is absent.
"""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = SHARED / "samples" / "jingzhou-hrss-2022-self-evaluation.txt"
CORPUS = SHARED / "corpus" / "real"

needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason=f"the sample report is not at {SAMPLE} (../shared beside the repository)")
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason=f"the real corpus is not at {CORPUS} (../shared beside the repository)")
