"""An indicator row that meets its target yet scores below its weight, with its 偏差原因 cell empty, is
flagged: the scoring rules give full marks to a target met and ask a reason for every point taken off.
Silent where the comparison is not certain, where a reason is given, or where the score is the weight
times a percentage actual (a proportional rule)."""

from __future__ import annotations

import pytest

from drafting.checks.arithmetic.score_met import check_met_but_deducted, met
from drafting.findings import Severity
from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施\n"
_ROW = "新建村级文化广场 | {target} | {actual} | 10 | {score} | {reason}\n"
_NEXT = "群众满意度 | ≥90% | 95% | 10 | 10 | 无\n"


def _piped(target: str, actual: str, score: str, reason: str = "") -> list:
    text = _HEAD + _ROW.format(target=target, actual=actual, score=score, reason=reason) + _NEXT
    return check_met_but_deducted(read_text_string(text))


@pytest.mark.parametrize(("target", "actual", "score"), [
    ("≥12个", "12个", "7"),  # met exactly
    ("≥12个", "15个", "8"),  # beaten
    ("≤50万元", "48万元", "6"),  # a ceiling kept
    ("12个", "12个", "8"),  # equal figures meet in any direction
    ("不低于95%", "100%", "7"),
])
def test_a_met_row_scored_below_its_weight_with_no_reason_is_flagged(target, actual, score):
    [f] = _piped(target, actual, score)
    assert f.rule == "indicators.met_but_deducted" and f.quote == score
    assert f.severity is Severity.WARNING
    assert [r.quote for r in f.related] == [actual, target]


@pytest.mark.parametrize(("target", "actual", "score", "reason"), [
    ("≥12个", "12个", "10", ""),  # full marks
    ("≥12个", "10个", "8", ""),  # missed: points taken off rightly
    ("≥12个", "12个", "8", "2个广场验收资料不全，扣2分"),  # a reason given
    ("12个", "15个", "8", ""),  # no direction, figures differ: not certain
    ("有效提升", "有效提升", "8", ""),  # qualitative
    ("较好", "好", "8", ""),
    ("≥12个", "12处", "8", ""),  # other units
    ("≥90%", "95%", "9.5", ""),  # the weight times the rate: a proportional rule
    ("2023年6月前", "2023年5月", "8", ""),  # a month says nothing here
])
def test_a_row_whose_deduction_is_explained_or_uncertain_is_left_alone(target, actual, score, reason):
    assert _piped(target, actual, score, reason) == []


def test_the_planned_and_actual_columns_are_read_by_their_header_in_any_order():
    head = "三级指标 | 分值 | 实际完成值 | 年度指标值 | 得分 | 偏差原因\n"
    assert len(check_met_but_deducted(read_text_string(head + "培训人次 | 10 | 520人次 | ≥500人次 | 7 | \n"))) == 1
    assert check_met_but_deducted(read_text_string(head + "培训人次 | 10 | 480人次 | ≥500人次 | 7 | \n")) == []


def test_a_table_without_a_reason_column_is_left_alone():
    """Whether the deduction was explained cannot be told."""
    text = "三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n培训人次 | ≥500人次 | 520人次 | 10 | 7\n"
    assert check_met_but_deducted(read_text_string(text)) == []


def test_a_form_flattened_one_cell_per_line_is_read_as_its_table():
    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
             "产出指标", "数量指标", "改造农村公路里程", "≥30公里", "32公里", "20", "14", "无",
             "", "质量指标", "工程验收合格率", "100%", "100%", "20", "20", "无",
             "效益指标", "社会效益指标", "群众出行满意度", "≥90%", "93%", "20", "20", "无"]
    text = "某项目2023年度绩效自评报告\n\n一、绩效指标完成情况\n\n" + "\n\n".join(c for c in cells if c) \
        + "\n\n二、存在问题\n\n个别指标扣分。\n"
    found = [f for f in review(read_text_string(text)).findings if f.rule == "indicators.met_but_deducted"]
    assert [f.quote for f in found] == ["14"]


# the form that splits its target into 指标性质 | 指标值 | 度量单位 under a two-level header flattened into one line
_SPLIT = ("| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | "
          "指标性质 | 指标值 | 度量单位 |\n"
          "| 产出指标 | 数量指标 | 慰问困难职工人数 | ≧ | 120 | 人 | 126 | 10 | 10 |\n"
          "| 时效指标 | 慰问金发放及时率 | {sense} | 100 | % | {actual} | 10 | {score} |{reason}\n"
          "| 满意度指标 | 困难职工满意度 | ≧ | 90 | % | 96% | 10 | 10 |\n")


@pytest.mark.parametrize(("sense", "actual", "score", "reason", "flagged"), [
    ("═", "100%", "7", "", True),
    ("≧", "100%", "6", " 无 |", True),
    ("≧", "97%", "7", "", False),  # missed
    ("≧", "100%", "10", "", False),
    ("≧", "100%", "7", " 两笔慰问金迟发，扣3分 |", False),
    ("定性", "100%", "7", "", False),  # no comparator: the row is not read
])
def test_the_split_target_form_is_read_from_its_comparator_cell(sense, actual, score, reason, flagged):
    found = check_met_but_deducted(read_text_string(_SPLIT.format(sense=sense, actual=actual, score=score, reason=reason)))
    assert [f.quote for f in found] == ([score] if flagged else [])


def test_split_rows_are_not_read_without_the_split_header():
    text = _SPLIT.format(sense="═", actual="100%", score="7", reason="").split("\n", 1)[1]
    assert check_met_but_deducted(read_text_string(text)) == []


@pytest.mark.parametrize(("target", "actual", "result"), [
    ("≥95%", "95%", True), ("≤30天", "28天", True), ("=100%", "100%", True), ("≧100%", "100%", True),
    ("≥95%", "94.9%", False), ("95%", "96%", False), ("≥95%", "约96%", False), ("≥10万元", "10亿元", False),
])
def test_met_is_certain_only_with_a_direction_or_equal_figures(target, actual, result):
    assert met(target, actual) is result


def _lines(*indicators: tuple[str, str, str, str]) -> str:
    body = "\n".join(f"三级指标：{name}\n年度指标值：{target}\n实际完成值：{actual}\n分值：10\n得分：{score}\n偏差原因：无"
                     for name, target, actual, score in indicators)
    return f"某项目2023年度绩效自评报告\n\n一、绩效指标完成情况\n\n{body}\n\n二、存在问题\n\n无。\n"


def test_an_indicator_written_as_field_lines_is_read_as_its_row():
    text = _lines(("培训人次", "≥500人次", "520人次", "10"), ("培训合格率", "≥95%", "98%", "7"),
                  ("学员满意度", "≥90%", "86%", "8"))
    found = check_met_but_deducted(read_text_string(text))
    assert [(f.quote, [r.quote for r in f.related]) for f in found] == [("7", ["98%", "≥95%"])]


def test_field_lines_with_a_reason_or_without_a_reason_field_are_left_alone():
    explained = _lines(("培训合格率", "≥95%", "98%", "7")).replace("偏差原因：无", "偏差原因：2名学员档案不全，扣3分")
    assert check_met_but_deducted(read_text_string(explained)) == []
    no_field = _lines(("培训合格率", "≥95%", "98%", "7")).replace("偏差原因：无\n", "")
    assert check_met_but_deducted(read_text_string(no_field)) == []
