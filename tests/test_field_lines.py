"""A 合计 line under lines of 标签：值 must add them up (checks/arithmetic/fields.py)."""

import pytest

from drafting.checks.arithmetic.fields import check_field_totals
from drafting.io.text_reader import read_text_string

TITLE = "某县人社局2023年度部门整体支出绩效自评报告\n"


@pytest.mark.parametrize("lines", [
    "基本支出：500万元\n项目支出：200万元\n合计：750万元",
    "基本支出\n500万元\n项目支出\n200万元\n支出合计\n750万元",  # label, then its value on the next line
    "基本支出：500万元\n\n项目支出：200万元\n\n合计：750万元",  # blank lines between
])
def test_a_total_line_that_is_not_the_sum_of_the_lines_above_is_flagged(lines):
    [f] = check_field_totals(read_text_string(TITLE + lines))
    assert f.quote == "750万元" and [r.quote for r in f.related] == ["500万元", "200万元"]
    assert "700万元" in f.message


@pytest.mark.parametrize("lines", [
    "基本支出：500万元\n项目支出：200万元\n合计：700万元",
    "收入合计：750万元\n其中财政拨款：500万元\n上年结转：250万元\n合计：750万元",  # nested parts
    "收入合计：750万元\n财政拨款：500万元\n上年结转：250万元\n合计：750万元",  # a total is never a part
    "基本支出：500万元\n项目支出：200人\n合计：750万元",  # another unit breaks the run
    "基本支出：500万元\n合计：750万元",  # one line is no list
])
def test_totals_that_add_up_or_cannot_be_pinned_are_left_alone(lines):
    assert check_field_totals(read_text_string(TITLE + lines)) == []
