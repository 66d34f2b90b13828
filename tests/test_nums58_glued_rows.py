"""A budget block whose cells a copy glued together (an image's or a preview's text) is read where the
cut into cells is sure: money ends two places after its point or at its unit, a rate at its %."""

from drafting.checks.arithmetic.forms import check_forms
from drafting.io.text_reader import read_text_string

THREE = "项目资金 (万元)全年预算数全年执行数执行率\n"
SIX = "项目资金 (万元)年初 预算数全年 预算数全年 执行数分值执行率得分"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_forms(read_text_string(text))]


def test_a_glued_rate_that_is_not_spent_over_budget_is_reported():
    text = THREE + "年度资金总额80万元61.2075.00%\n其中:中央财政补助80万元61.2075.00%\n地方资金\n其他资金\n"
    found = check_forms(read_text_string(text))
    assert [(f.rule, f.quote) for f in found] == [("form_rate", "75.00%")]  # the 其中 row's same slip joins it
    assert "76.50%" in found[0].message and "“年度资金总额”" in found[0].message
    assert [r.quote for r in found[0].related][:2] == ["80万元", "61.20"]


def test_glued_rows_whose_rates_agree_are_silent():
    assert _found(THREE + "年度资金总额80万元61.2076.50%\n其中:中央财政补助80万元61.2076.50%\n") == []


def test_a_full_score_in_a_glued_row_of_six_cells_is_reported():
    """200.00 | 200.00 | 150.00 | 10 | 75% | 10: the rate agrees only cut as 10 | 75%, so the score is sure."""
    text = SIX + "年度资金总额200.00200.00150.001075%10其中:当年财政拨款200.00200.00150.00上年结转资金其他资金年度总体目标\n"
    found = check_forms(read_text_string(text))
    assert [(f.rule, f.quote) for f in found] == [("form_score_over_rate", "10")]
    assert found[0].location.location.end == text.index("其中")  # the last cell of the run, not the weight
    assert _found(text.replace("1075%10", "1075%7.5")) == []


def test_a_lone_cut_far_from_the_money_ratio_is_a_misread_and_left():
    """80.5 glued to 61.20 reads 80.56 | 1.20 | 76.02%: a ratio far from any rate written, no slip."""
    assert _found(THREE + "年度资金总额80.561.2076.02%\n") == []


def test_a_score_that_may_end_in_the_next_rows_serial_is_left():
    """…75%7.52乙县: 7.52, or 7.5 and the next row's 序号 2 — which is unsure; 10 cannot be 1 and a 序号 0."""
    five = "全年预算数全年执行数分值执行率得分"
    assert _found(five + "1甲县200.00150.001075%7.52乙县\n") == []
    assert _found(five + "1甲县200.00150.001075%91乙县\n") == []
    assert _found(five + "1甲县200.00150.001075%10乙县\n") == [("form_score_over_rate", "10")]


def test_one_whole_figure_repeated_once_per_money_column_is_read_as_equal_cells():
    """42800 | 42800 | 42800 | 10 | 76.5% | 8: equal budget and spending give 100%, not the 76.5% written."""
    text = SIX + "年度资金总额4280042800428001076.5%8其中:当年财政拨款\n"
    found = check_forms(read_text_string(text))
    assert [(f.rule, f.quote) for f in found] == [("form_rate", "76.5%")]
    assert "100.00%" in found[0].message
    assert _found(SIX + "年度资金总额42800428004280010100%10其中:当年财政拨款\n") == []


def test_whole_figures_that_do_not_repeat_are_left():
    """42800 | 43800 | 32800 glued: where one figure ends is unsaid, whatever the rate."""
    assert _found(SIX + "年度资金总额4280043800328001076.5%8其中:当年财政拨款\n") == []


def test_a_glued_header_may_keep_its_columns_brackets_and_a_label_its_colon():
    text = "项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)\n年度资金总额：80.0061.2075.00%\n"
    [f] = check_forms(read_text_string(text))
    assert (f.rule, f.quote) == ("form_rate", "75.00%") and "“年度资金总额”的" in f.message


def test_a_numbered_table_whose_last_column_is_the_rate_ends_each_row_at_its_per_cent():
    """…75.00%2乙县…: the 2 after the rate is the next row's 序号, not a cell of this row."""
    text = ("序号单位名称全年预算数全年执行数预算执行率1甲县80.0061.2075.00%2乙县40.0030.0075.00%\n")
    [f] = check_forms(read_text_string(text))
    assert (f.rule, f.quote) == ("form_rate", "75.00%") and "“甲县”的" in f.message and "76.50%" in f.message
