"""The temporary files a process is writing, known by name before they exist (``io/temporaries``):
what a stopped folder worker removes before it exits."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from drafting.io import temporaries


def test_a_name_is_known_before_its_file_exists(tmp_path, monkeypatch):
    real, seen = os.open, []

    def watched(path, *a, **k):
        seen.append((Path(path) in into, str(path) in temporaries._LIVE, Path(path).exists()))
        return real(path, *a, **k)

    into: list[Path] = []
    monkeypatch.setattr(os, "open", watched)
    fd, path = temporaries.create(tmp_path, ".r.json.", ".tmp", into)
    os.close(fd)
    assert seen == [(True, True, False)] and into == [path] and path.exists()
    temporaries.release(path)
    assert not path.exists() and str(path) not in temporaries._LIVE


def test_a_name_taken_by_another_file_is_never_ours(tmp_path, monkeypatch):
    theirs = tmp_path / ".r.json.aaaaaaaa.tmp"
    theirs.write_text("another writer's", encoding="utf-8")
    draws = iter([b"\0" * 5, b"\1" * 5])  # the first name is the other file's
    monkeypatch.setattr(os, "urandom", lambda n: next(draws))
    into: list[Path] = []
    fd, path = temporaries.create(tmp_path, ".r.json.", ".tmp", into)
    os.close(fd)
    assert into == [path] and path != theirs and str(theirs) not in temporaries._LIVE
    temporaries.remove_all()
    assert theirs.read_text(encoding="utf-8") == "another writer's" and not path.exists()


def test_a_stop_inside_held_waits_for_its_end():
    stopped: list[int] = []
    with temporaries.held():
        temporaries.stop_safely(lambda: stopped.append(1))
        assert stopped == []
    assert stopped == [1]
    temporaries.stop_safely(lambda: stopped.append(2))  # outside: at once
    assert stopped == [1, 2]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork")
def test_a_forked_child_never_removes_its_parents_temporaries(tmp_path):
    into: list[Path] = []
    fd, path = temporaries.create(tmp_path, ".r.json.", ".tmp", into)
    os.close(fd)
    try:
        pid = os.fork()
        if pid == 0:
            temporaries.remove_all()
            os._exit(0)
        os.waitpid(pid, 0)
        assert path.exists()
    finally:
        temporaries.release(path)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork")
def test_a_worker_stopped_between_two_renames_leaves_both_new(tmp_path, monkeypatch):
    """SIGTERM between the renames of a pair (a draft and its sidecar) waits for the second: both new."""
    from drafting import folder
    from drafting.io.atomic import write_pair

    a, b = tmp_path / "a.docx", tmp_path / "a.json"
    a.write_text("old", encoding="utf-8")
    b.write_text("old", encoding="utf-8")
    real = os.replace

    def replace(src, dst):
        real(src, dst)
        if Path(dst) == a:
            os.kill(os.getpid(), signal.SIGTERM)

    pid = os.fork()
    if pid == 0:
        try:
            monkeypatch.setattr(os, "replace", replace)
            folder._worker(None)
            write_pair([(a, lambda p: p.write_text("new", encoding="utf-8")),
                        (b, lambda p: p.write_text("new", encoding="utf-8"))])
        finally:
            os._exit(99)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 128 + signal.SIGTERM
    assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "a.json"]
