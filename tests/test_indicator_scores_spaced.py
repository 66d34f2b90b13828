"""The score checks of the 绩效指标 table read it in every layout a copy takes: a Word table, "|" or tab
rows, one cell per line, and rows run together on a line with their cells parted by blanks (a PDF's or a
web page's copy, a page number between pages). A row scoring above its weight, a miss given full marks,
a miss with points taken off and no reason, a target met with points taken off and no reason: each is
found in every layout, and the clean form stays silent in every one. Invented forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from drafting.io.text_reader import read_text_string
from drafting.report import Report
from drafting.review import review

_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施"]
_CLEAN = [
    ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "126场", "20", "20", "无"],
    ["产出指标", "质量指标", "演出合格率", "≥95%", "98%", "10", "10", "无"],
    ["产出指标", "时效指标", "演出完成时间", "2024年11月底前", "2024年10月", "10", "10", "无"],
    ["产出指标", "成本指标", "每场演出补助标准", "≤0.8万元", "0.75万元", "10", "10", "无"],
    ["效益指标", "社会效益指标", "惠及群众人次", "≥5万人次", "5.6万人次", "10", "10", "无"],
    ["效益指标", "社会效益指标", "群众文化生活改善", "有效改善", "有效改善", "10", "10", "无"],
    ["效益指标", "可持续影响指标", "演出安全事故", "≤1起", "0起", "10", "10", "无"],
    ["满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%", "95%", "10", "10", "无"],
]
_TOP = ("某县文化和旅游局2024年度送戏下乡项目绩效自评报告\n\n二、绩效指标完成情况\n\n"
        "我局通过发放调查问卷200份开展满意度调查，回收有效问卷196份。\n\n")
_END = "\n\n三、自评结论\n\n经自评，本项目自评得分100分，评价等次为优。\n"

# a defect planted in one row: (row, its cells, the rule that must find it)
_PLANTS = {
    "score above its weight": (1, ["产出指标", "质量指标", "演出合格率", "≥95%", "98%", "10", "12", "无"],
                               "indicator_score_over_weight"),
    "a miss given full marks": (0, ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "104场", "20", "20", "无"],
                                "indicators.missed_full_score"),
    "a ceiling missed, full marks": (6, ["效益指标", "可持续影响指标", "演出安全事故", "≤1起", "3起", "10", "10", "无"],
                                     "indicators.missed_full_score"),
    "a miss without a reason": (0, ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "104场", "20", "17", "无"],
                                "indicators.missed_without_reason"),
    "a target met, points off, no reason": (1, ["产出指标", "质量指标", "演出合格率", "≥95%", "98%", "10", "8", "无"],
                                            "indicators.met_but_deducted"),
}


def _lines(rows: list[list[str]], sep: str) -> str:
    return "\n".join(sep.join(c for c in r if c) for r in rows)


def _pdf(rows: list[list[str]]) -> str:
    """Rows run together, one blank between cells, a page number between two rows."""
    lines = [" ".join(c for c in r if c) for r in rows]
    return "\n".join([*lines[:3], "- 2 -", "", *lines[3:]])


_LAYOUTS: dict[str, Callable[[list[list[str]]], str]] = {
    "piped": lambda rows: "\n".join("| " + " | ".join(r) + " |" for r in rows),
    "tabbed": lambda rows: "\n".join("\t".join(r) for r in rows),
    "one cell per line": lambda rows: "\n\n".join(c for r in rows for c in r if c),
    "run together, two blanks": lambda rows: _lines(rows, "  "),
    "run together, one blank": lambda rows: _lines(rows, " "),
    "run together, ideographic blank": lambda rows: _lines(rows, "\u3000"),
    "pdf text with a page number": _pdf,
}


def _report(layout: str, rows: list[list[str]]) -> Report:
    return read_text_string(_TOP + _LAYOUTS[layout]([_HEAD, *rows]) + _END)


def _score_rules(report: Report) -> list[str]:
    return [f.rule for f in review(report).findings
            if f.rule and f.rule.startswith(("indicator_score", "indicators.", "score", "claims.met", "claims.missed"))]


@pytest.mark.parametrize("layout", list(_LAYOUTS))
def test_the_clean_form_is_silent_in_every_layout(layout):
    assert _score_rules(_report(layout, _CLEAN)) == []


@pytest.mark.parametrize("layout", list(_LAYOUTS))
@pytest.mark.parametrize("plant", list(_PLANTS))
def test_a_planted_score_defect_is_found_in_every_layout(layout, plant):
    i, row, rule = _PLANTS[plant]
    rows = list(_CLEAN)
    rows[i] = row
    assert _score_rules(_report(layout, rows)) == [rule]
