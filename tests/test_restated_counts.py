"""An output counted twice, the second time with two neighbouring digits swapped, is one figure typed twice
(``checks.restated_counts``); a target, another year's figure or parallel items' figures are not. Invented texts."""

import pytest

from drafting.checks.restated_counts import check_restated_counts, swapped
from drafting.io.text_reader import read_text_string


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.related[0].quote) for f in check_restated_counts(read_text_string(text))]


def test_an_output_restated_with_two_digits_swapped_is_reported_at_the_second_place():
    text = ("一、项目概况\n年内共完成高标准农田建设2,375亩，配套建设机耕道和灌排沟渠。\n"
            "二、绩效目标完成情况\n全年完成高标准农田建设2,735亩，经县级验收全部合格。\n")
    assert _found(text) == [("2,735亩", "2,375亩")]
    (f,) = check_restated_counts(read_text_string(text))
    assert "高标准农田建设" in f.message and "颠倒" in f.message


def test_the_same_output_with_the_same_value_is_silent():
    text = "年内共完成高标准农田建设2,375亩。\n全年完成高标准农田建设2,375亩，经验收合格。\n"
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    # a target among the year's goals, then the result: another figure, not a swap
    "年度目标：完成密集烤房维修改造300座。\n完成密集烤房维修改造306座，全部投入使用。\n",
    # two years
    "2022年完成高标准农田建设2,375亩。\n2023年完成高标准农田建设2,735亩。\n",
    # the plan, then the result
    "计划完成高标准农田建设2,375亩。\n全年完成高标准农田建设2,735亩。\n",
    # parallel items: three values of the same words
    "东岭村：道路硬化125米。\n西塘村：道路硬化152米。\n南坪村：道路硬化210米。\n",
    # within one paragraph (an item and its total, or two items)
    "完成高标准农田建设2,375亩，完成高标准农田建设2,735亩。\n",
])
def test_figures_that_are_two_figures_by_design_are_left_alone(text):
    assert _found(text) == []


@pytest.mark.parametrize(("a", "b", "same"), [
    ("12,846", "12,486", True), ("38.6", "36.8", True), ("3,215", "3,125", True),
    ("1.2", "2.1", False),         # too few digits to tell a slip from chance
    ("4,628", "4,286", False),     # a rotation, not a swap
    ("300", "306", False), ("150", "152", False), ("38.6", "3.86", False),
])
def test_a_swap_is_two_neighbouring_digits_exchanged(a, b, same):
    assert swapped(a, b) is same
