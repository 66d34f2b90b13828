"""A form row whose 年初预算数 equals its 全年预算数 and whose 分值 happens to be their difference from
the spending: the review must not fail on it (the row-difference reading met two equal bases)."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def test_a_row_with_two_equal_budgets_and_a_weight_equal_to_the_unspent_money_is_reviewed():
    text = ("一、绩效自评表\n项目资金(万元) | 年初预算数 | 全年预算数 | 实际执行数 | 分值 | 执行率 | 得分\n"
            "年度资金总额 | 130 | 130 | 120 | 10 | 95% | 9.2\n")
    findings = review(read_text_string(text)).findings
    assert any(f.location.quote == "95%" and "120 ÷ 130" in f.message for f in findings)
