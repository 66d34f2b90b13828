"""A table that lost its tabs (one cell per line) whose header does not line up with its rows: a
caption or unit line (表1 …, 单位：万元) read into the header, or a header that lost its blank corner
cell over the row labels. Either shifts every column name by one, so a total's message named no column
or the wrong one and a column's total went unread. Invented tables."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.report import Paragraph, Table
from drafting.review import review

HEAD = "2025年度某县文体广电局部门整体支出绩效自评报告\n一、部门基本情况\n本局内设机构4个，负责全县文化体育工作。\n二、预算执行情况\n"
TAIL = "三、绩效目标完成情况\n各项目均按计划实施。\n"
HEADER = ["项目", "预算数", "执行数", "执行率"]
DATA = ["送戏下乡", "120", "108", "90%", "全民健身", "80", "76", "95%", "合计", "200", "184", "92%"]


def _text(lines: list[str], total: str = "184") -> str:
    return HEAD + "\n".join(total if t == "184" else t for t in lines) + "\n" + TAIL


def _found(text: str) -> list[tuple[str | None, str, str]]:
    return [(f.rule, f.quote, f.message) for f in review(read_text_string(text)).findings]


@pytest.mark.parametrize("caption", ["表1 项目支出执行情况（万元）", "单位：万元", "附表2 项目支出明细"])
def test_a_caption_read_into_the_header_stands_before_the_table(caption: str) -> None:
    report = read_text_string(_text([caption, *HEADER, *DATA]))
    table = next(b for b in report.blocks if isinstance(b, Table))
    assert table.texts()[0] == HEADER
    assert any(isinstance(b, Paragraph) and b.text == caption for b in report.blocks)
    found = _found(_text([caption, *HEADER, *DATA], total="194"))
    assert ("table_column_total", "194", "合计行执行数应为 184（108 + 76），报告为 194") in found
    assert _found(_text([caption, *HEADER, *DATA])) == []


def test_a_header_that_lost_its_corner_cell_is_set_over_its_columns() -> None:
    report = read_text_string(_text([*HEADER[1:], *DATA]))
    table = next(b for b in report.blocks if isinstance(b, Table))
    assert table.texts()[0] == ["", *HEADER[1:]]
    found = _found(_text([*HEADER[1:], *DATA], total="194"))
    assert ("table_column_total", "194", "合计行执行数应为 184（108 + 76），报告为 194") in found
    assert _found(_text([*HEADER[1:], *DATA])) == []


def test_a_header_of_the_rows_width_is_left_as_it_is() -> None:
    """A first header cell that is no caption (项目) stays a column name; a header with a trailing column
    no row fills (备注) is not shifted."""
    report = read_text_string(_text([*HEADER, "备注", *DATA]))
    table = next(b for b in report.blocks if isinstance(b, Table))
    assert table.texts()[0] == [*HEADER, "备注"]


SPENDING = ["科目名称", "合计", "基本支出", "项目支出", "文化旅游体育与传媒支出", "940.7", "640.7", "300",
            "社会保障和就业支出", "120.5", "100.5", "20", "住房保障支出", "60", "60", "0"]


@pytest.mark.parametrize("lines", [SPENDING[1:], ["表2 部门支出决算表（万元）", *SPENDING]], ids=["no corner", "caption"])
def test_a_row_total_under_a_shifted_header_is_read(lines: list[str]) -> None:
    """The 合计 column named by its header once the header is set over its columns: a row's total off is found."""
    wrong = [("950.7" if t == "940.7" else t) for t in lines]
    assert [r for r, _, _ in _found(HEAD + "\n".join(wrong) + "\n" + TAIL)] == ["table_row_total"]
    assert _found(HEAD + "\n".join(lines) + "\n" + TAIL) == []


def test_a_two_level_header_flattened_over_one_row_of_figures_names_no_total_column() -> None:
    """A 三公 table's header (合计 | 因公出国 | 公务用车 | 小计 | 购置费 | 运行维护费 | 公务接待费, then 预算数 | 决算数
    under each) flattened one cell a line over its one row of figures: the figures pair 预算数 and 决算数, and
    which figure stands under which name is unknown — no 小计 column is summed over the rest (premise from
    pool53 B05, measured held out, then tuned on; invented figures)."""
    header = ["一般公共预算财政拨款“三公”经费", "合计", "因公出国", "(境)费", "公务用车购置及运行维护费", "公务接待费",
              "小计", "公务用车", "购置费", "公务用车", "运行维护费", *["预算数", "决算数"] * 6]
    figures = ["52.00", "40.10", "6.00", "0.00", "30.00", "28.40", "10.00", "9.80", "20.00", "18.60", "16.00", "11.70"]
    assert [f for f in _found(_text(["单位：万元", *header, *figures])) if f[0] == "table_row_total"] == []
