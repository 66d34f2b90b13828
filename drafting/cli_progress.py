"""The CLI's progress line on stderr: which step is running, its place among the steps, and for how long.

Why a clock: one check on a 10 MB report runs for tens of seconds, and a line that only changes
between steps looks hung. The line is redrawn twice a second by a daemon thread (the checks never
print and need not know about it); the seconds are those of the step now running.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, TextIO

if TYPE_CHECKING:  # imported where a line is drawn: a review written to a file draws none
    import threading

__all__ = ["ProgressLine"]

_WIDTH = 30  # characters of the bar


class ProgressLine:
    """``line(i, n, label)`` starts step ``i`` of ``n``; used as a context manager, the line is kept
    fresh while a step runs and cleared at the end."""

    active: ClassVar[ProgressLine | None] = None  # the line on screen, which a message must clear first

    def __init__(self, stream: TextIO | None = None, interval: float = 0.5,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.interval, self.clock = interval, clock
        self.i, self.n, self.label, self.since = 0, 1, "", clock()
        import threading  # here, not at the top: a line is drawn only on a terminal or with --progress

        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __call__(self, i: int, n: int, label: str) -> None:
        with self._lock:
            self.i, self.n, self.label, self.since = i, max(n, 1), label, self.clock()
        self.redraw()

    def text(self) -> str:
        """The line as it stands now: bar, step count, label, and the step's seconds once past one."""
        done = int(_WIDTH * min(self.i, self.n) / self.n)
        seconds = int(self.clock() - self.since)
        clock = f" {seconds} s" if seconds >= 1 else ""
        return f"[{'#' * done}{'.' * (_WIDTH - done)}] {self.i}/{self.n} {self.label[:40]}{clock}"

    def redraw(self) -> None:
        with self._lock:
            self.stream.write(f"\r{self.text():<80}")
            self.stream.flush()

    def say(self, message: str) -> None:
        """A message on a line of its own; the progress line comes back under it at the next redraw."""
        with self._lock:
            self.stream.write("\r" + " " * 80 + "\r" + message + "\n")
            self.stream.flush()

    def _tick(self) -> None:
        while not self._stop.wait(self.interval):
            self.redraw()

    def __enter__(self) -> ProgressLine:
        ProgressLine.active = self
        import threading

        self._thread = threading.Thread(target=self._tick, name="jixiao-progress", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop redrawing and clear the line (before text goes to a terminal's stdout, and at the end)."""
        if self._stop.is_set():
            return
        self._stop.set()
        ProgressLine.active = None
        if self._thread is not None:
            self._thread.join()
        with self._lock:  # cleared, so what follows starts on a clean line
            self.stream.write("\r" + " " * 80 + "\r")
            self.stream.flush()


def _before_fork() -> None:
    """A fork (a folder's workers, a long report's checks) while the redrawing thread writes would
    leave the child a stream lock held by a thread that does not exist there: the child's first
    write to stderr would wait for ever. The line's lock is taken over the fork (the thread writes
    only under it), and the child starts with a fresh one and no line of its own."""
    line = ProgressLine.active
    if line is not None:
        line._lock.acquire()
        _FORKING.append(line)


def _after_fork_in_parent() -> None:
    while _FORKING:
        _FORKING.pop()._lock.release()


def _after_fork_in_child() -> None:
    if _FORKING:  # a line was drawn, so threading is loaded (a child of a run without one never loads it)
        import threading

        while _FORKING:
            _FORKING.pop()._lock = threading.Lock()
    ProgressLine.active = None  # the parent draws it; a child's message is a line of its own


_FORKING: list[ProgressLine] = []
if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_before_fork, after_in_parent=_after_fork_in_parent, after_in_child=_after_fork_in_child)
