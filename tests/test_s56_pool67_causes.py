"""pool67's two wrong findings, fixed by their causes after its held-out measure: the leading posts listed after
其中 are some of a staff total, not its parts (行政编制9名。其中:局长1名、副局长2名、正股长3名); a unit's short name
in brackets ends with its kind ((政数局)), no slip of 数据."""

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _sums(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "sentence_parts_sum"]


def test_the_leading_posts_of_a_staff_total_are_not_its_parts():
    assert _sums("一、单位基本情况\n局机关有行政编制9名。其中:局长1名、副局长2名、正股长3名。现在职9人。\n") == []


def test_a_post_and_its_deputies_over_a_count_of_leading_posts_are_still_checked():
    assert _sums("一、单位基本情况\n领导职数4名,其中局长1名、副局长2名。\n") != []


def test_a_units_short_name_in_brackets_is_no_slip():
    text = "部门整体支出绩效自评报告(政数局)\n一、单位基本情况\n局机关有行政编制9名。\n"
    assert [f.quote for f in check_typos(read_text_string(text))] == []
