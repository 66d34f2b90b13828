"""Language check: 一户一户, 一笔一笔 (一 and a measure word, said twice) mean "one by one", written on
purpose; 一是一是 and a word typed twice are still doubled. A half-width dot between a name's parts
(阿依古丽.买买提) asks for the 间隔号 ·, not to be deleted; 工资和.上级 is still a stray dot. Invented."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.checks.typos import check_typos
from drafting.findings import Severity
from drafting.io.text_reader import read_text_string


def found(text: str, rule: str) -> list:
    return [f for f in check_language(read_text_string(text)) if f.rule == rule]


@pytest.mark.parametrize("text", [
    "驻村工作队一户一户走访，逐户建立台账。",
    "财务人员一笔一笔核对，确保账实相符。",
    "对照问题清单一项一项销号，一件一件抓落实。",
])
def test_one_by_one_is_said_twice_on_purpose(text):
    assert found(text, "language.doubled_word") == []


@pytest.mark.parametrize(("text", "quote"), [
    ("主要做法：一是一是加强组织领导；二是强化资金保障。", "一是一是"),
    ("项目资金资金全部拨付到位。", "资金资金"),
])
def test_a_word_typed_twice_is_still_doubled(text, quote):
    assert [f.quote for f in found(text, "language.doubled_word")] == [quote]


def test_a_dot_between_a_names_parts_asks_for_the_middle_dot():
    [f] = found("受益对象包括阿依古丽.买买提等126户群众。", "language.stray_dot")
    assert f.suggestion == "改为“丽·买”" and f.severity is Severity.INFO


@pytest.mark.parametrize(("text", "quote"), [
    ("贯彻执行国家工资和.上级福利政策。", "和.上"),
    ("全年完成培训工.作12次。", "工.作"),
])
def test_a_stray_dot_in_running_text_is_still_deleted(text, quote):
    [f] = found(text, "language.stray_dot")
    assert f.quote == quote and f.suggestion.startswith("删去") and f.severity is Severity.WARNING


def variants(text: str) -> list:
    return found(text, "language.name_variant")


def test_two_towns_a_character_apart_listed_together_are_two_places():
    text = "各乡镇完成情况如下：\n新华镇：完成改厕320户；\n新化镇：完成改厕260户；\n兴华乡：完成改厕180户。\n新华镇、新化镇完成率均超过100%。"
    assert variants(text) == []


def test_a_county_written_once_with_a_like_character_is_still_a_slip():
    text = "资金分配如下：安平县12.5万元，青源区8.2万元；追加资金：安平县3万元，青源区2万元，安萍县1.3万元。"
    assert [f.quote for f in variants(text)] == ["安萍县"]


def doubled_chars(text: str) -> list:
    return [f for f in check_typos(read_text_string(text)) if f.rule == "language.doubled_char"]


@pytest.mark.parametrize("text", [
    "全县县直单位、乡镇镇直单位全部参加培训。",  # 乡镇 then 镇直: each 镇 of its own word
    "依法依规办理，实现全程网办办结率100%。",  # 网办 then 办结率
])
def test_a_character_ending_one_short_form_and_starting_another_is_no_slip(text):
    assert doubled_chars(text) == []


@pytest.mark.parametrize(("text", "quote"), [
    ("按照照要求开展绩效自评。", "照照"),
    ("资金使用用效益明显。", "用用"),
])
def test_a_character_typed_twice_before_a_word_is_still_a_slip(text, quote):
    assert [f.quote for f in doubled_chars(text)] == [quote]


def test_a_list_written_throughout_with_half_brackets_is_a_style_told_at_info_level():
    from drafting.checks.structure import check_structure
    text = "一、基本情况\n本局是县政府工作部门。\n二、绩效情况\n一)预算编制\n编制规范。\n二)预算执行\n执行率98%。\n三)决算管理\n决算及时。"
    found = [f for f in check_structure(read_text_string(text)) if f.rule == "structure.broken_marker"]
    assert found and all(f.severity is Severity.INFO for f in found)


def test_one_marker_that_lost_its_bracket_among_whole_ones_is_still_a_warning():
    from drafting.checks.structure import check_structure
    text = "（一）预算编制情况\n编制规范。\n二)预算执行情况\n执行率98%。\n（三）决算管理情况\n决算及时。"
    [f] = [f for f in check_structure(read_text_string(text)) if f.rule == "structure.broken_marker"]
    assert f.quote == "二)" and f.severity is Severity.WARNING
