"""A self-evaluation form copied as spaced lines whose every indicator row stops at its target (no 完成值, no
得分) and whose 总分 line is empty: the form was left unfilled. Silent where rows carry figures after their
target, where the 总分 line holds a figure, where a row's last cell is text, and where fewer than three rows."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_HEAD = ("2022年度项目支出绩效自评表\n项目名称 乡村道路养护项目\n年度绩效目标\n"
         "二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分\n")


def _blank(text: str) -> list[str]:
    return [f.message for f in check_structure(read_text_string(_HEAD + text)) if f.rule == "structure.blank_column"]


_ROWS = ("产出指标 数量指标 养护道路里程(公里) 120\n维修桥涵数量(座) 8\n质量指标 验收合格率(%) 95\n"
         "时效指标 完工时间 2022.11\n效益指标 群众出行满意度(%) 90\n")


def test_rows_that_all_stop_at_their_target_under_an_empty_total_are_one_finding():
    found = _blank(_ROWS + "总分\n偏差原因分析\n资金未到位。\n")
    assert len(found) == 1 and "5项指标" in found[0]


def test_rows_with_actuals_and_scores_after_their_target_are_filled():
    rows = "产出指标 数量指标 养护道路里程(公里) 120 121 20 20\n维修桥涵数量(座) 8 8 20 20\n质量指标 验收合格率(%) 95 98 20 20\n"
    assert _blank(rows + "总分 60\n") == []


def test_a_total_with_its_figure_leaves_the_form_alone():
    assert _blank(_ROWS + "总分 100\n") == []


def test_a_row_whose_last_cell_is_text_leaves_the_table_unread():
    rows = _ROWS.replace("维修桥涵数量(座) 8", "养护制度 严格执行养护规范")
    assert _blank(rows + "总分\n") == []


def test_two_rows_are_too_few_to_tell():
    assert _blank("产出指标 数量指标 养护道路里程(公里) 120\n维修桥涵数量(座) 8\n总分\n") == []
