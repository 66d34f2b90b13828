"""A scoring outline written as headings, each with its weight and score in a bracket after its name
(一、投入(20分,自评得分18分) / (一)项目立项(10分,自评得分9分) / 1.绩效目标合理性(4分,自评得分4分)): a score
above its weight, and a heading's score against its sub-headings' — held only where the sub-headings'
weights add up to the heading's, so none is missing or cut off. Invented texts."""

from __future__ import annotations

import pytest

from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.review import review

H = "2025年度某县某某项目支出绩效自评报告\n"
OUTLINE = ("一、投入(20分,自评得分{a}分)\n（一）项目立项(10分,自评得分{b}分)\n项目按程序申报立项。\n"
           "1.绩效目标合理性(4分,自评得分{c}分)\n目标与实际相符。\n2.绩效指标明确性(6分,自评得分6分)\n指标细化量化。\n"
           "（二）资金落实(10分,自评得分{d}分)\n资金及时到位。\n二、产出(40分,自评得分38分)\n完成各项任务。\n")


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(H + text)).findings if f.kind is Kind.ARITHMETIC_MISMATCH]


def test_an_outline_whose_scores_add_up_draws_no_finding():
    assert _rules(OUTLINE.format(a=18, b=9, c=3, d=9)) == []


@pytest.mark.parametrize(("scores", "expected"), [
    ({"a": 18, "b": 10, "c": 4, "d": 9}, [("score_total", "18")]),  # 投入 18 under 项目立项 10 + 资金落实 9
    ({"a": 19, "b": 9, "c": 4, "d": 10}, [("score_total", "9")]),  # 项目立项 9 over 4 + 6
    ({"a": 21, "b": 11, "c": 5, "d": 10}, [("indicator_score_over_weight", "21"), ("indicator_score_over_weight", "11"),
                                           ("indicator_score_over_weight", "5")]),
])
def test_a_heading_score_that_is_not_its_items_sum_or_above_its_weight_is_flagged(scores, expected):
    assert sorted(_rules(OUTLINE.format(**scores))) == sorted(expected)


def test_sub_headings_whose_weights_fall_short_are_not_summed():
    """A cut-off outline (资金落实 missing): the items are not all there, their sum says nothing."""
    text = "一、投入(20分,自评得分18分)\n（一）项目立项(10分,自评得分9分)\n1.绩效目标合理性(4分,自评得分4分)\n2.绩效指标明确性(6分,自评得分5分)\n"
    assert _rules(text) == []


def test_a_bracket_in_prose_scoring_above_its_weight_is_flagged():
    assert _rules("二、评价情况\n项目管理方面(20分,自评得分22分)，资金使用规范。\n") == [("indicator_score_over_weight", "22")]


@pytest.mark.parametrize("note", [
    "（三）以前年度问题整改情况（扣分项，扣1分）\n",  # a deduction item without a weight
    "因部分工程进度滞后，另扣1分。\n",  # a deduction said in a line under the sub-headings
])
def test_a_deduction_said_under_the_heading_explains_its_score_below_the_sub_headings(note):
    text = "二、过程(20分,自评得分18分)\n（一）资金管理(12分,自评得分11分)\n（二）组织实施(8分,自评得分8分)\n" + note
    assert _rules(text) == []
    # a deduction that does not make the difference leaves the heading told
    assert [r for r, _ in _rules(text.replace("自评得分18分", "自评得分16分"))] == ["score_total"]
