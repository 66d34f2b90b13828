"""A rate (…率) whose target and result are both counts in the same measure word gives no rate at all; a rate
in percentages, and a count named as a count, are left."""

from __future__ import annotations

import pytest

from drafting.checks.directions import check_directions
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Report, Table

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _rates(report: Report) -> list[str]:
    return [f.location.quote for f in check_directions(report) if f.rule == "indicators.rate_as_counts"]


def _word_table(*rows: list[str]) -> Report:
    return Report(blocks=[Table(rows=[[Cell(text=t) for t in r] for r in (HEAD, *rows)])])


def _flattened(*rows: list[str]) -> Report:
    cells = [c for r in (HEAD, *rows) for c in r if c]
    return read_text_string("某项目2024年度绩效自评表\n\n" + "\n\n".join(cells) + "\n\n总分\n\n100\n")


@pytest.mark.parametrize("build", [_word_table, _flattened])
def test_a_rate_whose_target_and_result_are_counts(build):
    rows = (["产出指标", "数量指标", "家庭医生签约率", "2400人", "2258人", "2", "1.7"],
            ["", "质量指标", "档案合格率", "≥90%", "95%", "2", "2"])
    assert _rates(build(*rows)) == ["家庭医生签约率"]


@pytest.mark.parametrize("build", [_word_table, _flattened])
@pytest.mark.parametrize("row", [
    ["产出指标", "数量指标", "家庭医生签约率", "≥60%", "62%", "2", "2"],  # percentages
    ["产出指标", "数量指标", "家庭医生签约人数", "2400人", "2258人", "2", "1.7"],  # a count named as one
    ["产出指标", "数量指标", "疫苗接种率", "12种", "2258人", "2", "1.7"],  # two measures: not the row's own pair
])
def test_rates_in_percentages_and_counts_named_as_counts_are_left(build, row):
    assert _rates(build(row, ["", "质量指标", "档案合格率", "≥90%", "95%", "2", "2"])) == []
