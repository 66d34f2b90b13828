"""The flattened layouts of ``evals.real_layouts``: a copied form one cell a line, or one row a line."""

from evals.real_layouts import cells, cells_spaced, runs

BARS = "标题\n| 项目 | 预算数 | 执行数 |\n| 合计 | 10 | |\n正文。\n"
WORD = "正文。\n\n\t机构\n\t收入\n\n\t局机关\n\t\n\t5\n\n正文二。\n"


def test_cells_writes_every_cell_on_a_line_of_its_own_a_blank_cell_empty():
    assert cells(BARS) == "标题\n项目\n预算数\n执行数\n合计\n10\n\n正文。\n"


def test_cells_spaced_puts_a_blank_line_after_every_cell():
    assert cells_spaced(BARS) == "标题\n项目\n\n预算数\n\n执行数\n\n合计\n\n10\n\n\n\n正文。\n"


def test_runs_writes_a_rows_filled_cells_on_one_line_apart_by_spaces():
    assert runs(BARS) == "标题\n项目 预算数 执行数\n合计 10\n正文。\n"


def test_words_tab_cells_are_rows_too_the_blank_line_between_two_rows_dropped():
    assert cells(WORD) == "正文。\n\n机构\n收入\n局机关\n\n5\n\n正文二。\n"
    assert runs(WORD) == "正文。\n\n机构 收入\n局机关 5\n\n正文二。\n"


def test_the_invented_forms_are_seeded_and_three_in_four_have_a_blank_field():
    from evals.flat_forms_invented import form

    def blanks(seed: int) -> int:
        fields = [5, 6, 8, 9] if seed % 2 else [3, 4, 5, 6]  # target, actual, weight, score
        return sum(row[c] == "" for row in form(seed)[4:9] for c in fields)

    assert form(7) == form(7)
    assert [blanks(s) for s in (0, 1, 2, 3)] == [0, 0, 1, 1]
    assert blanks(6) in (1, 2)
