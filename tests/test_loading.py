"""load_department: exact Decimals, and one clear Chinese message per kind of bad input."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from drafting.errors import DataFileError
from drafting.io.loading import dotted_path, load_department, load_department_with_warnings

DATA = Path(__file__).parent / "data" / "io"
FIXTURE = Path(__file__).parents[1] / "fixtures" / "jingzhou-hrss-2022" / "data.yaml"
MINIMAL = (DATA / "minimal.yaml").read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str, name: str = "data.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _error(path: Path) -> str:
    with pytest.raises(DataFileError) as info:
        load_department(path)
    return str(info.value)


def test_yaml_numbers_with_decimals_load_as_exact_decimals() -> None:
    data = load_department(DATA / "minimal.yaml")
    assert data.sangong.actual.reception == Decimal("5.18")
    assert type(data.sangong.actual.reception) is Decimal
    assert str(data.finance.income[0].total) == "100.50"


def test_no_figure_of_the_sample_data_is_a_float() -> None:
    data = load_department(FIXTURE)
    assert all(isinstance(f.value, Decimal) for f in data.figures())
    assert data.figure("sangong.actual.reception").value == Decimal("5.18")


def test_json_numbers_load_as_exact_decimals(tmp_path: Path) -> None:
    import yaml

    raw = yaml.safe_load(MINIMAL)
    text = json.dumps(raw, ensure_ascii=False, default=str).replace('"7.5"', "7.5")
    data = load_department(_write(tmp_path, text, "data.json"))
    assert data.sangong.actual.total == Decimal("7.5")
    assert type(data.sangong.actual.total) is Decimal


def test_json_content_is_sniffed_when_the_suffix_says_nothing(tmp_path: Path) -> None:
    import yaml

    text = json.dumps(yaml.safe_load(MINIMAL), ensure_ascii=False, default=str)
    assert load_department(_write(tmp_path, text, "data.dat")).year == 2022


def test_missing_file_says_the_file_does_not_exist(tmp_path: Path) -> None:
    msg = _error(tmp_path / "nope.yaml")
    assert "nope.yaml" in msg and "不存在" in msg


def test_empty_file_says_it_is_empty(tmp_path: Path) -> None:
    assert "文件为空" in _error(_write(tmp_path, "  \n"))


def test_comment_only_file_says_there_is_no_data(tmp_path: Path) -> None:
    assert "没有数据" in _error(_write(tmp_path, "# 只有注释\n"))


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    bad = MINIMAL.replace("  region: 测试县", "  region: 测试县\n bad: [1, 2")
    msg = _error(_write(tmp_path, bad))
    assert "YAML 格式错误" in msg and "缩进" in msg
    assert f"第{bad.splitlines().index(' bad: [1, 2') + 1}行" in msg


def test_wrong_type_names_line_field_and_expected_value(tmp_path: Path) -> None:
    bad = MINIMAL.replace("reception: 5.18", "reception: 5.18万元")
    msg = _error(_write(tmp_path, bad))
    line = bad.splitlines().index("    reception: 5.18万元") + 1
    assert f"第{line}行" in msg
    assert "sangong.actual.reception" in msg
    assert "应为数字，如 5.18" in msg


def test_error_inside_a_list_uses_an_indexed_field_path(tmp_path: Path) -> None:
    bad = MINIMAL.replace("    weight: 10", "    weight: 十分")
    msg = _error(_write(tmp_path, bad))
    assert "indicators[0].weight" in msg
    assert f"第{bad.splitlines().index('    weight: 十分') + 1}行" in msg


def test_unknown_field_is_named_with_the_allowed_fields_and_a_suggestion(tmp_path: Path) -> None:
    bad = MINIMAL.replace("    reception: 5.18", "    recepton: 5.18")
    msg = _error(_write(tmp_path, bad))
    assert "未知字段“recepton”" in msg
    assert "是否应为“reception”？此处允许的字段：" in msg  # one mark after the question, not “？；”
    assert "vehicle_operation" in msg  # the allowed fields are listed
    assert f"第{bad.splitlines().index('    recepton: 5.18') + 1}行" in msg


def test_missing_required_field_points_at_its_parent(tmp_path: Path) -> None:
    bad = MINIMAL.replace("  region: 测试县\n", "")
    msg = _error(_write(tmp_path, bad))
    assert "department.region" in msg and "缺少必填字段" in msg
    assert "第2行" in msg


def test_several_errors_are_reported_in_one_message(tmp_path: Path) -> None:
    bad = MINIMAL.replace("reception: 5.18", "reception: x").replace("actual: 9", "actual: 九")
    msg = _error(_write(tmp_path, bad))
    assert "另有 1 处问题" in msg
    assert "staffing.actual" in msg and "sangong.actual.reception" in msg


def test_json_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    msg = _error(_write(tmp_path, '{\n  "year": 2022,\n  "staffing": {,}\n}', "data.json"))
    assert "JSON 格式错误" in msg and "第3行" in msg and "列" in msg


def test_json_validation_error_names_the_line(tmp_path: Path) -> None:
    import yaml

    raw = yaml.safe_load(MINIMAL)
    raw["year"] = "明年"
    text = json.dumps(raw, ensure_ascii=False, indent=2, default=str)
    msg = _error(_write(tmp_path, text, "data.json"))
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if '"year"' in ln)
    assert "year" in msg and "应为整数" in msg and f"第{line}行" in msg


def test_top_level_list_is_refused(tmp_path: Path) -> None:
    assert "顶层应为字段表" in _error(_write(tmp_path, "- a\n- b\n"))


def test_warnings_list_totals_that_are_not_the_sum_of_their_parts(tmp_path: Path) -> None:
    # 5.18 + 2.32 exceed 7.4; with 7.6 the blank 购置费/出国费 could hold the rest, so no warning
    bad = MINIMAL.replace("    total: 7.5", "    total: 7.4")
    data, warnings = load_department_with_warnings(_write(tmp_path, bad))
    assert data.sangong.actual.total == Decimal("7.4")
    assert [w.paths[0] for w in warnings] == ["sangong.actual.total"]


def test_consistent_data_has_no_warnings() -> None:
    assert load_department_with_warnings(DATA / "minimal.yaml")[1] == []


def test_dotted_path_writes_indexes_in_brackets() -> None:
    assert dotted_path(("finance", "income", 0, "total")) == "finance.income[0].total"
