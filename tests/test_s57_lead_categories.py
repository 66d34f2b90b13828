"""A table's text rows (| cells, no separator row) with the national template's 满意度指标 as both its 一级
and its 二级指标: the satisfaction row is filed under 满意度, not under the 数量指标 of the row above
(found while reading pool69 p04's form, after its measure)."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = ("2020年度某市环境治理经费项目绩效自评报告\n一、项目概况\n项目预算15万元，全年执行15万元。\n二、绩效指标完成情况\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| 产出指标 | 数量指标 | 整治点位数 | 20个 | 20个 |\n")


def _misfiled(rows: str) -> list[str]:
    return [f.quote for f in review(read_text_string(HEAD + rows)).findings if f.rule == "indicators.misfiled_satisfaction"]


def test_a_satisfaction_row_under_its_own_satisfaction_class_is_filed_right():
    assert _misfiled("| 满意度指标 | 满意度指标 | 项目业主满意度 | ≥90% | 95% |\n") == []


def test_a_satisfaction_row_under_the_output_class_is_still_misfiled():
    assert _misfiled("|  | 数量指标 | 群众满意度 | ≥90% | 95% |\n") == ["群众满意度"]
