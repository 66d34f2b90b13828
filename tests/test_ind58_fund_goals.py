"""A form's 年度总体目标 whose 预期目标 and 实际完成情况 hold only the fund's name or only sums of money states
no goal; a goal that says what is to be done, in any layout, is left, and so is a row where only one of
the two is hollow."""

from __future__ import annotations

import pytest

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

TOP = "项目支出绩效自评表\n\n项目名称\n\n农村道路养护补助经费\n\n年度资金总额\n\n56.8\n\n56.8\n\n49.15\n\n"
TABLE = "\n\n一级指标\n\n二级指标\n\n三级指标\n\n年度指标值\n\n实际完成值\n\n产出指标\n\n数量指标\n\n养护里程\n\n80公里\n\n82公里\n"


def _goals(text: str) -> list[str]:
    return [f.location.quote for f in check_structure(read_text_string(text)) if f.rule == "structure.fund_goal"]


def _cells(planned: str, actual: str) -> str:
    return TOP + "年度总体目标\n\n预期目标\n\n实际完成情况\n\n" + planned + "\n\n" + actual + TABLE


def _piped(planned: str, actual: str) -> str:
    return ("农村道路养护补助经费项目支出绩效自评表\n| 年度 总体 目标 |\n预期目标 | 实际完成情况 | ||||\n"
            f"| {planned} | {actual} | |||||\n| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n")


def _spaced(planned: str, actual: str) -> str:
    return f"农村道路养护补助经费项目支出绩效自评表\n年度总体目标 预期目标 实际完成情况\n{planned} {actual}\n绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分\n"


@pytest.mark.parametrize("build", [_cells, _piped, _spaced])
@pytest.mark.parametrize(("planned", "actual"), [
    ("农村道路养护补助经费", "农村道路养护补助经费"),  # the fund's name, twice
    ("56.8", "49.15"),  # the sums of the 项目资金 rows
    ("56.8万元", "农村道路养护补助经费"),
])
def test_a_goal_row_of_only_the_funds_name_or_sums_states_no_goal(build, planned, actual):
    [quote] = _goals(build(planned, actual))  # (from the planned value; through the actual where on one line)
    assert quote.startswith(planned)


@pytest.mark.parametrize("build", [_cells, _piped, _spaced])
@pytest.mark.parametrize(("planned", "actual"), [
    ("完成全县80公里农村道路日常养护", "完成82公里"),  # a goal, and its result
    ("完成全县80公里农村道路日常养护", "49.15"),  # only the result is hollow: another matter
    ("农村道路养护补助经费", "养护农村道路82公里，路况优良率提高到90%"),
    ("用于农村道路养护的补助资金", "用于农村道路养护的补助资金"),  # says what the money is for
    ("城区道路养护补助经费", "城区道路养护补助经费"),  # not the name the report gives its fund
])
def test_a_goal_row_that_says_what_is_to_be_done_is_left(build, planned, actual):
    assert _goals(build(planned, actual)) == []


def test_a_goal_row_with_its_actual_blank_is_left():
    assert _goals(TOP + "年度总体目标\n\n预期目标\n\n实际完成情况\n\n56.8" + TABLE) == []


def test_a_word_table_whose_merged_label_repeats_in_the_values_row():
    from drafting.checks.structure import check_structure as check
    from drafting.report import Cell, Report, Table

    rows = [["项目名称", "农村道路养护补助经费", ""], ["年度总体目标", "预期目标", "实际完成情况"], ["年度总体目标", "农村道路养护补助经费", "农村道路养护补助经费"],
            ["绩效指标", "一级指标", "二级指标"]]
    report = Report(blocks=[Table(rows=[[Cell(text=t) for t in r] for r in rows])])
    assert [f.location.quote for f in check(report) if f.rule == "structure.fund_goal"] == ["农村道路养护补助经费"]


NARRATIVE = "某县2024年度农村道路养护补助经费绩效自评报告\n一、基本情况\n{}\n二、绩效目标完成情况\n养护道路82公里。\n"


@pytest.mark.parametrize("line", ["（二）年度总体目标：农村道路养护补助经费。", "绩效目标：56.8万元"])
def test_a_goal_field_on_its_line_of_only_the_funds_name_or_a_sum(line):
    assert len(_goals(NARRATIVE.format(line))) == 1


@pytest.mark.parametrize("line", ["（二）年度总体目标：完成农村道路养护82公里。", "绩效目标：",
                                  "年度总体目标：用好农村道路养护补助资金"])
def test_a_goal_field_that_says_what_or_is_blank_is_left(line):
    assert _goals(NARRATIVE.format(line)) == []
