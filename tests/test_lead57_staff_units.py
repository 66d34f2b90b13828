"""A part of the unit whose staff in post are above its own posts, the whole within its posts (invented)."""

import pytest

from drafting.checks.staffing import check_staff_parts
from drafting.io.text_reader import read_text_string


def _over(text: str) -> list[str]:
    return [f.message for f in check_staff_parts(read_text_string(text)) if f.rule == "staffing.part_over_posts"]


def test_a_part_with_more_staff_in_post_than_its_posts_is_told():
    text = ("经县委编办核定编制247人，其中局本级25人，二级机构222人。2021年单位在编在岗232人，其中局本级26人，"
            "二级机构206人。另有临聘人员14人。")
    assert _over(text) == ["局本级在编26人，多于其核定编制25人"]


@pytest.mark.parametrize("text", [
    # every part within its posts
    "核定编制247人，其中局本级25人，二级机构222人。在编人员232人，其中局本级25人，二级机构207人。",
    # the parts named differently: not paired
    "核定编制30人，其中行政编制20人，事业编制10人。在编人员28人，其中机关21人，下属单位7人。",
    # staff in post not said to be 在编
    "核定编制30人，其中机关20人，事业10人。实有人员35人，其中机关24人，事业11人，含聘用人员5人。",
])
def test_parts_that_fit_or_cannot_be_paired_are_left_alone(text):
    assert _over(text) == []
