"""Typo check, suffixes: a word of two or three characters with a lone character after it, typed for
the suffix that makes them one longer word (完成律 → 完成率, 执行律 → 执行率, 及时姓 → 及时性), is a
slip when the longer word is a common or vocabulary word, or one the report itself writes elsewhere.
A rare word the report never writes backs nothing; a lone character that is part of the next word is
no suffix. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.lexicon import COMMON, lexicon
from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("项目完成律达到百分之百，质量全部合格。", "完成律", "完成率"),
    ("全县服务覆盖律进一步提高。", "覆盖律", "覆盖率"),
])
def test_a_suffix_typed_as_its_homophone_after_a_word_is_a_slip(text, wrong, right):
    assert (wrong, f"改为“{right}”") in fixes(text)


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("全年设施完好率为百分之九十八。\n\n上半年设施完好律为百分之九十。", "完好律", "完好率"),  # (执行率 is now in the vocabulary)
    ("资金支付及时性较好。\n\n个别项目支付的及时姓有待提高。", "及时姓", "及时性"),
    ("政策知晓率达到九成。\n\n群众对政策的知晓律明显提升。", "知晓律", "知晓率"),
])
def test_a_rare_word_the_report_writes_elsewhere_is_restored_in_its_suffix(text, wrong, right):
    # jieba counts these too rarely to offer them: the report's own usage backs them
    assert 0 < lexicon().freq(right) < COMMON
    [f] = check_typos(read_text_string(text))
    assert (f.quote, f.suggestion) == (wrong, f"改为“{right}”")
    assert f"报告别处写了1次“{right}”" in f.evidence


def test_a_rare_word_the_report_never_writes_is_not_restored():
    assert fixes("群众对政策的知晓律明显提升。") == set()


@pytest.mark.parametrize("text", [
    "执行率较高。\n\n聘请执行律师一名，负责合同审查。",  # 律 begins 律师: no lone suffix
    "及时性较好。\n\n人员信息登记及时，姓名无误。",  # a mark between: no word and suffix
    "完成率较高。\n\n按期完成绿化任务。",  # 绿 begins 绿化
])
def test_a_character_that_belongs_elsewhere_is_no_suffix(text):
    assert fixes(text) == set()
