"""A slip in a set phrase of the narrative: the 于 of 主要用于…方面 dropped (invented text)."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _confusions(text: str) -> list[str]:
    return [f.quote for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]


@pytest.mark.parametrize(("text", "quote"), [
    ("2、农村公路养护经费8万元，主要用公路日常养护方面；\n", "主要用"),
])
def test_a_dropped_yu_in_a_use_of_funds_is_a_confusion(text, quote):
    assert _confusions(text) == [quote]


@pytest.mark.parametrize("text", ["资金主要用于公路日常养护方面。\n", "存在的问题主要用人方面不够规范。\n"])
def test_the_same_letters_in_other_words_are_left_alone(text):
    assert _confusions(text) == []
