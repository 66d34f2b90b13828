"""Language slips read on pool41's odd pages (issue 10, session 41; every text here is invented): a 发文字号
with no serial number, a year that lost its 年 after a preposition, and a character doubled at the seam
of a form's cells run together (no slip)."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _rules(text: str, *rules: str) -> list[tuple[str, str]]:
    report = read_text_string(text)
    found = [*check_language(report), *check_typos(report)]
    return [(f.rule, f.quote) for f in found if f.rule in rules]


def test_a_document_number_with_nothing_between_its_year_and_hao_is_found():
    found = [f for f in check_language(read_text_string("资金安排：根据甲发〔2016〕号文件和有关规定执行。"))
             if f.rule == "language.document_number"]
    assert [(f.quote, f.suggestion) for f in found] == [("甲发〔2016〕号", "核对原文件，补上发文顺序号：甲发〔2016〕×号")]


@pytest.mark.parametrize("text", [
    "根据甲发〔2016〕3号文件和有关规定执行。",
    "根据甲发〔20xx〕号文件执行。",  # a year masked by the publisher
    "截至2016年底，共下达资金。",
])
def test_a_numbered_or_masked_document_number_is_left(text):
    assert _rules(text, "language.document_number") == []


@pytest.mark.parametrize(("text", "quote"), [
    ("甲市对2022转移支付资金开展了绩效自评。", "2022转"),
    ("在2021基础上，进一步压减一般性支出。", "2021基"),
    ("从2024起，全面推行预算绩效管理。", "2024起"),
])
def test_a_year_standing_bare_after_a_preposition_has_dropped_nian(text, quote):
    # pool41 odd page 005 (premise): 对2023转移支付资金 for 对2023年转移支付资金
    assert _rules(text, "language.dropped") == [("language.dropped", quote)]


@pytest.mark.parametrize("text", [
    "甲市对2022年转移支付资金开展了绩效自评。",
    "从2021至2023年，共安排资金。",  # a range's first year
    "全县人口增长到2035人，对2023户家庭进行走访。",  # counts with their measure words
    "对2019版规划进行修订，对2022级学生发放补助。",  # an edition, a class
    "在1200多个村开展宣传。",
])
def test_years_with_nian_and_counts_after_prepositions_are_left(text):
    assert _rules(text, "language.dropped") == []


def test_a_character_doubled_among_a_forms_cells_run_together_is_left():
    # pool41 odd page 025 (premise): a flattened indicator table, no sentence mark near, cells run together
    text = "政府采购执行率%100%72.74%100%22是管理制度健全性性标定指高高100%33否资金使用合规性好好100%55否"
    assert _rules(text, "language.doubled_char") == []


def test_a_character_doubled_in_prose_is_still_found():
    assert _rules("我单位按照照要求，及时完成了自评工作。", "language.doubled_char") == [("language.doubled_char", "照照")]


@pytest.mark.parametrize("text", [
    "新建水池容积达到2000立方米。",  # a unit
    "对2023学年、2023秋季学期的学生发放补助。",  # a school year and a term are written so
    "于2023上半年完成。",  # the curated entry's (2023年上半年), one finding only
])
def test_units_school_years_and_the_curated_half_years_are_not_read_as_a_bare_year(text):
    assert _rules(text, "language.dropped") == []
