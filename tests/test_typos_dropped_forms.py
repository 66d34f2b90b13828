"""Dropped characters the report itself shows (issue 10, fresh pages): a form's label cut short before
its unit's bracket beside the same label written whole, a word of the report's own that lost its first
character, and the fixed phrases a title or a 决算 line takes. Invented wording."""

from __future__ import annotations

import pytest

from tests.test_typos import findings, fixes

# -- a label cut short before its unit, beside the same word written whole before that unit ---------


def test_a_label_cut_short_before_its_units_bracket_is_restored_from_the_column_beside_it():
    text = "设计容量(吨)\n实际容(吨)\n完成情况"
    assert fixes(text) == {("实际容", "改为“实际容量”")}
    (f,) = findings(text)
    assert "容量(吨" in f.evidence


@pytest.mark.parametrize("text", [
    "实际容(吨)\n完成情况",  # nowhere written whole
    "设计容量(吨)\n设计容积(吨)\n实际容(吨)",  # written whole two ways: which one is meant is unknown
    "设计容量(立方米)\n实际容(吨)\n完成情况",  # another unit: another column
])
def test_a_label_before_a_unit_is_left_alone_without_one_whole_form_before_the_same_unit(text):
    assert not fixes(text)


# -- a word of the report's own that lost its first character --------------------------------------


def test_a_word_the_report_writes_again_and_again_is_restored_where_it_lost_its_first_character():
    text = "局里重视环境保护工作，落实环境保护责任，持续扩境保护宣传。"  # 扩大环境保护: 大环 dropped
    assert fixes(text) == {("境保护", "改为“环境保护”")}


@pytest.mark.parametrize("text", [
    "局里重视环境保护工作，持续扩境保护宣传。",  # the word written whole once only
    "持续扩境保护宣传。",  # never written whole
    # after a word the character may end a term the dictionary lacks (公益林), no broken phrase
    "本站实施森林抚育，完成森林抚育任务，开展公益林抚育。",
    "局里重视环境保护工作，落实环境保护责任，推动境保护督察。",
    # the character begins or ends other words of the report (造林): it may be a term's (疏林)
    "本站实施森林抚育，完成森林抚育任务，新造林成活率高，开展疏林抚育。",
])
def test_a_headless_word_is_left_alone_unless_the_report_writes_it_whole_twice(text):
    assert not fixes(text)


# -- the fixed phrases after a title and in a 决算 line ------------------------------------------------


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("按照县农业局《关于做好绩效评价的通知》求，本站及时组织自评。", "求", "改为“要求”"),
    ("本队认真贯彻《关于加强水利管理的意见》神，落实各项任务。", "神", "改为“精神”"),
    ("本年收入90万元，支出90万元，年未结转结余0.00万元。", "年未", "改为“年末”"),
])
def test_a_fixed_phrase_missing_or_miswriting_a_character_is_flagged(text, quote, right):
    assert fixes(text) == {(quote, right)}


@pytest.mark.parametrize("text", [
    "按照《条例》求真务实开展工作。",  # 求 begins a word: nothing dropped
    "对照《办法》要求，逐项整改。",
    "本年未结转结余资金已全部上缴。",  # 未 negating the carrying over, no figure after it
    "本年收入90万元，年末结转结余0.00万元。",
])
def test_the_fixed_phrases_written_right_or_meant_otherwise_are_left_alone(text):
    assert not fixes(text)


# -- a word the report lives by with an inner character changed into no word ------------------------

EVALUATED = "中心推进绩效评价工作，完成绩效评价报告，绩效评价结果良好，"


def test_a_word_written_three_times_is_restored_where_one_inner_character_made_it_no_word():
    text = EVALUATED + "对绩效讯价中的问题整改。"
    assert fixes(text) == {("绩效讯价", "改为“绩效评价”")}
    (f,) = findings(text)
    assert "报告别处写了3次“绩效评价”" in f.evidence


@pytest.mark.parametrize("text", [
    "中心推进绩效评价工作，完成绩效评价报告，对绩效讯价中的问题整改。",  # written whole twice only
    EVALUATED + "对绩效讯价中的问题整改，绩效讯价另行通报。",  # the other form written twice: the report's own
    # the first or the last character varied: a term coined on the word (新林抚育 beside 森林抚育)
    "站里开展森林抚育，完成森林抚育任务，新造林成活率高，森林抚育成效明显，另有新林抚育。",
])
def test_a_word_with_a_character_changed_is_left_alone_where_the_report_may_mean_it(text):
    assert not fixes(text)


def test_a_words_first_character_mistyped_is_no_dropped_one():
    """颈 is read jing as 经 is: 颈费支出 is 经费支出 mistyped, and the finding, if any, is no dropped 经."""
    text = "本局经费支出合理，经费支出按计划执行，其中:人员颈费支出10万元。"
    assert all(f.rule != "language.dropped" for f in findings(text))


# -- a form's label standing alone with an inner character changed into no word ---------------------


def test_a_forms_label_alone_with_an_inner_character_changed_is_restored_to_the_vocabularys_label():
    assert fixes("项目名称：道路养护\n主管邹门：县交通局\n实施单位：县公路段") == {("主管邹门", "改为“主管部门”")}


def test_a_vocabulary_word_changed_inside_prose_is_left_to_the_usual_evidence():
    assert not fixes("本项目由主管邹门统一组织实施。")  # prose coins terms: no label of a form


# -- a character dropped before a stranded one, beside the report's longer form (session 45) ----------


def test_a_character_dropped_before_one_it_makes_a_word_with_is_restored_from_the_rows_beside_it():
    text = ("指标5.药品不良反应每百万人口报告数 ≥150\n指标6.化妆品不良反应每百万人口报告数 ≥10\n"
            "指标7.医疗器械不良应每百万人口报告数 ≥30")
    assert fixes(text) == {("不良应每百", "改为“不良反应每百”")}


@pytest.mark.parametrize("text", [
    "指标7.医疗器械不良应每百万人口报告数 ≥30",  # never written whole
    "药品不良反应每年监测一次。\n医疗器械不良应每百万人口报告数。",  # the words after the gap differ
    "资金应按时拨付到位。\n资金反应迅速，按时拨付到位。",  # 应 a word of its own, the words around it other
])
def test_a_stranded_character_is_left_without_six_characters_around_it_written_whole(text):
    assert not fixes(text)


# -- the first character of a place the report names, dropped (session 45) ---------------------------


def test_a_places_first_character_dropped_is_restored_where_the_report_writes_the_place_whole():
    text = "评价单位：徐闻县前山镇人民政府\n（一）单位概况。闻县前山镇人民政府为行政单位。"
    assert fixes(text) == {("闻县前山", "改为“徐闻县前山”")}


def test_a_place_written_short_at_the_start_of_a_line_is_left():
    text = "评价单位：徐闻县前山镇人民政府\n闻县前山镇人民政府为行政单位。"  # a line broken mid-word
    assert not fixes(text)
