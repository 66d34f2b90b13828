"""A list's member that lost its number or its number's mark, told as that member: a list whose first
numbered item is (二), right under its parent heading, with a bare title written like (二) as the first
line under that heading; and a title opening with a bare digit (1职能职责) between its parent and item
2. of the same list. Silent where the bare line is a sentence, closes otherwise, is a count, or the next
item does not follow its number."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某县住建局2023年度背街小巷改造项目绩效自评报告\n"


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_structure(read_text_string(_TITLE + text))
            if f.rule.startswith("structure.") and ("numbering" in f.rule or f.rule in (
                "structure.unnumbered_heading", "structure.broken_marker"))]


_STARTS_AT_TWO = ("一、自评工作开展情况\n按通知要求成立了自评小组。\n二、绩效目标完成情况分析\n{first}\n"
                  "1.资金到位情况。\n市级预算安排150万元，全部到位。\n2.资金执行情况。\n已支付120万元。\n"
                  "(二)产出目标完成情况分析。\n改造街巷12条，目标12条。\n三、存在的问题\n无。\n")


def test_a_bare_first_title_under_the_parent_of_a_list_starting_at_two_is_named_as_item_one():
    found = _rules(_STARTS_AT_TWO.format(first="资金使用情况分析。"))
    assert found == [("structure.unnumbered_heading", "资金使用情况分析。")]


def test_the_finding_replaces_the_late_start_and_names_the_number():
    found = [f for f in check_structure(read_text_string(_TITLE + _STARTS_AT_TWO.format(first="资金使用情况分析。")))
             if "numbering" in f.rule or f.rule == "structure.unnumbered_heading"]
    assert len(found) == 1 and "应为“(一)”" in found[0].message


def test_a_first_line_that_closes_otherwise_leaves_the_late_start():
    found = _rules(_STARTS_AT_TWO.format(first="资金来源与拨付"))
    assert found == [("structure.numbering_late_start", "(二)")]


def test_a_first_line_that_is_a_sentence_leaves_the_late_start():
    found = _rules(_STARTS_AT_TWO.format(first="本年度资金共分两批下达，均按进度拨付完毕，详见以下分析。"))
    assert found == [("structure.numbering_late_start", "(二)")]


_LOST_MARK = ("一、基本情况\n(一)单位基本情况\n{first}\n(1)负责全县农村经济工作的组织协调。\n(2)指导基层社的改革发展。\n"
              "{second}\n内设办公室、业务股两个股室，编制12名。\n(二)年度绩效目标\n保障单位正常运转。\n")


def test_a_title_whose_number_lost_its_mark_before_item_two_is_a_broken_marker():
    found = _rules(_LOST_MARK.format(first="1职能职责", second="2.机构和人员情况"))
    assert found == [("structure.broken_marker", "1职能职责")]


def test_the_message_gives_the_mark_its_sibling_uses():
    text = _TITLE + _LOST_MARK.format(first="1职能职责", second="2、机构和人员情况")
    [f] = [f for f in check_structure(read_text_string(text)) if f.rule == "structure.broken_marker"]
    assert "应为“1、”" in f.message


def test_a_count_opening_a_line_is_no_lost_mark():
    assert _rules(_LOST_MARK.format(first="1个股室负责业务", second="2.机构和人员情况")) == []


def test_a_bare_digit_not_followed_by_the_next_number_is_left_alone():
    found = _rules(_LOST_MARK.format(first="1职能职责", second="3.机构和人员情况"))
    assert all(rule != "structure.broken_marker" for rule, _ in found)


def test_a_whole_list_is_left_alone():
    assert _rules(_LOST_MARK.format(first="1.职能职责", second="2.机构和人员情况")) == []


def test_a_middle_item_that_lost_its_mark_is_one_finding_not_also_a_gap():
    text = "一、基本情况\n1.主要职能\n负责全县供销工作。\n2机构设置\n内设股室4个。\n3.人员情况\n编制12名。\n二、绩效目标\n保障运转。\n"
    assert _rules(text) == [("structure.broken_marker", "2机构设置")]
