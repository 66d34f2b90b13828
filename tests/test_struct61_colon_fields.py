"""A form's field written ``label：`` in a cell of its own, nothing after its colon: not filled. A label
closed by a colon takes its value after the colon in the same cell (项目负责人:王某 | 财务负责人:李某), so a
colon-closed cell followed by another label, or ending its row or the form, is blank — in a row of
cells on one line and in a copy of one cell a line. Silent where the value follows the colon, stands in
the next cell or on the next line, where the colon labels are the titles of a row of values below, and
for dates (filled by hand after printing)."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_FORM = ("某县2023年度农村道路养护项目支出绩效自评表 |\n项目名称 | 农村道路养护 |\n主管部门 | 某县交通运输局 |\n"
         "绩效指标 | 指标值 | 完成值 | 得分 |\n养护里程 | 120公里 | 120公里 | 50 |\n合计 | 100 | 100 | 100 |\n"
         "评价结论 | 全年养护任务全部完成。 |\n")


def _blanks(tail: str) -> list[str]:
    return [f.quote for f in check_structure(read_text_string(_FORM + tail)) if f.rule == "structure.blank_colon_cell"]


def test_colon_labels_with_nothing_after_in_a_row_are_blank_and_one_finding():
    found = [f for f in check_structure(read_text_string(_FORM + "项目负责人: | 财务负责人: | | | |\n"))
             if f.rule == "structure.blank_colon_cell"]
    assert [f.quote for f in found] == ["项目负责人"]
    assert "财务负责人" in found[0].message and len(found[0].related) == 1


def test_colon_labels_one_cell_a_line_are_blank():
    assert _blanks("项目负责人: |\n财务负责人: |\n|\n") == ["项目负责人", "财务负责人"]


def test_a_required_field_closed_by_its_colon_is_read_the_same_way():
    assert _blanks("填报人: | 联系电话: | | |\n") == ["填报人"]
    assert _blanks("填报人: |\n联系电话: |\n|\n") == ["填报人", "联系电话"]


def test_values_after_the_colon_are_filled():
    assert _blanks("项目负责人:王某 | 财务负责人:李某 | | |\n") == []


def test_values_in_the_next_cell_are_filled():
    assert _blanks("项目负责人: | 王某 | 财务负责人: | 李某 |\n") == []
    assert _blanks("项目负责人: |\n王某 |\n财务负责人: |\n李某 |\n") == []


def test_a_last_value_wrapped_onto_the_next_line_is_filled():
    assert _blanks("项目负责人:王某 | 财务负责人: |\n李某\n") == []


def test_colon_titles_over_a_row_of_values_are_no_blanks():
    assert _blanks("项目负责人: | 联系电话: |\n王某 | 13800000000 |\n") == []


def test_a_date_is_left_for_the_hand():
    assert _blanks("填报日期: | 项目负责人:王某 |\n") == []
