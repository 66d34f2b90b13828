"""A cover's 主管部门 field holding only the printed seal mark is blank (invented covers)."""

import pytest

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_COVER = "项目支出绩效自评报告\n项目名称:村村通维护经费\n{line}\n填报人姓名:刘某\n一、项目基本情况\n项目按期实施。\n"


def _blank(line: str) -> list[str]:
    return [f.quote for f in check_structure(read_text_string(_COVER.format(line=line)))
            if f.rule == "structure.blank_inline"]


@pytest.mark.parametrize(("line", "label"), [
    ("项目主管部门(单位):(公章)", "项目主管部门(单位)"),
    ("主管部门（单位）：（盖章）", "主管部门（单位）"),
    ("项目主管部门:", "项目主管部门"),
])
def test_a_department_field_with_no_name_before_its_seal_is_blank(line, label):
    assert _blank(line) == [label]


@pytest.mark.parametrize("line", ["项目主管部门(单位):某市广播电视局(公章)", "项目主管部门(单位):某市广播电视局"])
def test_a_department_field_with_its_name_is_filled(line):
    assert _blank(line) == []
