"""Slips of the 公文 register (checks/register_slips.py): 未 typed for 为 before a figure (one syllable, the
input method's first two offers), 就 stray before an amount, a province's name before its body without 省,
相当于 of a unit's rank losing 相, and 现将……报告如下 with a stranded character. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def curated(text: str) -> list[tuple[str, str | None]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]


def dropped(text: str) -> list[tuple[str, str | None]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.dropped"]


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("上年结转未36.5万元，本年收入120万元。", "未", "为"),
    ("年末在职人数未42人。", "未", "为"),
    ("项目资金执行率未98.5%；", "未", "为"),
])
def test_wei_before_a_figure_ending_the_clause_is_the_label_wei(text, wrong, right):
    assert curated(text) == [(wrong, f"改为“{right}”")]


@pytest.mark.parametrize("text", [
    "项目尚未100%完成。",  # an adverb with 未, and a verb after the figure
    "截至年底仍未12万元到位，",
    "部分资金均未2次以上拨付。",
    "2023年末结余为5万元。",
    "全年未发生安全事故，",
])
def test_wei_that_negates_is_left(text):
    assert curated(text) == []


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("根据通知要求，江西残疾人联合会组织开展自评。", "江西残疾", "江西省残疾"),
    ("资金由四川财政厅于6月下达。", "四川财政", "四川省财政"),
    ("甘肃人民政府批复了实施方案。", "甘肃人民", "甘肃省人民"),
])
def test_a_provinces_body_after_its_name_without_sheng(text, wrong, right):
    assert dropped(text) == [(wrong, f"改为“{right}”")]


@pytest.mark.parametrize("text", [
    "江西省残疾人联合会组织开展自评。",
    "资金由四川省财政厅于6月下达。",
    "东湖北路改造工程完工。",  # a street, no province's body
    "与湖南大学、湖南日报社合作。",  # named without 省 by themselves
    "吉林市人民政府批复了方案。",  # a city of that name
])
def test_a_province_named_with_sheng_or_no_body_is_left(text):
    assert dropped(text) == []


def test_a_units_rank_written_without_xiang_lost_it():
    assert dropped("该站是一所当于正科级的公益一类事业单位。") == [("当于", "改为“相当于”")]


@pytest.mark.parametrize("text", [
    "该站机构规格相当于正科级。",
    "应当于县级财政批复后30日内下达。",
])
def test_xiangdangyu_whole_or_yingdang_is_left(text):
    assert dropped(text) == []



def test_the_set_sentence_of_the_preamble_with_a_stranded_character_lost_a_word_of_the_report():
    text = "我局组织开展了项目绩效评价，评价结果为优。现将价情况报告如下：\n一、评价范围\n"
    assert dropped(text) == [("现将价", "改为“现将评价”")]


@pytest.mark.parametrize("text", [
    "我局组织开展了项目绩效评价，评价结果为优。现将评价情况报告如下：",
    "我局组织开展了项目绩效评价，评价结果为优。现将该情况报告如下：",  # a determiner
    "我局组织开展了项目绩效评价，评价结果为优。现将有关情况报告如下：",
    "我局组织开展了项目绩效评价。现将价情况报告如下：",  # the report writes 评价 once: no word of its own
])
def test_the_set_sentence_whole_or_without_a_word_of_the_reports_own_is_left(text):
    assert dropped(text) == []


def test_jiu_between_a_label_and_its_amount_is_stray():
    assert curated("其中：公用经费就36.8万元，人员经费120万元。") == [("就36.8万元", "改为“36.8万元”")]


@pytest.mark.parametrize("text", [
    "仅差旅费一项就达12万元，",  # 就 with its verb
    "就100万元资金的使用情况说明如下：",  # 就 as a preposition, the amount no clause's end
    "其中：公用经费36.8万元，人员经费120万元。",
])
def test_jiu_with_a_verb_or_no_jiu_is_left(text):
    assert curated(text) == []
