"""Duplicate check: one short standard sentence under each of two sibling headings (two projects'
sections, each saying its funds were used as the rules require) is the sections' formula, not a
copy to delete; a long passage copied under two headings, or a sentence said twice in one section,
still is. Texts are invented."""

from __future__ import annotations

from drafting.checks.redundancy import find_duplicates
from drafting.io.text_reader import read_text_string

FORMULA = "项目资金严格按照专项资金管理办法使用，实行专款专用，未发现挤占挪用现象。"
PASSAGE = ("项目实施后，全县农村公路通行条件明显改善，群众出行更加便捷，农产品运输成本明显下降，"
           "沿线群众满意度显著提高，为乡村振兴提供了有力的交通保障。")


def dups(text: str) -> list:
    return find_duplicates(read_text_string(text))


def test_a_standard_sentence_under_two_sibling_headings_is_no_copy():
    text = ("（一）农村公路养护项目\n1.项目概况：全年养护农村公路326公里。\n2.资金使用：" + FORMULA
            + "\n（二）危桥改造项目\n1.项目概况：改造危桥8座。\n2.资金使用：" + FORMULA)
    assert dups(text) == []


def test_three_towns_sections_with_one_formula_are_no_copy():
    heads = "\n".join(f"（{n}）{town}\n{FORMULA}" for n, town in zip("一二三", ("龙潭镇", "石门乡", "溪口镇"), strict=True))
    assert dups(heads) == []


def test_a_long_passage_copied_under_two_sibling_headings_is_still_a_copy():
    text = "（一）农村公路养护项目\n" + PASSAGE + "\n（二）危桥改造项目\n" + PASSAGE
    [f] = dups(text)
    assert f.quote.startswith("项目实施后")


def test_a_standard_sentence_twice_in_one_section_is_still_a_copy():
    text = "（一）农村公路养护项目\n" + FORMULA + "\n全年养护农村公路326公里。\n" + FORMULA
    assert len(dups(text)) == 1


def test_a_standard_sentence_under_two_headings_of_one_title_is_still_a_copy():
    text = "（一）资金管理\n" + FORMULA + "\n（二）资金管理\n" + FORMULA
    assert len(dups(text)) == 1


GOAL = "完成全县农村公路养护任务326公里，确保农村公路优良中等路率达到80%以上，保障群众安全便捷出行。"


def test_a_target_met_in_its_own_words_is_no_copy_in_a_flattened_form():
    text = "年度总体目标\n预期目标\n实际完成情况\n" + GOAL + "\n" + GOAL
    assert dups(text) == []


def test_a_target_and_its_result_labelled_in_their_paragraphs_are_no_copy():
    assert dups("年度目标：" + GOAL + "\n实际完成情况：" + GOAL) == []


def test_the_same_text_under_two_labels_that_are_no_target_and_result_is_still_a_copy():
    assert len(dups("主要成效：" + GOAL + "\n存在问题：" + GOAL)) == 1


def test_two_cells_in_a_row_without_a_target_header_are_still_a_copy():
    assert len(dups("年度总体目标\n主要内容\n备注\n" + GOAL + "\n" + GOAL)) == 1


def test_a_result_with_figures_under_two_sibling_headings_is_still_a_copy():
    result = "新建高标准农田4.5万亩，完成投资6750万元，亩均投入1500元，项目验收合格率100%。"
    assert len(dups("（一）农田建设项目\n" + result + "\n（二）水利配套项目\n" + result)) == 1


def test_a_target_and_its_result_under_target_and_result_headings_are_no_copy():
    text = ("（一）绩效目标\n完成全县15所农村学校食堂改造任务，改善农村学生就餐条件，受益学生达到4800人以上。\n"
            "（二）绩效目标完成情况\n完成全县15所农村学校食堂改造任务，改善农村学生就餐条件，受益学生达到4800人以上。")
    assert dups(text) == []
