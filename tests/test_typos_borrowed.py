"""Typo check: a slip that makes a word with the character beside it (管理科 typed 关理科 reads 关|理科,
目标值 typed 曰标值 reads 曰|标值): the lone typed character is tried with the nearest character of the
word beside it, and restored only to a word the report writes elsewhere, with the full gain. Not
between lone characters: a run of them is an abbreviation (a 机关代字 such as 湘赫政发) or a name, not
a broken word. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("材料由公共资源交易关理科审核。交易管理科负责审核。", "关理", "管理"),  # the word after: 理科
    ("年初曰标值为100%。年度目标全部完成。", "曰标", "目标"),  # 标值
    ("完成农村饮用水睡源地划定。水源保护区界标设置到位。", "睡源", "水源"),  # 源地
    ("加强中学消安全管理。全县新建学校2所。", "学消", "学校"),  # the word before: 中学
])
def test_a_slip_that_joined_the_word_beside_it_is_restored_to_a_word_the_report_writes(text, wrong, right):
    assert (wrong, f"改为“{right}”") in fixes(text)


@pytest.mark.parametrize("text", [
    "材料由公共资源交易关理科审核。",  # the report never writes 管理
    "年初曰标值为100%。",
    "依据(湘赫政发201705号)文件精神。加强市政设施管理。",  # 湘|赫|政发: an issuer's code
])
def test_no_word_is_restored_that_the_report_does_not_write_nor_inside_an_abbreviation(text):
    assert fixes(text) == set()
