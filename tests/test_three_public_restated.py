"""The department's 三公 money stated twice with two values — in the overview and again under its own
topic line (三、“三公”经费控制情况) — is one figure: the heading names the metric's own category, not
another. Other years, the budget, a member unit's or a heading naming another category stay apart.
Invented texts."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

H = "2025年度某县某某局部门整体支出绩效自评报告\n一、部门基本情况\n"
TOPIC = "\n二、绩效目标完成情况\n全年完成目标任务。\n三、“三公”经费控制情况\n"


def _twice(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(H + text)).findings if f.rule == "same_metric_twice"]


def test_the_three_public_total_restated_under_its_topic_line_with_another_value_is_flagged():
    assert _twice("2025年三公经费支出12.5万元。" + TOPIC + "2025年三公经费支出13.5万元，控制在预算之内。\n") == ["13.5万元"]


@pytest.mark.parametrize("text", [
    "2025年三公经费支出12.5万元。" + TOPIC + "2025年三公经费支出12.50万元，控制在预算之内。\n",
    "2025年三公经费预算数15万元。" + TOPIC + "2025年三公经费支出12.5万元。\n",
    "2024年三公经费支出14万元。" + TOPIC + "2025年三公经费支出12.5万元。\n",
    "本年三公经费支出12.5万元。\n二、“三公”经费控制情况\n上年三公经费支出13.5万元。\n",
    "2025年三公经费支出12.5万元。\n二、下属单位情况\n（一）县农业技术推广中心\n2025年三公经费支出3.5万元。\n",
    "2025年三公经费支出12.5万元。\n二、“三公”经费控制情况\n局机关三公经费支出8.5万元。\n",
    "2025年三公经费支出12.5万元。\n二、“三公”经费及公用经费情况\n2025年三公经费支出8.5万元，公用经费30万元。\n",
])
def test_the_same_figure_another_year_stage_unit_or_category_is_not_flagged(text):
    assert _twice(text) == []
