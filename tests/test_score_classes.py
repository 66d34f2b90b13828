"""A self-score told in one paragraph and the four classes' scores in the lines next to it (headings, bracketed
headings, 标签：值 lines); and a grade other than 优 from 90 up. Invented reports."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

_HEAD = "某县交通局2023年度项目支出绩效自评报告\n\n二、自评结论\n"


def _found(body: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.quote, f.message) for f in check_arithmetic(read_text_string(_HEAD + body))]


_SUM = "自评得分写作91分，而决策19分、过程17分、产出37分、效益20分四类指标得分之和为93分"


@pytest.mark.parametrize("body", [
    "经自评，本项目综合得分91分。\n（一）决策指标得分19分。\n（二）过程指标得分17分。\n（三）产出指标得分37分。\n（四）效益指标得分20分。\n",
    "经自评，本项目综合得分91分。\n（一）项目决策（20分，自评得分19分）\n立项依据充分。\n（二）项目过程（20分，自评得分17分）\n"
    "（三）项目产出（40分，自评得分37分）\n（四）项目效益（20分，自评得分20分）\n",
    "决策指标得分：19分\n过程指标得分：17分\n产出指标得分：37分\n效益指标得分：20分\n自评得分：91分\n",
    "决策指标得分：19分\n过程指标得分：17分\n产出指标得分：37分\n效益指标得分：20分\n经自评，本项目自评得分为91分。\n",
])
def test_a_self_score_the_four_classes_next_to_it_do_not_add_up_to(body):
    assert ("score_total", "91", _SUM) in _found(body)


@pytest.mark.parametrize("body", [
    "经自评，本项目综合得分93分。\n（一）决策指标得分19分。\n（二）过程指标得分17分。\n（三）产出指标得分37分。\n（四）效益指标得分20分。\n",
    # weights, not scores
    "经自评，本项目综合得分91分。\n（一）项目决策（20分）\n（二）项目过程（20分）\n（三）项目产出（40分）\n（四）项目效益（20分）\n",
    # a deduction told under the classes
    "经自评，本项目综合得分91分。\n（一）决策指标得分19分。\n（二）过程指标得分17分。\n（三）产出指标得分37分。\n（四）效益指标得分20分。\n"
    "因审计发现问题，另扣2分。\n",
    # last year's classes
    "经自评，本项目综合得分91分。\n上年决策指标得分19分。\n上年过程指标得分17分。\n上年产出指标得分37分。\n上年效益指标得分20分。\n",
    # three classes only
    "经自评，本项目综合得分91分。\n（一）决策指标得分19分。\n（二）过程指标得分17分。\n（三）产出指标得分37分。\n",
])
def test_scores_that_add_up_or_are_not_the_four_classes_are_silent(body):
    assert [r for r, _, _ in _found(body) if r == "score_total"] == []


@pytest.mark.parametrize(("body", "said"), [
    ("经自评，本项目自评得分93分，评价等级为“良”。\n", "良"),
    ("本项目综合得分90.5分，等次：良好。\n", "良好"),
])
def test_a_grade_other_than_best_from_ninety_up(body, said):
    [(_, quote, message)] = [x for x in _found(body) if x[0] == "score_grade"]
    assert quote == said and "对应的等次是“优”" in message


@pytest.mark.parametrize("body", [
    "经自评，本项目自评得分93分，因存在审计问题降一档，评价等级为“良”。\n",
    "经自评，本项目自评得分89分，评价等级为“良”。\n",
])
def test_a_grade_lowered_by_a_rule_or_in_its_band_is_silent(body):
    assert [r for r, _, _ in _found(body) if r == "score_grade"] == []
