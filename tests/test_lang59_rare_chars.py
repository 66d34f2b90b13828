"""A character beyond GB 2312's common set, written once in a simplified text, in no word or name the
dictionary knows and after no surname, is an input method's wrong pick (``checks/rare_chars.py``). A name's
rare character is written each time the name is; a traditional text is not ours to correct. Texts invented."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某县教育局2023年度项目支出绩效自评报告\n一、项目概况\n"


def _rare(body: str) -> list[str]:
    report = read_text_string(HEAD + body)
    return [f.location.quote for f in check_language(report) if "生僻字" in f.message]


@pytest.mark.parametrize(("body", "quote"), [
    ("按照方案确定的年度目标仼务，我县认真做好资金需求编制。\n", "仼"),  # 仼 for 任
    ("采购了蒙台梭利教具、福䘵贝尔教具等实训设备。\n", "䘵"),  # 䘵 (Extension A) for 禄
])
def test_a_rare_character_written_once_in_a_phrase_is_a_wrong_pick(body, quote):
    assert _rare(body) == [quote]


@pytest.mark.parametrize("body", [
    "资金分配到湾沚区、繁昌区，湾沚区完成验收。\n",  # a place's character, written each time the name is
    "项目由张喆同志具体负责实施。\n",  # a given name after a surname
    "联系人：李玥，联系电话12345678。\n",  # a name alone: a short run
    "本項目資金已全部撥付到位，項目實施單位按進度完成。\n",  # a traditional text
    "按照方案确定的年度目标任务，我县认真做好资金需求编制。\n",  # common characters only
])
def test_a_names_character_a_traditional_text_or_common_characters_are_left(body):
    assert _rare(body) == []


def test_a_rare_character_the_report_writes_rightly_elsewhere_is_one_finding_naming_the_meant_one():
    report = read_text_string(HEAD + "加快皖南山区茶园改造，全年改造茶园1200亩。\n加快晥南山区茶园改造的任务全部完成。\n")
    assert [f.message for f in check_language(report) if f.location.quote == "晥"] == ["疑似错别字：“晥”应为“皖”"]


def test_a_rare_character_alone_in_a_phrase_is_found_without_a_correction():
    assert _rare("加快晥南山区茶园改造，全年改造茶园1200亩。\n") == ["晥"]
