"""Where the read-only ``shared`` folder lies (the sample report and the real corpus), in one place.

Beside the checkout by default; ``JIXIAO_SHARED_DIR`` names it for a checkout elsewhere (a git worktree), so
the evals, the benchmarks and the tests read the same texts wherever the code is.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("JIXIAO_SHARED_DIR") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus" / "real"
SAMPLE = SHARED / "samples" / "jingzhou-hrss-2022-self-evaluation.txt"
