"""An item's score in brackets after its name (项目预算规范性（3分）：…) closes on its line; one that nothing closes
there lost its closer (``open_marks.unclosed_scores``), whatever brackets the rest of the line opens and closes.
A formula in the bracket ((20分*执行率)) or a closer put on the next line by the copy is no slip. Invented."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某县教育局2021年度项目支出绩效自评报告\n一、决策（15分）\n"


def _scores(body: str) -> list[tuple[str, str]]:
    report = read_text_string(HEAD + body)
    return [(f.location.quote, f.suggestion) for f in check_language(report) if f.message.startswith("分值括号")]


@pytest.mark.parametrize(("body", "found"), [
    ("(2) 项目预算规范性(3分 :根据《某省学前教育行动计划(2017-2020年)》确定的任务编制预算。\n", [("(3分", "改为“(3分)”")]),
])
def test_a_score_bracket_closed_nowhere_on_its_line_lost_its_closer(body, found):
    assert _scores(body) == found


def test_a_score_bracket_the_sentence_rule_tells_open_is_told_once():
    body = "(二) 资金落实（6分 资金到位率100%，各项资金落实到位。\n"
    told = [f.location.quote for f in check_language(read_text_string(HEAD + body)) if f.rule == "language.unclosed"]
    assert len(told) == 1 and told[0].startswith("（6分")


@pytest.mark.parametrize("body", [
    "(3) 项目绩效目标设立(3分):根据项目年度实施规划设立目标。\n",  # closed
    "预算执行率得分(20分*执行率)为19.8分。\n",  # a formula inside the bracket, closed on the line
    "(4) 资金分配合理性(3分\n):资金按因素法分配。\n",  # its closer on the next line
    "全年开展培训(3次)，共3分。\n",  # no score bracket
])
def test_a_closed_score_bracket_or_a_closer_on_the_next_line_is_left(body):
    assert _scores(body) == []
