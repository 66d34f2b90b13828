"""An amount to the fen written right after its label with no unit, in a sentence whose other amounts
are in 万元, lost its unit. Silent where the unit is shared (分别为…、…万元), stated once (单位：万元),
mixed (元 beside 万元), or where the clause names no money."""

import pytest

from drafting.checks.arithmetic.bare_amounts import check_bare_amounts
from drafting.io.text_reader import read_text_string
from drafting.review import review

_TITLE = "某县医疗保障局2023年度项目支出绩效自评报告\n"


def _found(line: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_bare_amounts(read_text_string(_TITLE + line + "\n"))]


def test_an_amount_between_amounts_in_wan_yuan_that_lost_its_unit_is_flagged():
    line = "全年预算数2,468.20万元，实际执行数2315.36（含省级资金1,200.00万元、县级资金1,115.36万元），执行率93.81%。"
    assert _found(line) == [("amount_no_unit", "实际执行数2315.36")]


def test_the_review_reports_it_once_with_the_unit_as_the_fix():
    line = "全年预算数2,468.20万元，实际执行数2315.36，执行率93.81%，结余152.84万元。"
    found = [f for f in review(read_text_string(_TITLE + line + "\n")).findings if f.rule == "amount_no_unit"]
    assert [f.suggestion for f in found] == ["补上单位，如“2315.36万元”（若以元计，写明“元”）"]


@pytest.mark.parametrize("line", [
    "资金分别为120.50、300.20万元，合计420.70万元。",  # one unit shared by a list
    "基本支出120.50，项目支出300.20万元，合计420.70万元。",  # the next item's unit may be the list's
    "收支情况（单位：万元）：收入520.35，支出498.16万元，结余22.19万元。",  # the unit stated once
    "预算数520.35万元，执行数498.16，人均补助1,200.00元，结余22.19万元。",  # 元 beside 万元: which one is unknown
    "预算数520.35万元，覆盖面积12.50，结余22.19万元。",  # no money named in the clause
    "预算数520.35万元，执行数498.16万元，执行率95.73，结余22.19万元。",  # a rate is no amount (its own rule)
    "预算数520.35万元，执行数498.1，结余22.19万元。",  # not to the fen: a count or a measure as often
])
def test_a_figure_whose_unit_is_shared_stated_once_or_unknown_is_left_alone(line):
    assert _found(line) == []


def test_a_table_row_is_left_to_its_column_heads():
    table = "| 项目 | 预算数（万元） | 执行数 |\n|---|---|---|\n| 养老保险 | 520.35万元 | 498.16 |\n"
    assert check_bare_amounts(read_text_string(_TITLE + table)) == []
