"""What the commands' child processes share: how many to start, and how a child is tied to its parent.

Why one module: the folder review's workers and the checks of one long report run in a forked
child (``review_split``) must both die with the process that made them (killed by SIGKILL, or by
the system for memory), else they wait for ever, orphaned, each holding what it loaded.
"""

from __future__ import annotations

import os
import signal
import sys

__all__ = ["default_jobs", "die_with_parent"]


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def die_with_parent(parent: int) -> None:
    """On Linux, SIGTERM to this process when ``parent`` (the process that forked it) dies; a parent
    already gone ends this process at once. Elsewhere nothing is done."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(128 + signal.SIGTERM)
