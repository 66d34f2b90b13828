"""Inputs over a documented limit are refused with one line naming the limit and how to raise it;
a .docx with a DTD is refused before anything is written from it."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from drafting.cli import main
from drafting.errors import LimitError, ReportFileError
from drafting.io.limits import LIMITS, limit
from drafting.io.reading import read_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "jingzhou-hrss-2022"


def _rezip(src: Path, dest: Path, change) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info)))
    return dest


def test_a_docx_that_inflates_far_beyond_its_size_is_refused_naming_the_setting(tmp_path):
    bomb = _rezip(FIXTURE / "report.docx", tmp_path / "bomb.docx",
                  lambda name, data: data)
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/padding.bin", b"\0" * 50_000_000)
    with pytest.raises(LimitError, match="JIXIAO_MAX_DOCX_RATIO"):
        read_report(bomb)


def test_the_docx_limits_can_be_raised(tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.docx"
    shutil.copy(FIXTURE / "report.docx", bomb)
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/padding.bin", b"\0" * 5_000_000)
    monkeypatch.setenv("JIXIAO_MAX_DOCX_RATIO", "0")
    assert read_report(bomb).blocks == read_report(FIXTURE / "report.docx").blocks
    monkeypatch.setenv("JIXIAO_MAX_DOCX_BYTES", "1000")
    with pytest.raises(LimitError, match="JIXIAO_MAX_DOCX_BYTES"):
        read_report(bomb)


def test_a_docx_with_a_dtd_is_refused(tmp_path, capsys):
    def add_dtd(name: str, data: bytes) -> bytes:
        if name != "word/document.xml":
            return data
        decl, _, rest = data.partition(b"?>")
        return decl + b'?><!DOCTYPE w:document [<!ENTITY x "xx">]>' + rest

    evil = _rezip(FIXTURE / "report.docx", tmp_path / "dtd.docx", add_dtd)
    with pytest.raises(ReportFileError, match="DTD"):
        read_report(evil)
    assert main(["review", str(evil), "--format", "docx", "-o", str(tmp_path / "out.docx")]) == 2
    assert not (tmp_path / "out.docx").exists()


def test_a_report_with_more_paragraphs_than_the_limit_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JIXIAO_MAX_PARAGRAPHS", "50")
    assert main(["parse", str(FIXTURE / "report.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert "JIXIAO_MAX_PARAGRAPHS" in err and len(err.splitlines()) == 1


def test_a_text_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_MAX_TEXT_BYTES", "1000")
    with pytest.raises(LimitError, match="JIXIAO_MAX_TEXT_BYTES"):
        read_report(FIXTURE / "report.txt")


def test_a_malformed_limit_setting_is_one_clear_error(monkeypatch):
    monkeypatch.setenv("JIXIAO_MAX_PARAGRAPHS", "many")
    with pytest.raises(LimitError, match="JIXIAO_MAX_PARAGRAPHS"):
        limit("paragraphs")


def test_every_limit_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(spec.env in readme for spec in LIMITS.values())


def test_a_50_mb_text_report_is_refused_with_one_line_and_exit_2_within_2_gb(tmp_path):
    """Issue 14: a 50 MB text is refused with one line before the process has used 2 GB (the cap is
    the address space, set in the child, so using more would end it with MemoryError, not exit 2)."""
    import os
    import resource
    import subprocess
    import sys

    line = "本单位认真贯彻落实上级决策部署，全面完成年度目标任务，资金使用规范，群众满意度显著提升。\n".encode()
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        for _ in range(50_000_000 // (len(line) * 1000) + 1):
            fh.write(line * 1000)
    assert big.stat().st_size >= 50_000_000

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    proc = subprocess.run([sys.executable, "-m", "drafting", "review", str(big), "--format", "json"],
                          capture_output=True, text=True, preexec_fn=cap, cwd=ROOT,
                          env={k: v for k, v in os.environ.items() if k != "JIXIAO_MAX_TEXT_BYTES"})
    assert proc.returncode == 2
    assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1
    assert "JIXIAO_MAX_TEXT_BYTES" in proc.stderr and "big.txt" in proc.stderr
