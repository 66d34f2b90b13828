"""Premises drawn from the misses on pool44's real pages (issue 10, session 45), each stated for any
report and pinned in invented wording: a figure called approximate twice (约…余, 约…左右); a place's level
character typed twice (开州区区民政局); a sentence ended with the ASCII full stop; three items of a list
whose first two run together (优势产业新兴产业和特色产业); a cited document's issuer cut short before 关于;
and the clean text each must leave alone."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _quotes(text: str, rule: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == rule]


# -- 约 and 余/多/左右: the figure called approximate twice ----------------------------------------


@pytest.mark.parametrize(("text", "quote"), [
    ("全乡辖12个村，约3万余人。", "约3万余"),
    ("共走访农户约200多户。", "约200多"),
    ("项目区面积约1500亩左右。", "约1500亩左右"),
    ("平均每户增收约5000元左右，", "约5000元左右"),
    ("参训人员大约三百余人次。", "约三百余"),
    ("全镇约 6 万余人。", "约 6 万余"),  # a copy's spaces around the figure
])
def test_yue_with_yu_duo_or_zuoyou_says_the_figure_is_approximate_twice(text, quote):
    assert _quotes(text, "language.stacked_approximation") == [quote]


@pytest.mark.parametrize("text", [
    "全乡辖12个村，约3万人，3万余人口中劳动力过半。",
    "共节约6万余元，节约资金200多万元。",  # 节约 (saving): 约 ends another word
    "项目受资金制约3个多月未能开工。",  # 制约, and 多 after a measure word
    "签约120余家企业，履约率100%。",
    "约占总支出的30%。",
    "资金左右为难的局面得到缓解，约50人参加。",
])
def test_one_approximation_or_yue_inside_another_word_is_left(text):
    assert _quotes(text, "language.stacked_approximation") == []


# -- a place's level character typed twice --------------------------------------------------------


def test_a_level_character_doubled_after_a_name_the_report_writes_once_levelled_is_found():
    text = "主管部门：甲山区民政局。\n实施单位：甲山区区民政局。"
    assert _quotes(text, "language.doubled_level") == ["甲山区区民政"]


def test_a_level_character_doubled_in_one_item_of_a_list_of_the_same_names_is_found():
    text = "所属学校：乙县太平镇中心学校、乙县红旗乡中心学校、乙县县新城乡中心学校。"
    assert _quotes(text, "language.doubled_level") == ["乙县县新城"]


@pytest.mark.parametrize("text", [
    "甲县县委、甲县县级部门和甲县县城的学校。",  # 县委, 县级, 县城: the second 县 opens a word
    "甲市市场监督管理局；甲省省级资金。",
    "甲县县直单位32个。甲县财政局。",  # 县直 opens a word
    "甲镇镇政府、甲镇镇党委。甲镇政府。",  # 镇政府, 镇党委: words jieba knows
    "丙县县医院扩建工程。",  # the report never writes 丙县医院: a hospital's own name
    "区区几万元的资金也要管好。甲区教育局。",  # 区区 (a mere): no name before it
])
def test_a_doubled_level_the_report_does_not_show_as_a_slip_is_left(text):
    assert _quotes(text, "language.doubled_level") == []


# -- a sentence ended with the ASCII full stop ----------------------------------------------------

_STOPS = "一、基本情况。\n全年完成任务。支出100万元。资金到位。按时完成。档案齐全。群众满意。\n"


@pytest.mark.parametrize(("line", "quote"), [
    ("4.成本指标：严格控制预算支出100%.", "%."),
    ("年生长量188万立方米. 2019年财政安排了专项经费。", "米."),
    ("制度执行到位，资金使用规范.", "范."),
])
def test_a_sentence_ended_with_an_ascii_dot_in_a_report_that_ends_with_the_chinese_stop_is_found(line, quote):
    assert _quotes(_STOPS + line, "language.halfwidth_stop") == [quote]


@pytest.mark.parametrize("line", [
    "一.基本情况",  # a heading's number
    "一.",
    "1.5万元用于培训。",  # a decimal
    "注.",  # a short label
    "详见www.gov.cn. 本单位负责。",  # after a letter
])
def test_a_dot_that_is_a_number_or_a_label_is_left(line):
    assert _quotes(_STOPS + line, "language.halfwidth_stop") == []


def test_a_report_that_ends_its_sentences_with_the_ascii_dot_keeps_its_habit():
    text = "全年完成任务.\n支出100万元.\n资金全部到位.\n按时完成建设.\n档案齐全规范。"
    assert _quotes(text, "language.halfwidth_stop") == []


# -- three items ending in the same word, the first two run together -------------------------------


@pytest.mark.parametrize(("text", "quote"), [
    ("聚焦优势产业新兴产业和特色产业，加快建设产业体系。", "优势产业新兴产业"),
    ("包括基本支出项目支出和其他支出。", "基本支出项目支出"),
    ("加强资金管理资产管理及合同管理。", "资金管理资产管理"),
])
def test_three_items_sharing_their_last_word_whose_first_two_run_together_are_found(text, quote):
    assert _quotes(text, "language.list_comma") == [quote]


@pytest.mark.parametrize("text", [
    "聚焦优势产业、新兴产业和特色产业。",
    "包括基本支出项目和其他支出。",
    "加强资金管理资金管理和合同管理。",  # the same item twice: the doubled-word rule's
    "发展优势产业带动产业升级和产业融合。",  # the shared word does not close all three
    "发展优势产业新兴产业。",  # two items, no 和 before a third: may be a phrase of its own
])
def test_items_parted_or_not_three_of_one_shape_are_left(text):
    assert _quotes(text, "language.list_comma") == []


# -- a cited document's issuer cut short before 关于 ----------------------------------------------


def test_an_issuer_cut_short_before_guanyu_where_the_report_writes_the_organ_is_found():
    text = "根据《甲县财政关于开展绩效自评工作的通知》要求，甲县财政局组织开展了自评。"
    (f,) = [f for f in check_language(read_text_string(text)) if f.rule == "language.dropped"]
    assert f.quote == "甲县财政关于" and "甲县财政局" in f.message


@pytest.mark.parametrize("text", [
    "根据《甲县财政局关于开展绩效自评工作的通知》，甲县财政局组织开展了自评。",
    "根据《财政部关于印发〈项目支出绩效评价管理办法〉的通知》，财政部办公厅。",
    "根据《甲县人民政府关于加强预算管理的意见》，甲县人民政府办公室。",
    "根据《中共甲县委关于加强作风建设的意见》。",
    "根据《甲县财政关于开展自评的通知》开展自评。",  # the report never writes the organ's whole name
    "根据《关于转发省财政厅关于绩效评价的通知》，省财政厅。",
])
def test_an_organs_whole_name_or_an_issuer_the_report_never_writes_longer_is_left(text):
    assert [f for f in check_language(read_text_string(text)) if f.rule == "language.dropped"] == []


# -- a figure with two units ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "quote"), [
    ("造林1万亩，每亩补助197元，间接费用3万亩元（每亩3元）。", "3万亩元"),
    ("采购设备12台元，已全部验收。", "12台元"),
    ("运输费用共计50吨元。", "50吨元"),
])
def test_a_figure_with_a_measures_unit_and_then_yuan_is_found(text, quote):
    assert _quotes(text, "language.stray_unit") == [quote]


@pytest.mark.parametrize("text", [
    "造林1万亩，每亩3元，间接费用3万元。",
    "种植100亩元宝枫，采购5台元器件。",  # 元 opens a word
    "补助标准为300元/亩，共1500亩。",
    "每亩补助3元，共计3万元。",
    "2024年元旦前完成，培训3次元月再训。",  # 元旦, 元月
])
def test_one_unit_per_figure_or_yuan_opening_a_word_is_left(text):
    assert _quotes(text, "language.stray_unit") == []


def test_yuan_typed_between_a_figures_wan_and_its_measure_is_found_once_for_every_place():
    [f] = [f for f in check_language(read_text_string("全县耕地42.59万元亩，其中公益林66.81万元亩。"))
           if f.rule == "language.stray_unit"]
    assert f.quote == "42.59万元亩" and f.suggestion.startswith("改为“42.59万亩”") and [r.quote for r in f.related] == ["66.81万元亩"]


@pytest.mark.parametrize("text", [
    "安排补助资金100万元人民币。",  # the measure opens a word
    "带动农户成为万元户，户均增收3000元。",  # 万元户 is a word
    "每亩补助50元/亩，共1500亩。",  # a price
])
def test_yuan_before_a_word_a_measure_opens_or_a_price_is_left(text):
    assert _quotes(text, "language.stray_unit") == []
