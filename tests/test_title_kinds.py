"""A document's kind said again after its title (根据《…的通知》通知，…), and the kind after a title that is
its predicate (《…的通知》通知各单位…) or the frame's provisions (按照《…暂行规定》规定，…)."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _again(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.doubled_word"]


@pytest.mark.parametrize(("text", "quote"), [
    ("根据《甲省财政厅关于开展绩效自评工作的通知》通知，我县开展了自评。", "通知》通知"),
    ("按照《县财政局关于做好自评工作的通知》通知要求，开展自评。", "通知》通知"),
    ("依据《县人民政府关于调整补助标准的批复》批复，发放补助。", "批复》批复"),
    ("《关于加强预算管理的实施意见》意见明确，各单位要压减支出。", "意见》意见"),
    ("各乡镇执行《乙县农机补贴资金管理办法》办法规定的标准。", "办法》办法"),
])
def test_a_kind_said_again_after_its_title_is_a_doubled_word(text, quote):
    assert _again(text) == [quote]


@pytest.mark.parametrize("text", [
    "《县财政局关于做好自评工作的通知》通知各单位于3月底前完成自评。",  # the title the subject, 通知 its verb
    "《县委关于表彰先进集体的决定》决定授予5个单位荣誉称号。",
    "按照《行政单位国有资产管理暂行规定》规定，资产处置须报批。",  # 按照《…》规定: the provisions
    "《行政单位国有资产管理暂行规定》规定：资产处置须报批。",
])
def test_a_kind_that_is_its_titles_predicate_or_provisions_is_left(text):
    assert _again(text) == []
