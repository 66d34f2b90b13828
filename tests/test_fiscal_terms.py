"""A fixed name of the budget vocabulary typed one character off in running text (一般公共性预算), and the
phrases one character off a name that are no slip: a joining word, a verb said between its words, another
fund's name, a short form, a piece of a name beside a word."""

from __future__ import annotations

import pytest

from drafting.checks.fiscal_terms import RULE, terms
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _slips(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == RULE]


@pytest.mark.parametrize(("text", "quote"), [
    ("学前教育公用经费等项目资金来源于年初一般公共性预算。", "一般公共性预算"),  # one inserted, bound to 公共
    ("本年度社会保险基预算收入320万元。", "社会保险基预算"),  # one inner character dropped
    ("其中公务接用待费2.1万元，较上年下降。", "公务接用待费"),  # one inserted inside a word of the name
    ("全年国有资本经营预箅收入12万元。".replace("箅", "算").replace("经营", "营经"), "国有资本营经预算"),  # swapped
])
def test_a_fixed_budget_name_one_character_off_is_a_slip(text, quote):
    assert _slips(text) == [quote]


@pytest.mark.parametrize("text", [
    "财政拨款占收入的比重为90%。",  # 占 said between the name's words: a clause
    "财政拨款总收入为560万元。",  # 总, often said alone, between the name's words
    "上年结转和结余10万元，年初结转结余5万元。",  # a joining word, and a piece of a name beside 上年
    "全国社会保障基金预算由国务院批准。",  # 保障 is another word: another fund
    "政府基金预算收入和资本支出均按规定列支。",  # 性 dropped: common short forms
    "公务用车购置和运行费2.3万元。",  # 和 for 及: a variant
    "一般公共服务支出120万元，一般公共预算收入80万元。",
])
def test_a_phrase_one_character_off_a_name_that_says_something_else_is_left(text):
    assert _slips(text) == []


def test_a_string_the_report_writes_again_and_never_the_name_is_its_own_habit():
    text = "本单位工资福利性支出45万元。\n工资福利性支出较上年增加3万元。"
    assert _slips(text) == []
    assert _slips(text + "\n其中工资福利支出按标准列支。") == ["工资福利性支出"]


def test_every_name_is_five_characters_or_more_and_listed_once():
    assert terms() and all(len(t) >= 5 for t in terms())
    assert {"一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"} <= terms()
