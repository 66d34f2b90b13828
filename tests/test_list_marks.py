"""A colon typed for the semicolon between the items of a list counted 一是、二是、三是 (DEFECTS.md: a
colon where a semicolon belongs; issue 10, session 40; invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


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
