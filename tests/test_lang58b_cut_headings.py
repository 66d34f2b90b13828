"""A numbered heading whose last character the route leaves alone, and which with one more character makes the
word that ends another heading of the report (三、项目实施及管理情 beside 二、资金使用情况), lost that character;
a heading that ends in a word, one with no other heading to tell its word, the cut-off last line of an excerpt,
and a title broken over two lines are left. Invented wording throughout."""

from __future__ import annotations

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _cut(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.message) for f in check_language(read_text_string(text))
            if f.rule == "language.dropped" and "标题" in f.message]


_BEFORE = "一、项目概况\n乙镇实施道路硬化工程一项。\n二、资金使用情况\n全年拨付资金120万元。\n"


def test_a_heading_cut_mid_word_where_another_heading_ends_in_the_word_is_a_dropped_character():
    text = _BEFORE + "三、项目实施及管理情\n项目按计划实施，管理规范。\n"
    assert _cut(text) == [("项目实施及管理情", "疑似漏字：标题“及管理情”应为“及管理情况”")]


def test_a_heading_that_ends_in_a_word_is_left():
    assert _cut(_BEFORE + "三、项目实施及管理情况\n项目按计划实施，管理规范。\n") == []


def test_a_heading_with_no_other_heading_ending_in_its_word_is_left():
    assert _cut("一、项目概况\n乙镇实施道路硬化工程一项。\n二、项目实施及管理情\n项目按计划实施。\n") == []


def test_the_cut_off_last_line_of_an_excerpt_is_left():
    assert _cut(_BEFORE + "三、项目实施及管理情\n") == []


def test_a_title_broken_over_two_lines_is_left():
    assert _cut(_BEFORE + "三、项目实施及管理情\n况\n项目按计划实施，管理规范。\n") == []
