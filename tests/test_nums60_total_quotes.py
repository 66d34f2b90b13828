"""A total whose parts do not make it is quoted with its name (在职人员总数25人，其中：…), the claim as a
reader marks it; the name is taken only where it stands right before the figure."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string


def _quotes(text: str) -> list[str]:
    return [f.quote for f in check_arithmetic(read_text_string(text)) if f.rule == "sentence_parts_sum"]


@pytest.mark.parametrize(("text", "opening"), [
    ("截至年底，在职人员总数25人，其中：行政编制人员7人、参公编制人员4人、事业编制人员13人。", "在职人员总数25人，其中"),
    ("本单位编制40个，实有人数78人（其中：在职51人，退休26人），车辆2辆。", "实有人数78人（其中"),
    ("项目资金总预算为2455.5万元，其中部门预算项目支出87.5万元，专项预算支出2350万元，其他支出20万元。",
     "项目资金总预算为2455.5万元"),
])
def test_the_quote_opens_at_the_totals_name(text, opening):
    [quote] = _quotes(text)
    assert quote.startswith(opening)


def test_a_name_set_apart_from_its_figure_is_left_out_of_the_quote():
    text = "2023年度，我局支出（含上年结转）800万元，其中人员经费300万元，公用经费100万元，项目支出300万元。"
    assert _quotes(text) == ["800万元，其中人员经费300万元，公用经费100万元，项目支出300万元"]
