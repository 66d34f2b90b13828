"""A scoring form whose weights (分值) add up to more than its full marks: one weight was changed and the
others were not (8 made 10: 102 marks for a frame of 100). Found over a 总分 row or with none, with a
指标类型 column or 一级/二级/三级 columns; silent where the weights make the full marks with or without the
budget block's 执行率 row, where they fall short (a row unread, an excerpt), and where the excess is a
whole row's weight or more (a group's subtotal read as a row). Invented forms."""

from __future__ import annotations

from decimal import Decimal

import pytest
from whole_reports import tab_row as _cells

from drafting.io.text_reader import read_text_string
from drafting.review import review

_TITLE = "某县公安局2024年度禁毒专项经费项目支出绩效自评表\n\n"
_BUDGET = (_cells("资金情况（万元）", "全年预算数", "全年执行数", "执行率", "分值", "得分")
           + _cells("年度资金总额", "190.00", "186.75", "98.29%", "10", "9.8"))
_TYPED = ("一级指标", "二级指标", "指标类型", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
_ROWS = [("产出指标", "数量指标", "定量", "开展禁毒宣传活动次数", "≥60次", "72次", "8", "8"),
         ("产出指标", "数量指标", "定量", "查获吸毒人员数", "≥80人", "93人", "8", "8"),
         ("产出指标", "数量指标", "定量", "社区康复人员管控数", "≥150人", "168人", "8", "8"),
         ("产出指标", "质量指标", "定量", "检测准确率", "≥98%", "99.2%", "8", "8"),
         ("产出指标", "质量指标", "定性", "禁毒重点整治工作", "通过省级验收", "通过省级验收", "8", "8"),
         ("产出指标", "时效指标", "定量", "线索核查按时完成率", "≥95%", "97%", "6", "6"),
         ("产出指标", "成本指标", "定量", "毛发检测单人成本", "≤180元", "165元", "6", "6"),
         ("效益指标", "社会效益指标", "定量", "吸毒人员占户籍人口比例", "≤1.5‰", "1.12‰", "10", "10"),
         ("效益指标", "社会效益指标", "定性", "禁毒宣传进校园覆盖情况", "全县中小学全覆盖", "全覆盖", "8", "8"),
         ("效益指标", "可持续影响指标", "定性", "禁毒工作长效机制", "健全", "健全", "10", "10"),
         ("满意度指标", "服务对象满意度指标", "定量", "群众满意度", "≥90%", "94.6%", "10", "9")]


def _form(rows=_ROWS, total=("100", "98.8"), budget=True, typed=True) -> str:
    head = _TYPED if typed else _TYPED[:2] + _TYPED[3:]
    text = _TITLE + (_BUDGET if budget else "") + _cells(*head)
    for row in rows:
        text += _cells(*(row if typed else row[:2] + row[3:]))
    return text + (_cells("总分", *[""] * (len(head) - 3), *total) if total else "")


def _weight(rows, k: int, weight: str) -> list[tuple[str, ...]]:
    """The rows with row ``k``'s 分值 changed and its 得分 left."""
    return [(*r[:-2], weight, r[-1]) if i == k else r for i, r in enumerate(rows)]


def _found(text: str) -> list:
    return [f for f in review(read_text_string(text)).findings if f.rule == "weights_over_full_marks"]


@pytest.mark.parametrize("typed", [True, False])
def test_weights_two_over_the_total_rows_full_marks_are_found(typed):
    found = _found(_form(_weight(_ROWS, 0, "10"), typed=typed))
    assert len(found) == 1
    f = found[0]
    assert f.quote == "100"  # the 总分 row's 分值
    assert "102分" in f.message and "100分" in f.message
    assert "多2分" in f.evidence
    assert len(f.related) == 12  # every weight it adds: the budget block's 10 and the eleven indicators'


def test_weights_over_full_marks_with_no_total_row_are_found():
    found = _found(_form(_weight(_ROWS, 9, "12"), total=None))
    assert [f.message for f in found] == ["评分表12项的分值之和为102分，超过满分100分"]


def test_an_indicator_table_alone_over_its_total_is_found():
    """No budget block: the eleven indicators weigh 100 and one is 2 over."""
    rows = _weight(_weight(_ROWS, 7, "20"), 0, "10")  # 90 + 10 (the budget's share moved here) + 2
    assert len(_found(_form(rows, budget=False))) == 1


@pytest.mark.parametrize("text", [
    _form(),                                 # 10 + 90 = 100 under 总分 100
    _form(total=None),                       # the same with no 总分 row
    _form(typed=False),
    _form(budget=False, total=None),         # the indicators alone: 90, the budget's 10 elsewhere
    _form(_weight(_ROWS, 0, "6")),           # 98: short, a row may be unread — not said
])
def test_weights_that_make_the_full_marks_or_fall_short_are_quiet(text):
    assert _found(text) == []


def test_a_group_subtotal_read_as_a_row_is_no_excess():
    """产出指标 | 52 above its seven rows: the excess is a whole row's weight or more, no weight typed wrong."""
    rows = [("产出指标", "", "", "", "", "", "52", "52"), *_ROWS[:7], ("效益指标", "", "", "", "", "", "28", "28"),
            *_ROWS[7:]]
    assert _found(_form(rows)) == []


def test_weights_with_decimals_over_by_their_rounding_are_quiet():
    rows = [(*r[:-2], w, w) for r, w in zip(_ROWS[:3], ("33.34", "33.33", "33.34"), strict=True)]
    assert _found(_form(rows, total=("100", "100"), budget=False)) == []
    assert Decimal("33.34") * 2 + Decimal("33.33") == Decimal("100.01")


def test_a_total_score_above_its_weight_is_one_finding_at_that_row():
    """The 总分 row's 得分 above its 分值 is already reported there (``indicator_score_over_weight``)."""
    rows = [(*r[:-1], "10") if i == 0 else r for i, r in enumerate(_weight(_ROWS, 0, "10"))]
    findings = review(read_text_string(_form(rows, total=("100", "100.8")))).findings
    assert [f.rule for f in findings if f.rule in ("weights_over_full_marks", "indicator_score_over_weight")] \
        == ["indicator_score_over_weight"]
