"""A list's member written without its number where its numbered siblings tell the number: a list that
starts again at (2) with its first member bare, and a one-item sub-list whose second title stands bare
before the parent's next heading. Silent where the list is whole, where the bare line reads as a
sentence, where its words do not close like its sibling's, and where two bare lines could be the item."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某县教育局2023年度学校设备购置项目绩效自评报告\n"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_structure(read_text_string(_TITLE + text))
            if f.rule == "structure.unnumbered_heading"]


_OUTPUTS = ("一、自评结论\n(一)产出指标\n(1)数量指标\n购置课桌椅1200套，目标值1200套。\n(2)质量指标\n验收合格率100%。\n"
            "(3)时效指标\n按期完成率100%。\n")


def test_a_list_that_starts_again_at_two_has_its_bare_first_member_numbered_one():
    text = _OUTPUTS + "乙效益指标\n社会效益\n办学条件明显改善，目标值有效改善。\n(2)可持续影响\n设备使用年限8年。\n二、存在问题\n无。\n"
    text = text.replace("(2)可持续影响", "(2)生态效益")
    assert _found(text) == [("structure.unnumbered_heading", "社会效益")]


def test_the_message_names_the_missing_number():
    text = _OUTPUTS + "社会效益\n办学条件明显改善。\n(2)生态效益\n节能灯具全部更换。\n二、存在问题\n无。\n"
    [f] = [f for f in check_structure(read_text_string(_TITLE + text)) if f.rule == "structure.unnumbered_heading"]
    assert "应为“(1)”" in f.message and f.rule == "structure.unnumbered_heading"


def test_a_restart_at_two_whose_bare_line_closes_otherwise_is_left_alone():
    text = _OUTPUTS + "社会效益\n办学条件明显改善。\n(2)可持续影响\n设备使用年限8年。\n二、存在问题\n无。\n"
    assert _found(text) == []


def test_a_list_that_restarts_at_one_is_left_alone():
    text = _OUTPUTS + "(二)效益指标\n(1)社会效益\n办学条件明显改善。\n(2)生态效益\n节能灯具全部更换。\n"
    assert _found(text) == []


def test_two_bare_lines_that_could_each_be_the_first_member_are_left_alone():
    text = _OUTPUTS + "经济效益\n节约维修费用。\n社会效益\n办学条件明显改善。\n(2)生态效益\n节能灯具全部更换。\n二、存在问题\n无。\n"
    assert _found(text) == []


_ONE_ITEM = ("一、绩效目标分解下达情况\n(一)中央下达转移支付预算和绩效目标情况。\n"
             "2023年3月，市财政局下达专项资金560万元，用于全市中小学设备购置。\n"
             "{bare}\n{under}\n二、绩效目标完成情况分析\n(一)资金投入情况。\n资金全部到位。\n(二)资金执行情况。\n执行率98%。\n")


def test_a_one_item_sub_list_has_its_bare_second_title_numbered_two():
    text = _ONE_ITEM.format(bare="市内资金安排、分解下达预算和绩效目标情况。", under="无。")
    assert _found(text) == [("structure.unnumbered_heading", "市内资金安排、分解下达预算和绩效目标情况。")]


def test_the_structure_check_reports_it():
    text = _ONE_ITEM.format(bare="市内资金安排、分解下达预算和绩效目标情况。", under="无。")
    found = [f for f in check_structure(read_text_string(_TITLE + text)) if f.rule == "structure.unnumbered_heading"]
    assert len(found) == 1 and "应为“(二)”" in found[0].message


def test_a_bare_line_that_shares_only_a_short_ending_with_the_first_item_is_left_alone():
    text = _ONE_ITEM.format(bare="学校自筹资金使用情况。", under="无。")
    assert _found(text) == []


def test_a_sentence_after_the_first_item_is_no_bare_title():
    text = _ONE_ITEM.format(bare="资金按规定分解下达，及时公开了预算和绩效目标情况。", under="各校均已收到。")
    assert _found(text) == []


def test_a_bare_title_with_nothing_under_it_is_left_to_the_empty_heading_rules():
    text = ("一、绩效目标分解下达情况\n(一)中央下达转移支付预算和绩效目标情况。\n资金560万元。\n"
            "市内资金安排、分解下达预算和绩效目标情况。\n二、绩效目标完成情况分析\n资金全部到位。\n")
    assert _found(text) == []
