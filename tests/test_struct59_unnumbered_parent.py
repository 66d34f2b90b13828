"""A 1. item alone under its heading, then after its text a bare title that heads its own (1) sub-list:
that title is the list's 2. with its number lost. Silent where the bare line is a lead-in closed by a
colon, where the list goes on to 2., and where no sub-list opens under the bare line."""

from drafting.checks.structure import check_structure
from drafting.io.text_reader import read_text_string

_TITLE = "某县教育局2023年度学生资助项目支出绩效自评报告\n"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_structure(read_text_string(_TITLE + text))
            if f.rule == "structure.unnumbered_heading"]


_PAGE = ("一、自评结论\n(一)自评得分\n经自评，本项目得分为98分。\n(二)绩效目标完成情况\n1. 资金使用情况。\n"
         "项目资金总额12.5万元，拨付12.5万元，执行率100%。\n{bare}\n(1)产出指标\n资助学生50人，目标50人。\n"
         "(2)效益指标\n家庭负担有效减轻。\n(三)存在的问题\n无。\n")


def test_a_bare_title_heading_a_sub_list_after_a_lone_first_item_is_its_second_item():
    assert _found(_PAGE.format(bare="绩效指标完成情况。")) == [("structure.unnumbered_heading", "绩效指标完成情况。")]


def test_the_message_names_the_number_it_lost():
    [f] = [f for f in check_structure(read_text_string(_TITLE + _PAGE.format(bare="绩效指标完成情况")))
           if f.rule == "structure.unnumbered_heading"]
    assert "应为“2.”" in f.message


def test_a_lead_in_closed_by_a_colon_is_item_ones_own_text():
    assert _found(_PAGE.format(bare="各项指标完成情况如下：")) == []


def test_a_list_that_goes_on_to_two_is_left_alone():
    text = _PAGE.format(bare="绩效指标完成情况。").replace("(三)存在的问题", "2. 其他情况。\n无。\n(三)存在的问题")
    assert _found(text) == []


def test_a_bare_line_with_no_sub_list_under_it_is_left_alone():
    text = _PAGE.format(bare="绩效指标完成情况。").replace("(1)产出指标\n", "").replace("(2)效益指标\n", "")
    assert _found(text) == []
