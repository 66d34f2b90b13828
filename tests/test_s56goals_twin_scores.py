"""Two rows of a 自评表's budget block whose figures and weights are all equal must score the same: where the
scores differ, one finding at the later row's label, the two scores related. Invented forms, in a "|" table and flattened one cell a line."""

import pytest

from drafting.checks.twin_scores import check_twin_scores
from drafting.io.text_reader import read_text_string

_HEAD = "项目支出绩效自评表\n（2023年度）\n项目名称 | 城乡文化活动经费\n"


def _table(total: str, part: str) -> str:
    return (_HEAD + "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
            f"年度资金总额 | {total}\n其中：当年财政拨款 | {part}\n上年结转资金 | | | | | |\n其他资金 | | | | | |\n")


def _flat(total: list[str], part: list[str]) -> str:
    cells = ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "(万元)",
             "年度资金总额", *total, "其中:当年财政拨款", *part, "上年结转资金", "其他资金"]
    return _HEAD.replace(" | ", "\n") + "\n\n".join(cells) + "\n"


def _found(text: str) -> list[tuple[str, str, list[str]]]:
    return [(f.quote, f.message, [r.quote for r in f.related]) for f in check_twin_scores(read_text_string(text))]


def test_two_rows_with_the_same_figures_and_weight_but_two_scores_are_one_finding():
    [(quote, message, related)] = _found(_table("300 | 300 | 266.4 | 10 | 88.8% | 9", "300 | 300 | 266.4 | 10 | 88.8% | 8"))
    assert quote == "其中：当年财政拨款" and related == ["8", "年度资金总额", "9"]
    assert "两行的数字完全相同（300/300/266.4/88.8%），分值同为10，得分却分别为8和9" in message


def test_the_same_in_a_form_flattened_one_cell_a_line():
    [(quote, _, related)] = _found(_flat(["300", "300", "266.4", "10", "88.8%", "9"], ["300", "300", "266.4", "10", "88.8%", "8"]))
    assert quote == "其中:当年财政拨款" and related == ["8", "年度资金总额", "9"]


@pytest.mark.parametrize(("total", "part"), [
    ("300 | 300 | 266.4 | 10 | 88.8% | 9", "300 | 300 | 266.4 | 10 | 88.8% | 9"),  # the same score
    ("300 | 300 | 266.4 | — | 88.8% | 9", "300 | 300 | 266.4 | — | 88.8% | 8"),  # no weight written: nothing known
    ("300 | 300 | 266.4 | 10 | 88.8% | 9", "300 | 300 | 266.4 | 5 | 88.8% | 4"),  # another weight
    ("300 | 300 | 266.4 | 10 | 88.8% | 9", "300 | 280 | 266.4 | 10 | 95.1% | 10"),  # other figures
    ("300 | 300 | 266.4 | 10 | 88.8% | 9", "300 | 300 | 266.4 | 10 | 88.8% | —"),  # no score
])
def test_rows_that_differ_or_leave_a_figure_unwritten_are_silent(total, part):
    assert _found(_table(total, part)) == []
