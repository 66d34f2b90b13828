"""A budget, its change during the year and the budget (or the money come) after it, told in one
sentence: the last figure is what the first two make (invented sentences)."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.report import Paragraph, Report


def _found(*texts: str) -> list[tuple[str, str]]:
    report = Report(blocks=[Paragraph(text=t) for t in texts])
    return [(f.quote, f.message) for f in check_arithmetic(report) if f.rule == "sentence_budget_adjustment"]


def test_a_budget_and_its_adjustment_that_do_not_make_the_money_come_are_told():
    [(quote, message)] = _found("2023年预算资金312.40万元，项目调剂增加88.15万元，实际到位资金400.45万元，已支付380万元。")
    assert quote == "312.40万元，项目调剂增加88.15万元，实际到位资金400.45万元"
    assert "预算资金 312.40万元 加调剂增加 88.15万元 应为 400.55万元" in message
    assert "报告实际到位资金为 400.45万元" in message


def test_an_amount_taken_off_the_budget_is_subtracted():
    [(_, message)] = _found("年初预算资金150万元，调减40万元，全年实际下达100万元。")
    assert "减调减 40万元 应为 110万元" in message
    assert _found("年初预算资金150万元，调减40万元，全年实际下达110万元。") == []


@pytest.mark.parametrize("text", [
    "2023年预算资金312.40万元，项目调剂增加88.15万元，实际到位资金400.55万元。",  # it adds up
    # the money come told in a sentence of its own: it may be part of the budget only
    "2023年预算资金312.40万元，项目调剂增加88.15万元。截至年底实际到位资金300.00万元。",
    # another figure between the adjustment and the money come: not one chain
    "2023年预算资金312.40万元，项目调剂增加88.15万元，其中培训经费20万元，实际到位资金400.45万元。",
])
def test_no_chain_or_a_chain_that_adds_up_is_silent(text):
    assert _found(text) == []


def test_the_start_of_year_budget_plus_the_amount_added_still_makes_the_adjusted_budget():
    [(_, message)] = _found("年初预算100万元，追加20万元，调整后预算为125万元。")
    assert "年初预算 100万元 加追加 20万元 应为 120万元，报告调整后预算为 125万元" in message
