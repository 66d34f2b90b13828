"""Session 63's lead fixes, each read on a fresh pool after its measure."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings]


# session 62's noticed case: 行政工勤编制 is counted inside 行政编制 by some writers (行政编制11人(含行政工勤编制2人)).

def _posts(second: str) -> str:
    return f"一、部门基本情况\n本单位核定编制32人，其中行政编制11人，{second}2人，事业编制21人。实有人员30人。"


def test_a_class_of_posts_within_another_may_be_counted_inside_it():
    assert "sentence_parts_sum" not in _rules(_posts("行政工勤编制"))


def test_three_classes_of_posts_over_their_total_are_still_found():
    assert "sentence_parts_sum" in _rules(_posts("工勤编制"))
