"""Groups whose counts close a whole's count close its sum too (``arithmetic.group_sums``).

A whole stated with a count and a sum, then groups in the next sentences, each with a count of the same
measure word and a sum of the same measure: when the groups' counts add to the whole's exactly, the groups
are the whole, and their sums must add to its sum. Texts are invented.
"""

from __future__ import annotations

from drafting.findings import Finding
from drafting.io.text_reader import read_text_string
from drafting.review import review

H = "2025年度某某园区管理委员会部门整体支出绩效自评报告\n一、部门基本情况\n"
RULE = "paragraph_group_sum"


def _found(body: str) -> list[Finding]:
    result = review(read_text_string(H + body))
    return [f for f in result.findings if f.rule == RULE]


def test_groups_whose_counts_close_the_whole_must_close_its_sum() -> None:
    found = _found(
        "全年引进项目30个，其中亿元以上项目12个，总投资额52.4亿元。落地项目21个，其中亿元以上项目9个，"
        "总投资额36.15亿元；10亿元以上项目1个。储备项目9个，总投资额15.6亿元。\n")
    assert len(found) == 1
    f = found[0]
    assert f.quote == "52.4亿元"
    assert "51.75亿元" in f.message  # 36.15 + 15.6, at the figures' shown precision
    assert len(f.related) == 5  # the whole's count, then each group's count and sum


def test_a_whole_in_yuan_against_groups_in_wan_yuan_is_compared_in_one_unit() -> None:
    found = _found("共实施项目5个，总投资1.2亿元。新建项目3个，总投资8000万元。续建项目2个，总投资3000万元。\n")
    assert len(found) == 1
    assert found[0].quote == "1.2亿元"


def test_the_whole_whose_sentence_begins_on_the_line_before_is_read_too() -> None:
    found = _found("全年实现进出口总额3亿美元，增长12.5%\n"
                   "共签约项目30个，总投资额52.4亿元。正式签约项目21个，总投资额36.15亿元。意向签约项目9个，"
                   "总投资额15.6亿元。\n")
    assert [f.quote for f in found] == ["52.4亿元"]


def test_groups_that_close_the_sum_are_silent() -> None:
    assert _found("全年引进项目30个，总投资额52.4亿元。落地项目21个，总投资额36.8亿元。储备项目9个，"
                  "总投资额15.6亿元。\n") == []


def test_groups_within_the_figures_rounding_are_silent() -> None:
    assert _found("全年引进项目30个，总投资额52.4亿元。落地项目21个，总投资额36.83亿元。储备项目9个，"
                  "总投资额15.6亿元。\n") == []


def test_groups_whose_counts_fall_short_of_the_whole_are_not_all_of_it() -> None:
    assert _found("全年引进项目30个，总投资额52.4亿元。落地项目21个，总投资额36.15亿元。储备项目8个，"
                  "总投资额15.6亿元。\n") == []


def test_groups_whose_counts_exceed_the_whole_overlap_and_are_silent() -> None:
    assert _found("全年引进项目30个，总投资额52.4亿元。落地项目21个，总投资额36.15亿元。储备项目11个，"
                  "总投资额15.6亿元。\n") == []


def test_sums_of_another_measure_are_not_the_wholes_parts() -> None:
    assert _found("全年引进项目30个，总投资额52.4亿元。落地项目21个，到位资金36.15亿元。储备项目9个，"
                  "到位资金15.6亿元。\n") == []


def test_a_groups_sum_after_its_own_breakdown_not_named_a_total_may_be_the_last_parts() -> None:
    assert _found("全年引进项目30个，总投资额52.4亿元。落地项目21个，其中亿元以上项目9个，投资额36.15亿元。"
                  "储备项目9个，投资额15.6亿元。\n") == []


def test_groups_counted_with_another_measure_word_are_not_the_wholes_groups() -> None:
    assert _found("全年引进项目30个，总投资额52.4亿元。落地企业21家，总投资额36.15亿元。储备企业9家，"
                  "总投资额15.6亿元。\n") == []


def test_the_groups_end_where_their_counts_reach_the_whole_and_the_paragraph_may_go_on() -> None:
    found = _found("全年引进项目30个，总投资额52.4亿元。落地项目21个，总投资额36.15亿元。储备项目9个，"
                   "总投资额15.6亿元。已开工项目15个，完成投资20亿元。\n")
    assert [f.quote for f in found] == ["52.4亿元"]
