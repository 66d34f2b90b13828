"""A colon typed between two items of a list the report parts with semicolons is the semicolon's key with the
shift held (written on pool64 p11, after its measure): one finding listing every place; label：value pairs,
forms and lists with one colon are left alone."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _colons(text: str) -> list[tuple[str, int]]:
    return [(f.quote, len(f.related)) for f in check_language(read_text_string(text))
            if f.rule == "language.list_colon"]


def test_colons_between_parallel_items_of_a_semicolon_list_are_one_finding():
    text = ("一、资金使用范围\n专项经费主要用于:对住院治疗的村民给予慰问:对困难家庭给予补助:对受灾农户给予救助;"
            "对困难党员给予节日慰问;对公益设施进行应急维修。\n")
    assert _colons(text) == [(":", 1)]


def test_a_list_parted_by_semicolons_alone_is_right():
    text = ("一、资金使用范围\n专项经费主要用于:对住院治疗的村民给予慰问;对困难家庭给予补助;对受灾农户给予救助;"
            "对公益设施进行应急维修。\n")
    assert _colons(text) == []


def test_label_and_value_pairs_parted_by_semicolons_are_right():
    text = "一、人员情况\n领导职数情况:正科级领导职数1人:局长1人;副科级领导职数2人:副局长2人;股级1人。\n"
    assert _colons(text) == []


def test_a_flattened_form_row_is_no_list():
    text = "一、基本情况\n项目名称:道路维修 主管部门:交通局;实施单位:交通局;项目负责人:张三;联系电话:1234567。\n"
    assert _colons(text) == []
