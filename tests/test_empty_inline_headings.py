"""A section heading run into its paragraph (a text that lost its line breaks) that the marker of the
next, higher section follows at once had nothing written under it. Silent on an outline run together,
on a heading followed by one of its own level, and on headings that have text under them."""

import pytest

from drafting.checks.inline_headings import empty_inline_headings
from drafting.io.text_reader import read_text_string

_OPEN = ("某县2023年度农村公路养护补助资金绩效自评报告一、项目基本情况(一)项目概况,本项目由县交通运输局实施,"
         "全年养护农村公路126公里,下达补助资金86万元,其中省级补助50万元、县级配套36万元,资金由局财务股统一管理,"
         "按工程进度拨付到各乡镇养护站,养护站按季度上报养护里程、路况评定结果和资金使用台账,局里组织抽查并通报结果,"
         "年末对各乡镇养护工作进行综合考核,考核结果与下一年度补助资金分配挂钩,")


def _found(body: str):
    return [(f.rule, f.quote) for f in empty_inline_headings(read_text_string(_OPEN + body))]


@pytest.mark.parametrize(("body", "quote"), [
    ("2.资金管理情况分析,(二)绩效目标完成情况,养护里程126公里,达到年度目标。三、存在的问题无。", "2.资金管理情况分析"),
    ("各乡镇按月报送养护台账。(二)项目资金使用情况(三)绩效目标完成情况,全部完成。二、绩效自评结论,自评得分95分。",
     None),  # same level: a list's item as often as a section's
    ("各乡镇按月报送养护台账,(二)资金使用情况说明二、绩效目标完成情况,全部完成。", "(二)资金使用情况说明"),
])
def test_a_heading_run_into_its_paragraph_with_the_next_higher_section_right_after_is_flagged(body, quote):
    assert _found(body) == ([("structure.empty_inline_heading", quote)] if quote else [])


@pytest.mark.parametrize("body", [
    "2.资金管理情况分析,资金专款专用,未发现挤占挪用,(二)绩效目标完成情况,全部完成。",  # text under it
    "(一)项目概况(二)资金管理情况三、绩效目标完成情况四、存在问题,无。",  # an outline run together
    "2.资金管理情况,(二)1.养护里程126公里。",  # the title names no section
])
def test_a_heading_with_text_under_it_or_an_outline_is_left_alone(body):
    assert _found(body) == []


def test_a_short_paragraph_is_no_run_together_text():
    assert empty_inline_headings(read_text_string("说明:2.资金管理情况分析,(二)绩效目标完成情况,全部完成。\n")) == []
