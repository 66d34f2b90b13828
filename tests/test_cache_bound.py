"""The user's cache folder stays bounded: every new lexicon (an upgrade, a vocabulary change, a new
virtual environment) wrote a 15 MB file and none was ever removed. When a file of a kind is written,
that kind keeps only its ``KEEP`` most recently used files, and temporary files left by a killed
writer go once an hour old. Nothing that is not a regular file of this user's with a name the
command writes is ever touched. Every test works in a temporary folder, never the real cache."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from drafting.io import cache_folder, regex_cache
from drafting.io.cache_folder import open_private, write_private

KEEP = 4  # the README's bound: four files of each kind

posix_only = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and links")


def _key(i: int, width: int = 20) -> str:
    return f"{i:0{width}x}"


def _old(folder: Path, kind: str, count: int, width: int = 20) -> list[Path]:
    """``count`` files of ``kind``, the first used longest ago (hours apart)."""
    folder.mkdir(mode=0o700, exist_ok=True)
    made = []
    for i in range(count):
        path = folder / f"{kind}-{_key(i, width)}.bin"
        path.write_bytes(b"an older version")
        when = time.time() - (count - i + 1) * 7200
        os.utime(path, (when, when))
        made.append(path)
    return made


def test_writing_a_new_file_keeps_only_the_most_recently_used_of_its_kind(tmp_path):
    folder = tmp_path / "cache"
    old = _old(folder, "lexicon", 10)
    new = folder / f"lexicon-{'f' * 20}.bin"
    write_private(new, b"this version")
    kept = sorted(folder.iterdir())
    assert len(kept) == KEEP and new in kept  # on the base all 11 stayed, for ever
    assert set(kept) == {new, *old[-(KEEP - 1):]}


def test_a_file_read_is_marked_used_and_outlives_newer_unread_ones(tmp_path):
    """Two installations used in turn: the one read a minute ago stays though its file is the oldest."""
    folder = tmp_path / "cache"
    old = _old(folder, "lexicon", 6)
    fd = open_private(old[0])
    assert fd is not None
    os.close(fd)
    assert time.time() - old[0].stat().st_mtime < 60
    write_private(folder / f"lexicon-{'f' * 20}.bin", b"this version")
    assert old[0].exists() and not old[1].exists()


def test_files_used_in_the_last_two_hours_are_kept_beyond_the_bound(tmp_path):
    """Eight working copies used in turn within minutes: removing a file in use only makes its
    installation rebuild it (and remove another's); it goes once unused for two hours."""
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    in_use = []
    for i in range(7):
        path = folder / f"lexicon-{_key(i)}.bin"
        path.write_bytes(b"another installation's")
        when = time.time() - 600 - 60 * i
        os.utime(path, (when, when))
        in_use.append(path)
    idle = folder / f"lexicon-{'c' * 20}.bin"
    idle.write_bytes(b"an older version")
    hours = time.time() - 3 * 3600
    os.utime(idle, (hours, hours))
    write_private(folder / f"lexicon-{'f' * 20}.bin", b"this version")
    assert all(p.exists() for p in in_use) and not idle.exists()


def test_each_kind_is_bounded_apart_and_the_new_file_is_always_kept(tmp_path):
    folder = tmp_path / "cache"
    lexicons = _old(folder, "lexicon", 6)
    patterns = _old(folder, "regex", 6, width=16)
    new = folder / f"regex-{'e' * 16}.bin"
    os.utime(folder, None)
    write_private(new, b"patterns")
    assert all(p.exists() for p in lexicons)  # another kind's files are not counted or removed
    assert sorted(folder.glob("regex-*.bin")) == sorted([*patterns[-(KEEP - 1):], new])


def test_a_temporary_file_of_a_killed_writer_goes_once_an_hour_old(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    stale = folder / f".lexicon-{_key(1)}.bin.k1ll_ed0.tmp"
    live = folder / f".lexicon-{_key(2)}.bin.wr1t1ng0.tmp"  # another process writing now
    for path in (stale, live):
        path.write_bytes(b"half a file")
    hours = time.time() - 2 * 3600
    os.utime(stale, (hours, hours))
    write_private(folder / f"code-{_key(3, 16)}.bin", b"code")
    assert not stale.exists() and live.exists()


@posix_only
def test_only_regular_files_of_this_users_with_the_commands_names_are_removed(tmp_path):
    folder = tmp_path / "cache"
    _old(folder, "lexicon", KEEP)  # the bound is reached: every older name below would be removed
    elsewhere = tmp_path / "elsewhere.bin"
    elsewhere.write_bytes(b"the user's own file")
    others = {
        "link": folder / f"lexicon-{'a' * 20}.bin",
        "folder": folder / f"lexicon-{'b' * 20}.bin",
        "other name": folder / "lexicon-backup.bin",
        "other case": folder / f"Lexicon-{'c' * 20}.bin",
        "other suffix": folder / f"lexicon-{'d' * 20}.bin.bak",
        "not a temporary of ours": folder / ".lexicon-backup.bin.abc.tmp",
        "notes": folder / "notes.txt",
    }
    others["link"].symlink_to(elsewhere)
    others["folder"].mkdir()
    for name, path in others.items():
        if name not in ("link", "folder"):
            path.write_bytes(b"not the command's")
    if os.getuid() == 0:  # as root, a file of another user's in the folder is left too
        theirs = folder / f"lexicon-{'9' * 20}.bin"
        theirs.write_bytes(b"another user's")
        os.chown(theirs, 12345, 12345)
        others["another user's"] = theirs
    long_ago = time.time() - 400 * 86_400
    for path in [*others.values(), elsewhere]:
        os.utime(path, (long_ago, long_ago), follow_symlinks=False)
    write_private(folder / f"lexicon-{'f' * 20}.bin", b"this version")
    for name, path in others.items():
        assert os.path.lexists(path), name
    assert elsewhere.read_bytes() == b"the user's own file"
    assert others["link"].is_symlink()


def test_a_folder_that_cannot_be_listed_does_not_stop_the_write(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)

    def refuse(path):
        raise PermissionError(13, "listing refused")

    monkeypatch.setattr(cache_folder.os, "scandir", refuse)
    write_private(folder / f"lexicon-{'f' * 20}.bin", b"this version")
    assert (folder / f"lexicon-{'f' * 20}.bin").read_bytes() == b"this version"


@pytest.mark.skipif(regex_cache._engine() is None, reason="this Python's re has no compiled form to keep")
def test_the_commands_pattern_store_bounds_the_folder_it_writes(tmp_path):
    """End to end in a fresh process: the compiled-pattern store of an earlier Python's builds is
    trimmed when this one writes its own."""
    folder = tmp_path / "cache"
    old = _old(folder, "regex", 8, width=16)
    code = ("import re, sys; from pathlib import Path; from drafting.io import regex_cache; "
            "folder = Path(sys.argv[1]); regex_cache.load(folder); re.compile(r'[\\u4e00-\\u9fff]{2}处'); "
            "regex_cache.save(folder)")
    subprocess.run([sys.executable, "-c", code, str(folder)], check=True, timeout=120, cwd=tmp_path,
                   env={**os.environ, "JIXIAO_CACHE_DIR": str(folder)})
    left = sorted(folder.glob("regex-*.bin"))
    assert len(left) == KEEP and set(old[-(KEEP - 1):]) <= set(left)


# -- a cache folder that cannot be written is passed over ----------------------------------------


def _choose(monkeypatch, tmp_path: Path, base: Path) -> Path | None:
    monkeypatch.delenv("JIXIAO_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(base))
    for made in (tmp_path / "work", tmp_path / "t"):
        made.mkdir(exist_ok=True)
    monkeypatch.chdir(tmp_path / "work")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "t"))
    return cache_folder.cache_dir()


def test_a_home_folder_where_nothing_can_be_made_gives_the_temp_folder(tmp_path, monkeypatch):
    """A read-only home folder (or file system): the folder cannot be made, so the lexicon was built
    in memory again on every run (12 s of CPU each, where a run with the file takes 1.4 s), silently."""
    home = tmp_path / "home"
    home.mkdir()
    real_mkdir = Path.mkdir

    def read_only(self, *args, **kwargs):
        if self == home or home in self.parents:
            raise OSError(30, "Read-only file system", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    chosen = _choose(monkeypatch, tmp_path, home)
    assert chosen == tmp_path / "t" / f"jixiao-cache-{uid}"


@posix_only
@pytest.mark.skipif(hasattr(os, "getuid") and os.getuid() == 0, reason="root writes in any folder")
def test_a_cache_folder_this_user_cannot_write_in_gives_the_temp_folder(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "jixiao").mkdir(parents=True, mode=0o700)
    (home / "jixiao").chmod(0o500)
    try:
        chosen = _choose(monkeypatch, tmp_path, home)
    finally:
        (home / "jixiao").chmod(0o700)
    assert chosen == tmp_path / "t" / f"jixiao-cache-{os.getuid()}"


def test_a_writable_cache_folder_is_made_and_kept(tmp_path, monkeypatch):
    assert _choose(monkeypatch, tmp_path, tmp_path / "home") == tmp_path / "home" / "jixiao"
    assert (tmp_path / "home" / "jixiao").is_dir()
