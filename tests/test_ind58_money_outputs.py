"""An output indicator (数量/质量/时效指标) whose measure is the money — its name an amount of funds, its
value a sum — reports an input as an output. Money under 成本指标, rates about money (资金到位率, 拨付及时率),
the quality of its use (经费支出合规性) and counts of what it funded (补助户数) are fair rows and are left."""

from __future__ import annotations

import pytest

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Report, Table

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
QUALITY = ["", "质量指标", "验收合格率", "100%", "100%", "10", "10"]


def _money(report: Report) -> list[str]:
    return [f.location.quote for f in check_claims(report) if f.rule == "indicators.money_as_output"]


def _word_table(*rows: list[str]) -> Report:
    return Report(blocks=[Table(rows=[[Cell(text=t) for t in r] for r in (HEAD, *rows)])])


def _flattened(*rows: list[str]) -> Report:
    cells = [c for r in (HEAD, *rows) for c in r if c]
    return read_text_string("某项目2024年度绩效自评表\n\n" + "\n\n".join(cells) + "\n\n总分\n\n100\n")


def _text(body: str) -> Report:
    return read_text_string("某县2024年度农村道路养护项目支出绩效自评报告\n一、绩效目标完成情况\n" + body
                            + "\n二、存在的问题\n无。\n")


@pytest.mark.parametrize("build", [_word_table, _flattened])
@pytest.mark.parametrize(("cls", "name", "target", "actual"), [
    ("数量指标", "指标1道路养护资金金额", "56.8", "49.15"),
    ("数量指标", "养护补助经费（万元）", "56.8", "56.8"),
    ("时效指标", "年度投资额", "≥300万元", "320万元"),
])
def test_an_output_row_whose_name_is_a_sum_and_value_money_measures_the_money(build, cls, name, target, actual):
    row = ["产出指标", cls, name, target, actual, "10", "10"]
    assert _money(build(row, QUALITY)) == [name]


@pytest.mark.parametrize("build", [_word_table, _flattened])
@pytest.mark.parametrize("row", [
    ["", "成本指标", "道路养护资金", "≤56.8万元", "49.15万元", "10", "10"],  # money where it belongs
    ["", "数量指标", "资金到位率", "100%", "100%", "10", "10"],  # a rate about money
    ["", "时效指标", "资金拨付及时率", "100%", "100%", "10", "10"],
    ["", "质量指标", "经费支出合规性", "合规", "合规", "10", "10"],  # how the money was used
    ["", "数量指标", "补助资金发放户数", "≥1200户", "1230户", "10", "10"],  # a count of what it funded
    ["", "数量指标", "发放补助资金", "1200户", "1230户", "10", "10"],  # counted in households
    ["", "数量指标", "带动社会投资", "≥500万元", "620万元", "10", "10"],  # money drawn in: an effect
    ["", "数量指标", "专项资金", "100", "100", "10", "10"],  # a bare 100: a percentage as likely as a sum
    ["效益指标", "经济效益指标", "增加村集体收入资金", "≥5万元", "6万元", "10", "10"],  # not an output class
])
def test_money_under_cost_rates_about_money_and_counts_of_what_it_funded_are_left(build, row):
    assert _money(build(row, QUALITY)) == []


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_form_row_run_together_on_a_line_with_a_unit_of_money(sep):
    line = sep.join(["产出指标", "数量指标", "土地整治补助经费", "﹦", "38500", "元", "38500", "10", "9"])
    found = _money(_text(line + "\n" + sep.join(["", "质量指标", "验收合格率", "﹦", "100", "%", "100", "20", "20"])))
    assert found == [sep.join(["土地整治补助经费", "﹦", "38500", "元"])]  # the name through the sum's unit


@pytest.mark.parametrize("line", [
    "产出指标 | 数量指标 | 土地整治补助经费 | ﹦ | 100 | %",  # its unit a percentage
    "产出指标 | 数量指标 | 土地整治补助经费 | ﹦ | 38 |",  # no unit written: a sum cannot be told from a %
    "产出指标 | 质量指标 | 完成设备采购并按要求支付资金 | = | 100 | 元",  # a task, not an amount
    "产出指标 | 成本指标 | 土地整治补助经费 | ﹦ | 38500 | 元",
])
def test_a_line_row_not_measured_in_money_or_not_named_for_it_is_left(line):
    assert _money(_text(line)) == []


@pytest.mark.parametrize("body", [
    "（1）数量指标：\n2024年道路养护资金80万,年初目标值80万,实际完成值80万。",
    "（1）数量指标：道路养护专项资金，年度目标值为80万元，实际完成80万元。",
])
def test_a_narrative_statement_under_an_output_heading_that_measures_the_money(body):
    assert len(_money(_text(body))) == 1


@pytest.mark.parametrize("body", [
    "（1）数量指标：\n养护农村道路里程,年初目标值80公里,实际完成值82公里。",  # the work
    "（4）成本指标：\n2024年道路养护资金80万,年初目标值80万,实际完成值80万。",  # money in its class
    "（1）数量指标：\n资金到位率,年初目标值100%,实际完成值100%。",
    "全年到位道路养护资金80万,年初目标值80万,实际完成值80万。",  # no class heading above
])
def test_narrative_statements_of_the_work_or_of_money_under_cost_are_left(body):
    assert _money(_text(body)) == []


@pytest.mark.parametrize("line", [
    "产出指标 数量指标 完成投资额 ≥500万元 520万元 10 10",  # spaced, the unit with the figure
    "产出指标 | 数量指标 | 项目资金（万元） | 56.8 | 56.8 | 10 | 10",  # the unit in the name
])
def test_a_line_row_whose_unit_of_money_is_with_the_figure_or_the_name(line):
    assert len(_money(_text(line))) == 1
