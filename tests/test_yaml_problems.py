"""PyYAML's syntax errors said in Chinese, with line and column, in the data file, the decisions file
and a prompt file: "found character '@' that cannot start any token" inside a Chinese line said
nothing to the finance officer who edits the file by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.errors import DecisionsFileError, PromptFileError
from drafting.io.decisions_file import read_decisions
from drafting.io.loading import load_department
from drafting.llm.prompts import load_prompt_file

# (a line a finance officer might type, what the message must say)
CASES = [
    ("  region: @临江县", "“@”"),  # a reserved character opening a value
    ("  region: `临江县`", "“`”"),
    ("  region: *注：见附表", "锚点或别名"),  # * opens an alias
    ("  region: *ref1", "别名“ref1”"),
    ('  region: "D:\\绩效\\临江"', "转义"),  # a Windows path in double quotes
    ("  region: 临江县: 城区", "键: 值"),
    ("  region: [临江县, 城区", "右括号“]”"),
    ("  region: |临江县", "“|”"),
    ("  region: !county 临江", "标签“!county”"),
    ("  region: !县 临江", "标签"),
    ('  region: "临江县', "引号"),  # a quote not closed: the line it opens on
    ("  region 临江县", "冒号"),
    ("  region: &乡 临江", "锚点或别名"),
]


@pytest.mark.parametrize("line, said", CASES)
def test_a_data_file_syntax_error_is_chinese_with_its_line_and_column(tmp_path: Path, line: str, said: str) -> None:
    text = f"year: 2025\ndepartment:\n  name: 临江县农业农村局\n{line}\nstaffing:\n  authorized: 12\n"
    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Exception) as caught:
        load_department(path)
    msg = str(caught.value)
    assert said in msg, msg
    assert "found" not in msg and "expected" not in msg and "could not" not in msg and "not allowed" not in msg, msg
    assert "第4行第" in msg and "列" in msg, msg  # the line (and column) the problem is on


def test_a_problem_not_in_the_table_keeps_pyyaml_words_after_a_chinese_lead(tmp_path: Path) -> None:
    from drafting.io.yaml_problems import yaml_problem

    class Rare(Exception):
        problem, context = "found incompatible YAML document (version 1.* is required)", None

    assert yaml_problem(Rare()) == "无法解析（found incompatible YAML document (version 1.* is required)）"


def test_a_decisions_file_syntax_error_is_chinese_with_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / ".jixiao-review.yaml"
    path.write_text("accepted:\n- id: a1b2c3\n  note: @审核人确认\n", encoding="utf-8")
    with pytest.raises(DecisionsFileError) as caught:
        read_decisions(path)
    msg = str(caught.value)
    assert "“@”" in msg and "cannot start" not in msg and "(第3行第9列)" in msg, msg


def test_a_prompt_file_syntax_error_is_chinese_with_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "judge.yaml"
    path.write_text("id: judge\nversion: 1\nsystem: 你是审核人: 请逐条判断\n", encoding="utf-8")
    with pytest.raises(PromptFileError) as caught:
        load_prompt_file(path)
    msg = str(caught.value)
    assert "键: 值" in msg and "mapping values" not in msg and "第3行第" in msg, msg
