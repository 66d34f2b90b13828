"""An indicator table whose header opens with a title column merged down the rows (绩效指标完成情况, 年度绩效目标
(80分)) and names its columns with asides in brackets (预期指标值(包含数字及文字描述), 实际完成值(B)) is read
as any other: the title is no column of the rows, the aside names none, and 实际完成指标值 is the actual
column though it says 指标值. Copied as text ("|" or tabs between cells, or one blank) the rows lose the merged title cell (and a group's category
cells after its first row); each row is put back under its columns. A defect planted in a row is found;
the clean table is silent. Invented forms."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.report import Report
from drafting.review import review

_HEADS = {
    "title and asides": ["绩效指标完成情况", "一级指标", "二级指标", "三级指标", "预期指标值(包含数字及文字描述)",
                         "实际完成指标值(包含数字及文字描述)", "分值", "得分", "偏差原因"],
    "title with its weight": ["年度绩效目标 (80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)",
                              "分值", "得分", "偏差原因"],
}
# rows as a copy gives them: the title cell lost, a group's 一级 cell written in its first row only
_CLEAN = [
    ["产出指标", "数量指标", "新建村级文化广场", "≥12个", "12个", "20", "20", "无"],
    ["质量指标", "工程验收合格率", "≥95%", "100%", "20", "20", "无"],
    ["时效指标", "项目完工时间", "2024年11月底前", "2024年10月", "10", "10", "无"],
    ["效益指标", "社会效益指标", "受益群众人数", "≥3000人", "3200人", "20", "20", "无"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94%", "10", "10", "无"],
]
_PLANTS = {
    "a miss given full marks": (0, ["产出指标", "数量指标", "新建村级文化广场", "≥12个", "9个", "20", "20", "无"],
                                "indicators.missed_full_score"),
    "a score above its weight": (1, ["质量指标", "工程验收合格率", "≥95%", "100%", "20", "22", "无"],
                                 "indicator_score_over_weight"),
    "a result as the target": (3, ["效益指标", "社会效益指标", "受益群众人数", "已惠及3200人", "3200人", "20", "20", "无"],
                               "indicators.result_as_target"),
    "satisfaction under an output class": (1, ["质量指标", "群众满意率", "≥95%", "100%", "20", "20", "无"],
                                           "indicators.misfiled_satisfaction"),
}
_TOP = "某镇2024年度村级文化广场建设项目绩效自评表\n\n问卷调查共回收有效问卷150份。\n\n"
_END = "\n\n自评得分：90分\n"


def _piped(head: list[str], rows: list[list[str]]) -> Report:
    return read_text_string(_TOP + "\n".join(" | ".join(r) + " |" for r in [head, *rows]) + _END)


def _tabbed(head: list[str], rows: list[list[str]]) -> Report:
    return read_text_string(_TOP + "\n".join("\t".join(r) for r in [head, *rows]) + _END)


def _spaced(head: list[str], rows: list[list[str]]) -> Report:
    """Rows run together on lines, one blank between cells (a PDF's copy; a cell's own blank dropped)."""
    return read_text_string(_TOP + "\n".join(" ".join(c.replace(" ", "") for c in r) for r in [head, *rows]) + _END)


def _rules(report: Report) -> list[str]:
    return [f.rule for f in review(report).findings if f.rule and f.rule.startswith(("indicator", "claims.", "score"))]


@pytest.mark.parametrize("layout", [_piped, _tabbed, _spaced])
@pytest.mark.parametrize("head", list(_HEADS))
def test_the_clean_table_is_silent(layout, head):
    assert _rules(layout(_HEADS[head], _CLEAN)) == []


@pytest.mark.parametrize("layout", [_piped, _tabbed, _spaced])
@pytest.mark.parametrize("head", list(_HEADS))
@pytest.mark.parametrize("plant", list(_PLANTS))
def test_a_planted_defect_is_found_under_a_title_column(layout, head, plant):
    i, row, rule = _PLANTS[plant]
    rows = list(_CLEAN)
    rows[i] = row
    assert _rules(layout(_HEADS[head], rows)) == [rule]
