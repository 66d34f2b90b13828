"""A count that lost its measure word: a bare count among items that carry theirs, and an Arabic count
running into a noun that begins with a Chinese numeral (issue 10; premise from pool41 odd pages 001 and
049, tests in invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def bare(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.bare_count"]


@pytest.mark.parametrize(("text", "quote"), [
    ("中心核定编制12名，在职11名，退休6，劳务派遣2人。", "退休6"),
    ("单位现有公务用车2辆，执法车3，工程车1辆。", "执法车3"),
])
def test_a_bare_count_between_counts_with_their_measure_words(text, quote):
    assert bare(text) == [quote]


@pytest.mark.parametrize(("text", "quote"), [
    ("局下设办公室、财务股等4二级机构。", "4二级"),
    ("全县共有12一线监测站。", "12一线"),
])
def test_an_arabic_count_running_into_a_noun_with_a_chinese_numeral(text, quote):
    assert bare(text) == [quote]


@pytest.mark.parametrize("text", [
    "中心核定编制12名，在职11名，退休6名，劳务派遣2人。",
    "中心核定编制12名，合计18，其中在职11名。",  # no item with a measure word on each side
    "共安排资金5.5万元，其中省级3，市级2.5万元。",
    "2021年，2022年，2023年均完成目标。",
    "表1一级指标得分情况如下。",  # a table's number
    "详见附件2二级指标评分表。",
    "共设置3个二级单位。",
])
def test_counts_with_their_measure_words_or_numbers_that_are_no_counts_are_left(text):
    assert bare(text) == []


@pytest.mark.parametrize("text", [
    "自评得分100一级指标产出指标",  # a score cell run into a form's column head
    "项目5一级指标，产出指标",
])
def test_a_forms_column_head_after_a_figure_is_left(text):
    assert bare(text) == []
