"""A 万元 column holding one figure in 元 (``magnitudes.check_column_units``), and a markdown table's
rule row, which is neither a header nor a row. Invented tables."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.checks.arithmetic.grid import grids
from drafting.io.text_reader import read_text_string

_HEAD = "某县林业局2023年度部门整体支出绩效自评报告\n二、支出情况\n"
_TABLE = "| 项目 | {label} |\n| --- | --- |\n| 办公费 | 15.2 |\n| 水电费 | 4.8 |\n| 差旅费 | {x} |\n| 培训费 | 3.1 |\n"


def _units(text: str) -> list[str]:
    return [f.quote for f in check_arithmetic(read_text_string(_HEAD + text)) if f.rule == "amount_unit"]


def test_a_figure_in_yuan_among_a_wan_yuan_columns_figures_is_reported():
    assert _units(_TABLE.format(label="金额（万元）", x="62000")) == ["62000"]
    assert _units("单位：万元\n" + _TABLE.format(label="支出金额", x="62000")) == ["62000"]


@pytest.mark.parametrize(("label", "x"), [
    ("金额（万元）", "6.2"),       # all in 万元
    ("金额（元）", "62000"),       # a column in 元 may hold any size
    ("参训人数", "62000"),         # a count, no money
    ("金额（万元）", "8400"),      # a large item, not thousands of times the rest read in 元
])
def test_a_column_of_one_unit_or_no_money_is_silent(label, x):
    assert _units(_TABLE.format(label=label, x=x)) == []


def test_a_total_that_adds_up_as_written_keeps_the_large_figure():
    table = _TABLE.format(label="金额（万元）", x="62000") + "| 合计 | 62023.1 |\n"
    assert _units(table) == []
    assert _units(_TABLE.format(label="金额（万元）", x="62000") + "| 合计 | 29.3 |\n") == ["62000"]


def test_a_markdown_rule_row_is_neither_a_header_nor_a_row():
    (g,) = grids(read_text_string(_HEAD + _TABLE.format(label="金额（万元）", x="6.2")))
    assert g.col_labels == {1: "金额（万元）"}
    assert [r.label for r in g.rows] == ["办公费", "水电费", "差旅费", "培训费"]


def test_a_figure_in_the_wrong_unit_among_label_then_value_lines_is_read_as_the_run_of_fields_it_is():
    lines = "办公费\n15.2万元\n水电费\n4.8万元\n差旅费\n{x}\n培训费\n3.1万元\n"
    assert _units(lines.format(x="6.2元")) == ["6.2元"]
    assert _units(lines.format(x="6.2万元")) == []
    # a figure whose label names another kind (a standard per head) is no item of the list
    assert _units(lines.replace("差旅费", "差旅补助标准").format(x="100元")) == []


def test_a_row_in_a_unit_or_per_head_of_its_own_leaves_the_column_alone():
    table = _TABLE.format(label="金额（万元）", x="6.2") + "| 人均补助标准（元/人） | 62000 |\n"
    assert _units(table) == []
