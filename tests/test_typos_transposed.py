"""A word typed inside the word it was to stand beside (项目资预算金 for 项目预算资金): an insertion one
character off while editing, which leaves the split word's halves alone (issue 10; premise from pool41
even page 010, tests in invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def moved(text: str) -> list[tuple[str, str | None]]:
    return [(f.quote, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.transposed"]


def test_a_word_split_round_an_inserted_word_is_found():
    assert moved("各乡镇要加强项目资预算金管理，确保专款专用。") == [("资预算金", "改为“预算资金”")]


@pytest.mark.parametrize("text", [
    "各乡镇要加强项目预算资金管理，确保专款专用。",
    "省财政厅下达资金后，市财政局及时拨付。",  # levels stand alone by themselves
    "按照县委县政府的部署，全面推进。",
])
def test_words_in_their_order_are_left(text):
    assert moved(text) == []


@pytest.mark.parametrize("text", [
    "村民们想多赚一笔钱。",  # a verb and its object parted by a count (离合词)
    "每户投一张票。",
    "请大家帮我们忙。",
])
def test_a_verb_and_its_object_parted_on_purpose_are_left(text):
    assert moved(text) == []


@pytest.mark.parametrize("text", [
    "镇党委依制度依程序开展工作。",  # one preposition before each of two words, not 依依 split
    "依条例依规定设立监督机构。",
])
def test_a_frame_said_before_each_of_two_words_is_left(text):
    """Premise from pool44 even page 020 (held out; the fix is tuned on that half), invented wording."""
    assert moved(text) == []


@pytest.mark.parametrize("text", [
    "针对杞麓湖农业面源污染严重的问题，实施综合治理。",  # a lake's name and 面源 fall apart into lone characters
    "加强洱源县农业面源污染防治。",
])
def test_a_half_beside_other_lone_characters_belongs_to_a_name_or_term_the_dictionary_lacks(text):
    """Premise from pool52 B07 (measured held out, then tuned on), invented wording: 湖|农业|面 is 杞麓湖 and
    面源 run together, no 湖面 split round 农业."""
    assert moved(text) == []
    assert moved("各乡镇要加强项目资预算金管理，确保专款专用。") != []  # a split word beside whole words is still found
