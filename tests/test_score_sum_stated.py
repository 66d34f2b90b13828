"""The report's self-score against the sum of its scored form's rows, when the form has no 总分 row."""

import pytest

from drafting.checks.arithmetic.tables import check_arithmetic
from drafting.io.text_reader import read_text_string

_TITLE = "某县农村饮水安全项目2023年度绩效自评报告\n一、基本情况\n"
_FORM = ("| 指标 | 分值 | 得分 |\n| 预算执行率 | 10 | 10 |\n| 产出指标 | 50 | 48 |\n| 效益指标 | 30 | 28 |\n"
         "| 满意度 | 10 | 9 |\n")


def _rules(text: str):
    return [(f.rule, f.quote) for f in check_arithmetic(read_text_string(text))
            if f.rule in ("score_sum_stated", "score_twice", "score_total")]


@pytest.mark.parametrize("text", [
    _TITLE + _FORM + "经自评，本项目自评得分为96分，评价等次为优。\n",
    _TITLE + "经自评，本项目自评得分为96分。\n" + _FORM,
    _TITLE + "自评得分：96分\n" + _FORM + "综合得分96分。\n",
])
def test_a_score_that_is_not_the_sum_of_the_form_is_found(text):
    assert _rules(text) == [("score_sum_stated", "96")]


@pytest.mark.parametrize("text", [
    # the sum as stated
    _TITLE + _FORM + "经自评，本项目自评得分为95分。\n",
    # rows with halves: 94.5 stated as 95 at whole points (half-up)
    _TITLE + _FORM.replace("| 9 |", "| 8.5 |") + "经自评，本项目自评得分为95分。\n",
    # an outline form: 一级 rows and their 二级 rows both scored (weights 200): which rows count is unclear
    _TITLE + "| 指标 | 分值 | 得分 |\n| 决策 | 20 | 18 |\n| 项目立项 | 10 | 9 |\n| 绩效目标 | 10 | 9 |\n"
    "| 产出 | 80 | 76 |\n| 数量 | 40 | 38 |\n| 质量 | 40 | 38 |\n经自评，本项目自评得分为96分。\n",
    # weights of 90: the budget's 10 points scored elsewhere
    _TITLE + _FORM.replace("| 满意度 | 10 | 9 |\n", "") + "经自评，本项目自评得分为96分。\n",
    # a weighted row not scored: the form is not filled in
    _TITLE + _FORM.replace("| 9 |", "|  |") + "经自评，本项目自评得分为96分。\n",
    # last year's score, and another evaluator's
    _TITLE + _FORM + "上年度本项目自评得分为96分。\n",
    _TITLE + _FORM + "经财政局重点评价，本项目得分96分。\n",
    # two forms: which one the score sums is unclear
    _TITLE + _FORM + _FORM.replace("| 9 |", "| 10 |") + "经自评，本项目自评得分为96分。\n",
])
def test_scores_that_agree_or_forms_that_do_not_sum_are_left(text):
    assert _rules(text) == []


_CLASSES = "其中决策指标得分18分，过程指标得分19分，产出指标得分38分，效益指标得分18分。"


@pytest.mark.parametrize("text", [
    _TITLE + "经自评，本项目自评得分94分，评价等级为优。" + _CLASSES + "\n",
    _TITLE + "投入指标得分18分，过程指标得分19分，产出指标得分38分，效益指标得分18分，综合得分94分。\n",
])
def test_a_total_against_the_four_classes_of_the_frame_is_found(text):
    assert _rules(text) == [("score_total", "94")]


@pytest.mark.parametrize("text", [
    _TITLE + "经自评，本项目自评得分93分。" + _CLASSES + "\n",  # the sum
    _TITLE + "经自评，本项目自评得分93.5分。" + _CLASSES + "\n",  # classes shown in whole points
    _TITLE + "经自评，本项目自评得分94分。其中决策指标得分18分，过程指标得分19分，产出指标得分38分。\n",  # three of four
    # a class's part named beside the classes (社会效益 is part of 效益): not a fifth class
    _TITLE + "经自评，本项目自评得分93分。" + _CLASSES[:-1] + "，社会效益指标得分10分。\n",
    # last year's total beside this year's: two totals
    _TITLE + "上年度自评得分90分，本年自评得分94分。" + _CLASSES + "\n",
])
def test_class_scores_that_add_up_or_are_not_the_frame_are_left(text):
    assert _rules(text) == []
