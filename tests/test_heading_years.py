"""A numbered heading that opens with last year (二、2020年度部门整体支出情况 in the report on 2021) was kept
from last year's file; headings about last year's evaluation and what followed, or comparing years, are not."""

from __future__ import annotations

import pytest

from drafting.checks.dates import check_dates
from drafting.io.text_reader import read_text_string

_TITLE = "甲县民政局2021年度部门整体支出绩效自评报告\n一、部门基本情况\n内设4个股室，2021年末在职25人。\n"
_BODY = "2021年度部门预算收入500万元，支出480万元。\n三、2021年度绩效目标完成情况\n完成低保发放1.2万人次。\n"


def _headings(text: str) -> list[str]:
    return [f.quote for f in check_dates(read_text_string(text)) if f.rule == "dates.heading_year"]


@pytest.mark.parametrize(("heading", "quote"), [
    ("二、2020年度部门整体支出情况", "2020年度部门整体支出情况"),
    ("（二）2020年预算执行情况", "2020年预算执行情况"),
    ("二、2019年度绩效目标完成情况", "2019年度绩效目标完成情况"),
])
def test_a_heading_opening_with_one_or_two_years_before_the_title_year_is_found(heading, quote):
    assert _headings(_TITLE + heading + "\n" + _BODY) == [quote]


@pytest.mark.parametrize("heading", [
    "二、2020年度绩效评价结果整改情况",  # last year's evaluation and what followed it
    "二、2020年度自评发现问题的整改情况",
    "二、2020年至2021年项目实施情况",  # a span of years
    "二、2020年度与2021年度支出对比",  # years compared
    "二、2018年度部门整体支出情况",  # three years back: history, not a copy
    "二、2021年度部门整体支出情况",
    "二、2022年度工作计划",  # next year
    "（一）2020年提前下达资金情况",  # money given the year before it is spent
])
def test_an_earlier_evaluation_a_comparison_history_or_the_evaluated_year_is_left(heading):
    assert _headings(_TITLE + heading + "\n" + _BODY) == []


def test_a_report_written_within_its_year_or_without_the_year_in_its_title_is_left():
    monitor = _TITLE.replace("绩效自评报告", "绩效运行监控报告")
    assert _headings(monitor + "二、2020年度部门整体支出情况\n" + _BODY) == []
    untitled = _TITLE.replace("2021年度", "")
    assert _headings(untitled + "二、2020年度部门整体支出情况\n" + _BODY) == []
