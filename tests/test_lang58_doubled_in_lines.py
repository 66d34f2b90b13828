"""A word doubled in a line with no sentence mark — a heading, a form cell's text — is a slip where it
stands inside one phrase and the report writes it nowhere else (invented text)."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _doubled(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.doubled_word"]


@pytest.mark.parametrize(("line", "quote"), [
    ("任务1:坚决压实压实安全生产主体责任", "压实压实"),
    ("二、全面落实落实河湖长制工作", "落实落实"),
])
def test_a_word_doubled_inside_a_cells_or_headings_phrase_is_a_slip(line, quote):
    text = "年度主要工作内容\n" + line + "\n任务2:推进老旧小区改造\n"
    assert _doubled(text) == [quote]


def test_a_word_the_report_writes_again_elsewhere_is_a_forms_cells_run_together():
    """The form's own label (指标) is written in other rows: two cells meeting, no slip."""
    text = "一级指标\n二级指标\n三级指标指标值\n绩效指标指标说明\n"
    assert _doubled(text) == []


def test_the_classes_that_open_an_indicators_row_are_no_slip():
    text = "产出指标数量指标数量指标改造农户数量120户120户\n"
    assert _doubled(text) == []


def test_a_doubled_word_at_the_edge_of_a_cell_is_left_to_the_cell_rules():
    """Target and actual cells with the same text meet at the line's end or before a figure."""
    assert _doubled("验收情况\n资料齐全合格合格\n") == []
    assert _doubled("验收情况\n资料齐全合格合格5\n") == []


def test_a_row_copied_with_its_cell_marks_is_read_cell_by_cell():
    assert _doubled("项目执行执行规范 | 3 | 3\n") == []
