"""The 自评表's budget block is checked however its cells were flattened."""

import pytest

from drafting.checks.arithmetic.forms import check_forms
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string

HEADER = ["年初", "预算数", "全年预算数", "全年", "执行数", "分值", "执行率", "得分"]


def _one_cell_per_line(*cells: str) -> str:
    """A form copied from a web page: one cell per line, blank lines between."""
    return "部门整体支出绩效自评表\n\n" + "\n\n".join(cells) + "\n"


def test_a_rate_that_is_not_spent_over_budget_is_flagged_with_the_right_rate():
    text = _one_cell_per_line(*HEADER, "年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", "10", "100%", "10")
    findings = check_forms(read_text_string(text))
    assert [(f.kind, f.quote) for f in findings] == [(Kind.ARITHMETIC_MISMATCH, "100%")]
    assert "80.45%" in findings[0].message
    assert findings[0].severity is Severity.WARNING  # not measured at 95% yet
    assert {r.quote for r in findings[0].related} == {"4753.66万元", "3824.26万元"}


def test_a_rate_rounded_or_capped_at_the_shown_precision_is_right():
    rows = ["年度资金总额", "0", "2.38", "2.4", "10", "100", "10",  # 100.84% shown capped at 100
            "其中:财政拨款", "0", "0.58", "0.5", "——", "86.2", "——",  # 86.206…% at one place
            "其他资金", "0", "1.8", "1.9", "——", "100", "——",
            "上年结转资金", "0", "0", "0", "——", "——", "——"]
    text = "项目资金(万元) |\n" + "\n".join(c + " |" for c in [*HEADER, *rows])
    assert check_forms(read_text_string(text)) == []


def test_a_rate_on_a_row_of_a_pipe_table_is_checked():
    text = ("预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||\n"
            "年度财政资金总额 | 278.4449 | 30.00 | 17.77% | 2.16 | |||||\n")
    findings = check_forms(read_text_string(text))
    assert [f.quote for f in findings] == ["17.77%"]
    assert "10.77%" in findings[0].message




@pytest.mark.parametrize("sep", ["\t", "  ", "\u3000\u3000"])
def test_a_row_copied_from_word_with_tabs_or_wide_spaces_between_cells_is_checked(sep):
    text = (sep.join(["预算执行情况(万元)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分"]) + "\n"
            + sep.join(["年度财政资金总额", "278.4449", "30.00", "17.77%", "2.16"]) + "\n")
    assert [f.quote for f in check_forms(read_text_string(text))] == ["17.77%"]


def test_single_spaces_inside_a_cell_do_not_split_it():
    text = "预算执行情况 | 预算数 | 执行数 | 执行率 | 得分\n年度资金 总额 | 100 | 80 | 70% | 8\n"
    assert [f.quote for f in check_forms(read_text_string(text))] == ["70%"]


def test_the_total_row_must_be_the_sum_of_its_three_sources():
    rows = ["年度资金总额", "100", "120", "110", "10", "91.67%", "9",
            "其中：财政拨款", "80", "90", "85", "", "94.44%", "",
            "上年结转资金", "10", "10", "10", "", "100%", "",
            "其他资金", "10", "10", "15", "", "150%", ""]
    text = _one_cell_per_line(*HEADER, *[c or "——" for c in rows])
    findings = [f for f in check_forms(read_text_string(text)) if f.rule == "form_total"]
    # 全年预算数 120 is not 90 + 10 + 10; 年初 100 and 执行数 110 (85 + 10 + 15) add up
    assert [f.quote for f in findings] == ["120"]
    assert "110" in findings[0].message


def test_a_block_without_all_three_sources_is_not_summed():
    rows = ["年度资金总额", "100", "120", "110", "10", "91.67%", "9",
            "其中：财政拨款", "80", "90", "85", "——", "94.44%", "——"]
    assert [f for f in check_forms(read_text_string(_one_cell_per_line(*HEADER, *rows))) if f.rule == "form_total"] == []


def test_a_score_above_its_weight_is_flagged_and_a_full_score_is_not():
    over = _one_cell_per_line(*HEADER, "年度资金总额", "100万元", "100万元", "98万元", "10", "98%", "12")
    [f] = check_forms(read_text_string(over))
    assert f.rule == "form_score_over_weight" and f.quote == "12" and [r.quote for r in f.related] == ["10"]
    full = _one_cell_per_line(*HEADER, "年度资金总额", "100万元", "100万元", "100万元", "10", "100%", "10")
    assert check_forms(read_text_string(full)) == []


_PAIRED = ("部门整体支出绩效自评表\n\n年度预算资金（万元）\n\n全年预算数\n\n1,385.40\n\n全年执行数\n\n{spent}\n\n执行率\n\n{rate}\n\n"
           "其中：基本支出\n\n全年预算数\n\n905.40\n\n全年执行数\n\n903.96\n\n项目支出\n\n全年预算数\n\n480.00\n\n全年执行数\n\n458.22\n")


def test_a_budget_block_laid_out_label_then_value_is_checked_like_a_row_of_columns():
    assert check_forms(read_text_string(_PAIRED.format(spent="1,362.18", rate="98.32%"))) == []
    found = check_forms(read_text_string(_PAIRED.format(spent="1,372.18", rate="98.32%")))
    assert sorted(f.rule for f in found) == ["form_rate", "form_total"]
    [total] = [f for f in found if f.rule == "form_total"]
    assert total.quote == "1,372.18" and "基本支出与项目支出之和（1362.18）" in total.message


@pytest.mark.parametrize("layout", ["{b}\n{s}\n{r}", "{b}  {s}  {r}", "项目资金（万元）：\n年初预算数：1,200.00\n{b}\n{s}\n{r}\n其中：中央资金：800.00"])
def test_the_block_written_as_label_value_fields_is_checked(layout):
    """全年预算数：1,350.00 / 全年执行数：1,296.00 / 执行率：93.00% — the same relation in 标签：值 fields."""
    text = layout.format(b="全年预算数：1,350.00", s="全年执行数：1,296.00", r="执行率：93.00%")
    [f] = check_forms(read_text_string(text))
    assert f.quote == "93.00%" and "96.00%" in f.message and f.rule == "form_rate"
    right = layout.format(b="全年预算数：1,350.00", s="全年执行数：1,296.00", r="执行率：96%")
    assert check_forms(read_text_string(right)) == []


def test_fields_far_apart_or_named_twice_are_no_block():
    apart = "全年预算数：1,350.00\n说明一\n说明二\n说明三\n全年执行数：1,296.00\n执行率：93.00%"
    assert check_forms(read_text_string(apart)) == []


def _pipe_cells(*cells: str) -> str:
    """A form copied from a web page with "|" closing every cell, one cell per line; a blank cell is
    a bare "|" (no cell at all once read)."""
    return "项目支出绩效自评表\n" + "\n".join(f"{c} |" if c else "|" for c in cells) + "\n"


FORM_2023 = ["年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]


def test_a_row_whose_score_is_blank_is_read_up_to_its_rate_under_the_2023_form_headers():
    text = _pipe_cells(*FORM_2023, "总额", "88.20", "95.00", "95.00", "97.00%", "10", "", "执行率未达到90%的需说明原因",
                       "其中:财政资金", "88.20", "95.00", "95.00", "100.00%", "/", "/")
    [f] = check_forms(read_text_string(text))
    assert f.quote == "97.00%" and "100.00%" in f.message


def test_a_row_with_a_blank_budget_cell_is_not_shifted_onto_the_wrong_columns():
    # the 年初预算 cell is blank: read by position, 95.00 would be the budget and 100.00% the spending
    text = _pipe_cells(*FORM_2023, "总额", "", "95.00", "95.00", "100.00%", "10", "10")
    assert check_forms(read_text_string(text)) == []


def test_a_header_word_broken_after_a_shorter_header_is_read_whole():
    # 年初预算 / 数 is the header 年初预算数, not 年初预算 followed by a stray cell
    text = _one_cell_per_line("年初预算", "数", "全年预算数", "全年执行数", "执行率", "年度资金总额", "50", "50", "40", "100%")
    [f] = check_forms(read_text_string(text))
    assert f.quote == "100%" and "80.00%" in f.message


@pytest.mark.parametrize("sep", ["\n", " "])
def test_a_block_whose_cells_are_one_space_apart_is_read_word_by_word(sep):
    # a form copied from a PDF: one space between cells, each row on its line or all on one
    rows = ["项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分", "年度资金总额 100 100 95 10 {rate} 9.5",
            "其中：当年财政拨款 100 100 95 - 95% -"]
    text = "项目支出绩效自评表" + sep + sep.join(rows)
    [f] = check_forms(read_text_string(text.format(rate="90%")))
    assert f.quote == "90%" and "95.00%" in f.message
    assert check_forms(read_text_string(text.format(rate="95%"))) == []


def test_fields_written_without_a_colon_are_read_as_fields():
    text = "项目绩效自评表\n全年预算数100万元\n全年执行数90万元\n执行率{}"
    [f] = check_forms(read_text_string(text.format("95%")))
    assert f.quote == "95%" and "90.00%" in f.message
    assert check_forms(read_text_string(text.format("90%"))) == []


def test_a_row_that_left_its_initial_budget_blank_is_read_from_its_rate_column():
    text = ("| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |\n"
            "| 3876.62 | 3876.62 | 10 | 96% | 10 | 其中:财政拨款 |\n")
    findings = check_forms(read_text_string(text))
    assert [f.quote for f in findings] == ["96%"] and "100.00%" in findings[0].message
    assert check_forms(read_text_string(text.replace("96%", "100%"))) == []


def test_the_control_rate_of_a_basic_data_form_is_staff_over_posts():
    cells = ["2023年度部门整体支出绩效评价基础数据表", "财政供养人员情况(人", "编制数", "2023 年实际在职人数", "控制率",
             "40", "45", "{}", "经费控制情况(万元"]
    wrong = check_forms(read_text_string(_one_cell_per_line(*cells).format("117.50%")))
    assert [(f.rule, f.quote) for f in wrong] == [("form_control_rate", "117.50%")] and "112.50%" in wrong[0].message
    assert check_forms(read_text_string(_one_cell_per_line(*cells).format("112.50%"))) == []


@pytest.mark.parametrize("rate", ["0.955", "0.96", "0.9"])
def test_a_rate_written_as_the_ratio_itself_without_a_per_cent_sign_is_read_as_a_per_cent(rate):
    """0.955 in the 执行率 column is 95.5%: the ratio itself, at its own precision (0.9 is 90%, shown
    to one place of the ratio)."""
    text = _one_cell_per_line(*HEADER, "年度资金总额", "50", "60", "57.3", "10", rate, "9.55")
    assert check_forms(read_text_string(text)) == []


@pytest.mark.parametrize("rate", ["0.945", "0.8", "1"])
def test_a_ratio_that_is_not_spent_over_budget_is_still_flagged(rate):
    text = _one_cell_per_line(*HEADER, "年度资金总额", "50", "60", "57.3", "10", rate, "9.55")
    [f] = check_forms(read_text_string(text))
    assert f.quote == rate and "95.50%" in f.message


def test_a_qizhong_row_repeating_the_total_rows_wrong_rate_is_one_finding_with_both_cells():
    """All the money is 当年财政拨款: the 其中 row repeats the total row, and its wrong rate is the same
    slip, not a second problem."""
    rows = ["年度资金总额", "50", "60", "57.3", "10", "96.5%", "9.65",
            "其中：当年财政拨款", "50", "60", "57.3", "-", "96.5%", "-",
            "上年结转资金", "0", "0", "0", "-", "-", "-"]
    [f] = check_forms(read_text_string(_one_cell_per_line(*HEADER, *rows)))
    assert f.quote == "96.5%" and [r.quote for r in f.related].count("96.5%") == 1
    # a 其中 row of other figures is another rate, found on its own
    rows[8:11] = ["30", "40", "38"]
    assert len(check_forms(read_text_string(_one_cell_per_line(*HEADER, *rows)))) == 2


def test_a_header_whose_column_letter_lost_its_closing_bracket_is_still_read():
    # copied from a PDF with single spaces between cells: 全年预算数(A 全年执行数(B …
    text = ("资金情况\n(万元)\n  全年预算数(A 全年执行数(B 分值 执行率(B/A) 得分\n"
            "年度资金总额: 530 520 10 96.00% 9.8\n 其中:本年财政拨款 530 520 -   -\n")
    findings = check_forms(read_text_string(text))
    assert [f.quote for f in findings] == ["96.00%"]
    assert "98.11%" in findings[0].message


def test_a_second_form_copied_with_single_spaces_is_read_beside_a_form_in_another_layout():
    text = ("项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
            "年度资金总额 | 120 | 120 | 114 | 10 | 95% | 9.5\n\n另一项目\n"
            "年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 50 50 40 10 95% 9.5\n")
    findings = check_forms(read_text_string(text))
    assert [f.quote for f in findings] == ["95%"]
    assert "80.00%" in findings[0].message and findings[0].location.quote == "95%"


def test_budget_fields_named_budget_execution_rate_are_read():
    findings = check_forms(read_text_string("预算数：120万元\n执行数：111万元\n预算执行率：95%\n"))
    assert [f.quote for f in findings] == ["95%"] and "92.50%" in findings[0].message


@pytest.mark.parametrize("between, found", [
    ("资金使用规范，管理到位", 1),  # two pieces between the fields: still one block
    ("资金使用规范，管理到位，效果明显", 0),  # three: the block is broken
    ("说明：资金使用规范", 1),
])
def test_text_naming_no_field_counts_its_pieces_between_fields_without_being_cut(monkeypatch, between, found):
    """Speed (issue 14): a cell whose text holds neither 预算 nor 执行 names no field; it is not cut
    into pieces (most cells and every paragraph), yet its pieces still count as the gap between two
    fields of one block."""
    from drafting.checks.arithmetic import forms

    cut: list[str] = []
    real = forms._pieces
    monkeypatch.setattr(forms, "_pieces", lambda cell: cut.append(cell.text) or real(cell))
    text = f"全年预算数：1,350.00\n全年执行数：1,296.00\n{between}\n执行率：93.00%"
    assert len([f for f in check_forms(read_text_string(text)) if "93.00%" in f.quote]) == found
    assert between not in cut and cut


def test_a_budget_header_is_looked_for_only_where_a_rate_is_named(monkeypatch):
    """Speed (issue 14): a budget block's header names its spending and that spending's rate
    (执行数 … 执行率); text without 率 on its line or the next is not searched for the spending word."""
    from drafting.checks.arithmetic import forms

    searched: list[str] = []
    real = forms._SPENT_WORD

    class Spy:
        def finditer(self, text):
            searched.append(text)
            return real.finditer(text)

    monkeypatch.setattr(forms, "_SPENT_WORD", Spy())
    text = "资金使用情况良好\n项目 年初预算数 全年预算数 全年执行数 执行率\n年度资金总额 100 100 95 90%\n工作成效明显\n以上\n"
    [f] = check_forms(read_text_string(text))
    assert f.quote == "90%" and f.rule == "form_rate"
    assert "资金使用情况良好" in searched  # the line before the header: the next line names the rate
    assert "工作成效明显" not in searched and "以上" not in searched


def test_a_row_with_one_figure_more_than_its_header_has_columns_is_not_read_misaligned():
    """年度资金总额: 28.1 28.1 28.1 28.1 10 100% 10 under six columns: which figure is whose is unknown, so no
    执行率 of "10" and no score "over its weight" (premise from pool54 A11, measured held out; invented figures).
    A row of the header's width on its line is still checked."""
    header = "项目资金(万元)  年初预算数  全年预算数(A)  全年执行数(B)  分值  预算执行率(B/A)  得分\n"
    extra = header + "年度资金总额:  36.5  36.5  36.5  36.5  10  100%  10\n 其中:中央资金  36.5  36.5  36.5  36.5  10  100%  10\n"
    assert check_forms(read_text_string(extra)) == []
    fitting = header + "年度资金总额:  36.5  36.5  30.0  10  100%  10\n"
    assert [f.quote for f in check_forms(read_text_string(fitting))] == ["100%"]
