"""Totals and their parts, session 61 (issue 9): when the listed parts are known to be a total's own
and disjoint. Invented wording in the shapes of reports from several provinces:

* a bracket glued to a part of a 其中 list details that part, not the whole above it — even when its
  figures happen to make that whole (the part's own breakdown, slipped);
* staff counted by what they are employed as — 公务员, 工人/工勤, 事业人员 — are one kind each, so those
  groups cannot overlap; a whole that is itself one of these kinds (工勤编制) has no such siblings as parts;
* an item of a 、 list may be named by one letter, a kind as its siblings are (李, 杏), never a dimension
  (长, 宽) or a word that opens no name;
* a decimal a PDF split with a blank (21. 73万亩), glued to the word before it, is one figure.
"""

from __future__ import annotations

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string
from drafting.numbers.wide_points import fold_wide_points, has_wide_points
from drafting.report import Paragraph, Report
from drafting.review import review


def sums(text: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=text)])
    return [f.message for f in check_arithmetic(report) if f.rule == "sentence_parts_sum"]


def reviewed_sums(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "sentence_parts_sum"]


def test_a_bracket_glued_to_a_listed_part_details_that_part_even_when_it_makes_the_whole() -> None:
    # 15 + 3 + 5 = 23 is the whole above, but the bracket stands on the 22 in post: one of them is wrong
    [message] = sums("现有财政供养人员23人，其中：在职人员22人（公务员15人，机关工人3人，事业人员5人）。")
    assert "22人" in message and "23人" in message


def test_a_bracket_that_adds_up_to_its_part_is_silent() -> None:
    assert sums("现有财政供养人员23人，其中：在职人员22人（公务员14人，机关工人3人，事业人员5人）。") == []
    assert sums("年末实有人员编制40人，其中：行政编制22人，事业编制18人（财政补助10人、经费自理8人）。") == []


def test_two_totals_whose_parts_follow_in_a_sentence_of_their_own_stay_silent() -> None:
    # the 其中 after 。 may list the parts of the first total: the older guard still holds there
    assert sums("核定编制42人，实有40人。其中：行政编制30人，事业编制12人。") == []


def test_staff_by_employment_cannot_overlap_so_more_than_the_total_is_wrong() -> None:
    [message] = sums("在职人员20人（公务员12人，工勤人员3人，事业人员6人）。")
    assert "21人" in message


def test_staff_groups_that_may_overlap_are_not_read_as_disjoint() -> None:
    assert sums("在职人员8人（党员5人，女性4人）。") == []
    assert sums("在职人员20人（公务员12人，党员9人）。") == []


def test_a_whole_that_is_one_kind_of_staff_has_no_sibling_kinds_as_parts() -> None:
    # the 其中 lists the people of both posts before it (26 of 30, 8 of 9), not parts of the 工勤编制 9
    assert sums("实有机关行政编制30人，工勤编制9人。其中，在职公务员26人，在职工勤8人。") == []


def test_a_one_letter_kind_closes_a_dun_list_of_kinds() -> None:
    [message] = sums("新建果园8.46万亩（苹果3.20万亩、柑橘2.75万亩、李1.61万亩、杏0.95万亩）。")
    assert "8.51万亩" in message


def test_a_one_letter_dimension_or_function_word_is_no_item() -> None:
    assert sums("修建便道长800米、宽3米。") == []
    assert sums("共发放物资120件（棉被60件、棉衣58件、共2件）。") == []


@pytest.mark.parametrize(("text", "folded"), [
    ("建设果园8. 46万亩", "建设果园8.46 万亩"),
    ("已实际支付35. 3万元。", "已实际支付35.3 万元。"),
    ("完成率达96. 5%", "完成率达96.5 %"),
    ("支出12．46万元", "支出12.46万元"),  # the full-width point as before
])
def test_a_decimal_split_by_a_blank_is_joined_same_length(text: str, folded: str) -> None:
    assert has_wide_points(text)
    assert fold_wide_points(text) == folded and len(folded) == len(text)


@pytest.mark.parametrize("text", [
    "其中： 1. 610办专项资金30万元",  # a list marker after a mark and a blank
    "项目如下：1. 2016年新建项目",  # a marker after a colon
    "17.92 7.50. 25.36 会议费",  # figures of a row apart by blanks
    "共3个项目。 2. 项目实施情况",  # a marker after the stop
])
def test_a_list_marker_or_a_row_of_figures_is_not_joined(text: str) -> None:
    assert fold_wide_points(text) == text


def test_a_split_decimal_is_read_as_one_figure_and_quoted_as_written() -> None:
    text = "新建果园8. 46万亩（苹果3.20万亩、柑橘2.75万亩、李1.61万亩、杏0.95万亩）。\n"
    [quote] = reviewed_sums(text)
    assert quote.startswith("新建果园8. 46万亩")
    assert reviewed_sums(text.replace("8. 46", "8. 51")) == []
