"""Slips a fresh pool of real pages showed the review missing (session 50, issues #9/#10), each a general
premise about how a report goes wrong, pinned with invented slips and the right look-alikes it must leave:

- a 三公 fixed name (因公出国（境）费, 公务用车购置及运行维护费, 公务接待费) written with a character dropped
  or changed (公出国（境）费, 公用用车, 运行维费, 公务接费): the three names are set by the 决算 forms, so
  the wrong forms are no words anywhere;
- a year written with three digits where only a year can stand (在201年基础上, 201年度, 201年底);
- a word cut short before its figure with a space between (资金安 0 元 where the report writes 资金安排 0 元).

Sentences and figures are invented.
"""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

HEAD = "某县文化馆2022年度部门决算公开说明\n一、“三公”经费支出情况\n"


def confused(body: str) -> list[tuple[str, str | None]]:
    report = read_text_string(HEAD + body)
    return [(f.quote, f.suggestion) for f in check_typos(report, standard_forms=True) if f.rule == "language.confusion"]


@pytest.mark.parametrize(("body", "quote", "right"), [
    ("本年度没有公出国（境）费用。", "公出国", "因公出国"),
    ("其中：公出国(境)费0万元，公务接待费1.2万元。", "公出国", "因公出国"),
    ("因出国（境）费支出0万元，与上年持平。", "因出国", "因公出国"),
    ("公用用车运行维护费3.6万元，较上年减少0.4万元。", "公用用车", "公务用车"),
    ("公物用车购置费0万元。", "公物用车", "公务用车"),
    ("公务用车运行维费2.1万元，主要用于车辆燃油。", "运行维费", "运行维护费"),
    ("公务用车购置及运行护费5万元。", "运行护费", "运行维护费"),
    ("公务接费0.8万元，共接待12批次。", "公务接费", "公务接待费"),
    ("公务待费0.5万元，较上年减少。", "公务待费", "公务接待费"),
    ("公务用车购及运行维护费6万元。", "用车购及", "用车购置及"),
])
def test_a_three_public_name_with_a_character_dropped_or_changed_is_flagged(body, quote, right):
    assert (quote, f"改为“{right}”") in confused(body)


@pytest.mark.parametrize("body", [
    "本年度因公出国（境）费0万元，因公出国(境)团组0个。",
    "因公出国（境）费用较上年减少2万元。",
    "公务用车运行维护费3.6万元，公务用车购置费0万元。",
    "公务用车购置及运行维护费5万元，其中公务用车运行费2万元。",
    "公务用车购置和运行维护费4万元。",
    "公务接待费0.8万元，共接待公务接待批次12个。",
    "商务接待费和公司接待费不在本单位支出范围。",
    "办公用车辆均已纳入平台管理，公用经费用于日常运转。",
    "设备采购及运行维护费12万元，系统运行维护费3万元。",
    "因出国学习需要，调整了培训计划。",
    "机构运行经费中的公用车辆维护费已单列。",
])
def test_the_three_public_names_written_right_and_their_look_alikes_are_left_alone(body):
    assert confused(body) == []


def dropped_years(body: str) -> list[str]:
    report = read_text_string(HEAD + body)
    return [f.location.quote for f in check_language(report) if f.rule == "language.dropped"
            and "三位" in f.message]


@pytest.mark.parametrize(("body", "quote"), [
    ("总收入支出在201年基础上增加工资变动。", "201年"),
    ("总收入支出在201年基础增加。", "201年"),
    ("本单位202年度收入合计120万元。", "202年"),
    ("截至202年底，项目全部完工。", "202年"),
    ("201年末结转结余5万元。", "201年"),
    ("项目于202年初启动，年底完成。", "202年"),
    ("202年上半年完成招标，下半年完成验收。", "202年"),
    ("与201年同期相比，支出减少3万元。", "201年"),
    ("与201年相比，支出减少3万元。", "201年"),
])
def test_a_year_with_three_digits_where_only_a_year_can_stand_is_flagged(body, quote):
    assert quote in dropped_years(body)


@pytest.mark.parametrize("body", [
    "总收入支出在2019年基础上增加工资变动。",
    "该古建筑已有200年历史，年久失修。",
    "设计使用年限200年以上。",
    "近200年来首次修缮。",
    "土地租期200年，期满收回。",
    "与2021年度相比，支出减少3万元。",
    "项目于2022年初启动，2022年底完成。",
    "编号201年检合格车辆3辆。",
    "累计服务205年次。",
])
def test_three_digits_before_nian_that_need_not_be_a_year_are_left_alone(body):
    assert dropped_years(body) == []


def dropped(body: str) -> list[tuple[str, str | None]]:
    report = read_text_string(HEAD + body)
    return [(f.location.quote, f.suggestion) for f in check_typos(report) if f.rule == "language.dropped"]


@pytest.mark.parametrize("body", [
    "本年政府性基金预算资金安排 0 元，上年结转结余资金安 0 元。",
    "本年政府性基金预算资金安排 12 万元，上年结转结余资金安 5 万元。",
    "本年政府性基金预算资金安排\u30000 元，上年结转结余资金安\u30000 元。",
])
def test_a_word_cut_short_before_its_figure_with_a_space_between_is_flagged(body):
    assert ("资金安", "改为“资金安排”") in dropped(body)


@pytest.mark.parametrize("body", [
    "本年政府性基金预算资金安排 0 元，上年结转结余资金安排 0 元。",
    "项目名称 全年预算数 120 全年执行数 118 执行率 98%",
    "年初预算 数 0 项目资金 207.45",
    "基本支出 120.5 万元，项目支出 80.2 万元。",
    "年度资金总额 5.28 1.96 1.96 10 100.00% 10",
    "指标1：居民健康档案 38508人 37442人 3 3",
    "一般公共预算财政拨款收入 1000 万元，占 80%。",
    "本年收入合计 1250.6 万元，本年支出合计 1180.2 万元。",
])
def test_a_word_written_whole_before_a_spaced_figure_is_left_alone(body):
    assert dropped(body) == []
