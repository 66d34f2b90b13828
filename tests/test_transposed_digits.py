"""Two figures that are one figure with two neighbouring digits swapped: one finding at the copy the
report gives less often (or the later one), the others related; shorter figures, percentages and
figures that differ in more than one swap are left."""

from __future__ import annotations

from drafting.checks.transposed_digits import check_transposed
from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = "某市2022年度林业改革发展资金绩效自评报告\n"


def _found(text: str) -> list[tuple[str, list[str]]]:
    return [(f.quote, [r.quote for r in f.related]) for f in check_transposed(read_text_string(HEAD + text))]


def test_a_figure_with_two_neighbouring_digits_swapped_is_found_at_the_odd_copy():
    text = ("全年实际安排资金1360.427815万元。\n| 年度 | 市本级支出 | 其中：部门预算支出 |\n|---|---|---|\n"
            "| 2022 | 1360.472815 | 1360.427815 |\n")
    assert _found(text) == [("1360.472815", ["1360.427815万元", "1360.427815"])]
    found = [f for f in review(read_text_string(HEAD + text)).findings if f.rule == "figures.transposed_digits"]
    assert len(found) == 1 and "1360.427815" in found[0].message


def test_as_many_copies_of_each_the_later_is_the_slip():
    assert _found("下达资金2035.61万元，支出资金2035.16万元。\n") == [("2035.16万元", ["2035.61万元"])]


def test_short_figures_percentages_counts_and_other_differences_are_left():
    assert _found("预算数125.36万元，执行数125.63万元。\n") == []  # five digits: chance
    assert _found("执行率98.7654%，完成率98.7645%。\n") == []  # percentages
    assert _found("下达资金2035.61万元，支出资金2053.16万元。\n") == []  # two swaps
    assert _found("下达资金2035.61万元，支出资金2035.61万元。\n") == []  # the same figure


def test_a_pair_far_apart_in_a_long_report_is_left_to_chance():
    filler = "".join(f"第{k}项工作按计划推进。\n" for k in range(1, 8))
    assert _found("下达资金2035.61万元。\n" + filler + "支出资金2035.16万元。\n") == []
