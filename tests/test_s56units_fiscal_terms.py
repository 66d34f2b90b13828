"""The short form of a budget class name, 对个人和家庭补助 (no 的), is as fixed a name as the full one: a slip
of it (an inner character dropped, 对个和家庭补助) is found by the one-slip rule, and the name itself, in either
form, is left alone."""

from __future__ import annotations

import pytest

from drafting.checks.fiscal_terms import RULE, terms
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _slips(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == RULE]


def test_the_short_form_without_de_is_listed_beside_the_full_name():
    assert {"对个人和家庭补助", "对个人和家庭的补助"} <= terms()


@pytest.mark.parametrize(("text", "quote"), [
    ("主要用于办公费支出3.4万元，对个和家庭补助的生活补助支出11.6万元。", "对个和家庭补助"),  # 人 dropped
    ("本年对人和家庭补助支出8万元，主要是抚恤金。", "对人和家庭补助"),  # 个 dropped
])
def test_an_inner_character_dropped_from_the_short_form_is_a_slip(text, quote):
    assert _slips(text) == [quote]


@pytest.mark.parametrize("text", [
    "基本支出中对个人和家庭补助支出12万元，对个人和家庭的补助支出3万元。",
    "对个人和家庭的补助主要是离退休人员生活补助。",
])
def test_either_form_of_the_name_is_left_alone(text):
    assert _slips(text) == []
