"""A sub-list written with its parent's marker — (一)项目基本情况 straight over (一)项目概况, then (二) with text
under it — is a first heading said twice even when the list has only two items, as long as its second item
is closed (a higher heading follows, or the text ends after two paragraphs of its own). Parallel columns
(2、 2、), a list stopping at its second item's heading, and a restart under a higher heading are left."""

from drafting.checks.first_twice import first_twice
from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某镇2022年度农村公路养护项目支出绩效自评报告\n一、自评结论\n全年完成养护里程36公里。\n二、佐证材料\n"
_PAIR = "(一)项目基本情况\n(一)项目概况\n项目名称:农村公路养护。\n项目实施地点:8个村。\n"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in first_twice(read_text_string(_TITLE + text))]


def test_a_two_item_list_closed_by_a_higher_heading_is_flagged():
    text = _PAIR + "(二)自评工作开展情况\n成立自评小组。\n三、存在问题\n无。\n"
    assert _found(text) == [("structure.first_twice", "(一)项目基本情况")]


def test_a_two_item_list_whose_second_item_runs_to_the_texts_end_is_flagged():
    text = _PAIR + "(二)自评工作开展情况\n一是加强组织领导。\n二是严格执行方案。\n"
    assert _found(text) == [("structure.first_twice", "(一)项目基本情况")]


def test_the_structure_check_reports_it_once():
    text = _PAIR + "(二)自评工作开展情况\n成立自评小组。\n三、存在问题\n无。\n"
    rules = [f.rule for f in check_structure(read_text_string(_TITLE + text))]
    assert rules.count("structure.first_twice") == 1
    assert "structure.numbering_repeat" not in rules and "structure.empty_heading" not in rules


def test_a_second_item_cut_after_one_line_may_be_a_column_and_is_left():
    assert _found(_PAIR + "(二)自评工作开展情况\n成立自评小组。\n") == []


def test_parallel_columns_going_on_two_and_two_are_left():
    text = _PAIR + "(二)年初目标\n成立自评小组。\n(二)实际完成\n已成立。\n三、存在问题\n无。\n"
    assert _found(text) == []


def test_a_restart_under_a_higher_heading_is_left():
    text = ("(一)项目基本情况\n项目名称:农村公路养护。\n(二)自评工作开展情况\n成立自评小组。\n"
            "三、存在问题\n(一)项目概况\n养护资金到位较晚。\n(二)改进措施\n提前申报。\n")
    assert _found(text) == []


def test_a_level_down_1_over_1_then_2_is_flagged_and_columns_1_1_2_2_are_left():
    text = ("(一)项目概况\n1.项目基本情况\n1.项目概况\n项目名称:农村公路养护。\n2.资金情况\n到位资金36万元。\n"
            "(二)绩效目标\n全年完成。\n")
    assert _found(text) == [("structure.first_twice", "1.项目基本情况")]
    columns = ("(一)项目概况\n1.年初计划\n1.实际完成\n养护36公里。\n2.年初计划\n2.实际完成\n到位资金36万元。\n"
               "(二)绩效目标\n全年完成。\n")
    assert _found(columns) == []
