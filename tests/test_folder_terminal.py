"""A folder review without ``-o``: as for one report, md and json go to the terminal (the document
``-o all.md`` writes: every report's findings), html and docx beside the input (``<FOLDER>.审核``).
It printed only the summary table: the findings were nowhere, and html/docx were asked for and not
written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafting.cli import main


def _folder(tmp_path: Path) -> Path:
    where = tmp_path / "各站报告"
    where.mkdir()
    for i in range(3):  # one paragraph shared: each report has a finding to show
        (where / f"第{i}站.txt").write_text(
            f"第{i}林业站2024年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            f"本站共有在编人员{5 + i}人，年度预算{40 + i}万元。本站全年完成护林巡查任务，森林防火形势总体平稳。\n",
            encoding="utf-8")
    return where


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_without_o_the_folder_document_goes_to_the_terminal(tmp_path, capsys, fmt):
    folder = _folder(tmp_path)
    to_file = tmp_path / f"all.{fmt}"
    main(["review", str(folder), "--format", fmt, "-o", str(to_file), "--jobs", "1"])
    capsys.readouterr()
    main(["review", str(folder), "--format", fmt, "--jobs", "1"])
    shown = capsys.readouterr()
    assert shown.out == to_file.read_text(encoding="utf-8")  # the same document, every report's findings
    assert "跨报告套话" in shown.out if fmt == "md" else len(json.loads(shown.out)["files"]) == 3
    if fmt == "json":  # the terminal's JSON stays JSON; the table goes beside it
        assert "合计" in shown.err


def test_dash_o_is_the_terminal_for_a_folder_too(tmp_path, capsys):
    folder = _folder(tmp_path)
    main(["review", str(folder), "--jobs", "1"])
    plain = capsys.readouterr().out
    main(["review", str(folder), "-o", "-", "--jobs", "1"])
    assert capsys.readouterr().out == plain and plain.startswith("# 文件夹审核汇总")


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_without_o_pages_go_beside_the_folder_never_into_it(tmp_path, capsys, fmt):
    folder = _folder(tmp_path)
    main(["review", str(folder), "--format", fmt, "--jobs", "1"])
    beside = tmp_path / "各站报告.审核"
    assert sorted(p.name for p in beside.iterdir()) == [f"第{i}站.{fmt}" for i in range(3)]
    assert sorted(p.name for p in folder.iterdir()) == [f"第{i}站.txt" for i in range(3)]  # the input untouched
    shown = capsys.readouterr()
    assert str(beside) in shown.err and "合计" in shown.out
