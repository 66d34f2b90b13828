"""A year's goal with a deadline before that year began: the 年度总体目标 of a 2023 form that says 在2022年12月
31日前至少给120人发放补贴 (session 50, a fresh pool of real pages). The goal says what the year's money is to
achieve within that year; a deadline that had passed before the year began is last year's goal, copied with
its date (DEFECTS.md: a plan or target of the wrong year). Only a deadline (在…前, 于…前 not after 已) inside
the goal's field is read; a balance dated at last year's end (截至2022年12月31日), a deadline in the year or
after it, and the text outside the goal are left. Forms and figures are invented."""

from __future__ import annotations

import pytest

from drafting.checks.dates import check_dates
from drafting.io.text_reader import read_text_string

TITLE = "某县项目支出绩效自评表\n(2023年度)\n项目名称 农村居民生活补贴 主管部门 某县民政局\n"
TABLE = "年度资金总额 6.5 3.2 3.2 10 100.00% 10\n"
INDICATORS = "年度绩效指标完成情况 产出指标 数量指标 补贴人数 ≥150人 150人 10 10\n填报日期：2024年1月15日\n"


def goal_years(goal: str, done: str = "截至2023年12月31日，本项目已按时发放补贴。") -> list[str]:
    text = TITLE + TABLE + "年度总体目标 总体目标 总体目标完成情况\n" + goal + " " + done + "\n" + INDICATORS
    return [f.location.quote for f in check_dates(read_text_string(text)) if f.rule == "dates.goal_deadline"]


@pytest.mark.parametrize("goal", [
    "1.在2022年12月31日前至少给150人发放每月50元的生活补贴。",
    "在2022年12月31日前完成全部150户的补贴发放。",
    "于2022年12月31日前完成补贴资金拨付。",
    "力争在2022年11月30日前完成验收。",
    "在2022年6月30日前完成招标，年底前完成建设。",
    "确保2022年12月底前全部发放到位。",
    "在2022年底前完成150户改造任务。",
    "年度目标：在2022年12月31日之前完成150人的补贴发放。",
])
def test_a_deadline_before_the_year_evaluated_in_its_goal_is_flagged(goal):
    assert len(goal_years(goal)) == 1


@pytest.mark.parametrize(("goal", "done"), [
    ("在2023年12月31日前至少给150人发放每月50元的生活补贴。", "截至2023年12月31日，已发放150人。"),
    ("在2024年6月30日前完成全部150户的补贴发放。", "截至2023年12月31日，已发放100户。"),
    ("对截至2022年12月31日的结转资金3.2万元全部安排使用。", "截至2023年12月31日，结转资金已全部使用。"),
    ("已于2022年12月31日前完成前期工作，本年完成建设。", "截至2023年12月31日，项目已完工。"),
    ("完成2022年12月31日前入库项目的验收。", "截至2023年12月31日，已验收12个项目。"),
    ("按时发放补贴，保障150人基本生活。", "本项目原计划在2022年12月31日前完成的任务已于本年补齐。"),
    ("巩固2022年底前脱贫成果，按时发放补贴。", "截至2023年12月31日，已发放150人。"),
    ("在2023年底前完成150户改造任务。", "截至2023年12月31日，已完成150户。"),
])
def test_the_goal_s_own_year_a_balance_at_last_year_s_end_and_text_outside_the_goal_are_left(goal, done):
    assert goal_years(goal, done) == []


def test_outside_a_goal_field_a_past_deadline_is_left():
    text = ("某县民政局2023年度部门整体支出绩效自评报告\n一、项目概况\n该项目原计划在2022年12月31日前完成，"
            "因资金未到位延至2023年实施。\n二、绩效目标完成情况\n截至2023年12月31日，已发放150人。\n")
    assert [f for f in check_dates(read_text_string(text)) if f.rule == "dates.goal_deadline"] == []
