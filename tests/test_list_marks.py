"""A colon typed for the semicolon between the items of a list counted 一是、二是、三是 (DEFECTS.md: a
colon where a semicolon belongs; issue 10, session 40; invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.findings import Severity
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _colons(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.list_colon"]


@pytest.mark.parametrize(("text", "quote"), [
    ("下一步，一是加强预算管理；二是规范资金使用：三是强化绩效监控。", "："),
    ("下一步，一是加强预算管理；二是规范资金使用:三是强化绩效监控。", ":"),
    ("存在的问题主要有：一是绩效目标不够细化：二是自评工作不够深入。", "："),
    ("二是规范资金使用：三是强化绩效监控。", "："),  # the item before opens the paragraph (一是 in the one above)
])
def test_a_colon_between_two_listed_items_is_found(text, quote):
    assert _colons(text) == [quote]


@pytest.mark.parametrize("text", [
    "主要措施：一是加强预算管理；二是规范资金使用；三是强化绩效监控。",  # the colon announces the list
    "一是：加强预算管理；二是：规范资金使用；三是：强化绩效监控。",  # a colon after each marker: a style
    "坚持全县统一是前提：二是指标要细化。",  # 统一是 is no item's marker
    "工作要求：三是指标要细化。",  # no 二是 before it: the colon announces
])
def test_colons_that_announce_are_left(text):
    assert _colons(text) == []


def _commas(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.last_item_comma"]


def test_a_comma_before_the_last_item_of_a_list_of_amounts_is_found():
    # pool41 odd page 045 (premise; invented wording): items parted by 、 up to a comma before the last one
    text = "项目支出包括：甲类补助资金120.00万元、乙类培训经费3.20万元、丙类专项资金4.50万元，丁类周转专项资金300.00万元。"
    assert _commas(text) == ["4.50万元，丁类周"]


def test_a_comma_before_the_last_item_is_a_hint_as_readers_pass_over_it():
    # pool50's held-out pages: neither of two blind readers marked the two found there (calibration.py)
    text = "项目支出包括：甲类补助资金120.00万元、乙类培训经费3.20万元、丙类专项资金4.50万元，丁类周转专项资金300.00万元。"
    found = [f for f in review(read_text_string(text)).findings if f.rule == "language.last_item_comma"]
    assert [f.severity for f in found] == [Severity.INFO]


@pytest.mark.parametrize("text", [
    "项目支出包括：甲类补助资金120.00万元、乙类培训经费3.20万元、丙类专项资金4.50万元、丁类周转专项资金300.00万元。",
    "其中甲类专项资金3.00万元、乙类专项资金2.00万元，共计5.00万元。",  # a sum, not one more item
    "其中甲类专项资金3.00万元、乙类专项资金2.00万元，较上年资金减少1.00万元。",
    "收入包括基本支出经费3.00万元、项目支出经费2.00万元，上年结转资金1.00万元。",  # another kind of thing
    "2022年：甲类资金3万元、乙类资金2万元，2023年：甲类资金4万元。",  # a second list after its own lead-in
    "甲类专项资金3.00万元、乙类专项资金2.00万元，丙类专项资金1.00万元已拨付到位。",  # a clause, not an item
])
def test_lists_parted_alike_or_clauses_after_a_list_are_left(text):
    assert _commas(text) == []


def test_a_list_of_another_year_after_the_comma_is_a_clause_of_its_own():
    assert _commas("2022年中央补助资金30万元、省级补助资金20万元，2023年中央补助资金40万元。") == []
