"""The user's cache folder for files jixiao builds once and reads in every later run (the typo
check's lexicon, the command's compiled patterns): never inside the working folder, so a run in a
shared project folder leaves nothing there.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["cache_dir", "inside"]


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
        if folder.is_absolute() and (cwd is None or not inside(folder, cwd)):
            return folder
    return None
