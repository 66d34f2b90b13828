"""A name after a preposition is no word made of the preposition and the name's first character (经洋山审核
is no 经验|山): the typo check leaves it alone, and still finds a slip there before a word. Sentences
are invented."""

from __future__ import annotations

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


def test_a_preposition_heading_a_name_is_not_read_as_a_word_with_its_first_character():
    # 在渔洞 is no 在于|洞, 经天通苑 no 今天|通|苑: the name goes on after the character "corrected"
    assert fixes("本年度在渔洞片区实施道路硬化工程。") == set()
    assert fixes("项目经天通苑片区管理处验收合格。") == set()


def test_a_slip_after_a_preposition_before_a_word_is_still_found():
    # what follows is a word (开展) or a character often a word alone (为): no name goes on there
    assert fixes("各单位要经长开展自查自纠。") == {("经长", "改为“经常”")}
    assert fixes("资助对象涵盖全县学生，对像为全县在校学生。") == {("对像", "改为“对象”")}
