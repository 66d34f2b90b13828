"""A label that names the evaluated year's own budget, execution or goal with last year's number (2017年全年预算数
in the report on 2018) is a label copied with last year's text; comparisons, carry-overs, history, a later year,
the two years side by side and a budget's 说明 are not. Invented reports."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "{y}年度乡镇污水处理设施运维项目绩效自评报告\n一、项目概况\n项目用于全县9座乡镇污水处理站的日常运行和设备维护。现将{y}年度自评情况报告如下。\n"
_TAIL = "三、绩效目标完成情况\n截至{y}年12月31日，9座污水处理站全部正常运行，出水水质达标率为96%。\n"


def _report(body: str, year: int = 2022) -> str:
    return _HEAD.format(y=year) + "二、资金情况\n" + body + "\n" + _TAIL.format(y=year)


def _found(text: str) -> list:
    return [f for f in review(read_text_string(text)).findings if f.rule == "dates.label_year"]


@pytest.mark.parametrize(("body", "quote"), [
    ("2021年全年预算数为210万元，全年执行数为207.9万元，预算执行率为99%。", "2021年全年预算数"),
    ("项目2021年年初预算为180万元，追加30万元，调整后预算为210万元。", "2021年年初预算"),
    ("调整后预算为210万元，2021年全年执行数为207.9万元，执行率99%。", "2021年全年执行数"),
    ("2020年部门调整后预算数为210万元，已全部执行。", "2020年部门调整后预算数"),
    ("2021年度绩效目标：9座污水处理站正常运行率100%，出水水质达标率不低于95%。", "2021年度绩效目标"),
])
def test_a_label_one_or_two_years_behind_is_found(body, quote):
    found = _found(_report(body))
    assert [f.quote for f in found] == [quote]
    assert "2022年" in found[0].message and found[0].severity.value == "warning"


def test_a_label_in_a_table_header_is_found_at_its_cell():
    table = "资金来源\t2021年全年预算数\t全年执行数\t执行率\n县级资金\t210\t207.9\t99%\n"
    assert [f.quote for f in _found(_report(table))] == ["2021年全年预算数"]


@pytest.mark.parametrize("body", [
    "2022年全年预算数为210万元，全年执行数为207.9万元，预算执行率为99%。",           # the right year
    "2021年结转资金15万元，2022年年初预算为195万元，调整后预算为210万元。",         # a carry-over
    "全年执行数207.9万元，比上年（2021年全年执行数190万元）增加17.9万元。",          # a comparison
    "2021年全年执行数为190万元。2022年全年执行数为207.9万元，主要是新增1座站点。",  # both years side by side
    "该项目自2019年起实施，2020年全年预算数为150万元。",                               # history
    "2019年全年预算数为150万元，已于当年执行完毕。",                                   # three years back: history
    "2023年年度目标为9座站点正常运行率100%。",                                       # next year's
])
def test_comparisons_carry_overs_history_and_the_right_year_are_quiet(body):
    assert _found(_report(body)) == []


def test_a_row_of_each_years_figures_is_quiet():
    table = "资金来源\t2021年全年执行数\t2022年全年预算数\t2022年全年执行数\n县级资金\t190\t210\t207.9\n"
    assert _found(_report(table)) == []


def test_a_budget_statement_states_last_years_execution_by_design():
    text = ("2023年县生态环境局部门预算及绩效目标说明\n一、收支预算\n2023年部门预算总额为512万元。"
            "2022年全年执行数为498万元，已全部用于污染防治。\n")
    assert _found(text) == []
