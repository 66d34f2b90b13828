"""A 《title》 pasted into the middle of a word (checks/split_words.py). Invented sentences."""

import pytest

from drafting.checks.split_words import titles_inside_words
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _found(text: str) -> list[str]:
    return [f.quote for f in titles_inside_words(read_text_string(text))]


@pytest.mark.parametrize("text, title", [
    ("指导各乡镇和县直机关、企事《乡村振兴的十个故事》业单位做好宣传工作。", "《乡村振兴的十个故事》"),
    ("组织全体干部学习习近平新时代中国特色社《秋季防火须知》会主义思想。", "《秋季防火须知》"),
])
def test_a_title_that_splits_a_word_is_flagged(text, title):
    assert _found(text) == [title]


@pytest.mark.parametrize("text", [
    "根据《某县项目资金管理办法》要求，及时拨付资金。",
    "印发《某县绩效管理实施方案》的通知。",
    "与施工方签订《工程施工合同》协议，明确双方责任。",  # 签订 and 协议 are words of their own
    "组织干部观看《廉政警示录》专题片。",
    "认真贯彻《预算法》实施条例。",
])
def test_titles_between_words_are_left_alone(text):
    assert _found(text) == []


def test_the_finding_reaches_the_review():
    text = "某县妇联2023年度部门整体支出绩效评价报告\n指导各乡镇和县直机关、企事《乡村振兴的十个故事》业单位做好宣传工作。\n"
    assert "splice.title_in_word" in [f.rule for f in review(read_text_string(text)).findings]
