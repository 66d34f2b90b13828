"""Another unit's name left in a sentence copied from its report (written on pool65 p15, after its measure): the
sibling is named where the report says the very same words and sum of itself; parallel sentences with each
unit's own sum, and a document cited by two issuers, are no copy."""

from drafting.checks.entities import check_entities
from drafting.io.text_reader import read_text_string

_OWN = "金山县青石镇人民政府"


def _siblings(text: str) -> list[str]:
    return [f.quote for f in check_entities(read_text_string(text)) if f.rule == "entities.sibling_unit"]


def _report(body: str) -> str:
    return (f"{_OWN}2023年度转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
            f"(一){_OWN}2023年度下达上级资金转移支付655.19万元。绩效目标从产出、效益指标设置。\n"
            f"(二)资金投入情况。{_OWN}严格按照上级文件设立项目。\n" + body)


def test_a_siblings_name_before_the_own_units_words_and_sum_is_found():
    text = _report("(三)总体绩效目标完成情况。\n金山县白沙镇人民政府2023年度下达上级资金转移支付655.19万元。分解10个项目。\n")
    assert _siblings(text) == ["金山县白沙镇人民政府"]


def test_a_sibling_named_with_its_own_sum_is_no_copy():
    text = _report("(三)对口协作。\n金山县白沙镇人民政府2023年度下达上级资金转移支付320.00万元,与本镇联合实施。\n")
    assert _siblings(text) == []


def test_a_document_cited_by_two_issuers_is_no_copy():
    text = ("金山县财政局2023年度部门整体支出绩效自评报告\n一、基本情况\n金山县财政局负责全县预算管理。"
            "金山县财政局内设8个股室。\n根据《金山市财政局关于转发中央专项彩票公益金支持地方社会公益事业发展资金管理办法的通知》和"
            "《金山县财政局关于转发中央专项彩票公益金支持地方社会公益事业发展资金管理办法的通知》执行。\n")
    assert _siblings(text) == []
