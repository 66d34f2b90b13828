"""A doubled character whose first copy makes a common word with the character before it closes that word:
补短板强弱项|项目 is two words meeting (弱项, 项目), no key struck twice (pool65 p11, after its measure); 工程支支出,
where 程支 is no word, is still a slip."""

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _doubled(text: str) -> list[str]:
    return [f.quote for f in check_typos(read_text_string(text)) if f.rule == "language.doubled_char"]


def test_two_words_meeting_on_one_character_are_no_slip():
    assert _doubled("一、工作开展情况\n报送信贷支持县城补短板强弱项项目11个,信贷需求18.97亿元。\n") == []


def test_a_key_struck_twice_at_a_words_start_is_still_found():
    assert _doubled("一、资金使用情况\n全年改造工程支支出128万元,均按合同拨付。\n") == ["支支"]
