"""A character typed twice after a preposition, where the word route takes the two copies for one
word the dictionary barely knows (把茶茶产业做成…: 把|茶茶|产业) and, read once, the character and the word after
it make a term the report writes elsewhere (茶产业), in simplified and in traditional characters;
and what is said so on purpose: a measure word for "each" (对户户), an idiom's start (对面面俱到), an
adverb said twice after a word that is no preposition only (将节节攀升), a reduplication in use (从天天), no
opener before the pair, a pair said as a noun of its own (把包包打开: no term read once). Invented wording throughout."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _doubled(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.doubled_char"]


@pytest.mark.parametrize(("text", "quote"), [
    ("全县茶产业综合产值12亿元。乙县坚持把茶茶产业做成富民的主导产业。", "茶茶"),
    ("全縣茶產業綜合產值12億元。乙縣堅持把茶茶產業做成富民的主導產業，帶動農戶增收。", "茶茶"),  # traditional
    ("全镇鸡养殖户达到120户。乙镇坚持把鸡鸡养殖作为增收的重点。", "鸡鸡"),
])
def test_a_character_doubled_into_a_rare_word_after_an_opener_is_a_doubled_character(text, quote):
    assert _doubled(text) == [quote]


def test_the_finding_names_the_character_kept():
    [f] = [f for f in check_language(read_text_string("全县茶产业综合产值12亿元。乙县坚持把茶茶产业做成富民的主导产业。"))
           if f.rule == "language.doubled_char"]
    assert f.suggestion == "改为“茶”" and "把茶产业" in f.evidence


@pytest.mark.parametrize("text", [
    "乙镇对户户开展入户走访。",  # 户户: each household
    "全县粮食产量将节节攀升。",  # 将, will: an adverb said twice may follow
    "实现了产值的节节攀升。",  # 的: the same
    "做到对面面俱到的要求心中有数。",  # the start of an idiom
    "驻村干部从天天走访中了解群众诉求。",  # a reduplication in use
    "乙县推进茶茶产业发展。",  # no opener before the pair: the route's reading stands
    "联系人：王婷婷，电话12345678。",
    "乙县坚持把茶茶产业做成富民的主导产业。",  # 茶产业 written nowhere else, no word of the dictionary
    "工作人员把包包打开，逐项核对物资。",  # 包包, a bag: 包打开 is no term
])
def test_a_doubling_said_on_purpose_or_without_an_opener_is_left(text):
    assert _doubled(text) == []


def test_a_doubling_where_two_cells_of_a_form_meet_is_left():
    text = "指标 | 指标值 | 实际值 |\n把茶 | 茶产业做成 | 10 |\n"
    assert _doubled(text) == []
