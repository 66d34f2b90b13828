"""A 总体目标 that only names the indicator classes (该项目主要涉及产出指标、效益指标、满意度指标) states no goal;
a goal that says what is to be achieved, even in the classes' words, is left."""

from __future__ import annotations

import pytest

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

HEAD = "某市自然资源局2022年度矿山生态修复项目支出绩效自评报告\n一、基本情况\n（一）项目概况。\n全年到位资金590万元。\n（二）项目绩效目标。\n"


def _hollow(line: str) -> list[str]:
    report = read_text_string(HEAD + line + "\n2.阶段性目标：修复矿山面积不少于610亩。\n")
    return [f.quote for f in check_structure(report) if f.rule == "structure.hollow_goal"]


@pytest.mark.parametrize("line", [
    "1.总体目标：该项目主要涉及产出指标、效益指标、满意度指标。",
    "年度总体目标:包括数量指标、质量指标、时效指标、成本指标、社会效益指标和服务对象满意度指标等",
])
def test_a_goal_that_only_names_the_indicator_classes_states_no_goal(line):
    assert len(_hollow(line)) == 1


@pytest.mark.parametrize("line", [
    "1.总体目标：修复历史遗留矿山610亩，改善矿区生态环境。",
    "1.总体目标：全面完成产出指标和效益指标，服务对象满意度达到90%以上。",  # says what, in the classes' words
    "1.总体目标：",  # blank: the blank-field checks' concern
    "（二）绩效目标设定的产出指标、效益指标、满意度指标",  # a heading, no field
])
def test_goals_that_say_what_is_to_be_achieved_or_are_no_goal_field_are_left(line):
    assert _hollow(line) == []
