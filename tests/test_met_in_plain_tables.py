"""An indicator table with no scores (指标 | 年度指标值 | 实际完成值 | 完成情况) whose 完成情况 cell says the
target was met while the row's actual misses its ≥/≤ target. Invented rows."""

import pytest

from drafting.checks.arithmetic.scores import check_missed_full_score
from drafting.io.text_reader import read_text_string

_HEAD = "某县林业局2023年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n"
_TABLE = "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| --- | --- | --- | --- |\n{rows}"


def _said(rows: str) -> list[str]:
    found = check_missed_full_score(read_text_string(_HEAD + _TABLE.format(rows=rows)))
    return [f.quote for f in found if f.rule == "claims.met_but_missed"]


def test_a_met_claim_beside_an_actual_that_misses_its_floor_is_reported():
    rows = "| 森林抚育面积 | ≥1200亩 | 1050亩 | 已完成年度目标 |\n| 防火巡查次数 | ≥48次 | 52次 | 达到预期目标 |\n"
    assert _said(rows) == ["完成年度目标"]


@pytest.mark.parametrize("rows", [
    "| 森林抚育面积 | ≥1200亩 | 1250亩 | 已完成年度目标 |\n",           # met
    "| 森林抚育面积 | ≥1200亩 | 1050亩 | 未达到年度目标，因雨季延误 |\n",  # said missed
    "| 火灾受害率 | ≤0.8‰ | 0.5‰ | 达到预期目标 |\n",                   # a ceiling kept
    "| 森林抚育面积 | 1200亩 | 1050亩 | 达到预期目标 |\n",               # a target with no comparator says nothing
])
def test_rows_met_or_said_missed_are_silent(rows):
    assert _said(rows) == []
