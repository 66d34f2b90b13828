"""A table's rate column follows the two columns its header names (checks/arithmetic/columns.py)."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

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
    assert f.rule == "table_rate_column" and f.quote == "96.00%"
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
