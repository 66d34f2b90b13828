"""One verb said twice in one clause (实现了…实现…): a sentence rewritten half-way that kept both verbs (premise
from pool57 page 08, measured held out there; tests in invented wording). Told at info."""

from __future__ import annotations

import pytest

from drafting.checks.language import check_language
from drafting.findings import Severity
from drafting.io.text_reader import read_text_string

FOUND = "中心建成后，实现了困难老人实现居家养老，减轻了家庭负担。"


def twice(text: str) -> list[tuple[str, Severity]]:
    return [(f.quote, f.severity) for f in check_language(read_text_string(text)) if f.rule == "language.verb_twice"]


@pytest.mark.parametrize(("text", "quote"), [
    (FOUND, "实现了困难老人实现"),
    ("项目实施后，完成了全镇的危旧房屋完成加固任务。", "完成了全镇的危旧房屋完成"),
])
def test_a_done_verb_said_again_inside_its_own_object_is_told_at_info(text, quote):
    assert twice(text) == [(quote, Severity.INFO)]


@pytest.mark.parametrize("text", [
    "本年度实现了收入增长和实现了支出下降。",  # two objects joined: said twice on purpose
    "全年完成了年度目标，完成率100%。",  # another clause
    "全年完成了预算执行完成率的测算。",  # 完成率 is no second 完成
    "中心建成后，实现了困难老人居家养老。",
    "年度目标完成情况 | 实际完成了 | 完成值",  # a form's cells, no clause
])
def test_a_verb_joined_repeated_in_another_clause_or_inside_a_word_is_left(text):
    assert twice(text) == []
    assert twice(FOUND) != []
