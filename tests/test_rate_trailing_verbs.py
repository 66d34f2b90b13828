"""The verb a figure's clause ends on before the figure: 为, 是, 达到 lead to the figure and are trimmed
off, but the 达 of 下达 (到达) is the verb that names the money's side: 下达68.5万元 is the budget handed
down, the base of a 拨付率 (checks/arithmetic/rates.py). Invented text."""

from drafting.checks.arithmetic.sentence_rates import check_sentence_rates
from drafting.io.text_reader import read_text_string


def _rates(text: str):
    return check_sentence_rates(read_text_string(text))


HANDED_DOWN = "市级下达68.5万元，拨付61.2万元，拨付率{rate}%。"


def test_a_wrong_payment_rate_over_money_handed_down_is_found():
    [f] = _rates(HANDED_DOWN.format(rate="93.34"))
    assert f.location.quote == "93.34%"
    assert "61.2万元 ÷ 68.5万元" in f.message and "89.34%" in f.message


def test_the_right_payment_rate_over_money_handed_down_is_silent():
    assert _rates(HANDED_DOWN.format(rate="89.34")) == []


def test_da_of_dadao_before_a_budget_is_still_trimmed_and_a_right_rate_silent():
    text = "项目预算达到68.5万元，实际支出61.2万元，执行率{rate}%。"
    assert _rates(text.format(rate="89.34")) == []
    assert [f.location.quote for f in _rates(text.format(rate="93.34"))] == ["93.34%"]
