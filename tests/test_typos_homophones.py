"""Typo check, the homophone tier: a string that is no word, typed for an everyday word of middling
frequency that reads exactly the same there (tone included), is a slip — the first choice a pinyin
input method offers beside the right one. A sound alike in another tone, a word rarer than the tier's
floor, or a correction that leaves a character beside it stranded backs nothing. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.lexicon import lexicon
from drafting.checks.meant import FREQUENT
from drafting.checks.typos import check_typos
from drafting.checks.typos_candidates import HOMOPHONE_MIN
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("建立键全长效管理机制，明确各环节责任。", "键全", "健全"),
    ("加大查处力度，对违法违规行为严历打击。", "严历", "严厉"),
    ("通过优化审批流程，提高了资金拨付效律。", "效律", "效率"),
])
def test_an_exact_homophone_of_a_middling_everyday_word_is_a_slip(text, wrong, right):
    # the corrected word is common but below the everyday floor: the report need not write it
    assert HOMOPHONE_MIN <= lexicon().freq(right) < FREQUENT and right not in text
    assert (wrong, f"改为“{right}”") in fixes(text)


def test_the_evidence_names_the_shared_reading():
    [f] = check_typos(read_text_string("建立键全长效管理机制。"))
    assert "“键全”不成词" in f.evidence and "读音相同（jian4）" in f.evidence


def test_a_homophone_in_another_tone_backs_no_middling_word():
    # 竞彩 (jing4) is a lottery's short name, a tone away from 精彩 (jing1, a middling word): a
    # report's own short forms sit a tone from a word as often as a slip does
    assert fixes("全年竞彩销售网点规范经营，未发生违规销售。") == set()


def test_a_word_rarer_than_the_floor_is_not_restored_from_a_homophone():
    # 医共体 (a county's medical alliance) reads 一共 (yi1 gong4) at its start; 一共 is rarer than the floor
    assert lexicon().freq("一共") < HOMOPHONE_MIN
    assert fixes("推进县域医共体建设，提升基层服务能力。") == set()


def test_a_correction_that_strands_the_next_character_is_a_term_not_a_slip():
    # 一赋码 (one code assigned) reads 一副 at its start, but 一副 + 码 leaves 码 alone, no word of its own
    assert fixes("推广使用一赋码，实现全程可追溯。") == set()


@pytest.mark.parametrize("text", [
    "联系人：严历，联系电话12345678。",  # a person's name after a label
    "键全村、键全社区开展人居环境整治。",  # a village's and a community's name
    "《键全村志》编纂工作按期完成。",  # a title
])
def test_a_homophone_inside_a_proper_name_is_left_alone(text):
    assert fixes(text) == set()


@pytest.mark.parametrize("text", [
    "桥梁加固期间实行限重、限行。",  # 限行 (jieba lacks it) beside 限重: not 现行
    "桥梁加固期间实行限行、限重管理。",
])
def test_list_items_coined_in_one_pattern_share_their_character_on_purpose(text):
    assert fixes(text) == set()
