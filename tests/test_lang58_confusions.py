"""Two set forms of the 公文 register that a slip breaks (invented sentences).

应X尽X (应保尽保, 应助尽助) names a goal reached: it follows 做到 or 实现, never the nominal 做的. The powers
of an office are 权力 (权力事项, 权力运行, 权力制衡, 权力下放); 权利 is a right held, which is not run,
balanced or delegated — but a party's rights listed for it (告知当事人权利事项) are 权利 by right."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _confused(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]


@pytest.mark.parametrize("text", [
    "严格审核申报材料，做的应保尽保，按月发放补助。",
    "对困难群众做的“应助尽助”。",
    "落实惠农补贴政策，做的应发尽发。",
])
def test_zuode_before_a_goal_of_the_form_ying_x_jin_x_is_zuodao(text):
    assert _confused(text) == [("做的", "改为“做到”")]


@pytest.mark.parametrize("text", [
    "严格审核申报材料，做到应保尽保。",
    "各单位所做的应当尽快报送。",  # 应当尽快: no 应X尽X
    "我们做的应尽义务已全部完成。",
])
def test_zuodao_and_a_zuode_before_other_words_are_left(text):
    assert _confused(text) == []


@pytest.mark.parametrize("text", [
    "健全内部权力制衡机制，明晰机构设置、权利事项。",
    "梳理行政权利事项86项，规范权利运行。",
    "推进权利下放，防止权利寻租。",
])
def test_quanli_of_rights_where_an_offices_powers_are_meant_is_quanli_of_power(text):
    found = _confused(text)
    assert found and all(q == "权利" and "权力" in s for q, s in found)


@pytest.mark.parametrize("text", [
    "执法人员当场告知当事人权利事项。",
    "依法保障职工合法权利，按时足额发放工资。",
    "保障公民的人身权利、民主权利和其他权利。",
    "推行权利清单制度，保障群众权益。",
])
def test_quanli_of_a_right_held_is_left(text):
    assert _confused(text) == []
