"""Two causal connectives written back to back (因由于, 因为由于, 由于因为): a cause given twice
(issue 10; premise from pool39 odd page 009, tests in invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _stacked(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.stacked_connective"]


@pytest.mark.parametrize(("text", "quote"), [
    ("因由于工程尚未完工，部分资金未支付。", "因由于"),
    ("因为由于疫情影响，培训推迟至下半年。", "因为由于"),
    ("由于因为天气原因，工期有所延误。", "由于因为"),
    ("因由於項目尚未完工，部分資金未支付。", "因由於"),  # traditional characters
])
def test_two_causal_connectives_back_to_back_are_found(text, quote):
    assert _stacked(text) == [quote]


@pytest.mark.parametrize("text", [
    "由于工程尚未完工，部分资金未支付。",
    "主要原因由于资金到位较晚。",  # 因 ends the noun 原因
    "其成因由于地质条件复杂，起因由于暴雨。",
    "因为疫情影响，培训推迟；由于天气原因，工期延误。",
    "由于由于资金未到位，工期延误。",  # a word doubled: the doubled-word rule's
])
def test_one_connective_or_a_noun_ending_in_yin_is_left(text):
    assert _stacked(text) == []


def _included(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.stacked_connective"]


@pytest.mark.parametrize(("text", "quote"), [
    ("对包括含甲县、乙县在内的全市12个县开展了实地评价。", "包括含"),
    ("抽查了包含含东区在内的5个区。", "包含含"),
])
def test_han_after_baokuo_inside_a_zainei_frame_is_inclusion_said_twice(text, quote):
    # pool41 odd page 043 (premise; invented wording): 包括…在内 already includes, so 含 is left over
    assert _included(text) == [quote]


@pytest.mark.parametrize("text", [
    "对包括甲县、乙县在内的全市12个县开展了实地评价。",
    "对含甲县、乙县在内的12个县开展了评价。",
    "检测项目包括含量测定在内的6项。",  # 含量 is a word: 含 is no word of inclusion there
    "费用包括含税价在内的全部支出。",  # 含税 (tax included): a price's term
    "支出包括含有补助的各项资金。",  # no 在内 frame
])
def test_inclusion_said_once_or_han_opening_a_word_is_left(text):
    assert _included(text) == []


def test_han_after_baokuo_is_a_stray_character_so_a_typo():
    # 包括含: no word doubled; one character is stray, and the fix deletes it (as a dropped one's inserts one)
    found = [f for f in check_language(read_text_string("对包括含甲县、乙县在内的全市12个县开展了实地评价。"))
             if f.rule == "language.stacked_connective"]
    assert [f.kind.value for f in found] == ["typo"]
