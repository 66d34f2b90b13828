"""A rate other than 执行率 (支付率, 拨付率, 到位率, 发放率, 完成率, 兑付率, 使用率, 覆盖率) is checked
against its two figures however a form or a list was flattened: 标签：值 fields on one line, one cell
per line, label then value with the unit in the label's brackets, money or counts.

Why: published pages flatten a form's fields into one line or one cell per line, and the rate word
says which two figures it divides (a 发放率 of people paid over people due). All text is invented:
the base 86.40 (or 8640), the part 79.25 (or 7925), so the rate is 91.72%; the moved rate 95.72%.
"""

from __future__ import annotations

import pytest

from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.review import review

RIGHT, MOVED = "91.72", "95.72"
HEAD = "某县民政局2025年度项目支出绩效自评报告\n\n"

# (the base's label, the part's label, the rate's word) for money
MONEY = [("预算数", "支付数", "支付率"), ("预算数", "拨付数", "拨付率"), ("应到位资金", "实际到位资金", "到位率"),
         ("计划发放", "实际发放", "发放率"), ("计划数", "完成数", "完成率"), ("应兑付资金", "实际兑付资金", "兑付率"),
         ("到位资金", "使用资金", "使用率")]
# (the base's label, the part's label, the rate's word, the count's measure word)
COUNTS = [("应发放人数", "实际发放人数", "发放率", "人"), ("计划户数", "完成户数", "完成率", "户"),
          ("应覆盖人数", "实际覆盖人数", "覆盖率", "人")]

LAYOUTS: dict[str, str] = {}
for b, s, r in MONEY:
    LAYOUTS[f"fields_one_line_{r}"] = f"{b}：86.40万元 {s}：79.25万元 {r}：{{r}}%\n"
    LAYOUTS[f"fields_run_together_{r}"] = f"{b}：86.40万元{s}：79.25万元{r}：{{r}}%\n"
    LAYOUTS[f"one_cell_per_line_{r}"] = "\n".join([f"{b}（万元）", "86.40", f"{s}（万元）", "79.25", r, "{r}%"]) + "\n"
# the budget block of a form whose rate is another verb's, its header words naming the two columns
FORMS = [("预算数", "支付数", "支付率"), ("下达数", "拨付数", "拨付率"), ("应到位资金", "实际到位资金", "到位率"),
         ("计划发放", "实际发放", "发放率"), ("应兑付资金", "实际兑付资金", "兑付率"), ("到位资金", "使用资金", "使用率")]
for b, s, r in FORMS:
    # one long line, cells one space apart, the header on the same line or the line before
    LAYOUTS[f"form_one_line_{r}"] = f"资金情况（万元） {b} {s} {r} 年度资金总额 86.40 79.25 {{r}}%\n"
    LAYOUTS[f"form_header_line_before_{r}"] = f"项目资金（万元） {b} {s} {r}\n年度资金总额 86.40 79.25 {{r}}%\n"
    # one cell per line: the header's cells, then the row's
    LAYOUTS[f"form_one_cell_per_line_{r}"] = "\n".join(["项目", f"{b}（万元）", f"{s}（万元）", r, "合计", "86.40",
                                                        "79.25", "{r}%"]) + "\n"
# one cell per line: the header's cells and the values with no row label, beside a 年初预算数 column, after
# a 序号; a header row and a value row of single-spaced cells, each on its line
LAYOUTS["form_no_row_label_支付率"] = "\n".join(["项目资金（万元）", "预算数", "支付数", "支付率", "86.40", "79.25", "{r}%"]) + "\n"
LAYOUTS["form_initial_column_支付率"] = "\n".join(["年初预算数", "全年预算数", "支付数", "支付率", "合计", "80.00", "86.40",
                                                  "79.25", "{r}%"]) + "\n"
LAYOUTS["form_serial_支付率"] = "\n".join(["序号", "项目名称", "预算数", "支付数", "支付率", "1", "低保金发放", "86.40", "79.25",
                                         "{r}%"]) + "\n"
LAYOUTS["form_spaced_rows_支付率"] = "预算数 支付数 支付率\n86.40 79.25 {r}%\n"
# one 标签：值 field a line; cells ending in a bar; the rate's per-cent sign in its label's brackets
LAYOUTS["field_per_line_支付率"] = "预算数：86.40万元\n支付数：79.25万元\n支付率：{r}%\n"
LAYOUTS["field_per_line_no_colon_支付率"] = "预算资金86.40万元\n实际支付79.25万元\n资金支付率{r}%\n"
LAYOUTS["field_per_line_到位率"] = "应到位资金：86.40万元\n实际到位资金：79.25万元\n资金到位率：{r}%\n"
LAYOUTS["cells_ending_in_bar_支付率"] = "预算资金 |\n86.40万元 |\n实际支付 |\n79.25万元 |\n资金支付率 |\n{r}% |\n"
LAYOUTS["percent_in_label_支付率"] = "预算数（万元）\n86.40\n支付数（万元）\n79.25\n支付率（%）\n{r}\n"
# bare numbers whose label names the unit: in its brackets, or the measure word of what it counts
LAYOUTS["unit_in_label_one_line_支付率"] = "预算数(万元) 86.40 支付数(万元) 79.25 支付率 {r}%\n"
LAYOUTS["unit_in_label_fields_支付率"] = "预算数（万元）：86.40 支付数（万元）：79.25 支付率：{r}%\n"
LAYOUTS["counted_label_one_line_发放率"] = "应发放人数 8640 实际发放人数 7925 发放率 {r}%\n"
LAYOUTS["counted_label_per_line_发放率"] = "应发放人数\n8640\n实际发放人数\n7925\n发放率\n{r}%\n"
LAYOUTS["bare_cells_no_unit_支付率"] = "预算数\n86.40\n支付数\n79.25\n支付率\n{r}%\n"
LAYOUTS["count_field_per_line_发放率"] = "应发放人数：8640人\n实际发放人数：7925人\n发放率：{r}%\n"
for b, s, r, u in COUNTS:
    LAYOUTS[f"count_fields_one_line_{r}"] = f"{b}：8640{u} {s}：7925{u} {r}：{{r}}%\n"
    LAYOUTS[f"count_spaced_{r}"] = f"{b} 8640{u} {s} 7925{u} {r} {{r}}%\n"
    LAYOUTS[f"count_one_cell_per_line_{r}"] = "\n".join([b, f"8640{u}", s, f"7925{u}", r, "{r}%"]) + "\n"
    LAYOUTS[f"count_unit_in_label_{r}"] = "\n".join([f"{b}（{u}）", "8640", f"{s}（{u}）", "7925", r, "{r}%"]) + "\n"


def _rates(text: str) -> list[str]:
    return [f.location.quote for f in review(read_text_string(HEAD + text)).findings
            if f.kind is Kind.ARITHMETIC_MISMATCH]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_right_rate_is_no_finding(layout):
    assert _rates(LAYOUTS[layout].replace("{r}", RIGHT)) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_rate_moved_four_points_is_one_finding_quoting_it(layout):
    assert [q.rstrip("%") for q in _rates(LAYOUTS[layout].replace("{r}", MOVED))] == [MOVED]


@pytest.mark.parametrize("text", [
    # two figures both paid out, no base named: which one the rate divides is unsaid
    "发放资金：86.40万元 发放补贴：79.25万元 发放率：95.72%\n",
    # counts of two kinds: people and households are no ratio
    "应发放人数：8640人 实际发放户数：7925户 发放率：95.72%\n",
    # a 执行率 field is the form's own: read once, by the form reader
    "全年预算数：86.40万元 全年执行数：79.25万元 执行率：91.72%\n",
    # a form whose spending column and rate name different verbs: which the rate divides is unsaid
    "资金情况（万元） 预算数 支付数 执行率 年度资金总额 86.40 79.25 95.72%\n",
    "资金情况（万元） 预算数 执行数 拨付率 年度资金总额 86.40 79.25 95.72%\n",
    # a field line with more than its figure is no field: the rate's base is unsaid
    "预算数：86.40万元，其中中央资金50万元\n支付数：79.25万元\n支付率：95.72%\n",
    # a bare number and one in 元 beside it: no unit to share
    "预算数 86.40 支付数 792500元 支付率 95.72%\n",
    # bare 计划数 / 完成数 / 完成率 cells are an indicator's, whose 完成率 is often no ratio of them
    "计划数\n86.40\n完成数\n79.25\n完成率\n95.72%\n",
    # bare cells beside one with a unit: no unit to share
    "预算数\n86.40\n支付数\n792500元\n支付率\n95.72%\n",
    # cells run together with no space: where one figure ends and the next begins is lost
    "资金情况（万元）预算数支付数支付率年度资金总额86.4079.2595.72%\n",
])
def test_fields_that_do_not_pin_a_rate_are_no_finding(text):
    assert _rates(text) == []


def test_a_form_rate_of_another_verb_says_its_own_word():
    text = "资金情况（万元） 预算数 支付数 支付率 年度资金总额 86.40 79.25 95.72%\n"
    (finding,) = [f for f in review(read_text_string(HEAD + text)).findings if f.kind is Kind.ARITHMETIC_MISMATCH]
    assert finding.message.startswith("“年度资金总额”的支付率写作95.72%") and "91.72%" in finding.message


def test_a_moved_execution_rate_in_fields_on_one_line_is_one_finding_of_the_form_reader():
    text = "全年预算数：86.40万元 全年执行数：79.25万元 执行率：95.72%\n"
    found = [f for f in review(read_text_string(HEAD + text)).findings if f.kind is Kind.ARITHMETIC_MISMATCH]
    assert [(f.rule, f.location.quote) for f in found] == [("form_rate", "95.72%")]


# a whole 自评表 run into one long line, cells one space apart: its budget block (执行率), an indicator row
# of counts with its 发放率, indicator rows whose rates are targets and actual values (资金支付率 ≥90%
# 91.72%: no ratio of anything)
_FORM_LINE = ("项目支出绩效自评表（2025年度） 项目名称 困难群众救助项目 项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 "
              "执行率 得分 年度资金总额: 80 86.40 79.25 10 {a}% 9.17 其中:本年财政拨款 80 86.40 79.25 上年结转资金 其他资金 "
              "年度总体目标 按时足额发放救助资金。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
              "产出指标(50分) 数量指标 应发放人数 8640人 实际发放人数 7925人 发放率 {b}% 10 9 质量指标 资金支付率 ≥90% "
              "{c}% 10 10 时效指标 资金到位率 100% 100% 10 10 总分 100 95\n")


@pytest.mark.parametrize(("a", "b", "c", "found"), [
    (RIGHT, RIGHT, RIGHT, []),
    (MOVED, RIGHT, RIGHT, [MOVED]),  # the budget block's 执行率
    (RIGHT, MOVED, RIGHT, [MOVED]),  # the 发放率 after its two counts, a score (50分) before them
    (RIGHT, RIGHT, MOVED, []),  # an indicator's actual value: no ratio of the figures before it
])
def test_a_form_on_one_long_line_is_read_row_by_row(a, b, c, found):
    assert [q.rstrip("%") for q in _rates(_FORM_LINE.format(a=a, b=b, c=c))] == found
