"""An autonomous unit's name is place name + peoples + 自治县/旗/州: a 县/市/旗 left after the place name
(围场县满族蒙古族自治县) is a slip, whatever else the report writes; a city before a correctly named
unit, a unit named by its people alone, and 本县/全县 are not."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.quote, f.suggestion) for f in check_language(read_text_string(text))
            if f.rule == "language.doubled_level"]


@pytest.mark.parametrize(("text", "quote", "level"), [
    ("实施单位：甲山县满族蒙古族自治县文化局。", "甲山县满族蒙古族自治县", "县"),
    ("乙水市土家族苗族自治州财政局下达资金。", "乙水市土家族苗族自治州", "市"),
    ("丙河县彝族自治县人民政府办公室", "丙河县彝族自治县", "县"),
    ("丁原旗蒙古自治旗农牧局", "丁原旗蒙古自治旗", "旗"),  # 蒙古 without 族, as autonomous names write it
])
def test_a_level_left_between_the_place_name_and_the_peoples_is_found(text, quote, level):
    assert _found(text) == [(quote, f"删去“{quote[:2]}”后的“{level}”")]


@pytest.mark.parametrize("text", [
    "甲市甲山满族蒙古族自治县教育局。",  # the city above it, then the county's own name
    "呼伦贝尔市鄂温克族自治旗财政局。",  # named by its people alone, after its city
    "临夏州东乡族自治县水务局。",
    "我县苗族自治县成立六十周年，全县苗族群众参加。",  # 我县: the unit itself
    "甲山满族蒙古族自治县、乙水土家族苗族自治州。",
    "本县少数民族自治事务。",  # no people's name
])
def test_a_correct_autonomous_name_or_no_place_name_before_the_level_is_left(text):
    assert _found(text) == []
