"""Figures typed with full-width input: digits, the decimal point "．" and "％" (１２．４６万元, ９６％). The
number probes of ``test_number_probes*`` (invented texts, each right and with one planted defect) keep
their findings so written: the rule checks read a "．" between two digits as "." (``fold_wide_points``)
and quote the text as written. A "．" that is a list marker (１．, 2．) is left a marker."""

from __future__ import annotations

import pytest
import test_number_probes
import test_number_probes_apart
import test_number_probes_compared
import test_number_probes_layouts
from number_probes import number_rules

from drafting.io.text_reader import read_text_string
from drafting.numbers.wide_points import fold_wide_points
from drafting.review import review

WIDE = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(ord("0"), ord("9") + 1)}, ".": "．", "%": "％"})
CASES = [(m.H, c) for m in (test_number_probes, test_number_probes_apart, test_number_probes_compared,
                            test_number_probes_layouts) for c in m.CASES]


@pytest.mark.parametrize(("head", "case"), CASES, ids=[c[0] for _, c in CASES])
def test_number_probes_typed_full_width_keep_their_findings(head: str, case: tuple[str, str, str, str]) -> None:
    layout, right, wrong, rule = case
    assert number_rules(head, right.translate(WIDE)) == [], layout
    assert number_rules(head, wrong.translate(WIDE)) == [rule], layout


def test_only_a_point_between_digits_is_folded() -> None:
    assert fold_wide_points("１．工作情况：支出１２．４６万元，2．其他") == "１．工作情况：支出１２.４６万元，2．其他"


def test_the_quote_keeps_the_full_width_point() -> None:
    text = ("2025年度某县某某局部门整体支出绩效自评报告\n一、部门基本情况\n"
            "三公经费支出１２．４６万元，较上年减少２．３４万元。其中：公务接待费３．１万元，公务用车运行维护费１０．２万元。\n")
    found = review(read_text_string(text)).findings
    assert [f.rule for f in found] == ["sentence_parts_sum"]
    assert found[0].quote.startswith("三公经费支出１２．４６万元")
