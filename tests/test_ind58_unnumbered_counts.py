"""A 数量指标 named for what it counts (…数量, …人数) whose target and result are prose without a number
states no quantity; a count in figures or in words, a graded or yes/no value, and other classes are left."""

from __future__ import annotations

import pytest

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Report, Table

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
TASKS = "完成城南古桥、北门石塔日常维护，东岳庙护栏安装"
QUALITY = ["", "质量指标", "验收合格率", "100%", "100%", "10", "10"]


def _unnumbered(report: Report) -> list[str]:
    return [f.location.quote for f in check_claims(report) if f.rule == "indicators.unnumbered_count"]


def _word_table(*rows: list[str]) -> Report:
    return Report(blocks=[Table(rows=[[Cell(text=t) for t in r] for r in (HEAD, *rows)])])


def _spaced(*rows: list[str]) -> Report:
    lines = [" ".join(c for c in r if c) for r in rows]
    return read_text_string("某项目绩效自评表\n绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
                            + "\n".join(lines) + "\n总分 100\n")


@pytest.mark.parametrize("name", ["指标1:修缮古建筑数量", "培训人数"])
def test_a_count_whose_target_and_result_are_prose_states_no_quantity(name):
    row = ["产出指标", "数量指标", name, TASKS, TASKS, "10", "10"]
    assert _unnumbered(_word_table(row, QUALITY)) == [name]


def test_a_spaced_line_whose_values_hold_no_number():
    report = read_text_string("某项目绩效自评表\n绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分\n"
                              f"产出指标 数量指标 指标1:修缮古建筑数量 {TASKS} {TASKS}\n7 7\n"
                              "指标2:修缮面积 600平方米 600平方米 7 7\n")
    assert _unnumbered(report) == ["指标1:修缮古建筑数量"]


@pytest.mark.parametrize("build", [_word_table, _spaced])
@pytest.mark.parametrize("row", [
    ["产出指标", "数量指标", "修缮古建筑数量", "3处", "3处", "10", "10"],  # figures
    ["产出指标", "数量指标", "修缮古建筑数量", "修缮古桥三处", "完成三处修缮", "10", "10"],  # a count in words
    ["产出指标", "数量指标", "覆盖乡镇数", "全部乡镇覆盖", "全部乡镇已覆盖", "10", "10"],  # graded: all of them
    ["产出指标", "数量指标", "修缮内容", TASKS, TASKS, "10", "10"],  # not named for a count
    ["产出指标", "质量指标", "修缮质量达标数量", TASKS, TASKS, "10", "10"],  # not a 数量指标
])
def test_counts_in_figures_or_words_graded_values_and_other_rows_are_left(build, row):
    assert _unnumbered(build(row, QUALITY)) == []
