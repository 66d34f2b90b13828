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
