"""Premises drawn from misses on pool55's real pages (session 52, after its held-out measure), each stated for
any report and pinned in invented wording: a verb and its result said twice (守好守好); a year standing bare
before a word only a year stands before (2023部门整体支出, 2023全年预算); and the clean text each leaves alone."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _quotes(text: str, rule: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == rule]


@pytest.mark.parametrize(("text", "quote"), [
    ("坚决守好守好意识形态阵地和网络舆情防线。", "守好守好"),
    ("要抓实抓实安全生产各项工作。", "抓实抓实"),
    ("堅決守好守好意識形態陣地。", "守好守好"),  # a traditional-character copy reads the same
])
def test_a_verb_and_its_result_written_twice_is_a_doubled_word(text, quote):
    assert _quotes(text, "language.doubled_word") == [quote]


@pytest.mark.parametrize("text", [
    "守好、守好，再守好。",  # apart by marks: said on purpose
    "他说的好的好处很多。",  # 的: a function character, not a verb
    "好好学习，天天向上。",
])
def test_a_result_phrase_not_written_twice_in_a_row_is_left(text):
    assert _quotes(text, "language.doubled_word") == []


@pytest.mark.parametrize(("text", "quote"), [
    ("甲县教育局2023部门整体支出绩效评价报告", "2023部"),
    ("2023全年预算资金575万元，执行率98%。", "2023全"),
    ("乙镇人民政府2022全年完成投资1.2亿元。", "2022全"),
    ("丙县第一中学2023部门整体支出绩效评价报告", "2023部"),
])
def test_a_year_before_a_word_only_a_year_stands_before_lost_its_nian(text, quote):
    assert _quotes(text, "language.dropped") == [quote]


@pytest.mark.parametrize("text", [
    "其中：本年财政拨款2020其他资金0",  # a form's cells run together: a figure after its label
    "2023年全年预算资金575万元。",
    "截至2023年底，全县人口42万人。",
    "收入合计2023全年支出1980",  # after a label: a figure
    "全年用电2023度，电费1200元。",  # 度 after a figure: a unit
])
def test_a_figure_after_a_label_or_a_year_written_whole_is_left(text):
    assert _quotes(text, "language.dropped") == []


def test_a_bracket_left_open_when_the_opening_sentence_ends_in_rubao_ru_xia_is_found():
    """现将…报告如下： ends the report's opening sentence (its sections follow): a bracket opened before it and
    never closed was not broken by a copy's line end (pool55, tuned on)."""
    text = "根据《甲县财政局关于做好自评工作的通知》(甲财函〔2024〕25号等文件精神,我局认真开展了自评,现将情况报告如下:"
    assert [q[:9] for q in _quotes(text, "language.unclosed")] == ["(甲财函〔2024"]
    assert _quotes(text.replace("25号等", "25号)等"), "language.unclosed") == []
    assert _quotes("现将有关情况（2024年度）报告如下：", "language.unclosed") == []
    assert _quotes("根据《甲县财政局关于做好自评工作的通知》(甲财函〔2024〕25号等文件精神", "language.unclosed") == []  # cut off


@pytest.mark.parametrize(("text", "quote"), [
    ("资金合计(万元) 年度预算资金总额): 1084.25", "总额)"),
    ("其中中央补助）：668万元。", "补助）"),
])
def test_a_round_bracket_closing_nothing_after_a_label_is_a_stray_mark(text, quote):
    """年度预算资金总额): — a ) after a word, before its colon or figure, with no ( before it on its line or the
    lines above: a stray mark (pool56, after its held-out measure; tuned on)."""
    assert _quotes(text, "language.unclosed") == [quote]


@pytest.mark.parametrize("text", [
    "资金情况（万元）：总额1084.25",  # closes its own bracket
    "1)预算执行：良好。",  # a list's marker
    "（一)项目概况：良好。",
    "项目资金（\n中央补助）：668万元。",  # its ( a line above: a copy's broken line
])
def test_a_closing_bracket_that_closes_one_or_marks_an_item_is_left(text):
    assert _quotes(text, "language.unclosed") == []
