"""A character the dictionary barely knows, where the report writes the same phrase with a common character of
the same sound, is an input method's wrong pick (加快晥南山区… beside 加快皖南山区…); a rare character with no
such phrase beside it, the traditional form of the other (項 beside 项), and a text in traditional characters
are left. Invented wording throughout."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _typos(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.message) for f in check_language(read_text_string(text)) if f.rule == "language.typo"]


def test_a_rare_character_where_the_report_writes_a_common_homophone_in_the_same_phrase_is_a_typo():
    text = "一、项目概况\n加快皖南山区茶园改造，全年改造茶园1200亩。\n二、完成情况\n加快晥南山区茶园改造的任务全部完成。\n"
    assert _typos(text) == [("晥", "疑似错别字：“晥”应为“皖”")]


@pytest.mark.parametrize("text", [
    "加快晥南山区茶园改造，全年改造茶园1200亩。",  # no phrase beside it written with a common character
    "年度项目支出120万元。\n年度項目支出绩效良好。\n",  # 項: the traditional form of 项, a script's variant
    "联系人李喆，电话12345678。\n负责人李哲主持会议。\n",  # the two characters around differ: two people
])
def test_a_rare_character_the_report_does_not_write_otherwise_in_the_same_phrase_is_left(text):
    assert _typos(text) == []
