"""A 绩效 report speaks for its unit, which 公文 names 我 plus a unit word (我局, 我镇, 我单位): a bare 我
before a verb, a noun or a year in the report's own sentence is that unit word dropped; 我 in a
person's voice, in quotation or title marks, in a word (自我) or before its unit word is meant."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某镇2023年度衔接资金项目绩效自评报告\n一、项目基本情况\n"


def _bare(body: str, head: str = HEAD) -> list[tuple[str, str]]:
    report = read_text_string(head + body)
    return [(f.quote, f.suggestion) for f in check_language(report)
            if f.rule == "language.dropped" and f.quote.startswith("我")]


@pytest.mark.parametrize(("body", "quote"), [
    ("根据县财政局要求，我高度重视，认真部署开展了自评工作。\n", "我高度重视"),
    ("2023年，我绩效目标是完成道路硬化3公里。\n", "我绩效目标是"),
    ("省财政厅提前下达我2023年度补助资金120万元。\n", "我2023年"),
])
def test_a_bare_wo_before_a_verb_a_noun_or_a_year_is_a_dropped_unit_word(body, quote):
    assert [q for q, _ in _bare(body)] == [quote]


def test_the_suggestion_names_the_unit_word_the_report_calls_itself_by():
    body = "我镇共有行政村5个。\n根据县财政局要求，我高度重视，及时开展自评。\n"
    [(quote, suggestion)] = _bare(body)
    assert quote == "我高度重视" and "我镇" in suggestion


@pytest.mark.parametrize("body", [
    "根据县财政局要求，我镇高度重视，认真部署开展了自评工作。\n",  # the unit word is there
    "我单位2023年度绩效目标是完成道路硬化3公里。\n",
    "我们认真对照绩效目标开展自评。\n",  # plural
    "自评小组对实施情况做出自我评价，认真听取群众意见。\n",  # a word with the character before
    "组织开展“我为群众办实事”实践活动，解决群众急难愁盼问题。\n",  # a quoted slogan
    "举办《我和我的家乡》主题展览3场，观众1200人次。\n",  # a title
    "我要投稿 我要纠错 打印\n",  # a web page's buttons: no sentence
    "我认为，项目资金使用规范，达到了预期目标。\n",  # a person's own voice
    "我苏木嘎查村级特色产业专项资金足额到位，发放及时。\n",  # a unit word of two characters
    "我高新区高度重视，认真部署开展了自评工作。\n",  # a unit's longer name, a word
    "龙湾保健站负责辖区防疫。我龙湾保健站高度重视，及时开展自评。\n",  # a name the report writes elsewhere
])
def test_wo_meant_is_left(body):
    assert _bare(body) == []


def test_a_text_with_no_word_of_performance_is_no_report_in_a_units_voice():
    assert _bare("我高度重视这次活动，认真准备了一个月。\n", head="一次难忘的活动\n") == []


def test_a_text_writing_bare_wo_three_times_speaks_in_a_persons_voice():
    body = "我高度重视，认真准备。\n我积极参与各项工作。\n我始终坚持学习，完成绩效目标。\n"
    assert _bare(body) == []


def test_a_reposted_copys_traditional_characters_are_read_as_simplified():
    assert _bare("省住建廳下達我區補助資金246.2萬元。\n", head="某區2023年度項目績效自評報告\n") == []
    assert [q for q, _ in _bare("根據縣財政局要求，我高度重視，認真開展自評。\n", head="某鎮2023年度項目績效自評報告\n")] \
        == ["我高度重視"]
