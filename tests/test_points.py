"""A change in percentage points against its two rates, in a sentence (``points``) and in a table's
增减（百分点） column (``tables``). Invented wording."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

_HEAD = "某县林业局2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"


def _points(text: str, rule: str = "sentence_points") -> list[str]:
    return [f.quote for f in check_arithmetic(read_text_string(_HEAD + text)) if f.rule == rule]


def test_points_that_are_not_the_two_rates_difference_are_reported_at_the_points():
    found = [f for f in check_arithmetic(read_text_string(_HEAD + "2023年项目资金支付率为86%，较上年的92%下降4个百分点。"))
             if f.rule == "sentence_points"]
    assert [f.quote for f in found] == ["4"]
    assert "应为 6 个百分点" in found[0].message
    assert [r.quote for r in found[0].related] == ["86%", "92%"]


@pytest.mark.parametrize("text", [
    "2023年项目资金支付率为86%，较上年的92%下降6个百分点。",
    "2023年项目资金支付率为86.5%，较2022年的92%下降5.5个百分点，比2021年的88%降低1.5个百分点。",
    "2023年项目资金支付率为86.46%，较上年的92.01%下降5.6个百分点。",  # 5.55 half-up at one place
    "2023年项目资金支付率为86.46%，较上年的92.01%下降5.5个百分点。",  # or cut at the shown place
    "2023年项目资金支付率为86%，较上年提高约4个百分点。",  # one rate: nothing to compare
    "资金占比为60%，较上年的55%提高5个百分点。",
])
def test_points_right_at_their_precision_or_with_one_rate_are_silent(text):
    assert _points(text) == []


def test_a_rate_that_no_comparison_names_is_not_the_base():
    # two current rates, no compared one: which difference the points are is not said
    assert _points("2023年支付率为86%，完成率为92%，提高4个百分点。") == []


_TABLE = """| 指标 | 2023年 | 2022年 | 增减（百分点） |
| --- | --- | --- | --- |
| 资金支付率 | 86% | 92% | {a} |
| 项目完成率 | 98.5% | 96% | {b} |
"""


def test_a_points_column_is_the_difference_of_the_two_rates_before_it():
    assert _points(_TABLE.format(a="-4", b="2.5"), "table_difference_column") == ["-4"]
    assert _points(_TABLE.format(a="-6", b="2.5"), "table_difference_column") == []
