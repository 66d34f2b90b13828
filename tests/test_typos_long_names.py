"""Typo check: a slip inside a long name the dictionary knows whole (延边朝鲜族自治州, a place's full
name) is found: the corrected word is no token of its own there, but the name it restores is one.
Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize("text", [
    "延边朝鲜族字治州安排资金。坚持民族区域自治制度。",
    "本项目惠及延边朝鲜族字治州群众。坚持民族区域自治制度。",
])
def test_a_slip_inside_a_long_name_the_dictionary_knows_is_found(text):
    assert ("字治", "改为“自治”") in fixes(text)


@pytest.mark.parametrize("text", [
    "延边朝鲜族自治州安排资金。坚持民族区域自治制度。",
    "黔东南苗族侗族自治州财政局下达资金。",
])
def test_the_long_name_written_right_is_left_alone(text):
    assert fixes(text) == set()
