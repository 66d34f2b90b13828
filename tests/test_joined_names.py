"""Two names of a 、-list of units written together with the 顿号 between them dropped: 市水运事务中心、
市综合服务中心市交通指挥中心、市公路建设养护站 (session 50, a fresh pool of real pages).

Premise (GB/T 15834-2011: the items of a list are parted by 顿号): in a list whose items are unit names
that all open with the same place word (市, 县, 区 …) and end with a unit's word (中心, 站, 队 …), one item
that holds a unit's word, then that place word and a second whole name, is two items run together. A name
of a unit under another (市公安局市中分局), a market (中心市场) or a level word (市级, 市直) after it is
left, as is a list whose items do not all open alike. Names are invented."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某市交通运输局2023年度部门整体支出绩效自评报告\n一、基本情况\n"


def joined(body: str) -> list[str]:
    report = read_text_string(HEAD + body + "\n")
    return [f.location.quote for f in check_language(report) if f.rule == "language.joined_names"]


@pytest.mark.parametrize(("body", "quote"), [
    ("包括：市交通运输局机关、市水运事务中心、市道路运输服务中心、市综合交通协调服务中心市交通运输指挥中心、"
     "市公路建设养护站。", "中心市交"),
    ("纳入评价的单位有县教育局、县第一中学、县实验小学县城关幼儿园、县职业技术学校。", "小学县城"),
    ("下属单位：区文化馆、区图书馆区博物馆、区文物保护管理所。", "书馆区博"),
    ("包括市疾病预防控制中心、市妇幼保健院、市中心血站市急救指挥中心、市卫生监督所等单位。", "血站市急"),
    ("县农业技术推广中心、县畜牧兽医站、县农机服务中心县植保站、县农产品质量检测站。", "中心县植"),
    ("市公路养护中心、市运输执法支队市港航管理所、市交通质量监督站。", "支队市港"),
    ("镇财政所、镇农业服务中心镇文化站、镇社会事务办公室。", "中心镇文"),
    ("由县人民医院、县中医院县妇幼保健院、县疾控中心共同实施。", "医院县妇"),
])
def test_two_names_of_a_list_of_units_run_together_are_flagged(body, quote):
    assert joined(body) == [quote]


@pytest.mark.parametrize("body", [
    "包括：市交通运输局机关、市水运事务中心、市道路运输服务中心、市综合交通协调服务中心、市交通运输指挥中心。",
    "包括：市商务局、市物流中心、市城区中心市场管理所、市粮食储备站。",
    "市公安局、市交警支队、市公安局市中分局、市看守所。",
    "包括市财政局、市审计局、市国资中心市级预算单位、市统计局。",
    "县教育局、县第一中学、县实验小学县直幼儿园、县职业技术学校。",
    "区文化馆、区图书馆和区博物馆共同承办。",
    "纳入评价的单位有文化馆、图书馆市博物馆、文物所。",
    "本中心市场化运作，市财政补助资金到位。",
    "市疾控中心市区检验所、市妇幼保健院、市卫生监督所。",
])
def test_names_parted_rightly_and_look_alikes_are_left_alone(body):
    assert joined(body) == []
