"""Title marks read by ``open_marks``: a title whose 《 was dropped is pointed at where the 《 goes (before
its issuer, 中共中央 国务院关于…》), and a 》 that closes a title before its own tail (…办法〉》的通知》)."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _unclosed(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.unclosed"]


@pytest.mark.parametrize(("text", "head"), [
    ("为加强资金管理，按照中共中央 国务院关于全面加强绩效管理的意见》(中发〔2018〕34号)要求，开展自评。", "中共中央 国务院关于"),
    ("根据县委办公室、县人民政府办公室关于印发乡村振兴实施方案的通知》要求，开展自评。", "县委办公室、县人民政府办公室关于"),
    ("依据甲县财政局乙县财政局关于联合开展项目评价的通知》，组织开展评价。", "甲县财政局乙县财政局关于"),
])
def test_a_title_without_its_opening_mark_is_pointed_at_from_its_issuer(text, head):
    """The 《 stands before the issuer: the organs' names before 关于, after the word leading the title in."""
    [quote] = _unclosed(text)
    assert quote.startswith(head) and quote.endswith("》")


@pytest.mark.parametrize("text", [
    "资金已拨付市财政局关于下达资金的通知》要求。",  # a clause runs into the name: where it begins is unknown
    "根据上级关于下达资金的通知》要求。",  # 上级 is no organ's name
    "各单位在执行的县财政局关于预算管理的意见》中明确。",  # a clause's words before the name
])
def test_where_no_issuers_name_is_known_the_title_is_pointed_at_from_guanyu(text):
    [quote] = _unclosed(text)
    assert quote.startswith("关于")


@pytest.mark.parametrize("text", [
    "根据《甲县财政局关于印发〈甲县项目支出绩效评价管理暂行办法〉》的通知》(甲财发〔2022〕6号)要求，开展自评。",
    "根据《甲县财政局关于印发<甲县项目支出绩效评价管理暂行办法>》的通知》要求，开展自评。",
    "根据《甲县财政局关于印发甲县项目支出绩效评价管理暂行办法》的通知》要求，开展自评。",
    "按照《乙市人民政府关于转发〈省预算绩效管理办法〉》的实施意见》执行。",
])
def test_a_title_closed_before_its_tail_has_one_closing_mark_too_many(text):
    """The document issuing another is named whole inside one pair: 《…关于印发〈…〉的通知》."""
    [quote] = [q for q in _unclosed(text) if q.endswith("》") and "》的" in q]
    assert quote.endswith(("的通知》", "的实施意见》")) and "》的" in quote


@pytest.mark.parametrize("text", [
    "根据《甲县财政局关于印发〈甲县项目支出绩效评价管理暂行办法〉的通知》要求，开展自评。",
    "根据《甲县财政局关于印发《甲县项目支出绩效评价管理暂行办法》的通知》要求，开展自评。",  # inner 《》: another slip
    "根据《甲县财政局关于转发\n《省财政厅项目绩效评价办法》的通知》要求，开展自评。",  # the outer 《 a line before
])
def test_titles_nested_or_opened_on_the_line_before_have_no_stray_closer(text):
    assert not [q for q in _unclosed(text) if "》的" in q]
