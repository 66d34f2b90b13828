"""An indicator table that gives a 分值 for each level (一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分): the
得分 of a row scores the indicator of the 分值 nearest before it, so the total's 得分 is the sum of the
scored rows, not of the rows that open a group. Invented text."""

from __future__ import annotations

from drafting.checks.arithmetic.scores import check_score_total
from drafting.io.text_reader import read_text_string

HEAD = "| 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分 |\n"
ROWS = ["| 投入 | 25 | 前期准备 | 10 | 方案论证充分性 | 5 | 5 |", "|  |  |  |  | 招标程序合规性 | 5 | 4 |",
        "|  |  | 资金保障 | 15 | 配套资金到位率 | 15 | 12 |", "| 过程 | 25 | 组织实施 | 25 | 进度控制情况 | 10 | 9 |",
        "|  |  |  |  | 质量管控情况 | 15 | 14 |", "| 成效 | 50 | 建设成效 | 35 | 设施建成率 | 20 | 20 |",
        "|  |  |  |  | 设施使用率 | 15 | 13 |", "|  |  | 群众评价 | 15 | 使用者满意度 | 15 | 14 |"]


def _totals(total: str) -> list[str]:
    text = "五、绩效指标评分\n" + HEAD + "\n".join(ROWS) + f"\n| 总计 | 100 |  |  |  |  | {total} |\n六、结论\n"
    return [f.message for f in check_score_total(read_text_string(text))]


def test_the_right_total_is_silent():
    assert _totals("91") == []


def test_a_wrong_total_is_held_against_the_scored_rows():
    assert _totals("93") == ["总分写作93，而各项得分之和为91"]
