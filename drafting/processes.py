"""What the commands' child processes share: how many to start (for a folder, for one long report's
checks), and how a child is tied to its parent.

Why one module: the folder review's workers and the checks of one long report run in a forked child
(``review_split``) must both die with the process that made them (killed by SIGKILL, or by the
system for memory), else they wait for ever, orphaned, each holding what it loaded. Whether to split
a report is asked here, not in ``review_split``: a short report (every real one) never imports it.
"""

from __future__ import annotations

import os
import signal
import sys

__all__ = ["THRESHOLD_ENV", "default_jobs", "die_with_parent", "split_jobs"]

THRESHOLD_ENV = "JIXIAO_PARALLEL_CHARS"
_THRESHOLD = 200_000  # characters of text: a real report is far shorter (``review_split``)


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


def split_jobs(chars: int, jobs: int) -> int:
    """How many processes review a report of ``chars`` characters when ``jobs`` may: one below the
    threshold, without ``fork``, or in a daemonic process."""
    if jobs <= 1:
        return 1
    raw = os.environ.get(THRESHOLD_ENV, "").strip()
    threshold = int(raw) if raw.isdigit() else _THRESHOLD
    if chars < threshold:
        return 1
    import multiprocessing

    # a daemonic process (a ``multiprocessing.Pool`` worker reviewing reports) may not have children
    forks = "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon
    return jobs if forks else 1
