"""A money label ending in 下达 keeps its 达: 上级下达120万元 names the money handed down, and the 达 that
leads to a figure (预算达120万元) is another word. Trimmed, the text's label (上级下) named no table row
(上级下达) and a figure that disagreed with its row went unread. Invented text."""

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

TABLE = "资金来源表（单位：万元）\n来源\t金额\n上级下达\t120.00\n县级配套\t30.00\n\n"
PIPES = "| 来源 | 金额（万元） |\n| 省级下达 | 86.50 |\n| 市级配套 | 20.00 |\n\n"
PDF = ("某县某项目绩效自评报告\n资金来源表（单位：万元）\n来源\t金额\n上级下达\t120.00\n县级配套\t30.00\n— 2 —\n"
       "某县某项目绩效自评报告\n资金来源方面，上级下达{v}万元，县级配套\n30万元。\n")


def _against_tables(text: str) -> list[str]:
    findings = check_arithmetic(read_text_string(text))
    return [f.location.quote for f in findings if f.rule == "narrative_vs_table"]


def test_a_sentence_disagreeing_with_the_row_of_money_handed_down_is_found():
    assert _against_tables(TABLE + "资金来源方面，上级下达100万元，县级配套30万元。\n") == ["100万元"]


def test_the_same_in_a_table_of_bars_and_across_a_pdf_page_break():
    assert _against_tables(PIPES + "项目资金到位情况：省级下达80.5万元，市级配套20万元。\n") == ["80.5万元"]
    assert _against_tables(PDF.format(v=100)) == ["100万元"]


def test_the_message_names_the_label_whole():
    [f] = [f for f in check_arithmetic(read_text_string(TABLE + "资金来源方面，上级下达100万元。\n"))
           if f.rule == "narrative_vs_table"]
    assert "“上级下达”" in f.message


def test_agreeing_figures_and_other_money_stay_silent():
    assert _against_tables(TABLE + "资金来源方面，上级下达120万元，县级配套30万元。\n") == []
    assert _against_tables(PIPES + "项目资金到位情况：省级下达86.5万元，市级配套20万元。\n") == []
    assert _against_tables(PDF.format(v=120)) == []
    assert _against_tables(TABLE + "资金来源方面，上级下达资金中已拨付100万元。\n") == []


def test_da_that_leads_to_a_figure_is_still_trimmed():
    text = "资金来源表（单位：万元）\n来源\t金额\n项目预算\t120.00\n\n资金情况：项目预算达100万元。\n"
    assert _against_tables(text) == ["100万元"]
    assert _against_tables(text.replace("达100", "达120")) == []
