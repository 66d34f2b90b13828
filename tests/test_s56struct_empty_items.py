"""A numbered subsection title closed by its stop (2.拟与预算安排相结合情况。) with nothing under it before a
higher heading or an attachment line, where every earlier item of its list has its own text: left
empty. Silent on a list of statements, on the list's last item when an earlier one has no text, on a
title that does not name a section, and on an excerpt's last line."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某县卫健局2023年度基层医疗设备项目绩效自评报告\n"
_HEAD = "一、自评结论\n(一)存在的问题和原因\n执行进度不均衡。\n(二)下一步拟改进措施\n"
_NEXT = "二、佐证材料\n(一)基本情况\n项目于2023年立项。\n"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_structure(read_text_string(_TITLE + text))
            if f.rule == "structure.empty_heading"]


def test_a_subsection_left_empty_before_an_attachment_line_is_flagged():
    text = _HEAD + "1.下一步拟改进措施，包括项目整改等内容。\n无\n2.拟与预算安排相结合情况。\n附件：2023年度项目自评表\n" + _NEXT
    assert _found(text) == [("structure.empty_heading", "2.拟与预算安排相结合情况。")]


def test_a_subsection_left_empty_before_the_next_higher_heading_is_flagged_once_by_the_structure_check():
    text = _HEAD + "1.整改落实情况。\n已全部整改。\n2.结果应用情况。\n" + _NEXT
    rules = [(f.rule, f.quote) for f in check_structure(read_text_string(_TITLE + text))]
    assert rules.count(("structure.empty_heading", "2.结果应用情况。")) == 1


def test_a_list_of_statements_is_left_alone():
    text = _HEAD + "1.加快执行进度情况。\n2.加强绩效监控情况。\n" + _NEXT
    assert _found(text) == []


def test_an_item_with_its_text_is_left_alone():
    text = _HEAD + "1.整改落实情况。\n已全部整改。\n2.结果应用情况。\n评价结果已用于2024年预算安排。\n" + _NEXT
    assert _found(text) == []


def test_a_title_naming_a_measure_is_left_alone():
    text = _HEAD + "1.整改落实情况。\n已全部整改。\n2.完善内控制度措施。\n" + _NEXT
    assert _found(text) == []


def test_the_excerpts_last_line_is_left_alone():
    text = _HEAD + "1.整改落实情况。\n已全部整改。\n2.结果应用情况。\n"
    assert _found(text) == []
