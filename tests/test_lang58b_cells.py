"""A word written twice inside one cell of a row copied with "|" between its cells is a slip, the row's
first cell too where the doubling closes it: the line's start is that cell's edge as a "|" is the others'
(指标2:完成周期周期 | 4个月 | 4个月 |). What runs across a "|", where two label columns of the first cell
meet, or fills a cell of a form laid out without one, is still the seam of two cells. Invented wording."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

_HEAD = "三级指标 | 指标值 | 实际完成值 | 偏差原因 |\n"


def _words(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.doubled_word"]


def test_a_word_written_twice_in_a_rows_first_cell_is_a_doubled_word():
    text = _HEAD + "指标2:资金拨付时限时限 | 3个月 | 3个月 | 无 |\n指标3:验收合格率 | 100% | 100% | 无 |\n"
    assert _words(text) == ["时限时限"]


def test_a_word_written_twice_in_a_middle_cell_is_still_a_doubled_word():
    text = _HEAD + "指标2:资金拨付时限 | 项目完成完成 | 3个月 | 无 |\n"
    assert _words(text) == ["完成完成"]


def test_a_word_doubled_where_two_label_columns_of_the_first_cell_meet_is_no_slip():
    """项目执行|执行规范: a level-2 name and a level-3 one run together in the first cell, the word between them
    closing one and opening the other; only a doubling that closes the cell has no name after it."""
    text = _HEAD + "项目管理管理制度 | 健全 | 健全 | 无 |\n"
    assert _words(text) == []


def test_a_first_cell_that_is_the_two_copies_alone_is_no_slip():
    """A label merged across two columns, copied once for each."""
    text = _HEAD + "数量指标数量指标 | 10 | 10 | 无 |\n"
    assert _words(text) == []


def test_words_said_twice_across_a_cells_bar_are_no_slip():
    text = _HEAD + "指标2:按期完成 | 按期完成 | 10 | 10 |\n"
    assert _words(text) == []


def test_a_first_cell_whose_bar_is_on_another_line_is_no_row():
    """No "|" closes the cell on its own line: the span is no cell of that row, and no prose either."""
    text = _HEAD + "产出指标数量指标数量指标\n| 10 | 10 |\n"
    assert _words(text) == []
