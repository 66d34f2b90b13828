"""A table's saving or change rate column against the two columns it compares (``change_rates``).
Invented tables; each rate right at its shown precision stays silent."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

_HEAD = "某县林业局2023年度部门整体支出绩效自评报告\n二、支出情况\n"


def _rates(table: str) -> list[tuple[str, str]]:
    found = check_arithmetic(read_text_string(_HEAD + table))
    return [(f.quote, f.message) for f in found if f.rule == "table_change_rate"]


_SAVING = """| 项目 | 预算数（万元） | 决算数（万元） | 节约数（万元） | 节约率 |
| --- | --- | --- | --- | --- |
| 公务接待费 | 6.00 | 4.50 | 1.50 | {a} |
| 公务用车运行维护费 | 9.00 | 8.10 | 0.90 | {b} |
"""


def test_a_saving_rate_far_from_its_ratio_is_read_over_the_budget_the_labels_name():
    found = _rates(_SAVING.format(a="20%", b="10%"))
    assert [q for q, _ in found] == ["20%"]
    assert "应为 25%" in found[0][1]


@pytest.mark.parametrize(("a", "b"), [("25%", "10%"), ("25.0%", "10.0%"), ("25.00%", "10.00%")])
def test_a_saving_rate_right_at_its_shown_precision_is_silent(a, b):
    assert _rates(_SAVING.format(a=a, b=b)) == []


_CHANGE = """| 项目 | 2022年（万元） | 2023年（万元） | {label} |
| --- | --- | --- | --- |
| 基本支出 | 250.00 | 300.00 | {a} |
| 项目支出 | 300.00 | 200.00 | {b} |
"""


def test_a_growth_rate_is_the_later_year_over_the_earlier_one_whichever_column_comes_first():
    assert [q for q, _ in _rates(_CHANGE.format(label="增长率", a="25%", b="-33.3%"))] == ["25%"]
    flipped = _CHANGE.replace("2022年（万元） | 2023年", "2023年（万元） | 2022年").format(label="增长率", a="-16.7%", b="50%")
    assert _rates(flipped) == []


@pytest.mark.parametrize(("label", "a", "b"), [
    ("增长率", "20%", "-33.3%"), ("增减率（%）", "20.0", "-33.33"), ("增减率", "20%", "33.3%"),
    ("下降率", "-20%", "33.3%"),
])
def test_a_change_rate_in_either_sign_its_label_allows_is_silent(label, a, b):
    assert _rates(_CHANGE.format(label=label, a=a, b=b)) == []


def test_sides_named_this_year_and_last_year_order_the_change():
    table = "| 项目 | 上年数 | 本年数 | 增长率 |\n| --- | --- | --- | --- |\n| 培训人次 | 1600 | 2000 | 20% |\n"
    assert [q for q, _ in _rates(table)] == ["20%"]
    assert _rates(table.replace("20%", "25%")) == []


def test_a_rate_whose_columns_are_not_two_periods_or_a_budget_and_its_spending_is_left_alone():
    three = "| 项目 | 2021年 | 2022年 | 2023年 | 增长率 |\n| --- | --- | --- | --- | --- |\n| 支出 | 100 | 200 | 300 | 10% |\n"
    no_period = "| 项目 | 城区 | 乡镇 | 增长率 |\n| --- | --- | --- | --- |\n| 支出 | 100 | 200 | 10% |\n"
    two_budgets = ("| 项目 | 预算数 | 追加预算数 | 决算数 | 节约率 |\n| --- | --- | --- | --- | --- |\n"
                   "| 支出 | 100 | 20 | 90 | 40% |\n")
    assert _rates(three) == _rates(no_period) == _rates(two_budgets) == []


def _lines(text: str) -> list[str]:
    return [f.quote for f in check_arithmetic(read_text_string(_HEAD + text)) if f.rule == "line_change_rate"]


def test_a_saving_rate_in_label_then_value_lines_is_over_the_budget_line():
    lines = "“三公”经费预算数\n6万元\n“三公”经费决算数\n4.5万元\n节约金额\n1.5万元\n节约率\n{p}\n"
    assert _lines(lines.format(p="20%")) == ["20%"]
    assert _lines(lines.format(p="25%")) == []
    assert _lines("预算数：6万元\n决算数：4.5万元\n节支率：20%\n") == ["20%"]


def test_a_change_rate_in_lines_is_this_periods_figure_over_the_last_ones():
    lines = "上年参训人次\n1600人次\n本年参训人次\n2000人次\n增长率\n{p}\n"
    assert _lines(lines.format(p="20%")) == ["20%"]
    assert _lines(lines.format(p="25%")) == []
    # two figures of other kinds, or no period named: nothing to compare
    assert _lines("上年参训人次\n1600人次\n本年支出\n2000万元\n增长率\n20%\n") == []
    assert _lines("城区参训人次\n1600人次\n乡镇参训人次\n2000人次\n增长率\n20%\n") == []


def test_a_saving_rate_over_the_initial_budget_beside_the_full_years_is_the_tables_choice():
    """年初预算 | 全年预算 | 执行 | 结余率: a rate worked out over either budget is right; one that neither
    gives is still found."""
    table = ("| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 结余率 |\n| --- | --- | --- | --- | --- |\n"
             "| 公务接待费 | 5.00 | 4.00 | 3.00 | {a} |\n| 办公费 | 10.00 | 12.00 | 9.00 | {b} |\n")
    assert _rates(table.format(a="40%", b="10%")) == []  # each over its initial budget
    assert _rates(table.format(a="25%", b="25%")) == []  # each over its full-year budget
    assert [q for q, _ in _rates(table.format(a="40%", b="15%"))] == ["15%"]
