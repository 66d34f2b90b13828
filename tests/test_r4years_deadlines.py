"""A timeliness indicator (时效指标) whose target is a deadline before the evaluated year — a form on 2022 that
says 2021年11月30日前完成资金支付 — is last year's form copied with its date (DEFECTS.md: a plan or target of the
wrong year). A deadline in the year or after it, one told as done or missed, a carry-over, a comparison with
last year, and a project whose span of years runs into the evaluated one are left. Invented forms."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = ("某县中药材种苗繁育推广项目绩效目标自评表(2022年度)\n项目名称 中药材种苗繁育 实施单位 某县农技中心 "
         "实施期 {span}\n年度资金总额 全年预算数 120 全年执行数 118 执行率 98.3%\n"
         "年度总体目标 繁育种苗300万株，免费发放给种植户，示范推广面积500亩。\n")
_ROWS = ("产出指标 数量指标 指标1 发放种苗数量 ≥300万株 305万株 10\n"
         "质量指标 指标1 种苗合格率 ≥95% 97% 10\n"
         "时效指标 指标1 {target} 11月底完成 10\n"
         "成本指标 指标1 种苗采购价格 不高于市场价 是 10\n"
         "效益指标 社会效益指标 推广面积 ≥500亩 520亩 10\n")


def _found(target: str, span: str = "2022年3月-2022年11月") -> list[str]:
    text = _HEAD.format(span=span) + _ROWS.format(target=target)
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "dates.indicator_deadline"]


@pytest.mark.parametrize(("target", "quote"), [
    ("2021年11月30日前完成资金支付", "2021年11月30日前"),
    ("2021年12月底前完成种苗发放", "2021年12月底前"),
    ("2021年10月底前完成项目验收", "2021年10月底前"),
    ("2020年10月31日之前完成采购", "2020年10月31日之前"),
])
def test_a_deadline_a_year_or_two_before_the_form_s_year_is_found(target, quote):
    assert _found(target) == [quote]


def test_a_scanned_form_s_indicator_number_glued_to_the_year_still_reads_the_year():
    text = _HEAD.format(span="2022年3月-2022年11月") + _ROWS.format(target="").replace(
        "时效指标 指标1  11月底完成", "时效指标指标12021年11月30日前完成资金支付811月底完成")
    found = [f for f in review(read_text_string(text)).findings if f.rule == "dates.indicator_deadline"]
    assert [f.quote for f in found] == ["2021年11月30日前"]
    assert "2022年" in found[0].message and found[0].severity.value == "warning"


@pytest.mark.parametrize("target", [
    "2022年11月30日前完成资金支付",                # the year's own deadline
    "2023年6月30日前完成项目验收",                  # a later one
    "已于2021年12月底前完成前期工作",              # told as done
    "原计划2021年底前完成，延至2022年6月",          # told as missed
    "2021年结转资金于2021年12月底前下达",          # a carry-over
    "较上年2021年11月30日前完成提前一个月",        # last year's told as such
    "2019年12月底前完成采购",                       # further back than a copied form
    "按合同约定时间完成资金支付",                    # no date
])
def test_the_year_s_own_deadline_and_earlier_dates_told_as_such_are_left(target):
    assert _found(target) == []


def test_a_project_of_several_years_keeps_its_earlier_deadlines():
    assert _found("2021年11月30日前完成育苗基地建设", span="2021年3月-2023年12月") == []


def test_a_past_date_outside_the_timeliness_field_is_left():
    text = _HEAD.format(span="2022年3月-2022年11月") + _ROWS.format(target="按期完成").replace(
        "种苗采购价格", "2021年12月31日前签订的合同单价")
    assert [f for f in review(read_text_string(text)).findings if f.rule == "dates.indicator_deadline"] == []
