"""The user's cache folder for files jixiao builds once and reads in every later run (the typo
check's lexicon, the command's compiled patterns): never inside the working folder, so a run in a
shared project folder leaves nothing there.

Why the checks (``private``, ``open_private``): both files are read with ``marshal`` and handed to
``re``'s engine, so a file someone else could write would decide what the checks find (and marshal
is not meant for hostile bytes). A folder is used only when it is this user's and no one else can
write in it (else the next choice, else none: the lexicon is built in memory); a file is read only
when it is a regular file (never a link, a pipe that would block the run or a device), this user's,
and writable by no one else. Files are written private (0600) beside their name and renamed onto
it, so a link or pipe planted at the name is replaced, never written through.

Why the bound (``prune``): every file is named by a key over what it is built from (the lexicon's
by its code, the vocabulary and the installed tables; the others by the exact Python build), so
every upgrade, vocabulary change or new virtual environment wrote a new 15 MB lexicon and nothing
removed the old ones (a developer's folder reached 1.2 GB). As ccache does, the folder now keeps the
files most recently used: when a file of a kind (``lexicon``, ``regex``, ``code``) is written, that
kind's files beyond the ``KEEP`` most recently used go, and any not used for 30 days. ``KEEP`` is 4, not 1: two installations used
in turn (a virtual environment and a pipx copy, a version being tried beside the old one) each need
their own file, and keeping only the newest made each rebuild the other's on every run (about 10 s
of CPU). A file used in the last two hours is kept beyond the four: some installation is using it
now (a machine with eight working copies, each its own virtual environment, ran them all in turn
within minutes), and removing it would only make that one rebuild it and remove another's; the
bound is then four plus those in use. A file read is marked as used (its time set to now, at most
once an hour, through the descriptor already open), so the order is the order of use. Another
process may have a removed file open (the lexicon is mapped): on POSIX it keeps reading the file
it has; where an open file cannot be removed it stays until the next write. A temporary file left by
a process killed mid-write goes once it is an hour old (a live writer's is seconds old; one removed
under a writer stopped for an hour only makes its rename fail, which costs a rebuild). Only regular
files of this user's with the exact names written here are ever removed; links (never followed),
folders, other names and other users' files are left alone.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from . import temporaries

__all__ = ["KEEP", "UNUSED_S", "cache_dir", "inside", "open_private", "private", "prune", "write_private"]

_OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH
KEEP = 4  # files of each kind kept: the one just written and the three used last before it
USED_S = 3600  # a file read is marked as used when its time is older than this
RECENT_S = 2 * USED_S  # a file used this recently is in use by some installation: kept beyond ``KEEP``
UNUSED_S = 30 * 86_400  # a file not used for this long goes even among the ``KEEP``
STALE_S = 3600  # a temporary file this old was left by a killed writer
_HEX = frozenset("0123456789abcdef")


def inside(path: Path, folder: Path) -> bool:
    """``path`` is ``folder`` or lies under it (links resolved)."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return True  # a folder that cannot be resolved is not trusted


def cache_dir() -> Path | None:
    """Where the files are kept: ``$JIXIAO_CACHE_DIR``, else the user's cache folder, else (no home
    folder known, a relative setting, a folder that cannot be made or written) the user's own folder
    in the temp folder; None when every choice lies inside the working folder or none can be written
    (nothing is then kept: the lexicon is built in memory)."""
    uid = getattr(os, "getuid", lambda: "user")()
    chosen = os.environ.get("JIXIAO_CACHE_DIR") or ""
    if not chosen:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        chosen = os.path.join(base, "jixiao")
    try:
        cwd: Path | None = Path.cwd()
    except OSError:  # the working folder was removed: there is nothing to keep out of
        cwd = None
    for folder in _choices(chosen, uid):
        if folder.is_absolute() and (cwd is None or not inside(folder, cwd)) and _writable(folder):
            return folder
    return None


def _choices(chosen: str, uid: object) -> Iterator[Path]:
    """The folder chosen, then the user's own in the temp folder. The temp folder is looked for only
    when the first is refused: ``gettempdir`` tries its candidates by writing and removing a file in
    each (8 M instructions, a third of a percent of a review of the sample, for a folder seldom used)."""
    yield Path(chosen)
    import tempfile  # here, not at the top: its import (random, weakref, shutil) is 16 M instructions a run

    yield Path(tempfile.gettempdir()) / f"jixiao-cache-{uid}"


def _writable(folder: Path) -> bool:
    """``folder`` is ``private`` and files can be stored in it: made (0700) if missing. A folder that
    cannot be made or written (a read-only home folder or file system, a path through a file) is
    passed over for the next choice: taken, it made every run build the lexicon again in memory
    (12 s of CPU where a run with the file takes 1.4 s), and say nothing."""
    if not private(folder, missing=True):
        return False
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, ValueError):
        return False
    return private(folder) and os.access(folder, os.W_OK | os.X_OK)


def _mine(st: os.stat_result) -> bool:
    """Owned by this user and writable by no one else (where the system has owners)."""
    if not hasattr(os, "getuid"):
        return True
    return st.st_uid == os.getuid() and not st.st_mode & _OTHERS_WRITE


def private(folder: Path, *, missing: bool = False) -> bool:
    """``folder`` is a folder of this user's that no one else can write in (``missing``: or it does
    not exist yet, and will be made so)."""
    try:
        st = folder.stat()
    except FileNotFoundError:
        return missing
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode) and _mine(st)


def open_private(path: Path) -> int | None:
    """A descriptor open for reading ``path``, or None unless it is a regular file of this user's that
    no one else can write, in a folder of this user's (``private``). The caller closes it."""
    if not private(path.parent):
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # a pipe opened without blocking; a link not followed
    except (OSError, ValueError):
        return None
    try:
        st = os.fstat(fd)
    except OSError:
        st = None
    if st is None or not stat.S_ISREG(st.st_mode) or not _mine(st):
        os.close(fd)
        return None
    _mark_used(fd, st)
    return fd


def _mark_used(fd: int, st: os.stat_result) -> None:
    """The file's time set to now when older than ``USED_S``, so ``prune`` keeps the files in use."""
    if time.time() - st.st_mtime > USED_S and os.utime in os.supports_fd:
        try:
            os.utime(fd)
        except OSError:  # a read-only file system: the order of use is only less exact
            pass


def read_private(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path`` when ``open_private`` allows it and it holds at most ``limit`` bytes."""
    fd = open_private(path)
    if fd is None:
        return None
    with os.fdopen(fd, "rb") as f:
        data = f.read(limit + 1)
    return data if len(data) <= limit else None


def write_private(path: Path, data: bytes) -> None:
    """``data`` stored at ``path`` for this user only: its folder made (0700) if missing and refused
    unless ``private``; a temporary file (0600) beside it renamed onto the name, which replaces a
    file, link or pipe there and never writes through it. ``OSError`` when it cannot be stored."""
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not private(folder):
        raise PermissionError(f"{folder}: not a folder of this user's alone")
    made: list[Path] = []
    try:  # the name is in ``made`` before the file exists: an interrupt anywhere leaves no temporary
        fd, tmp = temporaries.create(folder, f".{path.name}.", ".tmp", made)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        temporaries.forget(tmp)
    finally:
        for tmp in made:
            temporaries.release(tmp)
    prune(path)


def _kind(name: str) -> str | None:
    """``lexicon`` of ``lexicon-<hex key>.bin`` (any name written here), else None."""
    stem, dash, key = name.removesuffix(".bin").rpartition("-")
    if (name.endswith(".bin") and dash and stem.isascii() and stem.isalpha() and stem.islower()
            and 16 <= len(key) <= 64 and set(key) <= _HEX):
        return stem
    return None


def _temporary(name: str) -> bool:
    """A temporary file ``write_private`` makes: ``.<a name written here>.<random>.tmp``."""
    if not (name.startswith(".") and name.endswith(".tmp")):
        return False
    base, dot, random = name[1:-4].rpartition(".")
    return bool(dot and random) and random.replace("_", "").isascii() and random.replace("_", "").isalnum() \
        and _kind(base) is not None


def prune(kept: Path) -> list[Path]:
    """Remove the files of ``kept``'s kind beyond the ``KEEP`` most recently used (``kept``, just
    written, among them) that were not used in the last ``RECENT_S``, any not used for ``UNUSED_S``,
    and temporary files older than ``STALE_S``: regular files of this user's with names of this
    module's making only, links never followed. The files removed; nothing here ever raises."""
    kind = _kind(kept.name)
    if kind is None:
        return []
    uid = os.getuid() if hasattr(os, "getuid") else None
    now = time.time()
    others: list[tuple[float, str]] = []
    stale: list[str] = []
    try:
        with os.scandir(kept.parent) as entries:
            for entry in entries:
                name = entry.name
                old = _kind(name) == kind and name != kept.name
                temporary = not old and _temporary(name)
                if not old and not temporary:
                    continue
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if not stat.S_ISREG(st.st_mode) or (uid is not None and st.st_uid != uid):
                    continue
                if old:
                    others.append((st.st_mtime, name))
                elif now - st.st_mtime > STALE_S:
                    stale.append(name)
    except OSError:  # the folder cannot be listed: nothing is removed
        return []
    others.sort(reverse=True)
    removed = []
    old_ones = [name for k, (when, name) in enumerate(others)
                if now - when > (RECENT_S if k >= KEEP - 1 else UNUSED_S)]
    for name in old_ones + stale:
        try:
            os.unlink(kept.parent / name)  # the name itself: a link would go, never what it points at
        except OSError:  # gone already (another process pruned), or open where that forbids removal
            continue
        removed.append(kept.parent / name)
    return removed
