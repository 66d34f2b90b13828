"""A project form's 主管部门 left blank, in the layouts a form takes when copied to text
(checks/structure.py: _blank_bar_cell, _between_pairs). Invented forms. A filled field is never
reported blank: every layout is also tried filled, and with a merged empty cell before its value."""

import pytest

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

TITLE = "某县2024年度项目支出绩效自评表\n"


def _blanks(text: str) -> list[str]:
    return [f.quote for f in check_structure(read_text_string(TITLE + text))
            if f.rule in ("structure.blank_cell", "structure.blank_inline")]


@pytest.mark.parametrize("text, label", [
    # cells closed by a bar, the empty one a lone bar
    ("项目名称 |\n乡村道路养护 |\n主管部门 |\n|\n实施单位 |\n某县交通运输局 |\n", "主管部门"),
    # bars on lines of their own between cells: an empty cell is two bars in a row
    ("项目名称\n|\n乡村道路养护\n|\n主管部门及代码\n|\n|\n实施单位\n|\n某县交通运输局\n|\n", "主管部门及代码"),
    # a cover whose lines each give a label and its value: the bare label between two of them
    ("项目名称 乡村道路养护\n项目单位 某县交通运输局\n主管部门\n评价方式：单位自评\n", "主管部门"),
])
def test_an_empty_head_field_between_labels_is_a_blank(text, label):
    assert _blanks(text) == [label]


@pytest.mark.parametrize("text", [
    # the same layouts filled
    "项目名称 |\n乡村道路养护 |\n主管部门 |\n某县交通运输局 |\n实施单位 |\n某县公路养护站 |\n",
    "项目名称\n|\n乡村道路养护\n|\n主管部门及代码\n|\n某县交通运输局 408001\n|\n实施单位\n|\n某县公路养护站\n|\n",
    "项目名称 乡村道路养护\n项目单位 某县公路养护站\n主管部门 某县交通运输局\n评价方式：单位自评\n",
    # an empty cell merged into the label's, the value after it
    "项目名称 |\n乡村道路养护 |\n主管部门 |\n|\n某县交通运输局 |\n实施单位 |\n某县公路养护站 |\n",
    "主管部门及代码\n|\n|\n某县交通运输局 408001\n|\n实施单位\n|\n某县公路养护站\n|\n",
    # one cell per line without bars: the value comes on the next line
    "项目名称\n乡村道路养护\n主管部门\n某县交通运输局\n实施单位\n某县公路养护站\n",
    # a bare label over its value, between cover lines that hold their values
    "项目单位 某县公路养护站\n主管部门\n某县交通运输局\n评价方式：单位自评\n",
    # a column of labels, the values in the next column: no line holds a label with its value
    "项目名称\n主管部门\n实施单位\n乡村道路养护\n某县交通运输局\n某县公路养护站\n",
    # a section about the department, not a field
    "一、项目概况\n主管部门\n县交通运输局负责全县农村公路的建设和养护管理。\n",
])
def test_filled_or_unpinned_head_fields_are_left_alone(text):
    assert _blanks(text) == []


@pytest.mark.parametrize("text", [
    "项目单位 某县公路养护站\n联系人\n联系电话：0000-1234567\n张某某\n",
    "项目单位 某县公路养护站\n联系人\n联系电话：0000-1234567\n本项目联系人为张某某。\n",
    # the department's name alone on a line after the next pair: the value's cell read out of place
    "项目名称 乡村道路养护\n项目单位 某县公路养护站\n主管部门\n评价方式：单位自评\n某县交通运输局\n",
    # the text names the department in charge anyway
    "项目名称 乡村道路养护\n项目单位 某县公路养护站\n主管部门\n评价方式：单位自评\n本项目主管部门为某县交通运输局。\n",
])
def test_a_blank_head_field_whose_department_the_report_gives_is_left_alone(text):
    """(Any required label so placed: the contact below as well.)"""
    assert _blanks(text) == []


def test_the_next_labels_value_does_not_fill_a_blank_head_field():
    text = "项目名称 |\n乡村道路养护 |\n主管部门 |\n|\n实施单位 |\n某县公路养护站 |\n"
    assert _blanks(text) == ["主管部门"]
