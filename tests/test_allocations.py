"""One document's allocation stated twice with two amounts (checks/arithmetic/allocations.py).
Invented fund documents and wording."""

import pytest

from drafting.checks.arithmetic.allocations import check_allocations
from drafting.io.text_reader import read_text_string

FIRST = "县财政局某财农〔2024〕17号文件《关于下达2024年农田水利资金的通知》，下达我县2024年资金{whole}。\n"
SECOND = "某财农〔2024〕17号文件《关于下达2024年农田水利资金的通知》，下达渠道维修养护{part}。\n"


def _found(text: str) -> list[tuple[str, list[str]]]:
    return [(f.quote, [r.quote for r in f.related]) for f in check_allocations(read_text_string(text))]


def test_a_purpose_given_more_than_the_documents_whole_allocation_is_flagged():
    assert _found(FIRST.format(whole="8万元") + SECOND.format(part="9万元")) == [("9万元", ["8万元"])]


def test_two_whole_allocations_of_one_document_that_differ_are_flagged():
    again = "某财农〔2024〕17号文件下达我县资金12万元。\n"
    assert _found(FIRST.format(whole="8万元") + again) == [("12万元", ["8万元"])]


@pytest.mark.parametrize("text", [
    FIRST.format(whole="8万元") + SECOND.format(part="6万元"),  # a part within the whole
    FIRST.format(whole="8万元") + SECOND.format(part="80000元"),  # the same sum in 元
    # two purposes of one document: two parts, any amounts
    SECOND.format(part="9万元") + "某财农〔2024〕17号文件下达水毁修复资金5万元。\n",
    # another document
    FIRST.format(whole="8万元") + SECOND.replace("17号", "18号").format(part="9万元"),
    # a sentence with two amounts says no one allocation
    FIRST.format(whole="8万元") + "某财农〔2024〕17号文件下达渠道维修9万元、水毁修复3万元。\n",
])
def test_allocations_that_agree_or_cannot_be_compared_are_left_alone(text):
    assert _found(text) == []


def test_the_finding_reaches_the_review():
    from drafting.review import review
    text = "某县2024年度农田水利资金绩效自评报告\n" + FIRST.format(whole="8万元") + SECOND.format(part="9万元")
    assert "allocation_twice" in [f.rule for f in review(read_text_string(text)).findings]


@pytest.mark.parametrize("text", [
    # paid is not allocated: a document's money is paid in instalments
    "某财农〔2024〕15号文件下达我县资金300万元。\n截至年底，县财政局按某财农〔2024〕15号文件拨付资金180万元。\n",
    # two batches, an addition, an advance of next year's money under one document number
    "根据某财教〔2024〕8号文件，第一批下达我县资金30万元。根据某财教〔2024〕8号文件，第二批下达我县资金20万元。\n",
    "根据某财教〔2024〕8号文件，下达我县资金30万元。根据某财教〔2024〕8号文件，追加下达我县资金20万元。\n",
    "根据某财教〔2024〕10号文件，下达我县资金40万元。根据某财教〔2024〕10号文件，提前下达我县资金35万元。\n",
    # two years, two places (the whole city's allocation and the county's share)
    "根据某财教〔2024〕10号文件，下达我县2024年资金40万元。根据某财教〔2024〕10号文件，下达我县2025年资金35万元。\n",
    "根据某财农〔2024〕12号文件，省财政厅下达全市资金5000万元。根据某财农〔2024〕12号文件，市财政局下达我县资金200万元。\n",
    # an amount with its purpose after it is a part, not the whole
    "根据某财教〔2024〕5号文件，下达我县学前教育资助资金60万元。根据某财教〔2024〕5号文件，下达我县资金45万元用于义务教育阶段。\n",
])
def test_payments_batches_years_places_and_purposes_after_the_amount_are_no_second_whole(text):
    assert _found(text) == []


def test_one_recipient_named_once_and_once_as_ours_is_still_one_whole():
    text = "某财农〔2024〕17号文件下达某县2024年资金8万元。\n某财农〔2024〕17号文件下达我县资金12万元。\n"
    assert _found(text) == [("12万元", ["8万元"])]


@pytest.mark.parametrize("later", [
    "按照某财农〔2024〕12号文件要求，县财政安排县级配套资金50万元。\n",  # the county's own money
    "根据某财农〔2024〕12号文件精神，县财政局安排本级资金45万元。\n",
    "按某财农〔2024〕12号文件分配标准，我县安排乡镇资金40万元。\n",  # the document's standard, not its money
    "根据某财农〔2024〕12号文件，调减下达我县资金10万元。\n",  # a change to it, not it
])
def test_what_the_county_arranged_after_a_document_is_not_its_allocation(later):
    assert _found("根据某财农〔2024〕12号文件，下达我县资金30万元。\n" + later) == []


def test_two_issuers_documents_of_one_year_and_serial_are_two_documents():
    text = "根据内财农〔2024〕12号文件，下达我县资金300万元。\n根据呼财农〔2024〕12号文件，下达我县资金50万元。\n"
    assert _found(text) == []
    # the issuing body written before the code in one citation only: one document
    text = "根据县财政局某财建〔2024〕7号文件，下达我县资金80万元。\n某财建〔2024〕7号文件下达我县资金90万元。\n"
    assert [q for q, _ in _found(text)] == ["90万元"]
