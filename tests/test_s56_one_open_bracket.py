"""A score bracket left open that the sentence rule already tells open is one finding, not two (pool66 p12 after
round 2's merge: (6分 资金到位率,… was told by both rules)."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _open(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.unclosed"]


def test_an_open_score_bracket_the_sentence_rule_tells_is_one_finding():
    text = "一、投入\n(二) 资金落实(6分 资金到位率,各项资金落实到位,到位率100%,自评得6分。\n"
    assert len(_open(text)) == 1


def test_an_open_score_bracket_before_a_colon_is_still_found():
    text = "一、投入\n(3) 项目预算规范性(3分 :根据《办法(2017-2020年)》编制预算,自评得3分\n"
    assert _open(text) == ["(3分"]
