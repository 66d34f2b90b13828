"""An outline heading's weight against the weights of the headings under it (invented outlines)."""

import pytest

from drafting.checks.arithmetic.score_lines import check_score_lines
from drafting.io.text_reader import read_text_string


def _found(*lines: str) -> list[str]:
    report = read_text_string("\n".join(lines) + "\n")
    return [f.message for f in check_score_lines(report) if f.rule == "outline_heading_weights"]


def test_a_heading_weighed_less_than_its_sub_headings_is_told():
    found = _found("一、投入(分值18分,自评得18分)", "(一)项目立项(分值10分,自评得10分)", "立项依据充分。",
                   "(二)资金落实(分值10分,自评得10分)", "资金全部到位。", "二、过程(分值32分,自评得32分)")
    assert found == ["“投入”分值18分，其下2项分值之和为20分（项目立项10 + 资金落实10），两者不符"]


def test_weights_in_bracket_without_the_word_fenzhi_are_read_too():
    assert len(_found("一、产出（40分）", "1.数量指标（20分）", "2.质量指标（10分）", "3.时效指标（5分）",
                      "二、效益（30分）")) == 1


@pytest.mark.parametrize("lines", [
    # the sub-headings' weights add up
    ("一、投入(分值20分,自评得18分)", "(一)项目立项(分值10分,自评得9分)", "(二)资金落实(分值10分,自评得9分)", "二、过程(分值30分)"),
    # cut after the sub-items: the group is not closed, a third may follow
    ("一、投入(分值28分,自评得18分)", "(一)项目立项(分值10分,自评得9分)", "(二)资金落实(分值10分,自评得9分)"),
    # a sub-heading gives no weight: it may carry the missing points
    ("一、投入(分值28分)", "(一)项目立项(分值10分)", "(二)资金落实(分值10分)", "(三)绩效目标", "二、过程(分值30分)"),
    # one sub-heading only
    ("一、投入(分值18分)", "(一)项目立项(分值10分)", "二、过程(分值30分)"),
])
def test_outlines_that_cannot_or_need_not_add_up_are_left_alone(lines):
    assert _found(*lines) == []
