"""A member named twice in one 、 list, and a title inside a title written with 《》 (invented text)."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _found(text: str, rule: str) -> list[str]:
    report = read_text_string("某局2020年度项目支出绩效自评报告\n一、项目概况\n" + text + "\n")
    return [f.quote for f in check_language(report) if f.rule == rule]


@pytest.mark.parametrize(("text", "quote"), [
    ("大力开展文化、教育、经贸、教育等领域合作互访。", "教育、经贸、教育"),
    ("主要用于购置桌椅、电脑、打印机、电脑、空调。", "电脑、打印机、电脑"),
    ("覆盖城关镇、河口乡、石门乡、河口乡和白沙镇。", "河口乡、石门乡、河口乡"),
])
def test_a_member_named_twice_in_one_list_is_a_slip(text, quote):
    assert _found(text, "language.repeated_member") == [quote]


@pytest.mark.parametrize("text", [
    "开展文化、教育、经贸等领域合作。",
    "加强教育、培训、宣传工作，教育群众、培训骨干。",  # two lists, each naming its members once
    "涉及县、乡、村、组四级。",
    "开展职业教育、成人教育、教育信息化建设。",
])
def test_lists_that_name_each_member_once_are_left_alone(text):
    assert _found(text, "language.repeated_member") == []


def test_a_title_inside_a_title_takes_the_single_marks():
    text = "根据财政部《关于印发《城市管网专项资金管理暂行办法》的通知》要求，下达资金50万元。"
    assert _found(text, "language.mismatched_pair") == ["《关于印发《城市管网专项资金管理暂行办法》的通知》"]
    findings = check_language(read_text_string("一、项目概况\n" + text + "\n"))
    assert [f.suggestion for f in findings if f.rule == "language.mismatched_pair"] == [
        "改为“《关于印发〈城市管网专项资金管理暂行办法〉的通知》”"]


@pytest.mark.parametrize("text", [
    "根据《关于印发〈城市管网专项资金管理暂行办法〉的通知》要求。",
    "根据《预算法》《政府采购法》要求。",
])
def test_titles_side_by_side_or_nested_with_single_marks_are_right(text):
    assert _found(text, "language.mismatched_pair") == []


def _unclosed(text: str) -> list[str]:
    return _found(text, "language.unclosed")


def test_a_round_bracket_closed_twice_with_one_open_is_one_too_many():
    text = "根据《关于做好乡村建设工作的通知》(某财农〔2016〕107号))、《某办法》(某财〔2016〕3号)要求。"
    assert _unclosed(text) == ["7号))"]


@pytest.mark.parametrize("text", [
    "根据（《通知》（某财〔2016〕3号））要求。",  # two open, two closed
    "根据《通知》(某财〔2016〕3号(附件))要求。",
])
def test_brackets_closed_twice_for_two_opened_are_right(text):
    assert _unclosed(text) == []
