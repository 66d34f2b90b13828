"""Where the read-only ``shared`` folder lies: beside the repository (or where ``JIXIAO_SHARED_DIR`` says,
for a checkout elsewhere), as the evals find it (``evals/shared.py``), never an absolute path.

Tests that read it skip with a visible reason (pytest runs with ``-rs``) where it is absent.
"""

import pytest

from evals.shared import CORPUS, SAMPLE, SHARED

needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason=f"the sample report is not at {SAMPLE} (../shared beside the repository)")
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason=f"the real corpus is not at {CORPUS} (../shared beside the repository)")

__all__ = ["CORPUS", "SAMPLE", "SHARED", "needs_corpus", "needs_sample"]
