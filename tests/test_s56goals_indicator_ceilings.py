"""A 数量指标 counting what the money produces or serves (建设…数量, 培训人次) with a ceiling for its target (≤4):
one finding for the rows so written; a ceiling on what is better fewer, or a floor, is left. Invented forms."""

import pytest

from drafting.checks.claims import check_claims
from drafting.checks.indicator_ceilings import output_ceilings
from drafting.io.text_reader import read_text_string

_FORM = ("绩效指标\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
         "产出指标 | 数量指标 | 指标1:{name} | {target} | 4 | 10 | 10\n"
         "指标2:新建村级文化广场数量 | ≥20 | 22 | 10 | 10\n")


def _found(name: str, target: str) -> list[tuple[str, str]]:
    return [(f.quote, f.message) for f in output_ceilings(read_text_string(_FORM.format(name=name, target=target)))]


@pytest.mark.parametrize(("name", "target"), [
    ("开展美丽乡村示范村建设数量", "≤4"),
    ("举办农民实用技术培训场次", "不超过4场"),
    ("发放困难群众救助户数", "≤4户"),
])
def test_a_ceiling_on_a_count_of_things_produced_or_served_is_found(name, target):
    [(quote, message)] = _found(name, target)
    assert quote == target and f"目标值写作“{target}”" in message


@pytest.mark.parametrize(("name", "target"), [
    ("开展美丽乡村示范村建设数量", "≥4"),  # a floor
    ("开展美丽乡村示范村建设数量", "4个"),  # an exact count
    ("安全生产事故发生次数", "≤4"),  # better fewer, and no deed of producing
    ("群众信访投诉处理次数", "≤4"),  # better fewer
    ("控制会议培训场次", "≤4"),  # a ceiling the name asks for
    ("示范村建设数量", "≤4万元"),  # not a count
])
def test_a_floor_an_exact_count_or_a_ceiling_on_what_is_better_fewer_is_left(name, target):
    assert _found(name, target) == []


def test_a_row_whose_class_is_cost_is_not_read():
    form = _FORM.format(name="开展美丽乡村示范村建设数量", target="≤4").replace("数量指标", "成本指标")
    assert output_ceilings(read_text_string(form)) == []


def test_every_such_row_is_one_finding_and_the_claims_check_tells_it():
    form = _FORM.format(name="开展美丽乡村示范村建设数量", target="≤4").replace("≥20", "≤20")
    [finding] = [f for f in check_claims(read_text_string(form)) if f.rule == "indicators.ceiling_on_output"]
    assert finding.quote == "≤4" and [r.quote for r in finding.related] == ["≤20"] and "共2项指标如此" in finding.message
