"""A 小计 column that closes only the columns right before it, and a rate whose base may be such a
小计: which columns the table means is unclear, and a figure one reading gives is no mistake."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review

H = "某县某某局2024年度部门整体支出绩效自评报告\n"


def _rules(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(H + text)).findings]


def test_a_subtotal_of_the_staff_columns_is_not_summed_with_the_posts_before_them():
    table = "科室 | 编制数 | 在编人数 | 编外人数 | 小计\n综合股 | 6 | 5 | 2 | 7\n业务股 | 9 | 8 | 1 | 9\n"
    assert "table_row_total" not in _rules(table)
    wrong = table.replace("| 2 | 7", "| 2 | 8")
    assert "table_row_total" in _rules(wrong)  # 5 + 2 is not 8, nor is any run before it


def test_a_rate_over_the_subtotal_of_the_budget_columns_is_no_mistake():
    table = ("项目 | 年初预算 | 调整预算 | 小计 | 执行数 | 执行率\n"
             "道路养护 | 400 | 60 | 460 | 450 | 97.8%\n校舍维修 | 300 | -30 | 270 | 260 | 96.3%\n")
    assert "table_rate" not in _rules(table)
    wrong = table.replace("97.8%", "99.8%")
    assert "table_rate" in _rules(wrong)  # neither 450 ÷ 60 nor 450 ÷ 460 gives 99.8%
