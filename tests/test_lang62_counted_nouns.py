"""A figure and its measure word count the noun after them (三颗星, 两条河, 一张表): a one-character noun, a
word alone, before a function character (为, 是, 的) is that whole noun, no half of a word with the function
character (其中三颗星为必填的核心指标 is 三颗|星|为, no 行为). A slip after a measure word that is no such
noun is read as ever. Invented wording."""

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _typos(text: str) -> list[str]:
    return [f.quote for f in check_typos(read_text_string(text)) if f.rule == "language.typo"]


def test_a_noun_counted_by_a_measure_word_before_wei_is_no_slip():
    text = ("注:各地请根据实际情况,从上述绩效指标中选择适合的填报(其中三颗星为必填的核心绩效指标,"
            "可结合已下达的中央对地方专项转移支付绩效指标),也可自行增加或适当调整。\n")
    assert _typos(text) == []


def test_the_counted_noun_after_an_arabic_figure_is_no_slip_either():
    text = ("注:请从上述指标中选择填报(其中3颗星为必填的核心绩效指标,可结合已下达的专项转移支付绩效指标),"
            "也可自行增加或适当调整。\n")
    assert _typos(text) == []


def test_a_slip_in_prose_without_a_figure_before_it_is_still_read():
    text = "注:请从上述指标中选择填报,对违规星为要严肃处理,也可自行增加或适当调整。\n"
    assert _typos(text) == ["星为"]
