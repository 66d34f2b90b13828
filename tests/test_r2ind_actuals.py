"""An actual named in a sentence and written as a bound (年初目标值≥90%,实际完成值≥90%) restates a target: the
year's measured value is missing. One finding per report listing every such indicator; a measured actual,
an actual met exactly (=100%), a planned 完成值, and a sentence comparing the actual with its target are left."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review

TITLE = "某县农业农村局2023年度动物疫病防控项目支出绩效自评报告\n(二)绩效目标完成情况\n"


def _bounds(text: str) -> list[tuple[str, list[str]]]:
    found = review(read_text_string(TITLE + text)).findings
    return [(f.quote, [r.quote for r in f.related]) for f in found if f.rule == "indicators.actual_repeats_target"]


LINES = ("1.牲畜口蹄疫免疫覆盖率,年初目标值≥85%,实际完成值{a},自评得分20分;\n"
         "2.布病监测抽检合格率,年初目标值不低于60%,实际完成值{b},自评得分20分;\n"
         "3.防疫物资发放到位率,年初目标值=100%,实际完成值=100%,自评得分20分;\n")


def test_actuals_written_as_bounds_are_one_finding_listing_each_indicator():
    assert _bounds(LINES.format(a="≥85%", b="不低于60%")) == [("实际完成值≥85%", ["实际完成值不低于60%"])]


def test_an_actual_bound_that_differs_from_its_target_is_still_no_measured_value():
    assert _bounds(LINES.format(a="≥88%", b="61.5%")) == [("实际完成值≥88%", [])]


def test_a_bound_said_by_its_side_or_a_bare_sign_after_the_label_is_one_too():
    assert _bounds("牲畜免疫覆盖率年度指标值85%,实际值:90%以上;\n") == [("实际值:90%以上", [])]
    assert _bounds("牲畜免疫覆盖率年度指标值>85%,实际完成值>85%,得分10分。\n") == [("实际完成值>85%", [])]


def test_measured_actuals_and_a_target_met_exactly_are_left():
    assert _bounds(LINES.format(a="87.2%", b="64%")) == []


def test_a_sentence_comparing_the_actual_with_its_target_is_left():
    text = "牲畜口蹄疫免疫覆盖率实际完成值达到≥85%的目标,实际完成值为≥85%的要求已满足。\n"
    assert _bounds(text) == []


def test_a_planned_value_named_完成值_is_a_target_and_left():
    text = "1.牲畜口蹄疫免疫覆盖率,预期完成值≥85%,计划完成值≥85%,实际完成值87.2%,自评得分20分;\n"
    assert _bounds(text) == []
