"""Slips in set phrases of the forms and the narrative: shape-alike letters, a dropped 于 (invented text)."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _confusions(text: str) -> list[str]:
    return [f.quote for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]


@pytest.mark.parametrize(("text", "quote"), [
    ("指标11:新生入访视数 320人 318人 2 2\n", "新生入"),
    ("全体干部职工团结一心，扎实骨干，圆满完成年度任务。\n", "扎实骨干"),
    ("2、农村公路养护经费8万元，主要用公路日常养护方面；\n", "主要用"),
])
def test_a_shape_alike_slip_in_a_set_phrase_is_a_confusion(text, quote):
    assert _confusions(text) == [quote]


@pytest.mark.parametrize("text", ["全年新生入学人数320人。\n", "培养了一批业务扎实骨干，充实基层力量。\n",
                                  "选拔作风扎实的骨干力量，充实一线。\n", "新生儿访视率98%。\n",
                                  "资金主要用于公路日常养护方面。\n", "存在的问题主要用人方面不够规范。\n"])
def test_the_same_letters_in_other_words_are_left_alone(text):
    assert _confusions(text) == []
