"""The department form's 年度资金总额 over its two breakdowns read as a table (| rows, or one cell per line):
each breakdown adds up to the total on its own; the column-total rule must not add both under it.
Invented forms."""

import pytest

from drafting.checks.arithmetic.tables import check_arithmetic
from drafting.io.text_reader import read_text_string

_HEAD = "某县水利局2023年度部门整体支出绩效自评表\n\n| 项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n"


def _rows(total: str, general: str, other: str, basic: str, project: str, sides: tuple[str, str] = ("", "")) -> str:
    inc, exp = sides
    return (_HEAD + f"| 年度资金总额 | 800.00 | 860.00 | {total} |\n| 按收入性质分 | | | {inc} |\n"
            f"| 一般公共预算 | 760.00 | 820.00 | {general} |\n| 其他资金 | 40.00 | 40.00 | {other} |\n"
            f"| 按支出性质分 | | | {exp} |\n| 基本支出 | 600.00 | 610.00 | {basic} |\n"
            f"| 项目支出 | 200.00 | 250.00 | {project} |\n")


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.quote, f.message) for f in check_arithmetic(read_text_string(text))]


@pytest.mark.parametrize("text", [
    _rows("845.00", "805.00", "40.00", "605.00", "240.00"),
    _rows("845.00", "805.00", "40.00", "605.00", "240.00", ("845.00", "845.00")),
    # one cell per line: the same form flattened
    "某县水利局2023年度部门整体支出绩效自评表\n年度资金总额\n800.00\n860.00\n845.00\n按收入性质分\n一般公共预算\n760.00\n"
    "820.00\n805.00\n其他资金\n40.00\n40.00\n40.00\n按支出性质分\n基本支出\n600.00\n610.00\n605.00\n项目支出\n200.00\n"
    "250.00\n240.00\n",
])
def test_a_total_its_two_breakdowns_both_add_up_to_is_silent(text):
    """Before: the column-total rule added both breakdowns under the total (1,690.00 for 845.00)."""
    assert _found(text) == []


def test_a_breakdown_whose_lines_miss_the_total_is_named_with_its_sum_and_lines():
    [(rule, quote, message)] = _found(_rows("845.00", "805.00", "40.00", "615.00", "240.00"))
    assert rule == "funds_by_nature" and quote == "615.00"
    assert message == "年度资金总额的全年执行数为845.00，按支出性质分各项之和为855.00（615.00 + 240.00），两者不一致"


def test_a_total_both_breakdowns_agree_against_is_told_once_at_the_total():
    [(rule, quote, message)] = _found(_rows("854.00", "805.00", "40.00", "605.00", "240.00"))
    assert rule == "funds_by_nature" and quote == "854.00"
    assert "按收入性质分各项之和为845.00" in message and "按支出性质分各项之和为845.00" in message


def test_a_stated_breakdown_against_its_own_lines():
    [(rule, quote, message)] = _found(_rows("845.00", "805.00", "40.00", "605.00", "240.00", ("845.00", "835.00")))
    assert (rule, quote) == ("funds_by_nature", "835.00")
    assert message == "按支出性质分的全年执行数写作835.00，而其下各项之和为845.00（605.00 + 240.00）"


def test_lines_the_form_does_not_name_are_not_summed():
    """上年结转 under the income side, 其中 rows under 基本支出: which rows add up is not the form's own."""
    text = (_HEAD + "| 年度资金总额 | 800.00 | 860.00 | 845.00 |\n| 按收入性质分 | | | |\n| 一般公共预算 | 760.00 | 820.00 | 805.00 |\n"
            "| 上年结转 | 40.00 | 40.00 | 40.00 |\n| 按支出性质分 | | | |\n| 基本支出 | 600.00 | 610.00 | 605.00 |\n"
            "| 其中：人员经费 | 500.00 | 510.00 | 505.00 |\n| 项目支出 | 200.00 | 250.00 | 240.00 |\n")
    assert _found(text) == []
