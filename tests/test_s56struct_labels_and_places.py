"""A label of six or more characters said twice with only its colon between, and one county written
at two levels (县 once among 区) in a list of places with their figures. Silent on a label followed by
a sentence in its words, on a form's two cells, on 市 against 县 (a city and its county share a name),
on a kind of place (示范县, 示范区) and where the rare way stands outside a list of figures."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _rules(text: str, rule: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == rule]


def test_a_label_said_twice_with_its_colon_between_is_flagged():
    text = "项目自评综述：全年执行数为88.6万元。项目绩效目标完成情况：项目绩效目标完成情况：一是完成培训12期，二是满意度达到95%。\n"
    assert _rules(text, "language.doubled_word") == ["项目绩效目标完成情况：项目绩效目标完成情况"]


def test_a_label_said_twice_with_a_blank_between_is_flagged():
    text = "全年执行数为88.6万元。主要绩效目标完成情况 主要绩效目标完成情况：完成培训12期，满意度达到95%。\n"
    assert _rules(text, "language.doubled_word") == ["主要绩效目标完成情况 主要绩效目标完成情况"]


def test_a_label_whose_value_opens_with_its_own_words_is_left_alone():
    text = "全年执行数为88.6万元。项目绩效目标完成情况：项目绩效目标完成情况良好，完成培训12期。\n"
    assert _rules(text, "language.doubled_word") == []


_PLACES = ("按因素法分配资金：湾沚区24.6万元，繁昌{a}16.2万元，南陵县30万元。其中维修费：繁昌区8.5万元，"
           "南陵县12万元；设备购置：繁昌区7.7万元，南陵县18万元。")


def test_a_county_written_once_at_the_old_level_among_its_district_name_is_flagged():
    found = [f for f in check_language(read_text_string(_PLACES.format(a="县"))) if f.rule == "language.place_level"]
    assert [f.quote for f in found] == ["繁昌县"]
    assert "繁昌区" in found[0].message and found[0].severity.value == "warning"


def test_the_same_level_throughout_is_left_alone():
    assert _rules(_PLACES.format(a="区"), "language.place_level") == []


def test_a_city_and_a_county_of_one_name_are_left_alone():
    text = "分配资金：长沙市120万元，长沙县30万元，浏阳市40万元；其中长沙市本级80万元，长沙市所辖区40万元。"
    assert _rules(text, "language.place_level") == []


def test_a_kind_of_place_is_no_name():
    text = "补助示范县20万元，示范区10万元；共创建示范区3个，示范区验收合格。"
    assert _rules(text, "language.place_level") == []


def test_the_old_name_outside_a_list_of_figures_is_left_alone():
    text = ("分配资金：繁昌区16.2万元，南陵县30万元；其中维修费繁昌区8.5万元。"
            "根据《繁昌县农村公路养护办法》，养护工作由区交通局负责。")
    assert _rules(text, "language.place_level") == []
