"""A share or a change whose whole (or base) is stated in the sentence before: 全年支出1,200万元。其中基本支出
900万元，占75.5%; 上年接待游客32万人次。本年接待游客36.8万人次，比上年增长12%. The part over the whole, the
change over last year's figure, at the shown places half-up. Quiet where the sentence names another whole,
the sentence before holds a sibling part rather than the whole, or names no last year. Invented paragraphs."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县应急管理局2024年度部门整体支出绩效自评报告\n一、部门整体支出情况\n"
_RULES = ("sentence_rate", "change_rate_base_before")


def _found(paragraph: str) -> list:
    return [f for f in review(read_text_string(_HEAD + paragraph + "\n")).findings if f.rule in _RULES]


@pytest.mark.parametrize(("paragraph", "quote", "expected"), [
    ("2024年部门全年支出860万元。其中基本支出602万元，占72%；项目支出258万元，占30%。", "72%", "70%"),
    ("年末全县共有应急救援队员480人。其中专业队员120人，占比为30%，其余为乡镇半专业队员。", "30%", "25%"),
    ("本年收入合计2,150.40万元。其中：财政拨款收入2,010.40万元，占收入合计的95.6%。", "95.6%", "93.5%"),
])
def test_a_share_of_the_whole_stated_the_sentence_before_is_held_to_it(paragraph, quote, expected):
    found = _found(paragraph)
    assert [f.quote for f in found] == [quote]
    assert f"应为 {expected}" in found[0].message


@pytest.mark.parametrize(("paragraph", "quote", "expected"), [
    ("2023年开展应急演练40次。2024年开展应急演练46次，同比增长12%。", "12%", "15%"),
    ("上年“三公”经费支出16万元。本年“三公”经费支出12万元，比上年下降20%。", "20%", "25%"),
])
def test_a_change_on_last_years_figure_the_sentence_before_is_held_to_it(paragraph, quote, expected):
    found = _found(paragraph)
    assert [f.quote for f in found] == [quote]
    assert f"应为 {expected}" in found[0].message


@pytest.mark.parametrize("paragraph", [
    "2024年部门全年支出860万元。其中基本支出602万元，占70%；项目支出258万元，占30%。",      # right
    "2024年部门全年支出1,600万元。其中基本支出999.2万元，占62.5%。",                         # 62.45 half-up
    "本年收入合计900万元。本年基本支出602万元，占本年支出的70%。",                             # another whole
    "本年基本支出602万元。项目支出258万元，占全年支出的30%。",                                 # a sibling before
    "2024年部门全年支出860万元。其中信息化项目支出43万元，占该项目年度预算的86%。",             # another whole named
    "2023年开展应急演练40次。2024年开展应急演练46次，同比增长15%。",                           # right
    "开展应急演练40次。培训救援人员460人次，同比增长15%。",                                    # another thing before
    "2020年开展应急演练40次。2024年开展应急演练46次，同比增长12%。",                           # not last year
    "上年“三公”经费支出16万元。本年“三公”经费支出12万元，比上年增长25%。",                     # the wrong way: left
])
def test_other_wholes_siblings_other_years_and_right_figures_are_quiet(paragraph):
    assert _found(paragraph) == []


def test_zhanbi_wei_names_no_other_whole():
    """占比为 is the share itself, not a share of a whole named 比为 (which had left it unread in its own sentence)."""
    found = _found("2024年部门全年支出860万元，其中项目支出258万元，占比为35%。")
    assert [f.quote for f in found] == ["35%"]


def test_a_retyped_whole_whose_parts_and_shares_agree_is_the_sums_finding_not_two_shares():
    """Parts 602 and 258 with shares 70% and 30% of their sum 860: the whole said before (900) is the figure
    off, one problem for the sums check, not two wrong shares."""
    assert _found("2024年部门全年支出900万元。其中基本支出602万元，占70%；项目支出258万元，占30%。") == []
