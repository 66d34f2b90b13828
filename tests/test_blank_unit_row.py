"""The row right under a form's title that names the unit filling it in, left with its label and empty
cells (单位 | | | |), is a blank field: every form's head names its unit."""

import pytest

from drafting.checks.blank_rows import blank_row_fields
from drafting.io.text_reader import read_text_string

_TITLE = "2024年度部门整体支出绩效自评表"
_HEADER = "序号 | 一级指标 | 二级指标 | 三级指标 | 分值 | 自评得分"
_ROW = "1 | 决策 | 目标设定 | 绩效目标合理性 | 5 | 5"


def _rule(text: str):
    return [(f.rule, f.quote) for f in blank_row_fields(read_text_string(text))]


@pytest.mark.parametrize("row", ["单位 | |||||||", "填报单位： | | | |", "| 单位名称 | | | | |", "部门（单位）名称 |\t|"])
def test_a_unit_row_with_nothing_filled_under_a_forms_title_is_flagged(row):
    found = _rule(f"{_TITLE}\n{row}\n{_HEADER}\n{_ROW}\n")
    assert len(found) == 1 and found[0][0] == "structure.blank_row_cell"
    assert found[0][1].rstrip("：") in row


@pytest.mark.parametrize("text", [
    f"{_TITLE}\n单位 | 某县农业农村局 | | |\n{_HEADER}\n{_ROW}\n",  # filled
    f"{_TITLE}\n单位 | | |\n某县农业农村局\n{_HEADER}\n{_ROW}\n",  # the name wrapped onto the next line
    f"一、绩效目标完成情况\n单位 | | |\n{_HEADER}\n{_ROW}\n",  # no form's title above it
    f"{_TITLE}\n单位：万元 | | |\n{_HEADER}\n{_ROW}\n",  # the money unit, given
    f"{_TITLE}\n单位 | | 填报日期 | 2024年3月 |\n{_HEADER}\n{_ROW}\n",  # other cells filled: a row of its own kind
])
def test_a_filled_or_unplaced_unit_row_is_left_alone(text):
    assert _rule(text) == []
