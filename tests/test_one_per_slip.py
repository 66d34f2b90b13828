"""One problem, one finding (issue 9 §3): the same language slip written in several places is one
finding at its first place that lists the others; different slips, and slips whose fix is no single
replacement, stay apart."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review


def language(text: str, rule: str):
    return [f for f in review(read_text_string(text)).findings if f.rule == rule]


def test_a_doubled_word_copied_into_two_places_is_one_finding_listing_both():
    text = ("根据《省级农产品农产品质量监管资金管理办法》要求，我局开展了自评。\n\n"
            "资金依照《省级农产品农产品质量监管资金管理办法》拨付到位。")
    found = language(text, "language.doubled_word")
    assert len(found) == 1
    assert "全文共2处" in found[0].message
    assert [r.quote for r in found[0].related] == ["农产品农产品"]


def test_two_different_doubled_words_stay_two_findings():
    text = "我局加强加强了资金管理。\n\n各乡镇完善完善了台账。"
    assert sorted(f.quote for f in language(text, "language.doubled_word")) == ["加强加强", "完善完善"]


def test_an_unbalanced_quote_in_two_paragraphs_is_two_problems():
    text = "开展“四下基层活动，效果良好。\n\n推进“放管服改革，成效明显。"
    assert len(language(text, "language.unbalanced_quote")) == 2


def test_a_clause_said_twice_in_two_paragraphs_counts_two_places_not_its_copies():
    clause = "保障灌区群众生产用水需要，保障灌区群众生产用水需要，"
    text = f"今年完成泵站改造两处，{clause}效果良好。\n\n明年继续推进，{clause}确保安全。"
    (found,) = language(text, "language.repeated_clause")
    assert "全文共2处" in found.message
    assert len(found.related) == 3  # its own first copy, the other place and that place's first copy


def test_one_wrong_growth_rate_written_in_two_sentences_is_one_finding():
    text = ("2023年度收、支总计1850.40万元，比上年增加150.40万元，增长12.50%。\n\n"
            "2023年度本年收入合计1850.40万元，比上年增加150.40万元，增长12.50%。")
    (found,) = language(text, "sentence_change_rate")
    assert "全文共2处" in found.message
    assert "12.50%" in [r.quote for r in found.related]


def test_two_different_wrong_rates_stay_two_findings():
    text = ("2023年度收、支总计1850.40万元，比上年增加150.40万元，增长12.50%。\n\n"
            "2023年度本年支出合计1620.00万元，比上年增加120.00万元，增长9.10%。")
    assert len(language(text, "sentence_change_rate")) == 2
