"""A sentence that ends inside its 虽 clause lost the main clause the concession was for. Silent on a
concession with its main clause, on one said in a breath (虽小但全), on a title, and across a line's end."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _found(text: str) -> list[tuple[str, str]]:
    report = read_text_string("某县林业局2023年度森林防火项目支出绩效自评报告\n" + text + "\n")
    return [(f.rule, f.quote) for f in check_language(report) if f.rule == "language.unfinished"]


@pytest.mark.parametrize(("text", "quote"), [
    ("四、存在的问题\n本项目虽已按期完成建设任务。下一步将加强资金监管。", "虽已按期完成建设任务。"),
    ("项目实施过程中虽然遇到雨季影响工期！", "虽然遇到雨季影响工期！"),
])
def test_a_sentence_that_ends_inside_its_concession_is_flagged(text, quote):
    assert _found(text) == [("language.unfinished", quote)]


@pytest.mark.parametrize("text", [
    "本项目虽已按期完成建设任务，但资金支付进度偏慢。",  # the main clause follows
    "本项目虽已完成建设任务；但资金支付进度偏慢。",
    "护林站虽小但设施齐全。",  # both halves in one breath
    "虽败犹荣的精神值得学习。",
    "学习了《虽远必诛的历史启示》一书。",  # inside a title
    "本项目虽已按期完成建设任务\n但资金支付进度偏慢。",  # a line broken mid-sentence
])
def test_a_concession_with_its_main_clause_or_no_sentence_end_is_left_alone(text):
    assert _found(text) == []
