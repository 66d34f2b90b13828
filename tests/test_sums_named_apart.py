"""Totals whose parts are named in ways the sum rules did not read: age bands, years listed before
分别为, kinds of post, and a base named at length before 相比 (invented wording)."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.findings import Severity
from drafting.report import Paragraph, Report


def found(text: str, rule: str) -> list[tuple[str, Severity]]:
    report = Report(blocks=[Paragraph(text=text)])
    return [(f.quote, f.severity) for f in check_arithmetic(report) if f.rule == rule]


AGES = "全镇80周岁以上老人共有{}人,其中80-89周岁老年人3098人,90-99周岁的老年人781人,100周岁及以上的老年人29人。"


def test_headcounts_in_age_bands_that_do_not_overlap_cannot_exceed_their_total():
    [(quote, _)] = found(AGES.format(3907), "sentence_parts_sum")
    assert quote.startswith("周岁以上老人共有3907人")
    assert found(AGES.format(3908), "sentence_parts_sum") == []


@pytest.mark.parametrize("text", [
    # 80岁以上 lies inside 70岁以上: the bands overlap, the parts may count people twice
    "全镇老人共有3907人,其中70岁以上老年人3098人,80岁以上的老年人781人,60-69岁的老年人29人。",
    # one part named by no band
    "全镇老人共有3907人,其中80-89周岁老年人3098人,独居老人781人,100周岁及以上的老年人29人。",
])
def test_age_bands_that_overlap_or_a_part_without_a_band_are_not_summed_as_disjoint(text):
    assert found(text, "sentence_parts_sum") == []


def test_years_named_before_respectively_one_unit_short_of_their_parts_is_an_info_note():
    text = "2019-2021年市级财政共计安排项目预算{}万元,其中2019、2020、2021年分别为2500万元、6300万元、9600万元。"
    [(quote, severity)] = found(text.format(18399), "sentence_respectively_sum")
    assert quote.startswith("18399万元") and severity is Severity.INFO
    assert found(text.format(18400), "sentence_respectively_sum") == []
    assert found(text.format(18420), "sentence_respectively_sum") == []  # some years may be unnamed


STAFF = "我镇实有人员{}名,其中使用行政编制的人员15名,使用行政执法工作编制的人员12名。"


def test_staff_named_by_different_kinds_of_post_cannot_exceed_their_total():
    [(quote, _)] = found(STAFF.format(26), "sentence_parts_sum")
    assert quote.startswith("我镇实有人员26名")
    assert found(STAFF.format(27), "sentence_parts_sum") == []
    # the same kind twice says nothing about overlap
    assert found("实有人员26名,其中使用行政编制的人员15名,使用行政编制的人员12名。", "sentence_parts_sum") == []


def test_a_base_named_at_length_before_a_stray_comma_and_xiangbi_is_the_changes_base():
    text = "2019年度收入总计5,826.{}万元,与2019年公共财政预算收入1201.06万元,相比增加4625.30万元,增长385.10%。"
    assert found(text.format(36), "sentence_change") == []
    assert [q for q, _ in found(text.format(37), "sentence_change")]


def test_a_change_rate_cut_at_its_precision_is_read_and_then_pins_a_wrong_total():
    # 2401.37 ÷ 471.56 = 509.2395…%, written cut to 509.23% (half-up it would be 509.24%)
    text = "2019年度收入总计{}万元,与2019年公共财政预算收入471.56万元,相比增加2401.37万元,增长509.23%。"
    assert found(text.format("2,872.93"), "sentence_change") == []
    assert found(text.format("2,872.93"), "sentence_change_rate") == []
    [(quote, _)] = found(text.format("2,872.92"), "sentence_change")
    assert quote == "2,872.92万元"
