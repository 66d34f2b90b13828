"""过度 typed for 过渡 before the words 过渡 makes of a stage and of what stands in for a while: 过渡性 + what is
arranged (过渡性安置, 过渡性住房), 过渡安置, 过渡房 beside 过渡期 and 过渡阶段. 过度 (beyond the limit) says how
far an act goes: 过度期待, 过度性使用, 过度房地产化 are right and left alone. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _confused(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]


@pytest.mark.parametrize("text", [
    "参与地震灾后过度性安置和恢复重建等相关工作。",
    "对受灾群众发放过度性生活补助12万元。",
    "出台过度性住房保障办法，稳定搬迁群众生活。",
    "对搬迁群众实行过度安置，安置期限一年。",
    "建成过度房20套，解决受灾户临时居住。",
    "设置3年过度期，过度期满后统一执行新标准。",  # the entry's old reach, kept
])
def test_guodu_before_a_stage_or_a_stopgap_is_guodu_of_transition(text):
    assert [q for q, _ in _confused(text)] == ["过度"]
    assert "过渡" in _confused(text)[0][1]


@pytest.mark.parametrize("text", [
    "避免过度性使用设备，延长使用年限。",
    "遏制过度房地产化倾向，防止群众产生过度期待。",
    "防止过度开发，避免资源过度消耗。",
    "参与地震灾后过渡性安置，建成过渡房20套。",
])
def test_guodu_of_degree_and_the_right_word_are_left_alone(text):
    assert _confused(text) == []
