"""Typo check: a parallel frame (边查边改, 一降一补: the same character first and third, or second and
fourth) is written on purpose, so its characters are left alone; but only a frame that starts and ends
between tokens. Two words side by side that share a character (就业|创业, 回族|彝族) make no frame with
the character after them, which stays open to a slip. Sentences are invented."""

from __future__ import annotations

import pytest

from drafting.checks.lexicon import lexicon
from drafting.checks.slips import framed
from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("全年扶持就业创业王作，新增岗位120个。", "王作", "工作"),  # 业创业王 starts inside 就业
    ("加快建设建设王作进度。", "王作", "工作"),  # 设建设王 starts inside the first 建设
    ("本县地处回族彝族字治县北部。县民族宗教局负责落实民族区域自治政策。", "字治", "自治"),  # 族彝族字
])
def test_a_character_after_two_words_sharing_a_character_is_open_to_a_slip(text, wrong, right):
    assert (wrong, f"改为“{right}”") in fixes(text)


def test_a_frame_between_tokens_is_still_a_frame():
    run = "做到一降一补工作"
    assert framed(run, lexicon().route(run)[1]) == {2, 3, 4, 5}
    run = "就业创业王作"
    assert framed(run, lexicon().route(run)[1]) == {0, 1, 2, 3}


@pytest.mark.parametrize("text", [
    "全年开展安全检查，做到边查边改、应改尽改。",
    "坚持一降一补，优化供给结构。",
    "持续推进就业创业工作。",
])
def test_clean_frames_and_words_are_left_alone(text):
    assert fixes(text) == set()
