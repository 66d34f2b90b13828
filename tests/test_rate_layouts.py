"""A stated 执行率 is checked against 执行数 ÷ 预算数 in every layout real reports copy the 自评表 and
its prose into.

Why: the rate readers were first written for the layouts of the pages they were tuned on; a rate
moved a few points must be found, and a right one left alone, however the same block was flattened
(one cell per line, 标签：值 pairs, label then value, a row run together on one line, columns in
another order, a page number inside, full-width digits, 元 columns, 资金来源 rows). All text is
invented: 预算 86.40 万元, 执行 79.25 万元, so the rate is 91.72% (79.25 ÷ 86.40 = 91.7245…%),
and the moved rate 95.72%, four points off.
"""

from __future__ import annotations

import pytest

from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.review import review

RIGHT, MOVED = "91.72", "95.72"
HEAD = "某县农业农村局2025年度项目支出绩效自评报告\n\n"


def _lines(*cells: str, blank: bool = False) -> str:
    return HEAD + ("\n\n" if blank else "\n").join(cells) + "\n"


_BLOCK = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
_ROW = ["年度资金总额", "80.00", "86.40", "79.25", "10", "{r}%", "9.17"]
# a total row that is right, above a 财政拨款 row holding the rate (80 + 20, 86.40 + 20, 79.25 + 20)
_TOTAL = ["年度资金总额", "100.00", "106.40", "99.25", "10", "93.28%", "9.33"]

LAYOUTS: dict[str, str] = {
    # a form flattened to one cell per line, with and without blank lines between
    "one_cell_per_line": _lines("预算执行情况（万元）", *_BLOCK, *_ROW),
    "one_cell_per_line_blank": _lines("预算执行情况（万元）", *_BLOCK, *_ROW, blank=True),
    "cells_ending_in_bar": _lines(*(c + " |" for c in ["预算执行情况（万元）", *_BLOCK, *_ROW])),
    # a header word broken over two lines (全年 / 执行数)
    "header_broken": _lines("年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分", *_ROW),
    # the 2023 form's header words (年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分)
    "adjusted_headers": _lines("年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分",
                               "总额", "80.00", "86.40", "79.25", "{r}%", "10", "9.17"),
    # a row run together on one line: tabs, wide spaces, single spaces, bars
    "row_tabs": HEAD + "\t".join(["项目", *_BLOCK]) + "\n" + "\t".join(_ROW) + "\n",
    "row_wide_spaces": HEAD + "  ".join(["项目", *_BLOCK]) + "\n" + "  ".join(_ROW) + "\n",
    "row_single_spaces": HEAD + " ".join(["项目", *_BLOCK]) + "\n" + " ".join(_ROW) + "\n",
    "row_bars": HEAD + "| " + " | ".join(["项目", *_BLOCK]) + " |\n| " + " | ".join(_ROW) + " |\n",
    # columns in other orders
    "spent_before_budget": _lines("全年执行数", "全年预算数", "执行率", "得分",
                                  "年度资金总额", "79.25", "86.40", "{r}%", "9.17"),
    "rate_before_spent": _lines("全年预算数", "执行率", "全年执行数", "分值",
                                "年度资金总额", "86.40", "{r}%", "79.25", "10"),
    # money columns in 元
    "yuan_columns": _lines("预算执行情况（元）", *_BLOCK, "年度资金总额", "800,000.00", "864,000.00", "792,500.00",
                           "10", "{r}%", "9.17"),
    # full-width digits and per-cent sign
    "full_width": _lines("预算执行情况（万元）", *_BLOCK, "年度资金总额", "８０.００", "８６.４０", "７９.２５", "１０",
                         "{fr}％", "９.１７"),
    # a PDF's page number, or its running head, between the header and the row
    "page_number_inside": _lines("预算执行情况（万元）", *_BLOCK, "- 3 -", *_ROW),
    "running_head_inside": _lines("预算执行情况（万元）", *_BLOCK, "某县农业农村局2025年度项目支出绩效自评报告", *_ROW),
    # the sources under the total: the moved rate on the 财政拨款 row
    "source_rows": _lines("预算执行情况（万元）", *_BLOCK,
                          "年度资金总额", "100.00", "106.40", "99.25", "10", "93.28%", "9.33",
                          "其中：财政拨款", "80.00", "86.40", "79.25", "—", "{r}%", "—",
                          "其他资金", "20.00", "20.00", "20.00", "—", "100.00%", "—"),
    # 标签：值 fields, one to a line or several to a line
    "fields_one_per_line": _lines("年初预算数：80.00万元", "全年预算数：86.40万元", "全年执行数：79.25万元", "分值：10",
                                  "执行率：{r}%", "得分：9.17"),
    "fields_on_one_line": HEAD + "年初预算数：80.00万元  全年预算数：86.40万元  全年执行数：79.25万元  执行率：{r}%  得分：9.17\n",
    # label then value on the next line
    "label_then_value": _lines("年度资金总额", "全年预算数", "86.40", "全年执行数", "79.25", "执行率", "{r}%"),
    # prose
    "prose_sentence": HEAD + "本项目全年预算数86.40万元，全年执行数79.25万元，执行率{r}%。\n",
    "prose_with_initial": HEAD + "预算执行情况：年初预算数80.00万元，全年预算数86.40万元，全年执行数79.25万元，预算执行率{r}%，得分9.17分。\n",
    # more shapes: the rate told before its figures, in brackets, as a 支出进度, fields in one sentence
    "prose_rate_first": HEAD + "项目预算执行率为{r}%，全年预算数86.40万元，实际支出79.25万元。\n",
    "prose_rate_first_then_figures": HEAD + "本年度预算执行率{r}%。其中，全年预算数86.40万元，全年执行数79.25万元。\n",
    "prose_rate_in_brackets": HEAD + "全年预算数86.40万元，全年执行数79.25万元（执行率{r}%）。\n",
    "prose_spending_progress": HEAD + "项目预算资金86.40万元，已支出79.25万元，支出进度{r}%。\n",
    "prose_arrival_then_spending": HEAD + "项目资金到位86.40万元，到位率100%，实际支出79.25万元，执行率{r}%。\n",
    "fields_in_a_sentence": HEAD + "全年预算数：86.40万元；全年执行数：79.25万元；预算执行率：{r}%。\n",
    # the same fields without colons: one figure a ；-clause, the rate in a clause of its own
    "fields_without_colons": HEAD + "全年预算86.40万元；全年执行79.25万元；执行率{r}%。\n",
    "fields_with_yuan": HEAD + "全年预算数：864,000.00元，全年执行数：792,500.00元，执行率：{r}%\n",
    # header letters on lines of their own, values with their unit
    "header_letters_apart": _lines("全年预算数", "（A）", "全年执行数", "（B）", "执行率", "（B/A）", "得分",
                                   "年度资金总额", "86.40", "79.25", "{r}%", "9.17"),
    "values_with_unit": _lines(*_BLOCK, "年度资金总额", "80.00万元", "86.40万元", "79.25万元", "10", "{r}%", "9.17"),
    "rate_without_sign": _lines("全年预算数", "全年执行数", "执行率（%）", "得分", "年度资金总额", "86.40", "79.25", "{r}",
                                "9.17"),
    "label_split": _lines(*_BLOCK, "年度资金", "总额", "80.00", "86.40", "79.25", "10", "{r}%", "9.17"),
    "markdown_table": HEAD + "| 项目 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|\n| 年度资金总额 | 86.40 | 79.25 | {r}% |\n",
    "project_table": HEAD + "| 序号 | 项目名称 | 预算数（万元） | 执行数（万元） | 执行率 |\n|---|---|---|---|---|\n"
                     "| 1 | 农机购置补贴 | 120.00 | 120.00 | 100.00% |\n| 2 | 高标准农田建设 | 86.40 | 79.25 | {r}% |\n"
                     "| 3 | 耕地地力保护 | 50.00 | 45.00 | 90.00% |\n",
    "project_rows_single_spaces": HEAD + "序号 项目名称 预算数 执行数 执行率\n1 农机购置补贴 120.00 120.00 100.00%\n"
                                  "2 高标准农田建设 86.40 79.25 {r}%\n3 耕地地力保护 50.00 45.00 90.00%\n",
    "page_footer_inside": _lines("预算执行情况（万元）", *_BLOCK, "第 3 页 共 12 页", *_ROW),
    "page_break_in_row": _lines("预算执行情况（万元）", *_BLOCK, "年度资金总额", "80.00", "86.40", "- 3 -", "79.25", "10", "{r}%",
                                "9.17"),
    "initial_blank": _lines(*_BLOCK, "年度资金总额", "86.40", "79.25", "10", "{r}%", "9.17"),
    "prose_verbs_without_nouns": HEAD + "年初预算86.40万元，全年执行79.25万元，执行率{r}%。\n",
    "prose_ratio_in_brackets": HEAD + "资金执行率{r}%（79.25万元/86.40万元）。\n",
    "prose_investment": HEAD + "项目总投资86.40万元，已完成投资79.25万元，投资完成率{r}%。\n",
    "prose_spaced_units": HEAD + "全年预算数 86.40 万元，全年执行数 79.25 万元，执行率 {r}%。\n",
    "prose_full_width": HEAD + "全年预算数８６.４０万元，全年执行数７９.２５万元，执行率{fr}％。\n",
    "prose_spent_first": HEAD + "全年执行数79.25万元，全年预算数86.40万元，预算执行率{r}%。\n",
    "label_colon_then_value": _lines("预算执行情况", "全年预算数：", "86.40", "全年执行数：", "79.25", "执行率：", "{r}%"),
    "transposed_tabs": HEAD + "全年预算数\t86.40\n全年执行数\t79.25\n执行率\t{r}%\n",
    "transposed_bars": HEAD + "| 全年预算数（万元） | 86.40 |\n| 全年执行数（万元） | 79.25 |\n| 执行率 | {r}% |\n",
    "letters_in_header_row": HEAD + "预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(10分*执行率)\n"
                             "年度资金总额 | 86.40 | 79.25 | {r}% | 9.17\n",
    "adjusted_headers_sources": _lines("年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分",
                                       "总额", "100.00", "106.40", "99.25", "93.28%", "10", "9.33",
                                       "其中：财政资金", "80.00", "86.40", "79.25", "{r}%", "/", "/",
                                       "单位资金", "20.00", "20.00", "20.00", "100.00%", "/", "/"),
    "values_with_wan_only": _lines(*_BLOCK, "年度资金总额", "80.00万", "86.40万", "79.25万", "10", "{r}%", "9.17"),
    # a whole form run into one line, one space between cells, the row label closed by a colon
    "form_on_one_line": HEAD + "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额： 80.00 86.40 79.25 10 {r}% 9.17"
                        " 其中：财政拨款 80.00 86.40 79.25 — {r}% — 其他资金 0 0 0 — — —\n",
    "header_then_values_no_label": HEAD + "年初预算数 全年预算数 全年执行数 分值 执行率 得分 80.00 86.40 79.25 10 {r}% 9.17\n",
    "prose_wan_without_yuan": HEAD + "全年预算数86.40万，执行数79.25万，执行率{r}%。\n",
    "prose_spent_and_balance": HEAD + "全年预算86.40万元，实际执行79.25万元，结余7.15万元，执行率{r}%。\n",
    "prose_words_broken_by_spaces": HEAD + "2025 年预算金额 86.40 万元，经费来源为财政补助收 入，预算执行 79.25 万元，执行率 {r}%。\n",
    # rates other than 执行率 that reports state beside their figures
    "prose_completion_count": HEAD + "计划新建机耕道86.40公里，实际完成79.25公里，完成率{r}%。\n",
    "prose_paid_out": HEAD + "下达资金86.40万元，已拨付79.25万元，拨付率{r}%。\n",
    "prose_arrived_due": HEAD + "应到位资金86.40万元，实际到位79.25万元，到位率{r}%。\n",
    "prose_share": HEAD + "全年支出86.40万元，其中项目支出79.25万元，占{r}%。\n",
    "prose_share_named": HEAD + "全年支出86.40万元，其中项目支出79.25万元，占全年支出的{r}%。\n",
    "prose_fund_total_used": HEAD + "项目资金共86.40万元，已完成拨付79.25万元，执行率{r}%。\n",
    "prose_allocated_spent": HEAD + "上级下达项目资金共计86.40万元，实际支出79.25万元，资金执行率{r}%；惠及农户320户。\n",
    "count_cells": _lines("计划数", "86.40", "完成数", "79.25", "完成率", "{r}%"),
    # PDF text: spaces inside header words, a space before the per-cent sign, a header over two lines
    "pdf_words_broken": HEAD + "项目资金 年初预 算数 全年预 算数 全年执 行数 分值 执行 率 得分\n年度资金总额 80.00 86.40 79.25 10 {r}% 9.17\n",
    "pdf_space_before_percent": HEAD + "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 80.00 86.40 79.25 10 {r} % 9.17\n",
    "pdf_header_two_lines": HEAD + "项目资金 年初预算数 全年预算数 全年执行数\n分值 执行率 得分\n年度资金总额 80.00 86.40 79.25 10 {r}% 9.17\n",
    "pdf_row_two_lines": HEAD + "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 80.00 86.40\n79.25 10 {r}% 9.17\n",
    # (cells ending in "|", as the 2023 form's copies: a bare title line after a short cell is read as its wrap)
    "running_head_in_header": _lines(*(c + " |" for c in [
        "预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", HEAD.strip(), "原因", *_TOTAL,
        "说明：执行率=全年执行数/全年预算数。", "其中：财政拨款", "80.00", "86.40", "79.25", "—", "{r}%", "—"])),
    "note_wrapped_by_a_pdf": _lines(*[c + " |" for c in [
        "预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "原因", *_TOTAL]],
        *["1.执行率=全年执行数/全年预算数，执行率未达到90%的需说明原因", "（100字以内）；2.年中调整预算的（追加或调减），应单独说明理",
           "由；3.其他资金包括社会投入资金. |"],
        *[c + " |" for c in ["其中：财政拨款", "80.00", "86.40", "79.25", "—", "{r}%", "—"]]),
    "page_number_in_header": _lines("预算执行情况（万元）", "年初预算数", "全年预算数", "第 3 页 共 12 页", "全年执行数", "分值",
                                    "执行率", "得分", "原因", *_TOTAL, "说明：执行率=全年执行数/全年预算数。",
                                    "其中：财政拨款", "80.00", "86.40", "79.25", "—", "{r}%", "—"),
    # PDF prose: a line broken after a comma, spaces inside words
    "prose_line_broken_after_comma": HEAD + "项目资金共86.40万元，截至2025年12月31日，\n已拨付79.25万元，执行率{r}%。\n",
    "prose_words_spaced_wan": HEAD + "投入中央直达资金86.40万，执 行数79.25万，执行 率{r}%。\n",
    "prose_budget_then_spent": HEAD + "2025年度该项目预算安排86.40万元。截至12月31日，实际支出79.25万元，预算执行率为{r}%。\n",
}

_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_HALF = str.maketrans("０１２３４５６７８９", "0123456789")


def _text(layout: str, rate: str) -> str:
    return LAYOUTS[layout].replace("{r}", rate).replace("{fr}", rate.translate(_FULL))


def _rate_findings(text: str, rate: str) -> list[str]:
    result = review(read_text_string(text))
    return [f.quote for f in result.findings if f.kind is Kind.ARITHMETIC_MISMATCH and rate in f.quote.translate(_HALF)]


def _arithmetic(text: str) -> list[str]:
    return [f"{f.rule}:{f.quote}" for f in review(read_text_string(text)).findings if f.kind is Kind.ARITHMETIC_MISMATCH]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_right_rate_is_no_finding(layout):
    assert _arithmetic(_text(layout, RIGHT)) == []


# layouts still missed, left on purpose (precision first)
NOT_YET = {
    "count_cells": "计划数 / 完成数 / 完成率 cells are an indicator's, whose 完成率 is often no ratio of them",
    "prose_rate_first_then_figures": "the figures a sentence later may be of anything; 其中 says a part",
}


@pytest.mark.parametrize("layout", [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=NOT_YET[k]))
                                    if k in NOT_YET else k for k in sorted(LAYOUTS)])
def test_a_rate_moved_four_points_is_one_finding_quoting_it(layout):
    assert len(_rate_findings(_text(layout, MOVED), MOVED)) == 1


@pytest.mark.parametrize("text", [
    "项目预算执行率为70.00%，其中基本支出预算数86.40万元，执行数79.25万元。",  # the figures of a part
    "项目预算执行率为70.00%，下年度预算安排86.40万元，计划支出79.25万元。",  # next year's figures
    "项目预算执行率为70.00%，较上年提高5%，全年预算数86.40万元，实际支出79.25万元。",  # another rate between
])
def test_figures_after_a_rate_that_are_not_its_own_are_no_finding(text):
    assert _arithmetic(HEAD + text + "\n") == []


@pytest.mark.parametrize("rate, found", [("９６％", True), ("１００％", False)])
def test_the_control_rate_is_read_in_full_width_digits_too(rate, found):
    text = _lines("财政供养人员情况（人）", "编制数", "２０２５年实际在职人数", "控制率", "４８", "４８", rate)
    assert [f.rule for f in review(read_text_string(text)).findings if f.kind is Kind.ARITHMETIC_MISMATCH] == \
        (["form_control_rate"] if found else [])
