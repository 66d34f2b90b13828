"""A frame's class weights given in its outline, one heading a class (（一）产出指标（50分）…), that do not add up
to 100: found for a project's four (with 预算执行率) and a department's four (决策/过程/产出/效益), and for a
project's three above 100; silent where they make 100, where a project's three leave the budget's 10
elsewhere (90), where a class heads twice (two projects), and where a heading says more than its class.
Invented texts."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _outline(*weights: tuple[str, str]) -> str:
    marks = "一二三四五"
    return "三、绩效指标完成情况\n" + "".join(
        f"（{marks[k]}）{name}（{w}分）\n本类指标全年完成情况良好。\n" for k, (name, w) in enumerate(weights))


def _found(text: str) -> list:
    return [f for f in review(read_text_string(text)).findings if f.rule == "outline_weights_total"]


@pytest.mark.parametrize(("weights", "total"), [
    ((("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "12"), ("预算执行率", "10")), "102"),
    ((("决策", "20"), ("过程", "20"), ("产出", "40"), ("效益", "18")), "98"),
    ((("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "22")), "102"),
])
def test_class_weights_of_an_outline_off_the_full_marks_are_found(weights, total):
    found = _found(_outline(*weights))
    assert len(found) == 1
    assert f"{total}分" in found[0].message and "100分" in found[0].message
    assert found[0].quote == weights[-1][1]
    assert len(found[0].related) == len(weights) - 1


@pytest.mark.parametrize("text", [
    _outline(("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "10"), ("预算执行率", "10")),
    _outline(("决策", "20"), ("过程", "20"), ("产出", "40"), ("效益", "20")),
    _outline(("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "10")),      # 执行率's 10 in the budget block
    _outline(("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "12"), ("预算执行率", "10"))
    + _outline(("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "10"), ("预算执行率", "10")),  # two frames
    _outline(("产出指标", "50"), ("社会效益指标", "30"), ("满意度指标", "12"), ("预算执行率", "10")),  # a sub-class
])
def test_outlines_that_add_up_or_are_not_one_frame_are_quiet(text):
    assert _found(text) == []
