"""A head count that lost its unit in a list of head counts (session 78): 正式职工2人,临时工8人,公益性岗位1人,
计划内合同工1,退休职工4院内… — every other count of the sentence ends in 人, so 计划内合同工1 and 退休职工4 lost
theirs (the second also its full stop). One finding for the paragraph, listing both."""

from __future__ import annotations

from drafting.findings import Finding
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _dropped(sentence: str) -> list[Finding]:
    text = f"某福利院2019年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n{sentence}\n"
    return [f for f in review(read_text_string(text)).findings if f.rule == "language.dropped"]


def test_a_count_with_no_unit_among_counts_in_ren_is_one_finding_listing_each():
    found = _dropped("本院2019年共有正式职工2人,临时工8人,公益性岗位1人,计划内合同工1,退休职工4院内共设两个职能股室。")
    assert [(f.location.quote, [r.quote for r in f.related]) for f in found] == [("计划内合同工1", ["退休职工4"])]
    assert "缺少单位“人”" in found[0].message and found[0].suggestion == "改为“计划内合同工1人”"


def test_counts_that_all_carry_their_unit_are_clean():
    assert _dropped("本院共有正式职工2人,临时工8人,公益性岗位1人,计划内合同工1人,退休职工4人。") == []


def test_a_count_in_another_unit_or_a_lone_count_is_no_slip():
    assert _dropped("全年培训职工20人,帮扶困难职工8人,走访退休职工30户,慰问老党员15人。") == []
    assert _dropped("本院有正式职工2人,临时工8,院内共设两个职能股室。") == []  # one sibling only: nothing to compare


def test_an_ordinal_after_a_list_mark_is_no_head_count():
    assert _dropped("完成培训教师20人,新增专职教师5人,指标1,目标2均已完成。") == []


def test_posts_and_staff_in_post_are_head_counts_too():
    found = _dropped("局机关编制17人,实有人数17人,监测站编制28人,实有人数28。"
                     "团区委年末编制人数7人,其中行政编制7;区直机关工委编制人数7人,其中行政编制7人。")
    assert [(f.location.quote, [r.quote for r in f.related]) for f in found] == [("实有人数28", ["其中行政编制7"])]


def test_a_count_with_thousands_parted_by_a_comma_is_whole():
    assert _dropped("现有教学班48个,在校学生2,356人,其中高一年级812人、高二年级786人、高三年级758人。") == []
