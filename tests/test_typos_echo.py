"""Typo check: a slip into no word that restores a word the report writes elsewhere. The report shows
the word it means, so the corrected run need read only 50 times as likely (not 200): a common
character alone reads almost as likely as the word it was typed into (字提 for 字体, 口安 for 口岸).
Only where the typed character is as frequent as the one it replaces (an input method offers common
characters first) yet no everyday word alone (是, 去, 个 stand as words: 这是件好事 beside 事件), no
surname (朱明 beside 注明) and read in its usual way (红 is read gong only in 女红). A word of the
report's trade that jieba lacks (因工 of 工伤保险) is vocabulary, never a slip for the 因公 the
report also writes. Sentences are invented."""

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
    ("加强边境口安通关管理。口岸通关时间压缩。", "口安", "口岸", "加强边境口安通关管理", "加强边境口岸通关管理"),
    ("完成第三季度报表字提校对。报表统一使用宋体字体。", "字提", "字体", "报表字提校对", "报表字体校对"),
])
def test_a_slip_into_no_word_is_restored_where_the_report_writes_the_word(text, wrong, right, run, fixed):
    assert GAIN_ECHO <= gain(run, fixed) < GAIN  # below the 200× an unseen word needs
    assert (wrong, f"改为“{right}”") in fixes(text)


def test_the_same_slip_is_not_restored_where_the_report_never_writes_the_word():
    assert fixes("完成第三季度报表字提校对。") == set()


@pytest.mark.parametrize("text", [
    "各单位要主动地去争取上级资金。全市各地区均已完成。",  # 地 and 去: words side by side
    "8个国控断面水质优良。各国驻华使馆。",
    "这是件好事。突发事件应急处置。",
    "成员：朱明芳、李华。表格须注明填报日期。",  # 朱: a surname
    "一辆红车停在门口。公车改革全面完成。",  # 红 is read gong only in 女红
])
def test_words_side_by_side_a_name_or_a_secondary_reading_need_the_full_gain(text):
    assert fixes(text) == set()


def test_fifty_times_is_the_floor():
    assert math.isclose(GAIN_ECHO, math.log(50))


@pytest.mark.parametrize("text", [
    "本单位因工负伤职工2人，已按规定办理。全年因公出差15次。",  # 因公负伤 is a jieba word: a large gain
    "职工因工死亡1人，已按规定办理。因公出国费用无。",
    # a stage of a project's or plan's period: 终期 beside the 中期 it pairs with (终期评估, 终期考核)
    "项目中期评估发现的问题已整改完毕，终期评估得分92分。",
    "本项目实施期为三年，中期考核得分85分，终期考核得分92分。",
    "终期目标：新建渠道30公里。中期目标：新建渠道15公里。",
])
def test_a_trade_word_jieba_lacks_is_not_read_as_its_homophone(text):
    assert fixes(text) == set()


def test_a_rarer_character_standing_alone_was_chosen_not_slipped_into():
    lex = lexicon()
    assert lex.freq("聘") < lex.freq("评")  # an input method offers 评 before 聘 for ping
    assert fixes("开展绩效自评。学校自聘教师工作经费按月发放。") == set()
