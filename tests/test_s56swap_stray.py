"""A stray 进 right before a verb: 进行 typed half when a sentence was rewritten (对填埋场进采取…; premise from
pool57 page 10, measured held out there; tests in invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

FOUND = "县政府决定对旧厂房进采取加固措施。"


def strays(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.quote, f.message, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.half_typed"]


def test_a_lone_jin_before_a_verb_is_found_as_a_stray_character():
    assert strays(FOUND) == [("进采取", "疑似多字：“进采取”应为“采取”", "改为“采取”")]


def test_the_finding_names_the_half_typed_word():
    finding = next(f for f in check_typos(read_text_string(FOUND)) if f.rule == "language.half_typed")
    assert "进行" in finding.evidence


@pytest.mark.parametrize("text", [
    "开展送文化进乡村活动，丰富群众生活。",  # 进 before a place: a verb of motion with its object
    "县政府决定对旧厂房进行加固。",
    "对旧厂房进采取加固措施，对危桥进采取限行措施。",  # written the same way twice: the report's usage
])
def test_jin_before_a_place_or_in_a_word_or_as_the_reports_usage_is_left(text):
    assert strays(text) == []
    assert strays(FOUND) != []
