"""A reviewed folder with a subfolder that cannot be listed: the reports in it were left out without a
word (``Path.rglob`` passes over such a folder) and the run exited 0, as if the whole county had been
reviewed. Now it is refused before any work, in one line naming the folder, exit 2, as an unreadable
report is; the reports listed are otherwise the same as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafting import cli
from drafting.folder import REPORT_SUFFIXES, report_files

_TEXT = ("第{i}乡水利站2024年度部门整体支出绩效自评报告\n一、部门基本情况\n"
         "本站共有在编人员{n}人，年度预算{m}万元，主要用于第{i}村的堰塘整治项目。\n")


def _county(tmp_path: Path) -> Path:
    where = tmp_path / "county"
    for i, sub in enumerate(["东乡", "西乡"]):
        (where / sub).mkdir(parents=True)
        (where / sub / "report.txt").write_text(_TEXT.format(i=i, n=5 + i, m=40 + i), encoding="utf-8")
    return where


def test_a_subfolder_that_cannot_be_listed_is_refused_in_one_line(tmp_path, monkeypatch, capsys):
    where = _county(tmp_path)
    real = os.scandir

    def scandir(path="."):
        if Path(path) == where / "西乡":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    status = cli.main(["review", str(where), "--format", "json", "-o", str(tmp_path / "out"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 2  # the base reviewed 东乡 alone and exited 0
    assert "西乡" in err and "没有读取权限" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()  # refused before any work


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root lists any folder")
def test_a_folder_without_read_permission_is_refused_end_to_end(tmp_path):
    where = _county(tmp_path)
    (where / "西乡").chmod(0)
    try:
        done = subprocess.run([sys.executable, "-m", "drafting", "review", str(where), "--format", "json",
                               "-o", str(tmp_path / "out")], capture_output=True, text=True, timeout=300)
    finally:
        (where / "西乡").chmod(0o700)
    assert done.returncode == 2 and "西乡" in done.stderr and "Traceback" not in done.stderr


def test_the_reports_listed_are_the_ones_rglob_listed(tmp_path):
    """Hidden names, links to files (kept) and to folders (not entered), a dangling link, a folder and a
    pipe named like reports, an output folder inside the input: the same list as before."""
    t = tmp_path / "t"
    for sub in ("x/.hid", "y", "z", "dir.txt", "out"):
        (t / sub).mkdir(parents=True)
    for name in ("a.txt", ".b.txt", "x/.hid/c.txt", "x/d.DOCX", "y/e.text", "y/f.md", "out/g.txt"):
        (t / name).write_text("x", encoding="utf-8")
    (t / "z" / "linkdir").symlink_to("../y")
    (t / "z" / "link.txt").symlink_to("../a.txt")
    (t / "z" / "dangling.txt").symlink_to("nowhere")
    if hasattr(os, "mkfifo"):
        os.mkfifo(t / "fifo.txt")

    def before(folder: Path, exclude: Path | None = None) -> list[Path]:
        skip = exclude.resolve() if exclude is not None else None
        return sorted(p for p in folder.rglob("*")
                      if p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith(".") and p.is_file()
                      and not (skip is not None and p.resolve().is_relative_to(skip)))

    assert report_files(t) == before(t)
    assert report_files(t, t / "out") == before(t, t / "out")
    assert [p.relative_to(t).as_posix() for p in report_files(t, t / "out")] == [
        "a.txt", "x/.hid/c.txt", "x/d.DOCX", "y/e.text", "z/link.txt"]


def test_a_docx_without_text_is_refused_not_passed_with_no_findings(tmp_path):
    """A scanned report saved as .docx holds pictures only: the review said 共 0 条问题 and exited 0,
    as if it had read a clean report. An empty text file was already refused; now such a .docx is."""
    from docx import Document

    doc = Document()
    doc.add_table(rows=2, cols=2)  # empty cells, no paragraph text
    doc.save(tmp_path / "scan.docx")
    done = subprocess.run([sys.executable, "-m", "drafting", "review", str(tmp_path / "scan.docx"), "--format", "md",
                           "-o", "-"], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "没有文字" in done.stderr
