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
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

__all__ = ["cache_dir", "inside", "open_private", "private", "write_private"]

_OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH


def inside(path: Path, folder: Path) -> bool:
    """``path`` is ``folder`` or lies under it (links resolved)."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return True  # a folder that cannot be resolved is not trusted


def cache_dir() -> Path | None:
    """Where the files are kept: ``$JIXIAO_CACHE_DIR``, else the user's cache folder, else (no home
    folder known, or a relative setting) the user's own folder in the temp folder; None when every
    choice lies inside the working folder (nothing is then kept: the lexicon is built in memory)."""
    uid = getattr(os, "getuid", lambda: "user")()
    chosen = os.environ.get("JIXIAO_CACHE_DIR") or ""
    if not chosen:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        chosen = os.path.join(base, "jixiao")
    try:
        cwd: Path | None = Path.cwd()
    except OSError:  # the working folder was removed: there is nothing to keep out of
        cwd = None
    for folder in (Path(chosen), Path(tempfile.gettempdir()) / f"jixiao-cache-{uid}"):
        if folder.is_absolute() and (cwd is None or not inside(folder, cwd)) and private(folder, missing=True):
            return folder
    return None


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
    return fd


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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)
