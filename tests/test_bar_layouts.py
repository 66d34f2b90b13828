"""A table copied as text with other bars than "|": "｜" (U+FF5C, a Chinese keyboard's bar), "│" and
"┃" (box drawing, with its rules ├──┼──┤), mixed with "|" from row to row. The rule checks read each as
"|" (``report.fold_bars`` through ``Report.mapped``) and quote the text as written; PDF text keeps such
rows apart. Invented tables: a total off, a blank field, and the same tables written right."""

from __future__ import annotations

import pytest

from drafting.io.pdf_text import unwrap
from drafting.io.text_reader import read_text_string
from drafting.report import fold_bars
from drafting.review import review

HEAD = "2025年度某县文体广电局部门整体支出绩效自评报告\n一、部门基本情况\n本局内设机构4个，负责全县文化体育工作。\n二、预算执行情况\n"
TAIL = "三、绩效目标完成情况\n各项目均按计划实施。\n"
ROWS = [["项目", "预算数", "执行数", "执行率"], ["送戏下乡", "120", "108", "90%"], ["全民健身", "80", "76", "95%"],
        ["合计", "200", "184", "92%"]]


def _laid(bars: str, total: str = "184") -> str:
    """The table, row ``k`` parted by ``bars[k % len(bars)]``, its 合计 执行数 written ``total``."""
    rows = [[total if c == "184" else c for c in r] for r in ROWS]
    return "".join(f"{bars[k % len(bars)]} " + f" {bars[k % len(bars)]} ".join(r) + f" {bars[k % len(bars)]}\n"
                   for k, r in enumerate(rows))


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(HEAD + text + TAIL)).findings]


@pytest.mark.parametrize("bars", ["|", "｜", "│", "┃", "｜|", "|｜│"], ids=["half", "full", "box", "heavy box", "mixed", "three"])
def test_a_total_off_is_found_whatever_the_bars(bars: str) -> None:
    found = _found(_laid(bars, total="194"))
    assert ("table_column_total", "194") in found
    assert _found(_laid(bars)) == []


def test_a_box_drawn_table_with_its_rules_is_read() -> None:
    box = ("┌────┬────┬────┬────┐\n" + "├────┼────┼────┼────┤\n".join(
        "│" + "│".join(r) + "│\n" for r in ROWS) + "└────┴────┴────┴────┘\n")
    assert _found(box) == []
    assert ("table_column_total", "194") in _found(box.replace("│184│", "│194│"))


@pytest.mark.parametrize("bar", ["|", "｜", "│"])
def test_a_blank_field_in_a_row_of_other_bars(bar: str) -> None:
    right = f"{bar} 项目名称 {bar} 送戏下乡 {bar}\n{bar} 主管部门 {bar} 县文体广电局 {bar}\n{bar} 实施单位 {bar} 县文化馆 {bar}\n"
    blank = right.replace("县文体广电局", "")
    assert _found(right) == []
    assert _found(blank) == [("structure.blank_row_cell", "主管部门")]


def test_the_quote_keeps_the_bars_as_written() -> None:
    """A finding whose quote spans a row keeps its "｜": the reviewer searches for the text as written."""
    report = read_text_string(HEAD + _laid("｜", total="194") + TAIL)
    for f in review(report).findings:
        assert f.quote == report.quote(f.location.location)
    assert fold_bars("｜ 合计 │ 200 ┃") == "| 合计 | 200 |"
    assert fold_bars("├──┼──┤") == "|--|--|"


@pytest.mark.parametrize("bar", ["|", "｜", "│"])
def test_pdf_text_keeps_rows_of_any_bar_apart(bar: str) -> None:
    """A row as wide as the page that ends in no sentence mark is still no line running on."""
    para = ("本年度我局围绕公共文化服务体系建设，完成了十二处村级综合文化服务中心的设备更新和场地改造，"
            "受益群众达到三万余人，群众文化生活条件得到改善，全年未发生安全事故。")
    lines = [para[k:k + 38] for k in range(0, len(para), 38)]
    rows = [f"{bar} 村级综合文化服务中心设备更新和场地改造 {bar} 十二处 {bar} 十二处 {bar} 已按计划全部完成建设任务 {bar}",
            f"{bar} 乡镇综合文化站免费开放项目 {bar} 十二处 {bar} 十处 {bar} 部分完成两处未验收完毕 {bar}"]
    out = unwrap(lines * 2 + rows + lines)
    assert rows[0] in out and rows[1] in out


INDICATORS = ("| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 |\n"
              "| 效益指标 | 社会效益效益指标 | 公共文化服务覆盖面 | 全覆盖 | 全覆盖 |\n"
              "| 满意度指标 | 服务对象满意度 | 群众满意度 | ≥90% | 95% |\n")


@pytest.mark.parametrize("bar", ["|", "｜", "│"])
def test_the_text_checks_read_other_bars_as_cells_too(bar: str) -> None:
    """A doubled word inside one cell is found, and a cell's 全覆盖 is no claim of prose, whatever the bar."""
    table = INDICATORS.replace("|", bar)
    assert _found(table) == [("language.doubled_word", "效益效益")]
    assert _found(table.replace("效益效益", "效益")) == []


def _tabbed(table: str) -> str:
    """``table``'s rows as a spreadsheet pastes them: cells apart by tabs, no bar at either end."""
    return "".join("\t".join(c.strip() for c in ln.strip().strip("|").split("|")) + "\n" for ln in table.splitlines())


def test_a_spreadsheet_row_is_read_as_cells() -> None:
    """A row pasted from Excel or WPS (cells apart by tabs): its total and a doubled word in one cell found."""
    assert ("table_column_total", "194") in _found(_tabbed(_laid("|", total="194")))
    assert _found(_tabbed(_laid("|"))) == []
    assert _found(_tabbed(INDICATORS)) == [("language.doubled_word", "效益效益")]
    assert _found(_tabbed(INDICATORS.replace("效益效益", "效益"))) == []
    assert fold_bars("项目\t预算数\t执行数") == "项目|预算数|执行数"
    assert fold_bars("一、\t") == "一、\t"  # one filled cell: no row
