"""The cache folder's two files (the lexicon, the compiled patterns) are read only when no one else
could have written them, never block or follow a link, and are written beside their name and
renamed onto it: whatever sits in the folder, a command still runs and finds the same."""

from __future__ import annotations

import marshal
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from drafting.checks import lexicon
from drafting.io import cache_folder, regex_cache

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(os, "getuid"), reason="POSIX files and owners")
needs_engine = pytest.mark.skipif(regex_cache._engine() is None, reason="this Python's re has no compiled form to keep")

_STORE = ("import re, sys; from pathlib import Path; from drafting.io import regex_cache; "
          "folder = Path(sys.argv[1]); n = regex_cache.load(folder); "
          "re.compile(r'[\\u4e00-\\u9fff]{2,4}局(?P<year>20\\d\\d)'); regex_cache.save(folder); print(n)")


def _store(folder: Path) -> int:
    """A fresh process that loads the folder's patterns, compiles one, stores; how many it loaded."""
    out = subprocess.run([sys.executable, "-c", _STORE, str(folder)], capture_output=True, text=True,
                         check=True, timeout=120)
    return int(out.stdout)


def _stored(folder: Path) -> Path:
    folder.mkdir(mode=0o700, exist_ok=True)
    for _ in range(3):  # remembered, stored, read back
        _store(folder)
    (path,) = folder.glob("regex-*.bin")
    assert _store(folder) > 0
    return path


@posix_only
@needs_engine
def test_a_pipe_where_the_patterns_file_should_be_neither_blocks_nor_stops_the_command(tmp_path):
    path = _stored(tmp_path / "c")
    path.unlink()
    os.mkfifo(path)
    assert _store(tmp_path / "c") == 0  # without the check: blocked for ever in open(), killed by the timeout
    assert stat.S_ISREG(path.lstat().st_mode)  # replaced by the file, written beside it and renamed
    _store(tmp_path / "c")
    assert _store(tmp_path / "c") > 0


@posix_only
def test_a_pipe_where_the_lexicon_should_be_is_not_opened(tmp_path):
    tmp_path.chmod(0o700)
    fifo = tmp_path / "lexicon-x.bin"
    os.mkfifo(fifo)
    code = f"from pathlib import Path; from drafting.checks import lexicon; print(lexicon._read(Path({str(fifo)!r})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "None"


@posix_only
@needs_engine
@pytest.mark.parametrize("how", ["writable by others", "a link to a file elsewhere", "a link to a device"])
def test_a_patterns_file_another_user_could_have_written_is_not_read(tmp_path, how):
    path = _stored(tmp_path / "c")
    if how == "writable by others":
        path.chmod(0o666)
    elif how == "a link to a file elsewhere":
        elsewhere = tmp_path / "elsewhere.bin"
        path.rename(elsewhere)
        path.symlink_to(elsewhere)
    else:
        path.unlink()
        path.symlink_to("/dev/zero")  # read through, it never ends
    assert _store(tmp_path / "c") == 0
    assert path.is_file() and not path.is_symlink()  # stored again as this user's own file
    _store(tmp_path / "c")
    assert _store(tmp_path / "c") > 0


@posix_only
@needs_engine
def test_a_folder_others_can_write_in_is_not_read(tmp_path):
    folder = tmp_path / "c"
    _stored(folder)
    folder.chmod(0o777)
    assert regex_cache.load(folder) == 0


@needs_engine
def test_a_patterns_file_whose_checksum_does_not_match_is_not_read(tmp_path):
    """A changed opcode can still unmarshal and pass ``_sre``'s checks, and then match something else."""
    path = _stored(tmp_path / "c")
    data = bytearray(path.read_bytes())
    entries = marshal.loads(data)[1]  # the entries first, then every pattern's opcodes
    at = len(data) - 4 - 4 * max(e[4] for e in entries) + 4 * entries[0][3]  # the first pattern's first code unit
    data[at] ^= 1
    path.write_bytes(bytes(data))
    assert _store(tmp_path / "c") == 0


@posix_only
def test_the_lexicon_is_not_read_from_a_file_others_can_write(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "_header", lambda data: ("header",))
    tmp_path.chmod(0o700)
    path = tmp_path / "lexicon-x.bin"
    path.write_bytes(b"\0" * 64)
    path.chmod(0o600)
    assert lexicon._read(path) is not None
    path.chmod(0o664)
    assert lexicon._read(path) is None
    tmp_path.chmod(0o777)
    path.chmod(0o600)
    assert lexicon._read(path) is None


@posix_only
def test_the_lexicon_is_stored_over_a_link_at_its_name_not_through_it(tmp_path, monkeypatch):
    built = b"\1" * 64
    monkeypatch.setattr(lexicon, "_build", lambda vocabulary: built)
    monkeypatch.setattr(lexicon, "_header", lambda data: ("header",) if data == built else None)
    monkeypatch.setattr(lexicon, "cache_dir", lambda: tmp_path)
    tmp_path.chmod(0o700)
    path = tmp_path / f"lexicon-{lexicon._key()}.bin"
    path.symlink_to(tmp_path / "made" / "by" / "the" / "link")
    assert lexicon._open(set())[0] == built
    assert not (tmp_path / "made").exists()  # written through, the link made these folders
    assert not path.is_symlink() and path.read_bytes() == built
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@posix_only
def test_a_cache_folder_others_can_write_in_is_passed_over(tmp_path, monkeypatch):
    shared, temp = tmp_path / "shared", tmp_path / "temp"
    shared.mkdir(mode=0o700)
    temp.mkdir()
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(temp))
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(shared))
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    own = temp / f"jixiao-cache-{os.getuid()}"
    assert cache_folder.cache_dir() == shared
    shared.chmod(0o777)
    assert cache_folder.cache_dir() == own  # made 0700 when chosen, so that it is known to be writable
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    own.chmod(0o770)
    assert cache_folder.cache_dir() is None  # nothing kept: the lexicon is built in memory
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a folder")
    assert cache_folder.cache_dir() is None


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_folder.os, "replace", full)
    with pytest.raises(OSError):
        cache_folder.write_private(tmp_path / "c" / "regex-x.bin", b"data")
    assert list((tmp_path / "c").iterdir()) == []


def test_a_large_file_is_not_read_whole(tmp_path):
    tmp_path.chmod(0o700)
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 100)
    path.chmod(0o600)
    assert cache_folder.read_private(path, 100) == b"x" * 100
    assert cache_folder.read_private(path, 99) is None



@posix_only
def test_the_temp_folder_is_not_looked_for_while_the_chosen_folder_serves(tmp_path, monkeypatch):
    """Start-up (issue 14): finding the temp folder writes and removes a file in each of its candidates;
    a command whose cache folder is usable never asks for it, and asks once that folder is refused."""
    chosen, temp = tmp_path / "chosen", tmp_path / "temp"
    chosen.mkdir(mode=0o700)
    temp.mkdir()
    asked: list[bool] = []
    monkeypatch.setattr(tempfile, "gettempdir", lambda: asked.append(True) or str(temp))
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(chosen))
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert cache_folder.cache_dir() == chosen and asked == []
    chosen.chmod(0o777)
    assert cache_folder.cache_dir() == temp / f"jixiao-cache-{os.getuid()}" and asked == [True]
