"""必须 is an adverb: it stands before a verb and takes no 的 to qualify a noun; what is needed, before a
noun, is 必需的 (the curated confusions, ``data/typo_confusions.yaml``). Sentences invented."""

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def _confused(text: str) -> list[tuple[str, str]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.confusion"]


@pytest.mark.parametrize("text", [
    "项目资金用于补助必须的办案、业务、装备等开支。",
    "为站所配备必须的检测设备。",
])
def test_bixu_de_before_a_noun_is_bixu_of_need(text):
    assert _confused(text) == [("必须", "改为“必需”")]


@pytest.mark.parametrize("text", [
    "资金必须专款专用，必须严格执行预算。",  # the adverb before a verb
    "加强监管是必须的。",  # the spoken predicate ending its clause
    "开展绩效评价是必须的，也是可行的。",
    "为站所配备必需的检测设备。",  # the right word
])
def test_the_adverb_and_bixu_de_ending_a_clause_are_left(text):
    assert _confused(text) == []
