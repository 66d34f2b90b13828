"""The 自评表's 其中 rows hold the money columns only (the template leaves their 分值, 执行率 and 得分
blank), and a total below one of its sources is wrong whatever the blank rows hold. Forms invented."""

from drafting.checks.arithmetic.forms import check_forms
from drafting.io.text_reader import read_text_string

HEADER = "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |"


def _totals(text: str) -> list[str]:
    return [f.quote for f in check_forms(read_text_string(text)) if f.rule == "form_total"]


def test_a_zero_total_over_a_filled_source_row_is_flagged():
    text = "\n".join([HEADER, "年度资金总额 | 0 | 0 | 0 | 10 | 0 | 0 |",
                      "其中：本年财政拨款 | 90 | 90 | 89.974 |", "上年结转资金 |", "其他资金 |", "年度总体目标 |"])
    [f] = [f for f in check_forms(read_text_string(text)) if f.rule == "form_total"]
    assert f.quote == "0" and "小于其中的本年财政拨款（90）" in f.message and "另有2栏" in f.message
    assert len(f.related) == 5  # the source's cell, then the other two columns' total and source cells


def test_a_form_flattened_onto_one_line_with_single_spaces_is_read_cell_by_cell():
    """A .docx dumped as text puts one space between cells; the block's header words (three or more)
    say that the spaces of that line part cells."""
    text = ("附件：项目支出绩效自评表（2022年度） 项目名称 委托业务项目 项目资金 (万元) 年初预算数 全年预算数 "
            "全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 "
            "上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况")
    assert _totals(text) == ["0"]


def test_a_total_at_or_above_its_filled_source_is_left_alone_when_other_rows_are_blank():
    """A blank 上年结转资金 or 其他资金 row may hold money the copy lost: a total above the 财政拨款 row
    proves nothing; equal to it, nothing is wrong."""
    for total in ("90 | 90 | 89.974", "100 | 100 | 99.974"):
        text = "\n".join([HEADER, f"年度资金总额 | {total} | 10 | 100% | 10 |",
                          "其中：本年财政拨款 | 90 | 90 | 89.974 |", "上年结转资金 |", "其他资金 |"])
        assert _totals(text) == []


def test_single_spaces_in_a_sentence_naming_a_header_word_split_nothing():
    text = "本项目 全年预算数 为 90 万元 ，全年执行数 89.97 万元 ，执行率 99.97% 。"
    assert check_forms(read_text_string(text)) == []
