"""Typo check: a county or district is a name, written as its owners write it (毕节市七星关区, a
县 before its bureau), even where the report writes a word one character off (灌区 in a water
bureau's report). A slip into 灌区 in running text is still found. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


WATER = "全区共有中型灌区3处，灌区有效灌溉面积2.6万亩。"


@pytest.mark.parametrize("text", [
    "毕节市七星关区水务局负责全区水利工作。" + WATER,
    "七星关区水务局负责全区水利工作。" + WATER,
    "项目由贵州省毕节市七星关区实施。" + WATER,
])
def test_a_district_named_after_its_prefecture_or_before_its_bureau_is_no_slip(text):
    assert fixes(text) == set()


@pytest.mark.parametrize("text", [
    "全县共有中型灌区3处，灌区有效灌溉面积2.6万亩，其中关区节水改造1处。",
    "毕节市水务局负责全市水利工作。全市共有中型灌区3处，关区有效灌溉面积2.6万亩，灌区管护到位。",
])
def test_a_slip_into_the_word_in_running_text_is_still_found(text):
    assert ("关区", "改为“灌区”") in fixes(text)
