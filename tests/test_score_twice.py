"""The report's own self-score stated twice with two values — in the narrative and in the score form's
总分 row, or in the overview and again in the conclusion — is one finding (``score_twice``). Scores of
another project or unit, of another year, an item's score in a bracket, or a band (90分以上) are not the
report's score. Invented texts."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

D = "2025年度某县某某局部门整体支出绩效自评报告\n一、部门基本情况\n"
P = "2025年度某县某某项目支出绩效自评报告\n一、项目基本情况\n"


def _form(total: int) -> str:
    rows = ["一级指标 | 分值 | 得分", "--- | --- | ---", "产出指标 | 50 | 48", "效益指标 | 30 | 28",
            "满意度指标 | 20 | 19", f"总分 | 100 | {total}"]
    return "\n".join("| " + r + " |" for r in rows) + "\n"


def _twice(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "score_twice"]


@pytest.mark.parametrize(("text", "quote"), [
    (D + "经自评，本部门整体支出绩效自评得分为96分，等级为优。\n" + _form(95), "95"),
    (P + "经自评，本项目综合得分92分。\n二、绩效分析\n各项指标完成较好。\n三、结论\n综合得分94分。\n", "94"),
    (P + "一、自评结论\n2025年度本项目绩效自评分为98.5分。\n二、结论\n自评得分98分。\n", "98"),
])
def test_the_reports_score_stated_twice_with_two_values_is_flagged(text, quote):
    assert _twice(text) == [quote]


@pytest.mark.parametrize("text", [
    D + "经自评，本部门整体支出绩效自评得分为95分，等级为优。\n" + _form(95) + "三、结论\n综合得分95分。\n",
    D + "二、项目情况\n（一）甲项目\n经自评，该项目自评得分92分。\n（二）乙项目\n经自评，该项目自评得分88分。\n",
    D + "二、项目情况\n（一）甲项目\n经自评，本项目自评得分92分。\n（二）乙项目\n经自评，本项目自评得分88分。\n",
    D + "经自评，本部门整体支出绩效自评得分95分。\n二、项目情况\n所属项目中自评得分90分以上的有5个。\n",
    D + "上年自评得分88分。本年度经自评，综合得分95分。\n",
    D + "经自评，部门整体支出绩效自评得分为95分。\n" + _form(95) + _form(90).replace("| 48 |", "| 43 |"),
    P + "经自评，本项目自评得分95分。\n二、上年评价情况\n综合得分90分。\n",
    P + "经自评，本项目自评得分95分。\n二、绩效分析\n2024年度综合得分90分。\n",
    P + "经自评，本项目自评得分95分，较上年自评得分90分提高5分。\n",
    P + "一、投入(20分,自评得分18分)\n二、产出(40分,自评得分38分)\n三、结论\n综合得分95分。\n",
])
def test_other_projects_years_bands_and_items_are_not_the_reports_score(text):
    assert _twice(text) == []


def test_a_score_restated_rounded_to_whole_points_agrees():
    assert _twice(P + "经自评，本项目自评得分98.4分。\n二、结论\n综合得分98分。\n") == []


@pytest.mark.parametrize("later", [
    "产出指标满分40分，自评得分36分，主要是完成时效略有滞后。\n",  # a part after its full marks
    "因部分资金支出进度偏慢，扣减2分，最终自评得分为90分。\n",  # the score at another stage, said so
    "县财政局对本项目开展重点评价，评价得分为85分。\n",  # another evaluator's
    "经县财政局组织专家复评，本项目评价得分为86分，等级为良。\n",
])
def test_a_part_another_evaluators_score_or_a_stated_adjustment_is_not_the_self_score_again(later):
    text = P + "经自评，本项目自评得分为92分，评价等级为优。\n二、其他情况\n" + later
    assert [f for f in review(read_text_string(text)).findings if f.rule == "score_twice"] == []


def test_a_self_score_with_its_full_marks_after_it_is_still_read():
    text = P + "经自评，本项目自评得分为92分（满分100分）。\n二、结论\n经自评，本项目自评得分为95分。\n"
    assert [f.quote for f in review(read_text_string(text)).findings if f.rule == "score_twice"] == ["95"]


def test_a_form_total_of_less_than_100_points_is_not_the_self_score():
    """The indicators' 合计 of 90 points, the budget's 10 scored apart: 89 + 9.76 = 98.76 is one score."""
    rows = ["一级指标 | 分值 | 得分", "--- | --- | ---", "产出指标 | 50 | 50", "效益指标 | 30 | 30",
            "满意度指标 | 10 | 9", "合计 | 90 | 89"]
    form = "\n".join("| " + r + " |" for r in rows) + "\n"
    text = P + form + "预算执行率得分9.76分。\n二、结论\n本项目绩效指标得分89分，自评总得分98.76分。\n"
    assert [f for f in review(read_text_string(text)).findings if f.rule == "score_twice"] == []
    # a total of 100 points is the score
    full = form.replace("| 90 | 89 |", "| 100 | 89 |").replace("| 10 | 9 |", "| 20 | 9 |")
    text = P + full + "二、结论\n经自评，本项目自评总得分98分。\n"
    assert [f.quote for f in review(read_text_string(text)).findings if f.rule == "score_twice"] != []
