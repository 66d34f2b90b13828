"""A rate whose sentence a PDF broke over lines is read whole (checks/arithmetic/sentence_breaks.py).

Short texts: the reader does not recognise a page width in them and keeps each line a paragraph.
"""

from decimal import Decimal

import pytest

from drafting.checks.arithmetic.sentence_rates import check_sentence_rates
from drafting.io.text_reader import read_text_string
from drafting.report import Report


def rate_findings(text: str):
    report = read_text_string(text)
    return report, check_sentence_rates(report)


HEAD = "一、项目资金情况\n"
# (sentence with its break marked "/", right rate): the break before 执行率, inside a figure's label,
# between a figure and its unit, inside a figure, inside the rate's words
BROKEN = [
    ("2023年度该项目预算资金120万元，全年实际支出110.5万元，预算/执行率为{}%，资金使用规范。", "92.08"),
    ("2023年度该项目预算资金120万元，全年实际/支出110.5万元，预算执行率为{}%，资金使用规范。", "92.08"),
    ("2023年度该项目预算资金120万元，全年实际支出110.5/万元，预算执行率为{}%，资金使用规范。", "92.08"),
    ("本年度下达补助资金85.6万元，实际拨付/80万元，资金拨付率为{}%。", "93.46"),
    ("项目年初预算安排200万元，截至年底已支出/186万元，预算执行率{}%，较好完成年度任务。", "93"),
    ("全年预算资金50万元，实际/使用资金45万元，资金使用率达到{}%。", "90"),
]


@pytest.mark.parametrize(("sentence", "right"), BROKEN)
def test_a_wrong_rate_is_found_when_its_sentence_is_broken_over_two_lines(sentence, right):
    wrong = str(Decimal(right) + 4)
    report, found = rate_findings(HEAD + sentence.format(wrong).replace("/", "\n") + "\n")
    [f] = found
    assert wrong in f.message and f"应为 {right}%" in f.message
    for place in (f.location, *f.related):  # every place quotes its own line
        assert report.quote(place.location) == place.quote and place.quote


@pytest.mark.parametrize(("sentence", "right"), BROKEN)
def test_the_right_rate_broken_over_two_lines_is_left_alone(sentence, right):
    _, found = rate_findings(HEAD + sentence.format(right).replace("/", "\n") + "\n")
    assert found == []


def test_a_rate_broken_over_three_lines_is_read_whole():
    _, found = rate_findings(HEAD + "2023年度该项目预算资金120万元，\n全年实际支出110.5万元，预算执\n行率为96.08%，资金使用规范。\n")
    [f] = found
    assert f.location.quote == "96.08%" and "应为 92.08%" in f.message


def test_the_rate_is_pointed_at_on_the_line_where_it_stands():
    _, found = rate_findings(HEAD + "2023年度该项目预算资金120万元，全年实际支出110.5万元，预算\n执行率为96.08%，资金使用规范。\n")
    [f] = found
    assert f.location.location.block == 2 and f.location.quote == "96.08%"
    assert {r.location.block for r in f.related} == {1}


def test_a_line_that_ends_its_sentence_is_not_joined_to_the_next():
    _, found = rate_findings(HEAD + "2023年度该项目预算资金120万元，全年实际支出110.5万元。\n执行率为96.08%的项目另行说明。\n")
    assert found == []


def test_a_heading_after_an_open_line_starts_its_own_text():
    _, found = rate_findings("2023年度该项目预算资金120万元，全年实际支出110.5万元，其他\n二、预算执行率为96.08%\n")
    assert found == []


def test_a_list_item_after_an_open_line_starts_its_own_text():
    _, found = rate_findings(HEAD + "年度预算资金120万元，全年实际支出110.5万元，主要用于\n（1）预算执行率为96.08%的项目培训。\n")
    assert found == []


def test_a_forms_cells_are_never_read_as_the_sentences_next_line():
    _, found = rate_findings(HEAD + "年度预算资金120万元，全年实际支出110.5万元，预算\n执行率   96.08%   10分   9分\n")
    assert found == []


def test_a_rate_found_on_its_own_line_is_not_reported_twice():
    _, found = rate_findings(HEAD + "预算资金120万元，实际支出110.5万元，执行率为96.08%，另有\n配套资金已全部到位。\n")
    assert len(found) == 1


def test_a_report_without_broken_lines_reads_as_before():
    assert check_sentence_rates(Report()) == []


TITLE = "某县农业局2023年度项目支出绩效自评报告\n"


@pytest.mark.parametrize("furniture", ["- 2 -\n" + TITLE, "- 2 -\n", "第2页\n"])
def test_a_page_number_and_running_head_between_the_halves_are_passed_over(furniture):
    broken = TITLE + HEAD + "2023年度该项目预算资金120万元，全年实际支出110.5万元，预算\n" + furniture + "执行率为{}%，资金使用规范。\n"
    [f] = rate_findings(broken.format("96.08"))[1]
    assert f.location.quote == "96.08%" and "应为 92.08%" in f.message
    assert rate_findings(broken.format("92.08"))[1] == []
