"""Session 65's lead fixes: labelled misses of the spent pools (109–136), read by cause."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(text)).findings]


# pool116 p02: a unit written twice after its figure (支出资金11.96万元万元).

def test_a_money_unit_written_twice_after_its_figure_is_a_repeated_word():
    text = "一、项目概况\n核定我院用于预防艾滋病项目的财政拨款支出资金11.96万元万元，该资金指标于年初下达我院。\n"
    assert ("language.doubled_char", "万元万元") in _found(text)


def test_a_unit_once_after_each_figure_is_no_repeated_word():
    text = "一、项目概况\n核定资金11.96万元，其中中央资金5万元、省级资金6.96万元。\n"
    assert not [r for r, _ in _found(text) if r == "language.doubled_char"]


# pool120 p03 and pool112 p13: a closing bracket at its line's end with nothing opened before it.

_BUDGET = "一、基本情况\n（一）预算情况\n中央财政下达专项转移支付资金264万元不含上年结转148.44万元)\n（二）绩效目标\n全年完成目标。\n"


def test_a_closing_bracket_ending_its_line_with_none_open_is_stray():
    assert ("language.unclosed", "万元)") in _found(_BUDGET)


def test_a_bracket_opened_on_the_line_before_is_closed_not_stray():
    text = _BUDGET.replace("264万元不含上年结转148.44万元)", "264万元（不含\n上年结转148.44万元)")
    assert not [q for r, q in _found(text) if r == "language.unclosed"]


def test_a_list_marker_bracket_at_a_lines_end_is_no_stray_closer():
    text = "一、基本情况\n主要职责如下：\n1)\n负责全县社会救助工作。\n"
    assert not [q for r, q in _found(text) if r == "language.unclosed"]


# pool117 p06: 已 said twice around a date (资金已于2024年11月20日已拨付村居).

def test_already_said_before_and_after_a_date_is_said_twice():
    text = "一、资金使用情况\n村居补助资金已于2024年11月20日已拨付村居，用于村级组织运转。\n"
    assert ("language.verb_twice", "已于2024年11月20日已") in _found(text)


def test_already_once_before_a_date_and_once_in_the_next_clause_is_two_acts():
    text = "一、资金使用情况\n资金已于2024年11月20日拨付村居，已完成全部验收。\n"
    assert not [q for r, q in _found(text) if r == "language.verb_twice"]
