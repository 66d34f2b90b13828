"""A semicolon right after a word that leads into a list (其中 opening its clause, 包括, 分别为, 主要有, 如下) is
the colon's key without its shift: those words ask for what follows, and a semicolon closes a clause said in
full. One finding for the report, every place listed. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _found(text: str) -> list[tuple[str, int, str]]:
    return [(f.quote, len(f.related), f.suggestion) for f in check_language(read_text_string(text))
            if f.rule == "language.lead_semicolon"]


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("本局共有3个单位。其中;行政单位1个,事业单位2个。", "其中;", "其中:"),  # half-width: the colon half-width
    ("年末实有人数20人，其中；在职16人，退休4人。", "其中；", "其中："),
    ("项目支出主要包括；办公设备购置、信息系统运维。", "包括；", "包括："),
    ("三项指标完成值分别为；98%、100%、95%。", "分别为；", "分别为："),
    ("存在的问题主要有；一是预算编制不够细化。", "主要有；", "主要有："),
    ("具体情况如下；（一）资金到位情况。", "如下；", "如下："),
])
def test_a_semicolon_after_a_lead_word_is_a_colon(text, quote, right):
    assert _found(text) == [(quote, 0, f"改为“{right}”")]


def test_the_same_slip_in_two_places_is_one_finding():
    text = "本局共有3个单位。其中；行政单位1个。\n支出合计50万元，其中；基本支出30万元。"
    assert _found(text) == [("其中；", 1, "改为“其中：”")]


@pytest.mark.parametrize("text", [
    "干部职工积极参与其中；群众满意度明显提高。",  # 其中 as "in it" ends its clause
    "本局共有3个单位。其中：行政单位1个，事业单位2个。",  # the colon
    "年末实有人数20人，其中在职16人；退休4人。",  # the semicolon parts two clauses
    "项目支出主要包括办公设备购置；信息系统运维。",
    "一是预算编制不够细化；二是绩效目标不够明确。",
])
def test_a_semicolon_that_parts_clauses_is_left_alone(text):
    assert _found(text) == []
