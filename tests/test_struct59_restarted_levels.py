"""A list opening straight under a section heading in that heading's own marker, from one, and going on
to two ((二)主要职责 then (一)… (二)…) is numbered at its parent's level: found once, at its first item.
Silent for 1. lists (a common way to write a sub-list in flattened text), where the heading states
something (a list member), where the marks are written in two styles, and where the list stops at one."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某县信访局2022年度部门整体支出绩效自评报告\n"


def _found(text: str) -> list[str]:
    return [f.quote for f in check_structure(read_text_string(_TITLE + text)) if f.rule == "structure.numbering_level"]


_PAGE = ("一、部门概况\n(一)基本情况\n本局内设股室3个，编制12人。\n{head}\n(一)受理群众来信来访事项。\n"
         "(二)协调处理跨部门的信访问题。\n(三)负责信访信息的宣传和发布。\n二、部门整体支出情况\n全年支出156.2万元。\n")


def test_a_duty_list_numbered_at_its_headings_level_is_found_at_its_first_item():
    assert _found(_PAGE.format(head="(二)主要职责")) == ["(一)受理群众来信来访事项。"]


def test_the_message_names_the_heading_and_suggests_the_lower_level():
    [f] = [f for f in check_structure(read_text_string(_TITLE + _PAGE.format(head="(二)主要职责")))
           if f.rule == "structure.numbering_level"]
    assert "(二)主要职责" in f.message and "1." in f.suggestion


def test_a_heading_that_states_something_is_a_list_member_and_left_alone():
    assert _found(_PAGE.format(head="(二)严格落实信访工作责任制。")) == []


def test_markers_in_two_styles_are_left_alone():
    assert _found(_PAGE.format(head="（二）主要职责")) == []


def test_a_restart_that_does_not_go_on_to_two_is_left_alone():
    text = _PAGE.format(head="(二)主要职责").replace("(二)协调处理跨部门的信访问题。\n(三)负责信访信息的宣传和发布。\n", "")
    assert _found(text) == []


def test_a_numbered_sub_list_under_a_numbered_title_is_left_alone():
    text = _PAGE.format(head="(二)主要职责").replace("(一)受理", "1.受理").replace("(二)协调", "2.协调") \
        .replace("(三)负责", "3.负责")
    assert _found(text) == []
    text = text.replace("(二)主要职责", "2.主要职责")
    assert _found(text) == []
