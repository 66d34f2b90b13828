"""Curated confusions of two real words, told apart by their context (data/typo_confusions.yaml):
截留/截流 beside 资金 and 挪用, 渡过/度过 before a difficulty or a span of time. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("经核查，不存在挤占、挪用、截流资金的情况。", "截流", "截留"),
    ("未发生截流、挪用专项资金的问题。", "截流", "截留"),
    ("资金使用严格按规定审批，不存在截流、挤占、挪用等问题。", "截流", "截留"),  # the triad in any order
    ("协调金融机构帮助受灾企业度过难关。", "度过", "渡过"),
    ("在各方努力下全县安全渡过汛期。", "渡过", "度过"),
    ("水库安全渡过了三个月的主汛期。", "渡过", "度过"),
    ("法律援助在基层治理中发挥着及其重要的作用。", "及其", "极其"),
    ("做好防汛准备工作是及其必要的。", "及其", "极其"),
    ("各级干部充分认识到做好此项工作的及其重要性。", "及其", "极其"),
])
def test_a_word_confused_with_its_homophone_in_this_context_is_flagged(text, wrong, right):
    [f] = check_typos(read_text_string(text))
    assert (f.quote, f.suggestion) == (wrong, f"改为“{right}”")
    assert f.rule == "language.confusion" and f.evidence


@pytest.mark.parametrize("text", [
    "完成河道截流工程建设，改造雨水截流井三十座。",  # water cut off: 截流 is right
    "帮助困难群众渡过难关。",
    "全县平安度过汛期。",
    "渡江船只安全渡过长江。",
    "深刻认识乡村振兴战略及其重要意义。",  # 及其 joins two nouns: the strategy and its significance
    "明确项目目标及其关键节点，落实单位及其负责人责任。",
])
def test_each_word_in_its_own_context_is_left_alone(text):
    assert fixes(text) == set()
