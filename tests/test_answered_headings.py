"""A heading that holds its own answer is not empty (``structure.empty_heading``).

A numbered heading followed straight by the next heading of its level is a section left unwritten —
unless the heading line states its value itself: a figure with its unit ((一)资金到位率100%), a grade
or 是/否 after its label (二、评价等级为优), or anything after its colon (二、评价结论：优). A heading
that only names its section, its weight in brackets or its table's unit still is one left empty.
"""

import pytest

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string


def _empty(heading: str, level: int) -> list[str]:
    """The empty headings of a report in which ``heading`` (level 1: 一、, level 2: （一）) is followed
    straight by the next heading of its level, every other section having its text."""
    if level == 1:
        lines = ["一、项目基本情况", "本项目为高标准农田建设项目，年度预算500万元。", heading,
                 "三、存在的问题", "项目进度略有滞后。"]
    else:
        lines = ["一、绩效目标完成情况", "（一）产出指标完成情况", "新建高标准农田1万亩，完成率100%。", heading,
                 "（三）效益指标完成情况", "受益群众满意度95%。"]
    return [f.quote for f in check_structure(read_text_string("\n".join(lines))) if f.rule == "structure.empty_heading"]


ANSWERED = [
    ("二、评价结论：优", 1), ("二、自评结论：良好", 1), ("二、自评得分：96.5分", 1),
    ("二、绩效目标：全年新建高标准农田1万亩", 1), ("二、评价等级为优", 1), ("二、综合评价结论为良", 1),
    ("（二）自评得分99分", 2), ("（二）资金到位率100%", 2), ("（二）预算执行率98.6％", 2),
    ("（二）项目总投资500万元", 2), ("（二）受益农户1,200户", 2), ("（二）是否按期完成：是", 2),
    ("（二）是否按期完成 否", 2), ("(二)自评等级：优秀", 2),
]


@pytest.mark.parametrize(("heading", "level"), ANSWERED)
def test_a_heading_that_states_its_own_value_is_not_empty(heading, level):
    assert _empty(heading, level) == []


NOT_ANSWERED = [
    ("二、其他需要说明的情况", 1), ("二、2023年度预算执行情况", 1), ("（二）产出指标（50分）", 2),
    ("（二）项目资金使用情况（单位：万元）", 2), ("（二）满意度指标完成情况", 2),
]


@pytest.mark.parametrize(("heading", "level"), NOT_ANSWERED)
def test_a_heading_that_only_names_its_section_is_still_empty(heading, level):
    assert _empty(heading, level) == [heading]


def test_answered_headings_back_to_back_still_make_an_outline():
    # several heading lines in a row are an outline: the one empty heading among them is not told
    lines = ["一、项目基本情况", "本项目年度预算500万元。", "二、评价结论：优", "三、自评得分96分", "四、存在的问题",
             "五、改进措施", "加强项目管理。"]
    assert [f for f in check_structure(read_text_string("\n".join(lines))) if f.rule == "structure.empty_heading"] == []
