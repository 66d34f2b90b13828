"""A 转移支付 form's total row against its sources, and a rate over nothing budgeted (invented forms)."""

import pytest

from drafting.checks.arithmetic.forms import check_forms
from drafting.io.text_reader import read_text_string

HEAD = "资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n"


def _form(*rows: str) -> str:
    return "某某补助资金绩效自评表 | |||||||\n" + HEAD + "".join(r + " | ||||\n" for r in rows)


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_forms(read_text_string(text))]


def test_the_only_source_filled_must_equal_the_total_when_the_budget_column_shows_the_blank_rows_hold_nothing():
    text = _form("年度资金总额: | 800 | 612.48 | 76.56%", "其中:中央财政资金 | 800 | 612.4 | 76.55%",
                 "地方财政资金 | ||", "其他资金 | ||")
    [f] = check_forms(read_text_string(text))
    assert (f.rule, f.quote) == ("form_total", "612.48")
    assert "中央财政资金、地方财政资金与其他资金之和（612.4）" in f.message
    assert "全年预算数一栏不计它也相符" in f.evidence
    # the same figures agreeing: silent
    assert _rules(text.replace("612.4 | 76.55%", "612.48 | 76.56%")) == []


def test_a_blank_source_row_is_not_read_as_nothing_when_the_budget_column_does_not_add_up_without_it():
    """800 budgeted against 中央 600: the blank 地方 row may hold the other 200 (a copy lost it)."""
    text = _form("年度资金总额: | 800 | 612.48 | 76.56%", "其中:中央财政资金 | 600 | 412.4 | 68.73%",
                 "地方财政资金 | ||", "其他资金 | ||")
    assert _rules(text) == []


def test_the_local_levels_rows_stand_for_the_local_row_and_all_rows_must_add_up():
    rows = ["年度资金总额: | 1000.00 | 950.00 | 95.00%", "其中:中央财政资金 | 500.00 | 480.00 | 96.00%",
            "自治区财政资金 | 200.00 | 190.00 | 95.00%", "旗县财政资金 | 250.00 | 230.00 | 92.00%",
            "其他资金 | 50.00 | 50.00 | 100.00%"]
    assert _rules(_form(*rows)) == []
    rows[3] = "旗县财政资金 | 260.00 | 230.00 | 88.46%"
    [f] = check_forms(read_text_string(_form(*rows)))
    assert f.quote == "1000.00" and "之和（1010.00）" in f.message


def test_a_list_that_is_not_the_templates_whole_list_is_not_summed():
    """中央 and 自治区 only, no 其他资金 row: the form's sources may be cut; only a total below one is told."""
    text = _form("年度资金总额: | 1000 | 950 | 95%", "其中:中央财政资金 | 500 | 480 | 96%",
                 "自治区财政资金 | 200 | 190 | 95%")
    assert _rules(text) == []


def test_a_rate_over_nothing_budgeted_and_nothing_spent_is_no_rate():
    text = _form("年度资金总额: | 500 | 500 | 100%", "其中:中央财政资金 | 500 | 500 | 100%",
                 "福彩公益金 | 0 | 0 | 100%", "地方资金 | 0 | 0 | ——", "其他资金 | ||")
    [f] = check_forms(read_text_string(text))
    assert (f.rule, f.quote) == ("form_rate_zero_base", "100%")
    assert "福彩公益金" in f.message and "除数为0" in f.evidence
    # a zero rate, or a dash, over the zero row says nothing wrong
    assert _rules(text.replace("| 0 | 0 | 100%", "| 0 | 0 | 0%")) == []


# a 转移支付 form without a rate column, copied from a PDF onto one line, one space between cells: the total's
# label lands after the rows (the merged cell's text is laid out last)
ONE_LINE = ("附件2 某某补助资金绩效目标自评表 (2023年度) 转移支付(项目)名称 某某补助资金 中央主管部门 某部 "
            "全年预算数(A) 全年执行数(B) 2480.56 2391.20 其中:中央财政资金 1200.00 1200.00 自治区财政资金 300.50 300.50 "
            "盟市财政资金 180.00 175.20 旗县财政资金 500.06 430.00 其他资金 (包括以前年度结转资 金) 300.00 285.50 "
            "年度资金总额 资金投入情况 (万元) 分配科学性 分配合理")


def test_a_one_line_form_without_a_rate_column_has_its_total_over_the_qizhong_rows_summed():
    assert _rules(ONE_LINE) == []
    [f] = check_forms(read_text_string(ONE_LINE.replace("2480.56", "2480.65")))
    assert (f.rule, f.quote) == ("form_total", "2480.65")
    assert "之和（2480.56）" in f.message and "其他资金" in f.message
    [g] = check_forms(read_text_string(ONE_LINE.replace("285.50", "285.05")))
    assert g.quote == "2391.20" and "之和（2390.75）" in g.message


def test_figures_right_under_the_header_are_no_total_unless_qizhong_and_its_sources_follow():
    """Without 其中 the first figures may be any row's: nothing is summed."""
    assert _rules(ONE_LINE.replace("2480.56", "2480.65").replace("其中:", "")) == []


_CELLS = ["全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)", "年度资金总额:", "2000", "1157.97", "57.90%",
          "其中:中央财政资金", "2000", "1157.9", "57.90%", "地方资金", "其他资金", "资金管理情况", "情况说明"]


@pytest.mark.parametrize("text", [
    "资金投入情况(万元)\n\n" + "\n\n".join(_CELLS) + "\n",  # one cell per line, blank lines between
    "资金投入情况(万元)\n" + "\n".join(c + " |" for c in _CELLS) + "\n",  # one cell per line, each closed by a bar
    "资金投入情况(万元)\t全年预算数(A)\t全年执行数(B)\t预算执行率(B/A×100%)\n年度资金总额:\t2000\t1157.97\t57.90%\n"
    "其中:中央财政资金\t2000\t1157.9\t57.90%\n地方资金\t\t\t\n其他资金\t\t\t\n",  # a spreadsheet's rows, tabs between
])
def test_the_only_source_is_checked_however_the_form_was_flattened(text):
    assert _rules(text) == [("form_total", "1157.97")]


def test_a_row_the_template_does_not_name_holding_money_may_be_one_more_source():
    """社会资金 | 50 | 50 between the sources: 中央 + 地方 + 其他 need not make the total, so nothing is summed."""
    rows = ["年度资金总额: | 650 | 640 | 98.46%", "其中:中央财政资金 | 400 | 400 | 100%", "地方资金 | 200 | 190 | 95%",
            "社会资金 | 50 | 50 | 100%", "其他资金 | 0 | 0 | —"]
    assert _rules(_form(*rows)) == []
    # without it, the same figures do not add up
    assert _rules(_form(*rows[:3], rows[4])) == [("form_total", "650"), ("form_total", "640")]
