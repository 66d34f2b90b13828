"""Session 73: a sub-list may go on after its parent's sibling ((一)产出指标 1.数量指标 (二)效益指标 2.…), but not after
a section above them: a list under 二、…(三) that starts at 2. lost its first item, whatever list of one item ended
under 一、."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = ("某县生态环境局2018年度部门整体支出绩效自评报告\n一、部门概况\n（一）部门基本情况。\n1、我局为正科级行政单位。\n"
         "（二）2018年的重点工作\n1、推进湘江保护和治理行动计划；2、落实大气污染防治措施。\n"
         "二、部门整体支出管理及使用情况\n（一）基本支出情况。\n本年基本支出868.8万元。\n（二）项目支出情况。\n"
         "本年项目支出1529.1万元。\n（三）“三公”经费情况\n")


def _late(text: str) -> list[str]:
    return [f.quote.strip() for f in review(read_text_string(text)).findings if f.rule == "structure.numbering_late_start"]


def test_a_list_under_a_later_section_that_starts_at_two_lost_its_first_item():
    assert _late(_HEAD + "2.公务接待费：5.9万元\n3.公务用车运行维护费：5.6万元\n三、部门整体支出绩效情况\n各项工作均已完成。\n") == ["2."]


def test_the_whole_list_is_quiet():
    assert _late(_HEAD + "1.因公出国（境）费用：0元\n2.公务接待费：5.9万元\n3.公务用车运行维护费：5.6万元\n"
                 "三、部门整体支出绩效情况\n各项工作均已完成。\n") == []


def test_a_sub_list_going_on_after_its_parents_sibling_is_quiet():
    text = ("某县农业农村局2023年度项目支出绩效自评报告\n三、绩效指标完成情况\n（一）产出指标\n1.数量指标：完成改造100户。\n"
            "（二）效益指标\n2.社会效益指标：改善群众居住条件。\n四、存在的问题\n无。\n")
    assert _late(text) == []
