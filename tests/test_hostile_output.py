"""Standard output that cannot take the output (its reader has gone, as with ``| head -c1``, or a
full device) and standard error that is not a terminal: one line, exit status 4, never Python's
"Exception ignored" or a traceback; no progress redraws in a log file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPORT = ("第二镇林业站2024年度部门整体支出绩效自评报告\n一、部门基本情况\n"
          "本站共有在编人员9人，年度预算88万元，主要用于护林防火项目。\n")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)  # as users run it: stdout to a pipe is buffered
    return env


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(2):
        (folder / f"r{i}.txt").write_text(REPORT.replace("第二镇", f"第{i}镇"), encoding="utf-8")
    return {"version": ["--version"], "help": ["--help"], "command help": ["review", "--help"],
            "review": ["review", str(folder / "r0.txt"), "--format", "json"],
            "folder": ["review", str(folder), "--jobs", "1"]}


def _one_line(stderr: str) -> str:
    lines = [s for s in stderr.splitlines() if s.strip()]
    assert len(lines) == 1 and lines[0].startswith("错误："), stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    return lines[0]


@pytest.mark.skipif(not hasattr(os, "pipe"), reason="pipes")
@pytest.mark.parametrize("name", ["version", "help", "command help", "review", "folder"])
def test_a_reader_that_has_gone_is_one_line_and_exit_4(tmp_path, name):
    argv = _commands(tmp_path)[name]
    read, write = os.pipe()
    os.close(read)  # the reader has gone before anything is written: every write fails
    try:
        done = subprocess.run([sys.executable, "-m", "drafting", *argv], stdout=write, stderr=subprocess.PIPE,
                              text=True, env=_env(), timeout=300)
    finally:
        os.close(write)
    assert done.returncode == 4
    assert "标准输出已被关闭" in _one_line(done.stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("name", ["version", "review", "folder"])
def test_a_full_standard_output_is_one_line_and_exit_4(tmp_path, name):
    argv = _commands(tmp_path)[name]
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "drafting", *argv], stdout=full, stderr=subprocess.PIPE,
                              text=True, env=_env(), timeout=300)
    assert done.returncode == 4
    _one_line(done.stderr)


def test_a_folder_review_draws_no_progress_line_when_stderr_is_not_a_terminal(tmp_path):
    argv = _commands(tmp_path)["folder"]
    done = subprocess.run([sys.executable, "-m", "drafting", *argv], capture_output=True, text=True,
                          env=_env(), timeout=300)
    assert done.returncode in (0, 1)
    assert "[" not in done.stderr and "1/2" not in done.stderr
    shown = subprocess.run([sys.executable, "-m", "drafting", *argv, "--progress"], capture_output=True, text=True,
                           env=_env(), timeout=300)
    assert "1/2 r0.txt" in shown.stderr and shown.stdout == done.stdout  # asked for, it is shown
