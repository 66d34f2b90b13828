"""A total score told in one sentence and broken down by class in the next (自评得分92分。其中产出指标45分、…):
the class scores must add up to the total, at its shown places. Quiet where the next sentence is no whole
breakdown of it: two classes only, one class's sub-items, deductions, the frame's weights, another total's
parts, or a class the reading does not know. Invented conclusions."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "2023年度县级储备粮轮换费用补贴项目绩效自评报告\n四、自评结论\n"


def _found(paragraph: str) -> list:
    return [f for f in review(read_text_string(_HEAD + paragraph + "\n")).findings
            if f.rule == "score_total_next_sentence"]


@pytest.mark.parametrize(("paragraph", "total", "sum_"), [
    ("经自评，本项目得分为93分，等级为优。其中产出指标47分，效益指标27分，满意度指标9分，预算执行率9分。", "93", "92"),
    ("项目绩效自评最终得分86.5分。预算执行率指标得分8.5分；产出指标得分43分；效益指标得分26分；满意度指标得分8分。",
     "86.5", "85.5"),
    ("本部门整体支出自评综合得分为90分。具体为：投入指标19分、过程指标18分、产出指标35分、效益指标17分。", "90", "89"),
    ("自评综合得分为88.9分，自评等级为良。其中预算执行率指标10分、得9.2分，产出指标50分、得43.5分，"
     "效益指标30分、得25.1分，满意度指标10分、得9.1分。", "88.9", "86.9"),
])
def test_a_total_whose_next_sentence_parts_do_not_add_up_is_found(paragraph, total, sum_):
    found = _found(paragraph)
    assert len(found) == 1
    assert found[0].quote == total
    assert f"之和为{sum_}分" in found[0].message
    assert len(found[0].related) == 4


@pytest.mark.parametrize("paragraph", [
    "经自评，本项目得分为92分，等级为优。其中产出指标47分，效益指标27分，满意度指标9分，预算执行率9分。",
    "经自评，本项目得分为92分。本次评价满分100分，其中产出指标50分，效益指标30分，满意度指标10分，预算执行率10分。",
    "经自评，本项目得分为92分。其中产出指标得分47分、效益指标得分27分，均好于上年。",
    "经自评，本项目得分为92分，其中产出指标得分47分。其中数量指标20分、质量指标15分、时效指标12分。",
    "经自评，本项目得分为92分。其中产出指标扣3分、效益指标扣3分、满意度指标扣1分、预算执行率扣1分。",
    "经自评，本项目得分为92分。上年自评得分89分，其中产出指标45分、效益指标26分、满意度指标9分、预算执行率9分。",
    "经自评，本项目得分为92分。其中产出指标50分，效益指标30分，满意度指标10分，预算执行率10分。",
    # a class the reading does not name (部门管理): the list is not read whole, never summed short
    "自评综合得分为88.9分。其中预算执行率10分、得9.2分，部门管理20分、得17.1分，产出指标50分、得43.5分，"
    "效益指标20分、得19.1分。",
    "自评综合得分为86.9分。其中预算执行率10分、得9.2分，产出指标50分、得43.5分，效益指标30分、得25.1分，"
    "满意度指标10分、得9.1分。",
    "项目绩效自评最终得分85.5分。预算执行率指标得分8.5分；产出指标得分43分；效益指标得分26分；满意度指标得分8分。",
])
def test_a_total_with_no_whole_breakdown_or_a_right_one_is_quiet(paragraph):
    assert _found(paragraph) == []
