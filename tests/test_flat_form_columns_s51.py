"""A form flattened one cell a line (blank lines between): its 序号 column is no amount, and a second
header block under a budget row starts another form whose rows are no parts of that row (issue #9).
Invented texts of the shapes met on real published pages; quiet on the right form, a wrong total still found."""

from __future__ import annotations

from drafting.checks.arithmetic.tables import check_arithmetic
from drafting.findings import Finding
from drafting.io.text_reader import read_text_string


def _found(lines: list[str]) -> list[Finding]:
    text = "某社2023年度项目支出绩效自评报告\n\n一、项目概况\n\n支出明细如下表：\n\n" + "\n\n".join(lines) + "\n\n二、结论\n\n完成良好。\n"
    return [f for f in check_arithmetic(read_text_string(text)) if f.rule == "table_column_total"]


def _totals(lines: list[str]) -> list[tuple[str, str]]:
    return [(f.rule or "", f.quote or "") for f in _found(lines)]


def _serial_form(total: str) -> list[str]:
    rows = [("印刷费", "8"), ("邮电费", "14"), ("维修费", "60"), ("咨询费", "2100"), ("差旅费", "300")]
    return ["序号", "项目", "金额(万元)",
            *[c for k, (name, amount) in enumerate(rows, 1) for c in (str(k), name, amount)], "合计", total]


def test_a_serial_column_flattened_before_each_name_is_not_summed_as_an_amount():
    assert _totals(_serial_form("2482")) == []


def test_a_wrong_total_under_a_flattened_serial_column_is_still_found_without_the_serials():
    [f] = _found(_serial_form("2483"))
    assert f.quote == "2483" and "2482（8 + 14 + 60 + 2100 + 300）" in f.message


def _budget_row_then_indicators() -> list[str]:
    rows = [("羊舍面积(≥**平方米)", "35", "35", "2"), ("饲料库面积(≥**平方米)", "120", "120", "3"),
            ("围栏长度(≥米)", "90", "90", "2"), ("草料棚(≥**平方米)", "48", "48", "2"),
            ("蓄水池(≥**立方米)", "30", "30", "1"), ("饮水槽(≥套)", "6", "6", "1"), ("母羊(≥只)", "40", "40")]
    return ["项目名称", "某某养殖场改造", "项目属性", "新增项目", "预算执行情况(万元)", "(20分)", "预算数(A)",
            "执行数(B)", "执行率(B/A)", "得分", "(20分*执行率)", "年度财政资金总额", "60", "12", "20", "4",
            "年度绩效目标", "(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分",
            "产出指标(40分)", "数量指标", *[c for r in rows for c in r]]


def test_the_indicator_rows_under_a_new_header_are_no_parts_of_the_budget_row_above():
    assert _totals(_budget_row_then_indicators()) == []


def test_a_total_over_its_parts_with_a_group_heading_between_is_still_found():
    lines = ["支出项目", "预算数(万元)", "执行数(万元)", "合计", "320", "280", "人员经费", "工资", "100", "95",
             "社保缴费", "60", "55", "公用经费", "办公费", "150", "130"]
    assert _totals(lines) == [("table_column_total", "320")]
    assert _totals([*lines[:4], "310", *lines[5:]]) == []
