"""A whole year's budget field (年初预算数, 全年预算数) stated under 1,000 元, in a sentence whose amounts are
all that small, is flagged as a unit slip: no budget unit plans a project at hundreds of 元; the figures
were copied in 万元 and took 元. Silent where the sentence shows the writer counts in 元, on rates per head,
standards and remainders, and on budgets of a thousand 元 or more."""

import pytest

from drafting.checks.arithmetic.magnitudes import check_magnitudes
from drafting.io.text_reader import read_text_string


def _found(text: str):
    return [f for f in check_magnitudes(read_text_string(text)) if f.rule == "amount_unit"]


@pytest.mark.parametrize(("text", "quote"), [
    ("本项目年初预算数120元，全年预算数120元，全年执行数96.5元，执行率80.42%。", "120元"),
    ("年初预算资金数：350元；全年执行数：350元。", "350元"),
    ("全年预算资金为480元，实际支出452.3元", "480元"),
    ("年度预算总额 260 元，已全部执行。", "260 元"),
])
def test_a_whole_budget_in_hundreds_of_yuan_is_a_unit_slip(text, quote):
    [f] = _found(text)
    assert f.quote == quote and "万元" in f.suggestion


@pytest.mark.parametrize("text", [
    "本项目年初预算数12000元，全年预算数12000元，全年执行数9650元。",  # thousands of 元: counted in 元
    "年初预算数120元，全年执行数3,600元。",  # a larger 元 amount in the sentence: the writer counts in 元
    "年初预算数120万元，全年执行数96.5万元。",
    "全年预算标准为每人300元，共资助45人。",  # a standard per head
    "年度预算结余300元已上缴财政。",  # a remainder
    "培训费预算300元，会议费预算200元。",  # an item, not the whole budget
])
def test_budgets_that_may_be_right_in_yuan_are_left_alone(text):
    assert _found(text) == []


def test_the_field_lines_of_a_form_are_read_too():
    [f] = _found("项目资金情况\n年初预算数：150元\n全年预算数：150元\n全年执行数：150元\n")
    assert f.quote == "150元"
