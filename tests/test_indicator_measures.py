"""An indicator whose target is a rate and whose result is a count (issue 9; premise from pool39 odd page
053, tests in invented wording)."""

from __future__ import annotations

import pytest

from drafting.checks.directions import check_directions
from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县应急管理局2023年度项目绩效自评表\n三级指标 | 年度指标值 | 实际完成值 | 得分\n"


def _found(text: str) -> list[str]:
    return [f.quote for f in check_directions(read_text_string(text)) if f.rule == "indicators.rate_as_count"]


@pytest.mark.parametrize(("rows", "quote"), [
    ("救援设备配备率 | 100% | 1200件 | 10\n", "1200件"),
    ("监测站点运行率 | ≥95% | 8个 | 10\n", "8个"),
    # a form flattened without separators: the three run together
    ("产出指标产出数量救援设备配备率100%1200件达成预期指标监测系统维护率100%6个达成预期指标\n", "1200件"),
])
def test_a_rate_target_met_by_a_count_is_found(rows, quote):
    assert _found(_HEAD + rows)[:1] == [quote]


def test_a_flattened_form_in_traditional_characters_gives_each_row():
    text = "某縣應急管理局2023年度項目績效自評表\n產出數量救援設備配備率100%1200件達成預期指標監測系統維護率100%6個達成預期指標\n"
    assert [f.quote for f in review(read_text_string(text)).findings if f.rule == "indicators.rate_as_count"] == ["1200件", "6個"]


@pytest.mark.parametrize("rows", [
    "救援设备配备率 | 100% | 100% | 10\n",  # a rate met by a rate
    "救援设备配备数量 | 1200件 | 1200件 | 10\n",  # a count met by a count
    "救援设备配备率 | 100% | 98.5% | 10\n监测站点数 | 8个 | 8个 | 10\n",
    "救援设备配备率100%（1200件）达成预期指标\n",  # the count behind the rate, in brackets
    "配备率达到100%，共配备1200件。\n",  # prose: a clause apart
    "救援设备配备率 | 100% | 10分 | 10\n",  # a weight, not a result
])
def test_rates_met_by_rates_and_counts_by_counts_are_left(rows):
    assert _found(_HEAD + rows) == []
