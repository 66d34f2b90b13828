"""A form flattened one cell a line, whose budget block (read by ``forms``, not as a scored row) carries the
budget's 分值: its weight counts with the indicator rows' against the 合计 row's full marks, so weights of 105
under 合计 100 are found where the scores add up below it. Quiet when they make 100, and where the budget's
weight is an indicator row too (the excess is then a whole row's weight). Invented forms."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

_TITLE = "某县退役军人事务局2024年度优抚对象医疗补助项目绩效自评表\n"
_BUDGET = ["资金情况（万元）", "全年预算数", "全年执行数", "执行率", "分值", "得分",
           "年度资金总额", "84.00", "81.48", "97.00%", "10", "9.7"]
_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_ROWS = [["产出指标", "数量指标", "补助优抚对象人数", "≥600人", "624人"],
         ["", "质量指标", "补助对象认定准确率", "100%", "100%"],
         ["", "时效指标", "补助资金发放及时率", "100%", "96%"],
         ["效益指标", "社会效益指标", "优抚对象就医负担减轻程度", "≥20%", "22%"],
         ["满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%", "92%"]]


def _form(weights: list[int], scores: list[int], total: str, budget_row: bool = False) -> str:
    lines = [*_BUDGET, *_HEAD]
    for row, w, s in zip(_ROWS, weights, scores, strict=True):
        lines += [c for c in row if c] + [str(w), str(s)]
    if budget_row:
        lines += ["预算执行率", "≥95%", "97%", "10", "9.7"]
    return _TITLE + "\n".join([*lines, "合计", "100", total]) + "\n"


def _found(text: str) -> list:
    return [f for f in review(read_text_string(text)).findings if f.rule == "weights_over_full_marks"]


def test_weights_of_105_with_the_budget_block_under_100_are_found():
    found = _found(_form([20, 20, 20, 20, 15], [20, 20, 16, 20, 13], "98.7"))
    assert [f.message for f in found] == ["评分表6项的分值之和为105分，超过总分行的分值100分"]
    assert found[0].quote == "100"


@pytest.mark.parametrize("text", [
    _form([20, 20, 15, 20, 15], [20, 20, 13, 20, 13], "95.7"),                      # 10 + 90
    _form([20, 20, 20, 15, 15], [20, 20, 16, 15, 13], "93.7", budget_row=True),     # the budget's 10 a row too
])
def test_weights_that_make_100_or_count_the_budget_as_a_row_are_quiet(text):
    assert _found(text) == []
