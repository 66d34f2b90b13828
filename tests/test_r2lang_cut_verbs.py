"""A two-character verb cut to its bound half at a clause's end (实际要， for 实际需要) is a dropped
character even where the report never writes the verb; a character that closes a clause alone (高,
强) or a whole verb is meant."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某县司法局2024年度项目支出绩效自评报告\n一、项目基本情况\n"


def _cut(body: str) -> list[str]:
    report = read_text_string(HEAD + body)
    return [f.quote for f in check_language(report) if f.rule == "language.dropped"]


@pytest.mark.parametrize(("body", "quote"), [
    ("项目立足全县经济社会发展和人民群众实际要，健全公共法律服务体系。\n", "实际要"),
    ("下一步将进一步加，确保资金安全。\n", "进一步加"),
])
def test_a_bound_half_of_a_verb_closing_a_clause_after_a_word_is_found(body, quote):
    assert _cut(body) == [quote]


@pytest.mark.parametrize("body", [
    "群众对公共法律服务的需求越来越高，满意度达到95%。\n",  # 高 closes a clause alone
    "项目立足人民群众实际需要，健全公共法律服务体系。\n",  # the whole verb
    "全年共开展普法宣传12场，进一步加强了法治宣传。\n",  # the verb goes on
    "主要内容：一是要，二是加。\n",  # a lone half after a lone character: no word before it
])
def test_a_character_meant_at_a_clause_end_is_left(body):
    assert _cut(body) == []
