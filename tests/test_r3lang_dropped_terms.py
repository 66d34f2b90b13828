"""A word of four characters the report writes three times or more (专项资金) is its fixed wording as a
term of several words is; written once with a character dropped right after a one-character verb or
preposition (使专资金), that word slipped: the verb ends its word, so the lone character begins the next
one, as after a mark (``checks/dropped_terms.py``). Sentences invented."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

HEAD = ("某县残联2021年度项目支出绩效自评报告\n一、项目概况\n2021年县财政下达专项资金30万元。\n"
        "专项资金主要用于残疾人康复训练。\n专项资金到位率100%。\n")


def _dropped(body: str) -> list[tuple[str, str]]:
    report = read_text_string(HEAD + body)
    return [(f.location.quote, f.suggestion) for f in check_typos(report) if f.rule == "language.dropped"]


@pytest.mark.parametrize("verb", ["使", "将", "对"])
def test_a_word_written_three_times_and_once_without_a_character_after_a_one_character_verb_is_found(verb):
    body = f"二、资金管理\n坚持专款专用，{verb}专资金按规定的用途使用。\n"
    assert _dropped(body) == [("专资金", "改为“专项资金”")]


def test_after_a_character_that_is_no_such_verb_nothing_is_said():
    body = "二、资金管理\n坚持专款专用，严专资金按规定的用途使用。\n"
    assert _dropped(body) == []


def test_a_first_character_after_another_character_may_still_end_a_word_with_it():
    body = ("二、资金管理\n发放耕地地力补贴资金120万元。\n补贴资金已全部到户。\n补贴资金使用规范。\n"
            "另有奖补资金30万元用于示范户。\n")
    assert _dropped(body) == []


def test_a_word_written_only_twice_is_no_fixed_wording():
    report = read_text_string("某县残联2021年度项目支出绩效自评报告\n一、项目概况\n县财政下达专项资金30万元。\n"
                              "专项资金到位率100%。\n二、资金管理\n坚持专款专用，使专资金按规定的用途使用。\n")
    assert [f for f in check_typos(report) if f.rule == "language.dropped"] == []
