"""A fixed adverb broken by the verb its first character began: an input method completed 进 into 进行 before
the rest of 进一步 was typed (进行一步完善; written on pool60 page 01, tests in invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

FOUND = "下一步，我局将进行一步完善资金管理制度，提高资金使用效益。"


def halves(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.quote, f.message, f.suggestion) for f in check_typos(read_text_string(text)) if f.rule == "language.half_typed"]


def test_a_verb_breaking_a_fixed_adverb_is_found_as_a_stray_character():
    assert halves(FOUND) == [("进行一步", "疑似多字：“进行一步”应为“进一步”", "改为“进一步”")]


def test_the_finding_names_the_verb_the_input_method_completed():
    finding = next(f for f in check_typos(read_text_string(FOUND)) if f.rule == "language.half_typed")
    assert "进行" in finding.evidence and "进一步" in finding.evidence


@pytest.mark.parametrize("text", [
    "下一步，我局将进一步完善资金管理制度。",  # the adverb whole
    "按规定纳入县级政府采购目录。",  # a noun wraps the first character by right (县级|政府 is no 县政府)
    "2024年度收入情况见附表。",  # 年度|收入 is no 年收入
    "尽管可能存在一定风险，项目仍按期完成。",  # a conjunction before an adverb (尽管|可能 is no 尽可能)
    "这不是仅仅为了完成任务。",  # 不是|仅仅 is no 不仅仅
    "我们要进行一步到位的改革。",  # 一步到位 is a word of its own: no reading gains by 进一步
])
def test_a_word_that_stands_by_right_before_an_adverbs_tail_is_left(text):
    assert halves(text) == []


def test_written_the_same_way_twice_is_the_reports_usage():
    assert halves(FOUND + "各科室要进行一步完善内控制度。") == []
