"""A sentence's money part written in 元 among 万元 that, read in 万元, makes the parts add up to the total
exactly (``arithmetic.part_units``): one finding at that part, naming its unit. Invented sentences."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_arithmetic(read_text_string(text))]


def test_a_part_in_yuan_that_makes_the_sum_exact_in_wan_yuan_is_a_unit_slip():
    text = "2023年下达污水处理运行补助资金64.8万元，其中设备维护费22.6万元、药剂购置费42.2元。\n"
    assert _found(text) == [("sentence_part_unit", "42.2元")]
    (f,) = check_arithmetic(read_text_string(text))
    assert "万元" in f.message and f.suggestion == "核对单位，可能应为42.2万元"


@pytest.mark.parametrize("text", [
    "2023年下达污水处理运行补助资金64.8万元，其中设备维护费22.6万元、药剂购置费42.2万元。\n",  # all in 万元
    "2023年下达污水处理运行补助资金64.8万元，其中设备维护费22.6万元、人均补助420元。\n",      # not exact either way
])
def test_parts_in_one_unit_or_not_adding_up_in_any_unit_are_no_unit_slip(text):
    assert [r for r, _ in _found(text) if r == "sentence_part_unit"] == []
