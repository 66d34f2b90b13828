"""Session 74: posts listed after their total with a class within a class (行政工勤编制 beside 行政编制) that
exceed it by exactly one, no part being that one (编制39人，其中行政编制32人，行政工勤编制8人), are a slip of
typing: read beside its first class the part makes the list one classification's categories, which cannot
exceed the total; read inside it the total would run past the list by an unnamed item of 7 — a coincidence.
Lists of kinds that may overlap stay quiet one over as before (党员5人，女性4人 of 8 people), as do a part of 1
(it may lie inside another), a list short by one (an item may be left out) and a measured length."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"


def _sums(line: str) -> list[str]:
    found = review(read_text_string(_HEAD + line + "\n二、存在的问题\n无。\n")).findings
    return [f.quote for f in found if f.rule == "sentence_parts_sum"]


def test_posts_one_over_their_total_are_a_slip():
    assert _sums("截至2023年12月，我局年末编制人数39人，其中行政编制32人，行政工勤编制8人。") == [
        "我局年末编制人数39人，其中行政编制32人，行政工勤编制8人"]


def test_the_slip_says_what_to_check():
    found = review(read_text_string(_HEAD + "机关年末编制数25人，其中行政编制20人，行政工勤编制6人。\n")).findings
    [f] = [f for f in found if f.rule == "sentence_parts_sum"]
    assert f.severity.value == "warning"
    assert "多1" in f.evidence and "20人 + 6人" in f.evidence and "26人" in f.evidence


def test_the_posts_adding_up_either_way_are_quiet():
    assert _sums("我局年末编制人数40人，其中行政编制32人，行政工勤编制8人。") == []
    assert _sums("我局年末编制人数32人，其中行政编制32人，行政工勤编制8人。") == []


def test_a_part_of_one_may_lie_inside_another():
    assert _sums("政研室年末编制人数8人，其中行政编制8人，行政工勤编制1人。") == []


def test_a_list_short_by_one_may_leave_an_item_out():
    assert _sums("我局年末编制人数41人，其中行政编制32人，行政工勤编制8人。") == []


def test_kinds_that_may_overlap_stay_quiet_one_over():
    assert _sums("现有在职人员8人，其中党员5人，女性4人。") == []
    # three or more kinds set out after 其中： one over are read since session 75 (tests/test_s75_totals.py)
