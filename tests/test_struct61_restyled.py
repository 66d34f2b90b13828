"""A sibling list that goes on in the markers of the level below ((一)(二) then 3. 4.): a list is
numbered from 1, so a sub-list that opens at 3 right under its parent's (二) — the very number the
parent's list has reached — is the parent's list restyled, and (三) is what it should read. Silent where
the sub-list's first items stand before it (inline or as lines), where the sub-list continues the
numbers of the parent's previous item ((一) 1. 2. (二) 3. 4., numbered through), and where the number
does not follow the parent's."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某县文旅局2023年度公共文化服务项目绩效自评报告\n"


def _numbering(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_structure(read_text_string(_TITLE + text))
            if "numbering" in f.rule or f.rule == "structure.unnumbered_heading"]


_STAGES = ("一、项目基本情况\n项目资金用于送戏下乡和农家书屋更新。\n二、自评工作开展情况\n"
           "(一)前期准备阶段(2023年3月1日至3月20日)\n收集项目资料，制定自评方案。\n"
           "(二)组织实施阶段(2023年3月21日至4月30日)\n{inside}开展现场核查，填报自评表。\n"
           "{third}报告撰写阶段(2023年5月1日至5月20日)\n汇总核查结果，形成自评报告。\n"
           "4.结果应用阶段(2023年5月21日至6月30日)\n公开自评报告，整改发现的问题。\n"
           "三、绩效目标实现情况\n各项指标均已完成。\n")


def test_a_sub_list_opening_at_the_number_its_parent_reached_is_the_parent_list_restyled():
    assert _numbering(_STAGES.format(inside="", third="3.")) == [("structure.numbering_restyled", "3.")]


def test_the_finding_names_the_marker_it_should_be():
    found = [f for f in check_structure(read_text_string(_TITLE + _STAGES.format(inside="", third="3.")))
             if f.rule == "structure.numbering_restyled"]
    assert len(found) == 1 and "应为“(三)”" in found[0].message and found[0].related[0].quote == "(二)"


def test_siblings_numbered_alike_are_silent():
    assert _numbering(_STAGES.format(inside="", third="(三)").replace("4.结果", "(四)结果")) == []


def test_a_sub_list_whose_first_items_stand_before_it_is_silent():
    assert _numbering(_STAGES.format(inside="1.现场核查；\n2.填报自评表。\n", third="3.")) == []
    assert _numbering(_STAGES.format(inside="主要有1.现场核查；2.填报自评表。", third="3.")) == []


def test_a_sub_list_numbered_through_its_parents_is_silent():
    text = ("一、自评工作开展情况\n(一)前期准备\n1.成立自评小组。\n2.制定自评方案。\n"
            "(二)组织实施\n3.开展现场核查。\n4.填报自评表。\n二、绩效目标实现情况\n各项指标均已完成。\n")
    assert _numbering(text) == []


def test_a_sub_list_whose_number_does_not_follow_its_parent_is_not_called_restyled():
    text = _STAGES.format(inside="", third="3.").replace("(二)组织实施阶段", "(一)组织实施阶段", 1) \
        .replace("(一)前期准备阶段", "前期准备阶段", 1)
    assert [r for r, _ in _numbering(text) if r == "structure.numbering_restyled"] == []
