"""Dates that cannot be true (checks/calendar.py)."""

import pytest

from drafting.checks.calendar import check_calendar
from drafting.findings import Kind
from drafting.io.text_reader import read_text_string


def calendar_findings(text: str):
    return check_calendar(read_text_string(text))


@pytest.mark.parametrize(("text", "quote", "why"), [
    ("本局于2023年2月30日召开绩效自评工作会议。", "2023年2月30日", "2023年2月只有28天"),
    ("2023年13月完成全部项目验收。", "2023年13月", "没有13月"),
    ("于２０２３年４月３１日完成验收。", "２０２３年４月３１日", "2023年4月只有30天"),  # full-width digits
])
def test_a_day_the_month_does_not_have_is_flagged(text, quote, why):
    [f] = calendar_findings(text)
    assert f.quote == quote and why in f.message and f.kind is Kind.DATE_INCONSISTENCY


def test_a_leap_day_in_a_leap_year_is_a_date():
    assert calendar_findings("2024年2月29日召开会议。") == []


def test_a_finish_dated_before_its_start_in_one_sentence_is_flagged():
    [f] = calendar_findings("项目于2023年10月开工，2023年8月竣工并投入使用。")
    assert f.quote == "2023年8月" and f.related[0].quote == "2023年10月"


@pytest.mark.parametrize("text", [
    "项目于2023年3月开工，2023年8月竣工并投入使用。",
    "项目于2023年8月5日开工，2023年8月竣工。",  # the same month: the day of completion is not given
    "2023年10月开工。2023年8月完成前期设计。",  # two sentences: two different things
    "2022年1-12月累计完成投资500万元。",  # a range, not a date
    "2023年10月启动自评，2024年1月完成验收。",
])
def test_possible_dates_and_orders_are_left_alone(text):
    assert calendar_findings(text) == []

