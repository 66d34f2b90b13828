"""A unit in letters with one letter struck twice (32.49hmm where the report writes hm after its other
figures): no unit symbol, and the report's own unit with that letter once. Known symbols (mm beside m), a
run the report writes again and again, and web addresses are left alone. Texts are invented."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.suggestion) for f in check_language(read_text_string(text)) if f.rule == "language.unit_letters"]


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("治理水土流失面积1200.50hm，其中坡改梯20.10hm，封育治理900.40hm，经果林40.20hmm。", "40.20hmm", "40.20hm"),
    ("新建道路3.2km，改建道路1.5kmm，埋设管网2.6km。", "1.5kmm", "1.5km"),
    ("采购化肥20kg，发放种子150kgg。", "150kgg", "150kg"),
])
def test_a_unit_with_a_letter_struck_twice_beside_the_reports_own_unit(text, quote, right):
    assert _found(text) == [(quote, f"改为“{right}”")]


@pytest.mark.parametrize("text", [
    "新建排水沟3.5m，管径300mm，壁厚5mm。",  # mm is a unit of its own
    "经果林40.20hmm。",  # no unit written right beside it
    "坡改梯20.10hm，封育900.40hmm，保土耕作412.80hmm。",  # the report's own way, written again
    "详见网站www.example.gov.cn/2023hmm/index.html，坡改梯20.10hm。",  # inside an address
    "20XX年度预算已下达，202X年度预算待批复。",  # a publisher's mask, not a unit
    "日均处理能力3t，运行时长24h，年处理污水1000t。",  # every symbol known
])
def test_known_symbols_habits_and_addresses_are_left_alone(text):
    assert _found(text) == []
