"""Counts against their lists: the last of a series of names (一批项目…二批项目…三批项目) is the third batch, not
three; brackets after a place the sentence names list that place's members, not the count's."""

from drafting.checks.arithmetic.counts import check_count_lists
from drafting.io.text_reader import read_text_string


def _rules(text: str) -> list[str]:
    return [f.rule for f in check_count_lists(read_text_string(text))]


def test_the_last_of_a_numbered_series_is_no_count():
    text = "一批项目：东村、西村。二批项目：南村。三批项目：上村、中村、下村、前村、后村。\n"
    assert _rules(text) == []


def test_a_count_whose_list_is_short_is_still_reported():
    text = "本项目涉及三批项目：东村、西村、南村、北村、中村，均已完工。\n"
    assert _rules(text) == ["count_list"]


def test_a_series_missing_its_first_member_is_still_a_count():
    text = "二批项目已验收。三批项目：东村、西村、南村、北村、中村，均已完工。\n"
    assert _rules(text) == ["count_list"]


def test_brackets_after_a_named_place_list_its_members_not_the_count():
    text = "三批项目涉及丙镇(东村、西村、南村、北村、中村)、丁镇(左村)，主要建设道路。\n"
    assert _rules(text) == []


def test_brackets_right_after_the_counted_noun_are_the_count_s_list():
    text = "全县4个乡镇(甲镇、乙镇、丙镇)参加了评比。\n"
    assert _rules(text) == ["count_list"]
