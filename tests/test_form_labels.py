"""A form's printed labels are a closed vocabulary: a cell, a ``标签：`` label or a heading's text one
character off a label of the templates (and no label, no word itself) is a slip of typing. Invented
wording; the labels are the templates' own (``drafting/data/form_labels.txt``)."""

from __future__ import annotations

import pytest

from drafting.checks.form_labels import RULE, labels
from drafting.checks.language import check_language
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Paragraph, Report, Table
from drafting.review import review

HEAD = "项目名称\t乡村道路养护\n主管部门\t某县交通运输局\n实施单位\t某县公路事务中心\n"
ROW = "产出指标\t数量指标\t养护里程\t≥30公里\t32公里\t20\t20\t无\n"


def found(text: str):
    report = read_text_string(text)
    out = [f for f in check_language(report) if f.rule == RULE]
    for f in out:
        assert f.kind is Kind.TYPO and f.severity is Severity.WARNING
        assert f.quote == report.quote(f.location.location)
    return out


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in found(text)}


# -- what it finds -----------------------------------------------------------------------------------


def test_a_column_label_with_a_character_of_the_same_sound_is_the_templates_label_mistyped():
    text = HEAD + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成直\t分值\t得分\n" + ROW
    (f,) = found(text)
    assert (f.quote, f.suggestion) == ("实际完成直", "改为“实际完成值”")
    assert "栏目名" in f.message and "“直”与“值”读音相同" in f.evidence


def test_a_field_label_before_its_colon_that_lost_a_character_inside_it_is_restored():
    text = "项目名称：乡村道路养护\n预算执率：96.5%\n资金来源：县级财政\n"
    assert fixes(text) == {("预算执率", "改为“预算执行率”")}
    (f,) = found(text)
    assert "标签" in f.message and "漏了“行”字" in f.evidence


@pytest.mark.parametrize(("typed", "right"), [
    ("质量指际", "质量指标"),  # a similar shape
    ("服务对像满意度指标", "服务对象满意度指标"),  # the same syllable
    ("服务对象意满度指标", "服务对象满意度指标"),  # two neighbours swapped
    ("实际完成值直", "实际完成值"),  # one added beside a character of the same sound
])
def test_a_form_flattened_one_cell_a_line_has_its_labels_read_cell_by_cell(typed, right):
    text = ("一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n产出指标\n数量指标\n养护里程\n30公里\n32公里\n"
            f"{typed}\n路面合格率\n95%\n96%\n")
    if typed.startswith("实际"):
        text = text.replace("实际完成值\n", f"{typed}\n", 1)
    assert fixes(text) == {(typed, f"改为“{right}”")}


def test_a_heading_is_read_after_its_number_and_a_column_after_its_units_bracket():
    text = "（一）产出指标完成情况\n（二）效益指标\n（三）满意度指标\n（四）成本指杯\n" \
           + HEAD + "年初预算数（万元）\t全年预算书（万元）\t全年执行数（万元）\n10\t12\t11\n"
    assert fixes(text) == {("成本指杯", "改为“成本指标”"), ("全年预算书", "改为“全年预算数”")}


def test_one_label_typed_wrong_in_two_copies_of_the_form_is_one_finding_listing_both():
    row = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成直\n"
    (f,) = found(HEAD + row + ROW + "\n" + row + ROW)
    assert len(f.related) == 1 and "全文共2处" in f.message


def test_a_word_table_holds_its_labels_in_cells_however_far_apart_its_rows_are():
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]]
    rows += [[f"第{i}段", "路面养护", f"养护路段{i}", "≥3公里", "3公里"] for i in range(12)]  # no label in 60 cells
    rows += [["第13段", "社会效溢指标", "通行条件", "改善", "改善"]]
    report = Report(blocks=[Paragraph(text="乡村道路养护项目绩效自评表"),
                            Table(rows=[[Cell(text=t) for t in row] for row in rows])])
    (f,) = [f for f in check_language(report) if f.rule == RULE]
    assert (f.quote, f.suggestion) == ("社会效溢指标", "改为“社会效益指标”")
    assert f.location.location.row == 13 and f.location.location.col == 1


# -- what it leaves -----------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", [
    "年度预算数", "全年执行额", "实际完成指标值", "其它资金",  # another province's form prints these: labels
    "调整预算数",  # a joining character (调整后预算数) one form has and another lacks
    "得份",  # two characters: one off too many words
    "预算书",  # a word of its own
    "养护里程",  # nothing near it among the labels
])
def test_a_label_of_some_form_a_short_cell_and_a_word_are_left(cell):
    assert not found(HEAD + f"一级指标\t二级指标\t三级指标\t{cell}\t实际完成值\n" + ROW)


def test_a_sentence_holding_the_slip_is_no_label():
    assert not found(HEAD + "本项目预算执率较高，实际完成直接带动就业。\n")


def test_a_string_the_report_writes_in_its_sentences_too_is_its_own_term():
    text = HEAD + "一级指标\t二级指标\t完成实效\n" + ROW + "各站注重完成实效，按期养护。\n"
    assert not found(text)


def test_without_a_form_around_it_a_short_line_is_left():
    assert not found("道路养护工作总结\n实际完成直\n全年养护道路32公里。\n")
    text = HEAD + "\n".join(f"第{i}段养护工作按期完成。" for i in range(10)) + "\n实际完成直\n"
    assert not found(text)  # the form's labels are far from it


def test_a_reposted_copy_in_traditional_characters_and_a_wrapped_cell_are_left():
    assert not found(HEAD + "填報日期\t2024年3月\n")
    assert not found(HEAD + "一级指标\n二级指标\n社会效\n益指标\n")  # 社会效益指标 over two lines


def test_every_label_is_at_least_three_characters_and_none_is_listed_twice_over_a_typo():
    assert all(len(label) >= 3 for label in labels())
    assert "执行旅" not in labels() and "返乡指标" not in labels()  # the T06 copy's own slips


def test_a_label_slip_the_typo_check_also_finds_inside_it_is_one_finding():
    text = HEAD + "一级指标\t二级指标\t三级指标\t偏差原因分折及改进措施\n" + ROW
    typos = [f for f in review(read_text_string(text)).findings if f.kind is Kind.TYPO]
    assert [f.quote for f in typos] == ["分折"]


def test_a_labels_beginning_left_by_a_wrapped_cell_is_no_other_label_mistyped():
    # 预期指标值 | 实际完成指标值 printed in narrow columns: 实际完成指 on one line, 标值 on the next (one off 实际完成值)
    text = HEAD + "一级指标    二级指标    三级指标    预期指标值    实际完成指\n" \
                  "                                                    标值\n" + ROW
    assert not found(text)


def test_an_outline_heading_or_a_field_label_says_what_it_is_without_a_form_around_it():
    text = ("关于乡村道路养护项目的绩效自评报告\n项名目称：乡村道路养护\n一、项目基情本况\n"
            "本项目由县公路事务中心实施，全年养护农村道路32公里。\n二、绩效目标完成情况\n各项指标均已完成。\n")
    assert fixes(text) == {("项名目称", "改为“项目名称”"), ("项目基情本况", "改为“项目基本情况”")}
    (heading,) = [f for f in found(text) if f.quote == "项目基情本况"]
    assert "标题" in heading.message and "“本情”写成了“情本”" in heading.evidence


@pytest.mark.parametrize("heading", [
    "一、项目概述",  # a heading of the writer's own, no label one off it
    "（二）资金到账情况",
    "三、预算执行",  # the beginning of 预算执行率/预算执行数: a heading of its own
    "（一）绩效标",  # one off 绩效目标 and 绩效指标 both: which is meant is unknown
])
def test_a_heading_of_the_writers_own_is_left(heading):
    assert not found(f"{heading}\n本项目全年养护农村道路32公里。\n")


def test_a_label_and_biao_name_the_form_itself_not_a_slip_for_the_label():
    """项目绩效目标表 over a form is the form's name; 表 is no slip of 标 (the same sound) beside 目标."""
    text = ("项目绩效目标表\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n产出指标\n数量指标\n养护里程\n"
            "30公里\n32公里\n")
    assert fixes(text) == set()
