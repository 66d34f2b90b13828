"""A 自评表 budget row whose 全年执行数 was copied in 元 beside a 预算数 in 万元 (``arithmetic.form_units``):
one finding at the 执行数, not also a wrong 执行率. Invented forms, flattened one cell a line."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

_FORM = ("项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
         "年度资金总额\n8.20\n8.20\n{spent}\n10\n{rate}\n{score}\n其中：当年财政拨款\n8.20\n8.20\n7.79\n—\n—\n—\n")


def test_an_execution_in_yuan_beside_a_budget_in_wan_yuan_is_one_unit_finding():
    found = [(f.rule, f.quote) for f in check_arithmetic(read_text_string(_FORM.format(spent="77900", rate="95%", score="9.5")))]
    assert found == [("form_amount_unit", "77900")]
    (f,) = check_arithmetic(read_text_string(_FORM.format(spent="77900", rate="95%", score="9.5")))
    assert "7.79" in f.suggestion


@pytest.mark.parametrize(("spent", "rate", "score"), [
    ("7.79", "95%", "9.5"),          # both in 万元
    ("7.79万元", "95%", "9.5"),      # a cell naming its own unit is the rate check's
])
def test_a_row_in_one_unit_is_left_to_the_rate_check(spent, rate, score):
    assert [f.rule for f in check_arithmetic(read_text_string(_FORM.format(spent=spent, rate=rate, score=score)))
            if f.rule == "form_amount_unit"] == []


def test_the_evidence_rounds_half_up_at_the_shown_places():
    """78500 ÷ 8.00 = 9812.5 and an execution rate of 98.125%: a reviewer rounds them to 9813 and 98.13%."""
    form = _FORM.replace("8.20\n8.20\n{spent}", "8.00\n8.00\n{spent}").format(spent="78500", rate="98%", score="9.8")
    (f,) = [f for f in check_arithmetic(read_text_string(form)) if f.rule == "form_amount_unit"]
    assert "= 9813；" in f.evidence and "执行率98.13%" in f.evidence and "7.85" in f.suggestion
