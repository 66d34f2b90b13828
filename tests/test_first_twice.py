"""A list's first heading said twice in a row, the list going on from the second — (一)概况 straight
over (一)机构设置, then (二) and (三) once each, or a table of contents listing only the second — is one
heading left over. Silent on parallel columns (1、 1、 then 2、 2、), on the same heading twice, on a first
heading with text under it, and on a pair the text gives no evidence for."""

from drafting.checks.first_twice import first_twice
from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某县农业农村局2023年度部门整体支出绩效自评报告\n"
_REST = ("(二)部门职能\n负责全县农业农村发展规划的拟定和实施。\n"
         "(三)人员情况\n年末实有人员42人。\n二、部门预算执行情况\n全年支出1,286.50万元。\n")


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in first_twice(read_text_string(_TITLE + text))]


def test_a_first_heading_over_another_first_heading_whose_list_goes_on_is_flagged():
    text = "一、部门基本情况\n(一)部门概况\n(一)机构设置\n局机关内设6个股室。\n" + _REST
    assert _found(text) == [("structure.first_twice", "(一)部门概况")]


def test_the_structure_check_reports_it_once_and_not_as_an_empty_heading():
    text = "一、部门基本情况\n(一)部门概况\n(一)机构设置\n局机关内设6个股室。\n" + _REST
    rules = [f.rule for f in check_structure(read_text_string(_TITLE + text))]
    assert rules.count("structure.first_twice") == 1
    assert "structure.empty_heading" not in rules


def test_a_table_of_contents_that_lists_only_the_second_is_evidence_enough_in_an_excerpt():
    contents = ("目录\n一、部门基本情况\n(一)机构设置\n(二)部门职能\n(三)人员情况\n二、部门预算执行情况\n"
                "三、绩效目标完成情况\n")
    body = "一、部门基本情况\n(一)部门概况\n(一)机构设置\n局机关内设6个股室，年末实有人员42人。\n"
    assert _found(contents + body) == [("structure.first_twice", "(一)部门概况")]


def test_parallel_columns_numbered_one_and_one_then_two_and_two_are_left_alone():
    text = ("一、绩效目标\n(一)年初目标\n(一)实际完成\n完成情况见下。\n(二)年初目标\n(二)实际完成\n"
            "(三)年初目标\n(三)实际完成\n二、存在问题\n无。\n")
    assert _found(text) == []


def test_a_first_heading_with_text_under_it_is_a_restart_not_a_repeat():
    text = "一、部门基本情况\n(一)部门概况\n本局是县政府工作部门。\n(一)机构设置\n局机关内设6个股室。\n" + _REST
    assert _found(text) == []


def test_the_same_heading_twice_is_left_to_the_page_heads():
    text = "一、部门基本情况\n(一)机构设置\n(一)机构设置\n局机关内设6个股室。\n" + _REST
    assert _found(text) == []


def test_without_the_list_going_on_or_a_table_of_contents_the_pair_is_left_alone():
    text = "一、部门基本情况\n(一)部门概况\n(一)机构设置\n局机关内设6个股室。\n二、部门预算执行情况\n全年支出1,286.50万元。\n"
    assert _found(text) == []


def test_run_into_one_line_a_first_heading_straight_over_another_first_heading_is_flagged():
    line = "一、基本情况(一)部门(单位)基本情况(一)机构设置。局机关内设6个股室，年末实有人员42人。\n"
    assert _found(line) == [("structure.first_twice", "(一)部门(单位)基本情况")]


def test_run_into_one_line_a_first_item_with_text_between_or_in_a_forms_row_is_left_alone():
    assert _found("一、基本情况(一)部门概况。本局是县政府工作部门。(一)机构设置。局机关内设6个股室。\n") == []
    assert _found("| (一)年初目标(一)实际完成情况 | 全部完成 |\n") == []
