"""A satisfaction rate filed under one of 产出's classes (数量/质量/时效/成本指标) is misfiled: the forms
keep satisfaction in 满意度指标. A count of surveys is an output, and satisfaction where it belongs is
left alone."""

from __future__ import annotations

import pytest

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Report, Table

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def check_indicator_classes(report: Report) -> list:
    return [f for f in check_claims(report) if f.rule == "indicators.misfiled_satisfaction"]


def _word_table(*rows: list[str]) -> Report:
    return Report(blocks=[Table(rows=[[Cell(text=t) for t in r] for r in (HEAD, *rows)])])


def _flattened(*rows: list[str]) -> Report:
    cells = [c for r in (HEAD, *rows) for c in r if c]
    return read_text_string("某项目2025年度绩效自评报告\n\n一、绩效指标完成情况\n\n" + "\n\n".join(cells)
                            + "\n\n二、存在问题\n\n无。\n")


COUNT = ["产出指标", "数量指标", "培训农民人数", "≥500人", "520人", "20", "20"]


@pytest.mark.parametrize("build", [_word_table, _flattened])
@pytest.mark.parametrize(("cls", "name"), [("质量指标", "受训农民满意度"), ("时效指标", "群众满意率"),
                                           ("数量指标", "服务对象满意度（%）")])
def test_a_satisfaction_rate_under_an_output_class_is_misfiled(build, cls, name):
    [f] = check_indicator_classes(build(COUNT, ["", cls, name, "≥90%", "95%", "10", "10"]))
    assert f.rule == "indicators.misfiled_satisfaction" and f.location.quote == name and cls in f.message


@pytest.mark.parametrize("build", [_word_table, _flattened])
@pytest.mark.parametrize("row", [
    ["满意度指标", "服务对象满意度指标", "受训农民满意度", "≥90%", "95%", "10", "10"],  # where it belongs
    ["", "数量指标", "开展满意度调查次数", "≥2次", "2次", "10", "10"],  # a count of surveys is an output
    ["效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", "10", "10"],  # older forms: left
])
def test_satisfaction_in_its_class_a_survey_count_and_older_forms_are_left(build, row):
    assert check_indicator_classes(build(COUNT, row)) == []


def _costs(report: Report) -> list[tuple[str, str]]:
    return [(f.location.quote, f.message) for f in check_claims(report) if f.rule == "indicators.misfiled_cost"]


@pytest.mark.parametrize("build", [_word_table, _flattened])
@pytest.mark.parametrize(("cls", "name"), [("数量指标", "成本控制"), ("时效指标", "项目总成本"),
                                           ("生态效益指标", "对控制建设项目成本的影响程度")])
def test_a_cost_indicator_under_a_quantity_or_an_ecological_class_is_misfiled(build, cls, name):
    [(quote, message)] = _costs(build(COUNT, ["", cls, name, "不超过预算", "未超预算", "10", "10"]))
    assert quote == name and cls in message


@pytest.mark.parametrize("build", [_word_table, _flattened])
@pytest.mark.parametrize(("cls", "name"), [
    ("成本指标", "项目总成本"),  # where it belongs
    ("经济效益指标", "对控制建设项目成本的影响程度"),
    ("生态效益指标", "降低污水处理成本"),  # an ecological effect measured by its cost
    ("数量指标", "开展成本核算的项目数"),  # a count, the cost its topic
])
def test_cost_indicators_where_they_belong_or_about_ecology_are_left(build, cls, name):
    assert _costs(build(COUNT, ["", cls, name, "不超过预算", "未超预算", "10", "10"])) == []


def test_a_form_run_together_or_spaced_on_one_line_shows_the_class_and_its_first_indicator():
    spaced = ("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 委托项目数量 ≥50个 50 8 8 "
              "效益指标 生态效益指标 对控制建设项目成本影响程度 效果明显 达成预期指标 10 10 满意度指标 公众满意度 ≥90% 95% 10 10\n")
    assert [q for q, _ in _costs(read_text_string(spaced))] == ["对控制建设项目成本影响程度"]
    run = "三级指标年初目标值实际完成值得分产出指标数量指标成本控制不超过预算不超过预算10质量指标验收合格率100%100%10\n"
    assert [q for q, _ in _costs(read_text_string(run))] == ["成本控制"]
    # prose that names the classes is no form
    assert _costs(read_text_string("生态效益指标 方面，项目减少了扬尘污染；数量指标全部完成，成本控制在预算内。\n")) == []


def _counts(report: Report) -> list[str]:
    return [f.location.quote for f in check_claims(report) if f.rule == "indicators.counts_as_costs"]


NARRATIVE = ("某医院2023年度公共卫生服务项目绩效自评报告\n（三）绩效指标完成情况分析。\n1.产出指标完成情况分析。\n"
             "（1）数量指标。\n开展工作督导：每季度一次，共4次。\n（2）成本指标。\n{a}\n{b}\n2.效益指标完成情况分析。\n"
             "社会效益指标。\n群众健康意识提高。\n")


def test_counts_of_activities_filling_the_cost_class_are_misfiled():
    text = NARRATIVE.format(a="开展技术指导：每季度一次，共4次。", b="开展考核评价：每季度一次，共4次。")
    assert _counts(read_text_string(text)) == ["成本指标"]
    table = _word_table(COUNT, ["", "成本指标", "开展技术指导", "≥4次", "4次", "10", "10"],
                        ["", "成本指标", "开展考核评价", "4次", "4次", "10", "10"])
    assert _counts(table) == ["开展技术指导"]


def test_a_cost_class_with_any_cost_in_it_is_left():
    text = NARRATIVE.format(a="开展技术指导：每季度一次，共4次。", b="人均培训成本：控制在200元以内。")
    assert _counts(read_text_string(text)) == []
    assert _counts(read_text_string(NARRATIVE.format(a="项目资金控制在预算内。", b="开展考核评价4次。"))) == []
    table = _word_table(COUNT, ["", "成本指标", "开展技术指导", "≥4次", "4次", "10", "10"],
                        ["", "成本指标", "项目总成本", "≤90万元", "89.6万元", "10", "10"])
    assert _counts(table) == []
