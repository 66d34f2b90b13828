"""A word in brackets said again right after the closing bracket (甲地（乙城）乙城新区 for 甲地（乙城）新区) is a
doubled word, once for the report however often it is copied; a bracket's word that the text after it does not
restate, a flattened form's header cell meeting the next cell, and a bracket outside a phrase are left.
Invented wording throughout."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _said_twice(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.message) for f in check_language(read_text_string(text))
            if f.rule == "language.doubled_word"]


def test_a_bracketed_place_said_again_after_its_bracket_is_a_doubled_word():
    text = "本年度为西部（重庆）重庆科学城营造了良好氛围，宣传报道120篇。"
    assert _said_twice(text) == [("（重庆）重庆", "“重庆”连写了两次（括号内外各一次）")]


def test_the_same_slip_copied_into_two_cells_is_one_finding():
    text = ("年初目标：为中国（上海）上海自贸区营造良好氛围。\n"
            "完成情况：为中国（上海）上海自贸区营造了良好氛围。\n")
    [(quote, message)] = _said_twice(text)
    assert quote == "（上海）上海"
    assert message.endswith("（全文共2处）")


@pytest.mark.parametrize("text", [
    "推进中国（上海）自由贸易试验区建设，成效明显。",  # the bracket's word not said again
    "预算数（万元）\n万元以上项目共3个。",  # no phrase goes on before the second copy's line
    "项目总投资（万元）万元",  # a header cell and the next cell: nothing goes on after the second copy
    "项目总投资（万元）万元以上 10 10",  # a form's row with no sentence mark around: no prose
    "支出（含结转）结转资金12万元，均已使用。",  # the bracket holds more than the word after it
])
def test_what_no_bracketed_word_restates_is_left(text):
    assert _said_twice(text) == []
