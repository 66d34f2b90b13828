"""A table's rate against its budget and spending, in either orientation (checks/arithmetic/grid_rates.py)."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

TRANSPOSED = ("表2 2023年度收支执行情况（单位：万元）\n| 指标 | 基本支出 | 项目支出 | 合计 |\n"
              "| 年初预算 | 620.00 | 380.00 | 1,000.00 |\n| 调整预算 | 640.00 | 410.00 | 1,050.00 |\n"
              "| 实际支出 | 632.00 | 389.50 | 1,021.50 |\n| 执行率 | {rate} | 95.00% | 97.29% |\n")


def rate_findings(text: str):
    return [f for f in check_arithmetic(read_text_string(text)) if f.rule == "table_rate"]


def test_a_rate_row_is_the_spending_row_over_the_full_years_budget_row():
    """Rows 年初预算 / 调整预算 / 实际支出 / 执行率: the base is the adjusted budget, not the initial one."""
    [f] = rate_findings(TRANSPOSED.format(rate="95.75%"))
    assert f.quote == "95.75%" and "632.00 ÷ 640.00" in f.message and "98.75%" in f.message
    assert rate_findings(TRANSPOSED.format(rate="98.75%")) == []


def test_a_rate_column_named_with_a_percent_sign_holds_bare_numbers():
    text = ("| 项目 | 预算（万元） | 实际支出（万元） | 执行率（%） |\n| 人员经费 | 500 | 490 | {a} |\n"
            "| 公用经费 | 100 | 90 | 90 |\n")
    [f] = rate_findings(text.format(a=95))
    assert f.quote == "95" and "98%" in f.message
    assert rate_findings(text.format(a=98)) == []


@pytest.mark.parametrize("table", [
    # a capped rate, a rate within the rounding of its figures, truncation
    "| 项目 | 预算数 | 实际支出 | 执行率 |\n| 甲 | 100 | 104 | 100% |\n| 乙 | 3 | 2 | 66% |\n| 丙 | 1.5 | 1.0 | 67% |\n",
    # two spending columns: which one the rate is over is not known
    "| 项目 | 预算数 | 实际支出 | 决算数 | 执行率 |\n| 甲 | 100 | 90 | 80 | 85% |\n",
    # two budgets of equal standing
    "| 项目 | 预算数 | 计划数 | 实际支出 | 执行率 |\n| 甲 | 100 | 90 | 80 | 85% |\n",
])
def test_rates_that_follow_or_whose_base_is_unclear_are_left_alone(table):
    assert rate_findings(table) == []


def test_a_completion_rate_column_is_the_actual_over_the_target_and_a_target_met_may_say_100():
    table = "| 指标 | 目标值 | 实际值 | 完成率 |\n| 培训人数 | 200 | 210 | {a} |\n| 事故起数 | 5 | 3 | {b} |\n"
    [f] = rate_findings(table.format(a="103%", b="100%"))  # a reverse indicator met: 100%
    assert f.quote == "103%" and "105%" in f.message
    assert rate_findings(table.format(a="105%", b="100%")) == []


def test_a_tab_table_whose_last_column_is_left_blank_is_read_from_the_left():
    """预算执行情况（万元）| 预算数 | 执行数 | 执行率 | 得分 — the 得分 cells left blank; the label column
    (预算执行情况) is no budget."""
    text = ("2023年度部门整体支出绩效自评表\n预算执行情况（万元）\t预算数\t执行数\t执行率\t得分\n"
            "基本支出\t620\t608\t{a}\t\n项目支出\t400\t380\t95%\t\n")
    # read as the 自评表's budget block (form_rate) or as a table (table_rate): one finding, 608 over 620
    def found(a: str):
        return [f for f in check_arithmetic(read_text_string(text.format(a=a))) if f.rule in ("table_rate", "form_rate")]
    [f] = found("95%")
    assert f.quote == "95%" and "98.06%" in f.message
    assert found("98%") == []


TABLE = """表3 重点项目支出情况（单位：万元）
| 项目名称 | 预算数 | 支出数 | 执行率 |
| 送戏下乡 | 60.00 | 58.20 | {rate} |
| 农家书屋更新 | 25.00 | 25.00 | 100.00% |
| 合计 | 85.00 | {total} | 97.88% |
"""


def rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_arithmetic(read_text_string(text))]


def test_a_rate_that_its_own_rows_spending_and_budget_do_not_give_is_flagged():
    [f] = check_arithmetic(read_text_string(TABLE.format(rate="96.00%", total="83.20")))
    assert f.rule == "table_rate" and f.quote == "96.00%"
    assert "97.00%" in f.message and "58.20 ÷ 60.00" in f.message


@pytest.mark.parametrize("rate", ["97.00%", "97%", "97.0%"])  # at any precision shown
def test_rates_that_hold_at_their_precision_are_left_alone(rate):
    assert rules(TABLE.format(rate=rate, total="83.20")) == []


def test_a_rate_that_follows_a_total_already_reported_wrong_is_not_reported_again():
    # 83.20 is off by 1.00 (the parts give 83.20 → written 84.20); 97.88% follows the true total
    assert rules(TABLE.format(rate="97.00%", total="84.20")) == [("table_column_total", "84.20")]


def test_a_rate_capped_at_100_over_spending_above_the_budget_is_left_alone():
    text = "| 项目 | 预算数 | 支出数 | 执行率 |\n| 甲 | 60.00 | 62.00 | 100% |\n| 乙 | 50.00 | 48.00 | 96.00% |\n"
    assert rules(text) == []
