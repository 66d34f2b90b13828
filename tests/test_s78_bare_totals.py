"""A total of money whose 元 the writer dropped after naming it (资金总额2.7亿) is money in 亿元 all the same
(session 78): a part written in 元 among parts in 亿元, which read in 亿元 makes the parts add up to it, is that
unit's figure."""

from __future__ import annotations

from drafting.findings import Finding
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _part_units(sentence: str) -> list[Finding]:
    text = f"某学校2022年度专项债券项目绩效自评报告\n\n一、项目概况\n\n{sentence}\n"
    return [f for f in review(read_text_string(text)).findings if f.rule == "sentence_part_unit"]


def test_a_part_in_yuan_under_a_total_in_bare_yi_is_a_unit_slip():
    [found] = _part_units("项目预计投入资金总额2.7亿,其中政府专项债安排2.43元,单位自筹0.27亿元。")
    assert found.location.quote == "2.43元" and "亿元" in found.message


def test_a_bare_yi_that_names_no_money_is_no_total_of_money():
    assert _part_units("项目覆盖人口总额2.7亿,其中政府专项债安排2.43元,单位自筹0.27亿元。") == []
