"""Typo check: the characters before a bracketed year are a 机关代字 (县财预（2023）12号) and left alone;
but a bracket that opens on a date (三个阶段（2023年3月至12月）) follows prose, whose slips are read
like any other. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("本项目分为筹备、实施、验收三个戒段（2023年3月至12月）。", "戒段", "阶段"),
    ("项目完成验收工作的戒段(2024年11月)，资金已拨付。", "戒段", "阶段"),
])
def test_a_slip_before_a_bracketed_date_is_read(text, wrong, right):
    assert (wrong, f"改为“{right}”") in fixes(text)


@pytest.mark.parametrize("text", [
    "根据县财预字（2023）12号文件下达资金。",
    "依据市财建（2022）45号、县财预（2023）8号文件。",
    "依据某某发改投资（2021）103号批复实施。",
    "单位负责项目实施。\n\n根据负贵发（2023）5号文件开展自评。",  # 负贵发: a code, however it reads
])
def test_a_code_before_a_bracketed_year_is_still_left_alone(text):
    assert fixes(text) == set()
