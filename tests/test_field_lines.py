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


FORM = ("本年收入合计：1,250.36万元\n财政拨款收入：1,200.36万元\n其他收入：50.00万元\n"
        "本年支出合计：1,180.20万元\n基本支出：860.20万元\n项目支出：320.00万元\n"
        "三公经费：\n公务接待费：2.35万元\n公务用车运行维护费：8.60万元\n因公出国（境）费：0万元\n三公经费合计：10.95万元")


def test_totals_over_their_own_lines_in_a_form_of_several_groups_are_left_alone():
    """收入合计 over its lines, 支出合计 over its own, a 三公 group under its own label: nothing is
    summed across groups."""
    assert check_field_totals(read_text_string(TITLE + FORM)) == []


def test_a_total_opening_a_complete_list_of_what_it_names_must_be_their_sum():
    text = FORM.replace("其他收入：50.00万元", "其他收入：60.00万元")
    [f] = check_field_totals(read_text_string(TITLE + text))
    assert f.quote == "1,250.36万元" and "下面各行之和 1260.36万元" in f.message


def test_a_total_opening_lines_that_may_leave_categories_out_is_left_alone():
    # no 其他 and no zero: the lines below may be only some of the income
    text = "本年收入合计：1,250.36万元\n财政拨款收入：1,000.36万元\n事业收入：50.00万元\n本年支出合计：1,180.20万元"
    assert check_field_totals(read_text_string(TITLE + text)) == []


def test_a_line_followed_by_its_own_breakdown_is_one_part_of_the_total():
    """基本支出 over 人员经费 and 公用经费 (which add up to it), then 项目支出: a form's nested rows copied
    one per line; the total is 基本支出 + 项目支出."""
    lines = "基本支出：620万元\n人员经费：540万元\n公用经费：80万元\n项目支出：310万元\n合计：{}万元"
    assert check_field_totals(read_text_string(TITLE + lines.format(930))) == []
    [f] = check_field_totals(read_text_string(TITLE + lines.format(940)))
    assert "930万元" in f.message and [r.quote for r in f.related] == ["620万元", "310万元"]
