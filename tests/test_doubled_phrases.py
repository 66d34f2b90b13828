"""A phrase longer than a doubled word, said twice in a row, is the same slip (invented text)."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _doubled(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.doubled_word"]


@pytest.mark.parametrize(("text", "quote"), [
    ("根据《关于下达2023年农村道路养护资金预算养护资金预算的通知》（某财建〔2023〕12号），下达我县资金80万元。",
     "养护资金预算养护资金预算"),
    ("本年度共完成危房改造任务完成危房改造任务，改造农户120户。", "完成危房改造任务完成危房改造任务"),
])
def test_a_phrase_of_five_to_eight_characters_written_twice_in_a_row_is_a_slip(text, quote):
    assert _doubled(text) == [quote]


def test_a_forms_target_and_actual_cells_with_the_same_text_are_no_slip():
    text = "指标2:质量指标(5分)资金拨付程序合规资金拨付程序合规5指标3:时效指标(5分)按时完成按时完成5\n"
    assert _doubled(text) == []


@pytest.mark.parametrize("line", [
    "效益指标经济效益指标拓展销售渠道,提升销售量同比上年销量显著提高显著提高",
    "社会效益指标提升群众满意度,筹集更多公益金同比上年明显改善明显改善",
    "产出指标质量指标验收合格,资料齐全完整符合规范要求符合规范要求",
])
def test_an_indicator_row_ending_with_its_target_and_actual_glued_is_no_slip(line):
    """An OCR'd form's row with no cell breaks: the line opens with its indicator classes and ends with the
    target and the actual, the same text when the target was met."""
    assert _doubled(line + "\n") == []


def test_the_same_words_doubled_in_a_sentence_about_indicators_are_still_a_slip():
    text = "各项效益指标完成较好，群众满意度显著提高显著提高，社会效益明显。\n"
    assert _doubled(text) == ["显著提高显著提高"]
