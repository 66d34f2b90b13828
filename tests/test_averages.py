"""An average must be its sentence's total over its count (checks/arithmetic/averages.py)."""

import pytest

from drafting.checks.arithmetic.averages import check_averages
from drafting.io.text_reader import read_text_string


def average_findings(text: str):
    return check_averages(read_text_string(text))


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("项目共完成农业技术培训45期，培训农民3,600人次，平均每期85人次。", "85人次", "80人次"),
    ("开展活动12场，参与群众3.6万人次，平均每场4000人次。", "4000人次", "3000人次"),
])
def test_an_average_that_is_not_the_total_over_the_count_is_flagged(text, quote, right):
    [f] = average_findings(text)
    assert f.quote == quote and f"应为 {right}" in f.message


@pytest.mark.parametrize("text", [
    "项目共完成农业技术培训45期，培训农民3,600人次，平均每期80人次。",
    "开展活动12场，参与群众3.6万人次，平均每场3000人次。",
    "开展活动12场，参与群众3.6万人次，平均每场3040人次。",  # 3.6万 may be 35,500-36,499
    "培训45期3600人次，其中骨干培训5期，平均每期85人次。",  # two counts of 期: which one is a guess
    "培训农民3,600人次，平均每期85人次。",  # no count of 期
])
def test_averages_that_hold_or_cannot_be_pinned_are_left_alone(text):
    assert average_findings(text) == []
