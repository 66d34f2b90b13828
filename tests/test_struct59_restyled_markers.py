"""One item numbered twice in two Arabic styles back to back ((2)2)…, 3.(3)…) is one marker too many:
found once, with the kept form named. Silent where the two numbers differ (an outline's sub-item), where
both markers are of one style (2.2 a sub-number), and where the second number is part of a figure."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某县交通运输局2023年度专项资金绩效自评报告\n"


def _found(text: str) -> list[str]:
    return [f.quote for f in check_structure(read_text_string(_TITLE + text)) if f.rule == "structure.numbering_double"]


_LIST = ("一、项目资金情况\n(1)某财建〔2022〕11号下达公路养护资金40万元。执行率100%。\n"
         "{second}某财建〔2022〕15号下达节能补助资金20万元。执行率100%。\n"
         "3)某财建〔2022〕18号下达客运补贴资金12万元。执行率90%。\n二、存在问题\n无。\n")


def test_a_bracketed_number_followed_by_the_same_number_in_another_style_is_numbered_twice():
    assert _found(_LIST.format(second="(2)2)")) == ["(2)2)"]


def test_the_plain_number_before_the_bracketed_one_is_numbered_twice_too():
    assert _found(_LIST.format(second="2.(2)")) == ["2.(2)"]


def test_full_width_marks_count_like_half_width_ones_and_the_suggestion_keeps_the_bracketed_form():
    [f] = [f for f in check_structure(read_text_string(_TITLE + _LIST.format(second="（2）2、")))
           if f.rule == "structure.numbering_double"]
    assert f.quote == "（2）2、" and "“（2）”" in f.suggestion


def test_an_item_opening_its_own_sub_list_is_left_alone():
    assert _found(_LIST.format(second="(2)1.")) == []


def test_a_number_then_a_figure_is_left_alone():
    assert _found(_LIST.format(second="(2)2.5万元")) == []


def test_one_marker_per_item_is_left_alone():
    assert _found(_LIST.format(second="(2)")) == []
