"""Typo check: a stray character outside GB2312 in a text of simplified characters (a variant such as
岀 for 出, left by a font or a converter) is read like any other character, while a text in traditional
characters (dozens of distinct ones outside GB2312) is still left alone. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.slips import TRADITIONAL_DISTINCT, traditional_text
from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("本年度项目支岀共计120万元，全部用于设备购置。", "支岀", "支出"),  # 岀, a variant of 出
    ("部门整体支屾绩效评价报告", "支屾", "支出"),  # 屾, of 出's shape
])
def test_a_stray_character_outside_gb2312_in_simplified_text_is_read(text, wrong, right):
    assert (wrong, f"改为“{right}”") in fixes(text)


def test_a_rare_name_character_outside_gb2312_is_no_slip():
    assert fixes("李喆同志负责项目的组织实施，王堃同志负责资金核算。") == set()


def test_a_text_in_traditional_characters_is_still_left_alone():
    text = "項目資金管理辦法規定，本年度項目支岀共計120萬元，負責人員依據辦法開展檢查。"
    assert traditional_text(text)
    assert fixes(text) == set()


def test_a_few_distinct_characters_outside_gb2312_make_no_traditional_text():
    assert not traditional_text("支岀、支屾与王堃")
    assert traditional_text("們這會國為資")
    assert TRADITIONAL_DISTINCT == 5
