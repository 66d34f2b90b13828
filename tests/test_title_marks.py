"""A national law's full name begins with 中华人民共和国, inside its title marks (invented text)."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _misplaced(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text + "\n")) if f.rule == "language.mismatched_pair"]


@pytest.mark.parametrize(("text", "quote"), [
    ("依据中华人民共和国《政府采购法》及相关规定，我局规范开展采购活动。", "中华人民共和国《政府采购法》"),
    ("按照中华人民共和国《政府信息公开条例》要求，及时公开预算信息。", "中华人民共和国《政府信息公开条例》"),
])
def test_the_countrys_name_written_before_the_title_mark_is_part_of_the_name_left_outside(text, quote):
    assert _misplaced(text) == [quote]


@pytest.mark.parametrize("text", [
    "依据《中华人民共和国政府采购法》及相关规定，我局规范开展采购活动。",
    "按照国务院《政府信息公开条例》要求，及时公开预算信息。",  # the issuer stands outside the marks
    "中华人民共和国成立七十五周年，《某县志》完成编纂。",  # the name ends before another title
])
def test_a_whole_name_in_its_marks_or_an_issuer_before_them_is_left_alone(text):
    assert _misplaced(text) == []
