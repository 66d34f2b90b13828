"""An indicator that gives its weight and a full score but neither a target nor an actual, in a form copied as
spaced lines beside rows that give all four figures, is one finding for every such row; rows that give their
values, rows of / and template rows, and lines that could be read another way are left."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review

HEAD = ("某县水利局水旱灾害防御项目支出绩效自评表\n（2023年度）\n项目名称 水旱灾害防御经费\n"
        "年度绩效指标完成情况 一级\n指标\n二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n(50分)\n"
        "数量指标 指标1:完成灌区节水改造项目数量 1 1 10 10\n指标2:完成水价改革项目 1 1 10 10\n……\n")
TAIL = "满意度指标\n(10分)\n指标1:服务对象满意度 90% 93% 10 10\n总分 100 100\n"


def _unvalued(body: str) -> list[tuple[str, list[str]]]:
    found = review(read_text_string(HEAD + body + TAIL)).findings
    return [(f.quote, [r.quote for r in f.related]) for f in found if f.rule == "indicators.scored_without_values"]


def test_rows_with_a_weight_and_a_score_and_no_values_are_one_finding():
    body = "质量指标 指标1:工程质量合格 10 10\n指标2:\n……\n时效指标 指标1:资金支付及时 10 10\n"
    assert _unvalued(body) == [("指标1:工程质量合格", ["指标1:资金支付及时"])]


def test_rows_with_their_values_or_marked_not_applicable_are_left():
    assert _unvalued("质量指标 指标1:工程质量合格率 100% 100% 10 10\n时效指标 指标1:资金支付及时 及时 及时 10 10\n") == []
    assert _unvalued("生态效益\n指标\n指标1:/ / /\n指标2:\n……\n") == []


def test_two_figures_that_are_not_a_weight_of_the_table_may_be_the_values():
    # 1 1: the target and the actual with no weight or score, or a weight the table never gives: not told apart
    assert _unvalued("质量指标 指标1:验收合格项目数 1 1\n时效指标 指标1:资金支付及时 7 5\n") == []
    # a score above its weight is no (weight, score) pair
    assert _unvalued("质量指标 指标1:工程质量合格 10 12\n") == []


def test_without_a_header_naming_the_target_actual_weight_and_score_in_order_nothing_is_read():
    text = HEAD.replace("年度指标值 实际完成值 分值 得分", "分值 得分 年度指标值 实际完成值")
    found = review(read_text_string(text + "质量指标 指标1:工程质量合格 10 10\n" + TAIL)).findings
    assert not [f for f in found if f.rule == "indicators.scored_without_values"]
