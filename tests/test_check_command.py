"""``jixiao check DATA`` validates a data file on its own: every problem listed with its line and
field path (none hidden behind “等”), exit 2 for a file that does not load, 1 for arithmetic
warnings, 0 when it is clean; the file is never modified."""

from __future__ import annotations

import hashlib
from pathlib import Path

from drafting.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "fixtures" / "anhua-edu-2023" / "data.yaml"

BAD = """\
department: {name: 测试局, region: 测试县, level: 县}
year: 2023
staffing: {authorized: ten, actual: 5}
finance:
  income: [{unit_name: 局机关, total: abc}]
sangong: {actual: {total: 1}}
indicators:
  - {name: 满意度, target: "≥90%", target_value: 95, unit: "%", weight: x}
  - {name: 及时率, unit: "%", score: y}
  - {name: 合格率, unit: "%", colour: red}
"""


def test_every_problem_of_a_broken_file_is_listed_with_line_and_field(tmp_path, capsys):
    path = tmp_path / "data.yaml"
    path.write_text(BAD, encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "共 5 处问题" in err and "等" not in err.split("\n")[0]
    for where in ("第3行 字段 staffing.authorized", "第5行 字段 finance.income[0].total",
                  "第8行 字段 indicators[0].weight", "第9行 字段 indicators[1].score", "indicators[2].colour"):
        assert where in err, where
    assert "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_target_text_that_disagrees_with_its_value_is_a_warning_naming_both_fields(tmp_path, capsys):
    path = tmp_path / "data.yaml"
    fixed = BAD.replace("ten", "10").replace("abc", "0").replace("weight: x", "weight: 5").replace("score: y", "score: 5")
    path.write_text(fixed.replace(", colour: red", ""), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "“≥90%”，与数值 95 不符" in err and "indicators[0].target, indicators[0].target_value" in err


def test_a_clean_file_passes(capsys):
    assert main(["check", str(GOOD)]) == 0
    assert "检查通过" in capsys.readouterr().err


def _without(tmp_path, *keys: str) -> Path:
    """The clean fixture with top-level fields removed (their whole block)."""
    import yaml

    data = yaml.safe_load(GOOD.read_text(encoding="utf-8"))
    for key in keys:
        data.pop(key)
    path = tmp_path / "data.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_check_names_the_parts_a_draft_would_leave_to_fill_in_as_the_draft_does(tmp_path, capsys):
    import json

    path = _without(tmp_path, "self_score", "grade", "measures", "duties")
    assert main(["check", str(path)]) == 0  # missing parts are not errors
    err = capsys.readouterr().err
    said = [line.removeprefix("待补充：") for line in err.splitlines() if line.startswith("待补充：")]
    assert "起草时 3 部分缺数据未起草（见上）" in err
    assert main(["draft", str(path), "-o", str(tmp_path / "d.docx")]) == 0
    gaps = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["gaps"]
    assert said == [g["message"] for g in gaps] and len(said) == 3


def test_for_a_workbook_check_also_says_where_to_fill_a_missing_part(tmp_path, capsys):
    path = _without(tmp_path, "self_score", "grade")
    book = tmp_path / "data.xlsx"
    assert main(["template", str(book), "--data", str(path)]) == 0
    assert main(["check", str(book)]) == 0
    assert "（工作簿中填在「基本情况」表“自评得分”、「基本情况」表“评价等次”）" in capsys.readouterr().err


def test_a_workbooks_warnings_point_at_its_cells_not_at_data_fields(tmp_path, capsys):
    path = tmp_path / "data.yaml"
    fixed = BAD.replace("ten", "10").replace("abc", "0").replace("weight: x", "weight: 5").replace("score: y", "score: 5")
    path.write_text(fixed.replace(", colour: red", ""), encoding="utf-8")
    book = tmp_path / "data.xlsx"
    assert main(["template", str(book), "--data", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", str(book)]) == 1
    warning = next(line for line in capsys.readouterr().err.splitlines() if "与数值 95 不符" in line)
    assert "「指标」表" in warning and "indicators[0]" not in warning
