"""Typo check: a slip into no word that restores a word the report writes elsewhere. The report shows
the word it means, so the corrected run need read only 50 times as likely (not 200): a frequent
character alone reads almost as likely as the word it was typed into (能里 for 能力, 人真 for 认真).
A word of the report's trade that jieba lacks (因工 of 工伤保险) is vocabulary, never a slip for the
因公 the report also writes. Sentences are invented."""

from __future__ import annotations

import math

import pytest

from drafting.checks.lexicon import lexicon
from drafting.checks.typos import GAIN, GAIN_ECHO, check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


def gain(wrong: str, right: str) -> float:
    lex = lexicon()
    return lex.route(right)[0] - lex.route(wrong)[0]


@pytest.mark.parametrize(("text", "wrong", "right", "run", "fixed"), [
    ("今年将继续加强基层应急能里建设。全年应急处置能力明显提升。", "能里", "能力", "加强基层应急能里建设", "加强基层应急能力建设"),
    ("各社区本着人真负责的态度开展排查。各社区认真落实排查要求。", "人真", "认真", "本着人真负责的态度", "本着认真负责的态度"),
    ("完成第三季度报表字提校对。报表统一使用宋体字体。", "字提", "字体", "报表字提校对", "报表字体校对"),
])
def test_a_slip_into_no_word_is_restored_where_the_report_writes_the_word(text, wrong, right, run, fixed):
    assert GAIN_ECHO <= gain(run, fixed) < GAIN  # below the 200× an unseen word needs
    assert (wrong, f"改为“{right}”") in fixes(text)


def test_the_same_slip_is_not_restored_where_the_report_never_writes_the_word():
    assert fixes("今年将继续加强基层应急能里建设。") == set()


def test_fifty_times_is_the_floor():
    assert math.isclose(GAIN_ECHO, math.log(50))


@pytest.mark.parametrize("text", [
    "本单位因工负伤职工2人，已按规定办理。全年因公出差15次。",  # 因公负伤 is a jieba word: a large gain
    "职工因工死亡1人，已按规定办理。因公出国费用无。",
])
def test_a_trade_word_jieba_lacks_is_not_read_as_its_homophone(text):
    assert fixes(text) == set()


def test_a_rarer_character_standing_alone_was_chosen_not_slipped_into():
    lex = lexicon()
    assert lex.freq("聘") < lex.freq("评")  # an input method offers 评 before 聘 for ping
    assert fixes("开展绩效自评。学校自聘教师工作经费按月发放。") == set()
