"""发文字号 of a finance bureau's division written without brackets, and one without its 〔 and 号 (invented)."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _numbers(text: str) -> list[tuple[str, str]]:
    report = read_text_string("某局2020年度项目支出绩效自评报告\n一、项目概况\n" + text + "\n")
    return [(f.quote, f.suggestion) for f in check_language(report) if f.rule == "language.document_number"]


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("根据《关于2019年部门预算的批复》(保财农201919号)文件精神，下达经费60万元。", "保财农201919号", "保财农〔2019〕19号"),
    ("按照《关于下达补助资金的通知》（某财社202076号）要求，资金已拨付。", "某财社202076号", "某财社〔2020〕76号"),
])
def test_a_finance_divisions_number_with_the_year_run_into_the_serial_is_told(text, quote, right):
    assert _numbers(text) == [(quote, f"改为 {right}")]


def test_a_number_with_neither_its_opening_bracket_nor_its_hao_is_told_once_for_every_place():
    text = "根据《关于绩效评价工作的通知》(保财预2020〕95)和《自评暂行办法》(保财预2017〕166)文件要求。"
    found = check_language(read_text_string("一、项目概况\n" + text + "\n"))
    [f] = [f for f in found if f.rule == "language.document_number"]
    assert f.quote == "保财预2020〕95" and "前缺少“〔”，序号后缺少“号”" in f.message and len(f.related) == 1
    assert f.suggestion == "改为 保财预〔2020〕95号"


@pytest.mark.parametrize("text", [
    "合同编号2020]3)已归档。",  # no 〕: nothing says a 发文字号
    "项目于2020年12月完成，支付财务费用201919元。",
    "根据《关于绩效评价工作的通知》(保财预〔2020〕95号)要求。",
])
def test_numbers_that_are_no_malformed_document_numbers_are_left_alone(text):
    assert _numbers(text) == []
