"""Typo check: a unit's level (省, 市, 县, 区, 州, 乡, 镇) written before its short name is no slip: a
string holding the level's character (县信 read as 相信, 市产 as 市场) is corrected only where the report
writes the corrected word elsewhere, when a unit's kind follows (县信办, 市产投公司, 县法宣办) or the
level begins the name (at the start of a clause or after 由, 经, 和 …: 县信负责, 由市参牵头). A
level inside a phrase (新镇加投资: 增加) and the short name after a level (区角育委员会: 教育) are read
as before. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize("text", [
    "县信办负责全县信息化项目的实施。",  # 县信 is no 相信 (xian / xiang, 模糊音)
    "由市产投公司负责项目建设。",  # 市产 is no 市场
    "本项目由市参公司承建。",
    "县制办牵头开展专项检查。",  # 县制 is no 限制
    "市业发公司负责运营。",  # 市业 is no 事业
    "县法宣办组织普法宣传。",  # 县法 is no 宪法
    "县应管局按季度调度。",  # 县应 is no 相应
    "县信负责全县网络安全。",  # no kind: the level begins the clause
    "由市参牵头组织实施。",  # … or follows 由
])
def test_a_level_before_a_units_short_name_is_no_slip(text):
    assert fixes(text) == set()


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("本年度市场主体增加。全县市厂主体共计1200户。", "市厂", "市场"),
    ("县级财政安排资金。县极财政安排资金100万元。", "县极", "县级"),
    ("区域内共有企业20家。区欲内共有学校5所。", "区欲", "区域"),
])
def test_a_slip_beside_a_level_is_found_where_the_report_writes_the_word(text, wrong, right):
    assert (wrong, f"改为“{right}”") in fixes(text)


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("本年度新镇加投资200万元，用于道路维护。", "镇加", "增加"),  # 镇 inside a phrase, after 新
    ("区角育委员会负责全区中小学管理。", "角育", "教育"),  # the short name after the level
])
def test_a_level_inside_a_phrase_and_the_name_after_a_level_are_read_as_before(text, wrong, right):
    assert (wrong, f"改为“{right}”") in fixes(text)


@pytest.mark.parametrize("text", [
    "县招审负责项目评审。",  # 招审 is no 招生 (shen / sheng, 模糊音)
    "由市电智牵头组织实施。",  # 电智 is no 电子 (zhi / zi)
    "县印当负责资料归档。",  # 印当 is no 应当 (yin / ying)
])
def test_the_weakest_evidence_reads_no_short_name_after_a_level_that_begins_it(text):
    assert fixes(text) == set()


def test_a_fuzzy_slip_outside_a_units_name_is_still_found():
    assert ("因该", "改为“应该”") in fixes("各单位因该加强资金管理。")


@pytest.mark.parametrize("text", [
    "县级财政配套资金120万元，县级财政配套资金已全部到位，乡级财政配套资金30万元已到位。",  # xiang / xian
    "省直单位统一部署，省直单位统一实施，市直单位统一部署。",
    "全县镇级财政配套到位，镇级财政配套到位，村级财政配套到位。",
])
def test_one_level_beside_another_is_a_level_named_not_a_slip(text):
    assert fixes(text) == set()


@pytest.mark.parametrize("text", [
    "分配南陵县文旅体局目连戏演出补助50万元。",  # 文化旅游体育局 cut to 文旅体局: 体局 is no 本局
    "由某县文广旅体局组织全县文化活动。",
])
def test_the_last_characters_of_a_units_short_name_after_its_level_are_no_slip(text):
    assert fixes(text) == set()
