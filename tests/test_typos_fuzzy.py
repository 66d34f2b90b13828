"""Typo check: a 模糊音 slip (an input method set to merge -n/-ng, z/zh, n/l: 因该 for 应该, 经融 for 金融)
into no word, restoring an everyday word the report does not write. Such a syllable is the weakest
evidence, so the corrected run must read a thousand times as likely: readings known wrong grow it
300–500 times (刚到 is no 感到, 是指由 no 是自由). Sentences are invented."""

from __future__ import annotations

import math

import pytest

from drafting.checks.lexicon import lexicon
from drafting.checks.typos import GAIN, GAIN_FUZZY, check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


def growth(text: str, wrong: str, right: str) -> float:
    lex = lexicon()
    return lex.route(text.replace(wrong, right))[0] - lex.route(text)[0]


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("各单位因该加强资金管理。", "因该", "应该"),  # in / ing
    ("有效防范经融风险。", "经融", "金融"),  # jing / jin
    ("干部职工生体健康。", "生体", "身体"),  # sheng / shen
])
def test_a_fuzzy_slip_into_an_everyday_word_that_grows_the_run_a_thousandfold_is_a_typo(text, wrong, right):
    assert growth(text.rstrip("。"), wrong, right) >= GAIN_FUZZY
    assert (wrong, f"改为“{right}”") in fixes(text)


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("工作组刚到现场。", "刚到", "感到"),  # gang / gan: 刚到 is just arrived
    ("本办法所称补助资金，是指由县级财政安排的专项资金。", "是指由", "是自由"),  # zhi / zi
])
def test_a_fuzzy_reading_that_grows_the_run_less_is_left_alone(text, wrong, right):
    assert GAIN <= growth(text.rstrip("。").replace("，", ""), wrong, right) < GAIN_FUZZY
    assert fixes(text) == set()


def test_a_thousandfold_is_the_floor():
    assert math.isclose(GAIN_FUZZY, math.log(1000))
