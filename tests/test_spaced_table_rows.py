"""A table whose rows run together on lines, cells parted by blanks (text from PDF or a web page), is read
as a table: its total row and its rows' totals are checked; a 万元 column with one cell in 元 is named as a
unit slip when its total adds up only with that cell in 万元. Invented tables."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

_HEAD = "某县水务局2022年度项目支出绩效自评报告\n三、资金使用情况\n"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_arithmetic(read_text_string(_HEAD + text))]


_COLUMN = """资金使用明细（单位：万元）
项目 预算数 执行数
堤防加固 210.00 205.30
排涝站改造 96.50 96.50
河道清淤 44.00 {x}
合计 350.50 341.80
"""


def test_a_total_row_that_is_not_the_sum_of_the_spaced_rows_above_it_is_reported():
    assert _found(_COLUMN.format(x="41.00")) == [("table_column_total", "341.80")]


def test_spaced_rows_that_add_up_are_silent():
    assert _found(_COLUMN.format(x="40.00")) == []


_ROWS = """表3 补助资金分配（单位：万元）
乡镇 第一批 第二批 合计
东岭镇 260 140 400
西塘乡 180 {x} 270
南坪乡 90 60 150
"""


def test_a_rows_total_in_a_spaced_total_column_is_checked():
    assert _found(_ROWS.format(x="80")) == [("table_row_total", "270")]
    assert _found(_ROWS.format(x="90")) == []


@pytest.mark.parametrize("text", [
    "参会人员 张明 李华 王芳\n列席人员 赵强 刘洋 陈静\n记录人员 孙磊 周敏 吴刚\n",   # names, no figures
    "2021年 2022年 2023年\n12.5 13.8 15.1\n11.2 12.0 14.9\n",                        # no label before the figures
    "城关镇 86.5\n河西镇 72.3，较上年增加\n白沙乡 45.0\n",                            # a clause among the lines
])
def test_lines_that_are_not_a_table_of_figures_are_not_read_as_one(text):
    assert _found(text) == []


_YUAN = """支出明细（单位：万元）
支出项目 金额
资料印制费 18.40
会务费 9.60
专家咨询费 {x}
合计 {total}
"""


def test_a_cell_in_yuan_in_a_short_wan_yuan_column_is_a_unit_slip_when_the_total_says_so():
    # 32000 元 = 3.2 万元: 18.40 + 9.60 + 3.2 = 31.20, so the total is right and the cell is in the wrong unit
    assert _found(_YUAN.format(x="32000", total="31.20")) == [("amount_unit", "32000")]


def test_without_a_confirming_total_a_short_column_keeps_its_large_figure():
    assert _found(_YUAN.format(x="32000", total="32028.00")) == []
    assert _found(_YUAN.format(x="3.20", total="31.20")) == []


def test_the_unit_slip_is_one_finding_not_also_a_wrong_total():
    rules = [r for r, _ in _found(_YUAN.format(x="32000", total="31.20"))]
    assert rules.count("table_column_total") == 0
