"""A character typed twice, or a word and a list: 确保保基本民生、保工资、保运转 (三保) heads each item
with 保 after 确保. Sentences are invented."""

from __future__ import annotations

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def test_a_character_heading_each_item_of_a_list_is_not_typed_twice():
    # 三保: after 确保, 保 heads each item (保基本民生、保工资、保运转); 照照 is still a slip
    found = check_typos(read_text_string("各乡镇要按照照县里要求，确保保基本民生、保工资、保运转。"))
    assert [(f.quote, f.message[:4]) for f in found] == [("照照", "疑似多字")]
