"""A heading that lost its "(二" still shows its lone ")" when it ends with a full stop, as its siblings do
(written on pool65 p05, after its measure); a line of running text that closes a bracket the line before
opened is no heading."""

from drafting.checks.broken_markers import broken_markers
from drafting.io.text_reader import read_text_string


def _broken(text: str) -> list[str]:
    return [f.quote for f in broken_markers(read_text_string(text))]


def test_a_lone_bracket_opening_a_heading_with_its_full_stop_is_found():
    text = ("二、项目资金使用情况\n(一)资金计划、到位及使用情况。\n资金全部到位。\n)项目财务管理情况。\n"
            "资金采取直接支付形式。\n")
    assert _broken(text) == [")"]


def test_a_bracket_closed_on_the_next_line_is_no_heading():
    text = "二、项目资金使用情况\n资金由镇财政所(含村级报账\n)统一支付。\n"
    assert _broken(text) == []
