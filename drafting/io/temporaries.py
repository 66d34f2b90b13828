"""The temporary files this process is writing, known by name before they exist, so that a stop
(Ctrl-C, SIGTERM) removes every one, wherever it lands.

Why not ``tempfile.mkstemp`` and a ``try``/``finally``: mkstemp creates the file and only then returns
its name, and an exception raised by a signal handler between the two (right after the open() that
made the file: in 2 of 40 stopped folder runs watched, the worker's handler ran there; 6 of 250 Ctrl-C
runs at load left a ``.tmp``) left a file that no ``finally`` knew. Here the name is
added to the caller's list and to this process's set first, and only then is the file created.

Why a set for the whole process (``remove_all``): a folder review's worker stopped by SIGTERM does not
unwind its task by an exception. An exception raised in a finalizer (a ``__del__``, a generator closed
by the collector) cannot unwind anything: Python prints "Exception ignored in …" with a traceback and
the task goes on; and a second SIGTERM could land in the ``finally`` that was removing the file. The
worker removes what is in the set and exits (``drafting.folder``), which holds wherever it stops.
A rename of several files (``held``) is not cut in half: a stop there waits for its end.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["create", "forget", "held", "release", "remove_all", "stop_safely"]

_LIVE: dict[str, None] = {}  # the temporaries made and not yet renamed or removed (insertion order)
_HELD: list[bool] = []  # inside ``held``: a stop waits
_PENDING: list[Callable[[], None]] = []  # the stop that waited
_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _forked() -> None:
    """A forked child writes none of its parent's temporaries: it must never remove them."""
    _LIVE.clear()
    _HELD.clear()
    _PENDING.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


# base32's letters, lower case: a name's random part spelled as ``base64.b32encode`` spells it
_LETTERS = "abcdefghijklmnopqrstuvwxyz234567"


def spelled(raw: bytes) -> str:
    """``raw`` (five bytes, or a multiple of five) in base32, lower case: ``base64.b32encode(raw).decode().lower()`` without
    importing ``base64`` (and its ``struct`` and ``binascii``), 0.4 ms of every command's start-up for
    the one name each output file's temporary takes."""
    n = int.from_bytes(raw, "big")
    return "".join([_LETTERS[(n >> shift) & 31] for shift in range(8 * len(raw) - 5, -1, -5)])


def create(folder: Path, prefix: str, suffix: str, into: list[Path]) -> tuple[int, Path]:
    """A new private (0600) file ``folder/prefix<random>suffix``, opened: the descriptor and its path.
    The path is added to ``into`` (the caller's, removed in its ``finally``) and to this process's set
    before the file is created, so no interrupt can leave a file that neither knows."""
    for _ in range(100):
        path = folder / f"{prefix}{spelled(os.urandom(5))}{suffix}"
        _LIVE[str(path)] = None
        into.append(path)
        try:
            fd = os.open(path, _FLAGS, 0o600)
        except OSError as exc:  # not made (another file's name is never removed as ours)
            into.pop()
            _LIVE.pop(str(path), None)
            if isinstance(exc, FileExistsError):
                continue
            raise
        # (an interrupt from here on leaves the name known: the caller's ``finally`` removes the file)
        return fd, path
    raise FileExistsError(f"{folder}: no free name for a temporary file")


def forget(path: Path) -> None:
    """``path`` was renamed onto its target: no longer a temporary of this process."""
    _LIVE.pop(str(path), None)


def release(path: Path) -> None:
    """``path`` removed if it is still there, and forgotten."""
    try:
        path.unlink(missing_ok=True)
    finally:
        forget(path)


def remove_all() -> None:
    """Every temporary this process is writing removed; nothing here raises."""
    for name in list(_LIVE):
        try:
            os.unlink(name)
        except OSError:
            pass
        _LIVE.pop(name, None)


@contextmanager
def held() -> Iterator[None]:
    """A stop (``stop_safely``) that comes inside waits for the end: renames that belong together are
    all done or all undone, never left half way."""
    _HELD.append(True)
    try:
        yield
    finally:
        _HELD.pop()
        if not _HELD and _PENDING:
            _PENDING.pop()()


def stop_safely(stop: Callable[[], None]) -> None:
    """``stop()`` now, or at the end of ``held`` when inside it (called from a signal handler)."""
    if _HELD:
        _PENDING[:] = [stop]
        return
    stop()
