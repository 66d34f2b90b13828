"""发文字号 written in one wrong shape by several issuers: one finding for the shape, every document
listed whole (its 机关代字 with it), so each one the fix concerns can be found."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某区城市管理局2021年度项目支出绩效自评报告\n一、项目基本情况\n"


def _numbers(body: str):
    report = read_text_string(HEAD + body)
    return [f for f in check_language(report) if f.rule == "language.document_number"]


def test_every_number_of_one_wrong_shape_is_listed_with_its_issuer():
    [f] = _numbers("预算包括：某县委宣【2020】17号文创建文明城区经费16万元、某财教【2019】52号 体育场馆开放补助4万元。\n")
    assert f.quote == "某县委宣【2020】17号"
    assert [r.quote for r in f.related] == ["某财教【2019】52号"]
    assert "全文共2处同样写法" in f.message and "某财教【2019】52号" in f.message


def test_a_lead_word_before_a_listed_number_is_no_part_of_its_issuer():
    [f] = _numbers("依据某财预[2021]15号文件下达资金，按某县农[2021]3号文件执行。\n")
    assert [r.quote for r in f.related] == ["某县农[2021]3号"]


def test_the_same_number_cited_again_is_not_named_twice():
    [f] = _numbers("依据某财预[2021]15号文件下达资金。\n二、资金使用\n资金按某财预[2021]15号文件拨付。\n")
    assert [r.quote for r in f.related] == ["某财预[2021]15号"]
    assert f.message.endswith("（全文共2处同样写法）")
