"""年未 for 年末 before the year-end head count written with its kind of staff (年未在职人员实有数205人, session 78),
as before 实有人数; 年未 before a verb is a negation (全年未在职人员中发生违纪: nothing to correct)."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _confusions(sentence: str) -> list[tuple[str, str]]:
    text = f"某中心2017年度部门整体支出绩效自评报告\n\n一、基本情况\n\n{sentence}\n"
    return [(f.location.quote, f.suggestion) for f in review(read_text_string(text)).findings
            if f.rule == "language.confusion"]


def test_nian_wei_before_the_staff_in_post_count_is_nian_mo():
    found = _confusions("核定编制人数99人,比上年增加了49人,年未在职人员实有数205人,其中在编人员99人。")
    assert [q for q, _ in found] == ["年未"] and "年末" in found[0][1]


def test_nian_wei_as_a_negation_is_left_alone():
    assert _confusions("本单位全年未在职人员中发生违纪违法问题。") == []


def test_an_accounting_firm_registered_as_a_company_is_no_slip():
    # 会计师事务有限公司 was a registered form of name (大信会计师事务有限公司 until its change to 所): the reading
    # that took it for a dropped 所 was withdrawn when a second report by the same firm wrote it the same way
    assert _confusions("我单位委托武汉宏信会计师事务有限公司开展绩效评价。") == []


def test_de_before_the_problems_and_suggestions_a_verb_names_is_the_structural_de():
    found = _confusions("一、项目存在得问题。评价小组提出得建议如下。")
    assert [q for q, _ in found] == ["得"] and "的" in found[0][1]
    assert _confusions("工作完成得很好，存在的问题已整改，值得肯定。") == []


def test_xingshi_of_a_vehicle_for_xingshi_of_a_power_is_a_confusion():
    found = _confusions("主要职能:行驶解释宪法和法律、监督宪法的实施,以及行驶全国人民代表大会授予的其他职权。")
    assert [q for q, _ in found] == ["行驶"] and "行使" in found[0][1]
    assert _confusions("公务用车全年行驶里程2.3万公里,车辆行驶安全,无交通事故。") == []


def test_jianqiang_of_party_building_is_no_slip_of_jianqiang_strong():
    # (the report writes 坚强 elsewhere, 在区委区政府的坚强领导下: the typo check took 建强 for its slip)
    text = ("某街道2021年度整体支出绩效评价自评报告\n\n一、基本情况\n\n任务5:突出严管厚爱,建强班子队伍\n\n"
            "一年来,在区委区政府的坚强领导下,街道团结一致,较好完成了年度目标任务。\n")
    assert [f for f in review(read_text_string(text)).findings if f.rule == "language.typo"] == []
