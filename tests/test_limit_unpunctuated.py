"""A paragraph of thousands of characters without a clause mark is not prose (a paste that lost its
marks, a generated file), and some checks take time growing with the square of such a stretch: a
300,000-character one ran for hours with the progress clock frozen. It is refused in one line naming
the paragraph and the variable that raises the limit (exit 2); prose, even a whole report on one
line, is read as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drafting.errors import LimitError
from drafting.io.reading import read_report

_TITLE = "某镇农机站2024年度部门整体支出绩效自评报告\n"
_PROSE = ("本站年度预算资金八十二万元，主要用于农机补贴和培训；全年完成培训十二期，"
          "受训农户九百余人次。绩效目标基本实现，群众满意度较高。")


def _write(tmp_path: Path, body: str, name: str = "r.txt") -> Path:
    path = tmp_path / name
    path.write_text(_TITLE + body + "\n", encoding="utf-8")
    return path


def test_a_long_stretch_without_marks_is_refused_in_one_line_before_any_review(tmp_path):
    path = _write(tmp_path, "补贴培训完成情况良好" * 30_000)  # 300,000 characters, no mark
    done = subprocess.run([sys.executable, "-m", "drafting", "review", str(path), "--format", "json",
                           "-o", str(tmp_path / "out.json")], capture_output=True, text=True, timeout=600)
    assert done.returncode == 2  # on the base: hours in the checks
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "第2段" in lines[0] and "JIXIAO_MAX_UNPUNCTUATED" in lines[0], done.stderr
    assert "300,000" in lines[0] and "Traceback" not in done.stderr
    assert not (tmp_path / "out.json").exists()  # refused on reading: no check ran, nothing written


def test_the_limit_is_the_longest_stretch_not_the_paragraph(tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_MAX_UNPUNCTUATED", "100")
    one_line = _write(tmp_path, _PROSE * 200, "one_line.txt")  # a whole report on one line
    assert read_report(one_line).blocks
    with pytest.raises(LimitError, match=r"第2段.*为 150"):
        read_report(_write(tmp_path, _PROSE + "甲" * 150 + "。" + _PROSE, "stretch.txt"))
    monkeypatch.setenv("JIXIAO_MAX_UNPUNCTUATED", "0")  # 0: no limit
    assert read_report(tmp_path / "stretch.txt").blocks


def test_a_stretch_in_a_table_cell_names_the_cell(tmp_path, monkeypatch):
    from docx import Document

    monkeypatch.setenv("JIXIAO_MAX_UNPUNCTUATED", "100")
    doc = Document()
    doc.add_paragraph(_TITLE.strip())
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "项目名称"
    table.cell(0, 1).text = "乙" * 120
    doc.save(tmp_path / "r.docx")
    with pytest.raises(LimitError, match=r"表格.*第1行第2列"):
        read_report(tmp_path / "r.docx")
