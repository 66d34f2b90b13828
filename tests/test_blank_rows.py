"""Required fields left blank in bar-separated rows and in forms flattened one cell per line
(checks/blank_rows.py). Invented wording throughout; a filled field is never reported blank."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

TITLE = "某县乡村道路养护项目绩效自评表\n"


def _blanks(text: str) -> list[str]:
    return [f.location.quote for f in check_structure(read_text_string(TITLE + text)) if f.kind == "missing_field"]


def test_a_blank_value_cell_in_a_bar_row_is_reported():
    assert _blanks("项目名称 | 乡村道路养护\n自评得分 | 88\n评价等次 |\n填报人 | 王某\n") == ["评价等次"]
    assert _blanks("项目名称 | 乡村道路养护\n填报人 | 王某 | 联系电话 |\n主管部门 | 某县交通运输局\n") == ["联系电话"]
    assert _blanks("| 项目名称 | 乡村道路养护 |\n| 评价等次 | |\n| 填报人 | 王某 |\n") == ["评价等次"]
    assert _blanks("项目名称 | 乡村道路养护\n评价等次 | | 填报人 | 王某\n") == ["评价等次"]
    assert _blanks("项目名称\t乡村道路养护\n评价等次\t\t填报人\t王某\n联系电话\t0731-5550123\n") == ["评价等次"]


def test_a_blank_cell_in_a_form_flattened_one_cell_per_line_is_reported():
    lines = ["项目名称", "乡村道路养护", "自评得分", "88", "评价等次", "填报人", "王某", "联系电话", "0731-5550123"]
    assert _blanks("\n\n".join(lines) + "\n") == ["评价等次"]
    assert _blanks("\n".join(["项目名称", "乡村道路养护", "联系电话", "填报人", "王某"]) + "\n") == ["联系电话"]


def test_filled_fields_and_header_rows_are_never_reported_blank():
    # the value after blank lines, in the next cell after an empty one, wrapped to the next line
    assert _blanks("\n\n\n".join(["项目名称", "乡村道路养护", "评价等次", "良", "填报人", "王某"]) + "\n") == []
    assert _blanks("项目名称 | | 乡村道路养护\n评价等次 | | 良\n填报人 | 王某 | 联系电话 | 0731-5550123\n") == []
    assert _blanks("项目名称 | 乡村道路养护\n填报人 | 王某 | 联系电话 |\n0731-5550123\n") == []
    assert _blanks("项目名称\t乡村道路养护\n评价等次\t良\t填报人\t王某\n") == []
    # a header row of labels with the values in the row below, with bars or one cell per line
    assert _blanks("项目名称 | 乡村道路养护\n评价等次 | 自评得分 | 填报人\n良 | 88 | 王某\n") == []
    assert _blanks("\n".join(["项目名称", "乡村道路养护", "自评得分", "88", "评价等次", "填报人", "良", "王某"]) + "\n") == []
    # one cell per line closed by bars: the value on the next line
    assert _blanks("项目名称 |\n乡村道路养护 |\n评价等次 |\n良 |\n填报人 |\n王某 |\n") == []


def test_a_blank_fillers_name_after_its_colon_is_reported_and_a_filled_one_is_not():
    assert _blanks("项目名称：乡村道路养护\n评价等次：良\n填报人：\n联系电话：0731-5550123\n") == ["填报人"]
    assert _blanks("项目名称：乡村道路养护\n填报人：\n王某\n联系电话：\n0731-5550123\n") == []


HEAD = ["项目支出绩效自评表（2024年度） |", "项目名称 |", "乡村道路养护 |", "1.年度目标完成情况 |",
        "完成县乡道路日常养护任务。 |"]


def _sections(*lines: str) -> list[str]:
    found = check_structure(read_text_string("\n".join([*HEAD, *lines]) + "\n"))
    return [f.location.quote for f in found if f.rule == "structure.blank_section_cell"]


def test_a_forms_numbered_section_left_empty_in_a_copy_of_one_cell_per_line_is_reported():
    assert _sections("2.项目实施内容及过程概述 |", "|", "预算执行情况（10分） |", "年初预算 |", "86 |") \
        == ["项目实施内容及过程概述"]
    assert _sections("（二）项目实施内容 |", "|", "|", "（三）存在的问题及原因 |", "养护资金拨付较慢。 |") == ["项目实施内容"]


def test_a_section_filled_after_a_merged_cell_or_an_unnumbered_cell_left_empty_stays_silent():
    assert _sections("2.项目实施内容及过程概述 |", "|", "全年完成道路养护86公里，更换护栏1200米。 |",
                     "预算执行情况（10分） |") == []
    assert _sections("2.项目进度 |", "|", "已完成 |", "3.存在的问题 |", "无 |") == []
    assert _sections("其他资金 |", "|", "预算执行情况（10分） |") == []
