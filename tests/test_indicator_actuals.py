"""An indicator's actual (实际完成值) that repeats its target's bound (≥90% under 年度指标值, ≥90% again) is
no measured value: one finding for all such rows, in any layout; a measured actual, a target met exactly
(100% / 100%), or two target columns side by side are left."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

TITLE = "某县水利局2023年度小型水库安全监测项目支出绩效自评表\n"


def _repeats(text: str) -> list[tuple[str, list[str]]]:
    found = review(read_text_string(TITLE + text)).findings
    return [(f.quote, [r.quote for r in f.related]) for f in found if f.rule == "indicators.actual_repeats_target"]


TABLE = ("| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
         "| 产出指标 | 数量指标 | 安装水位标尺 | 10 | ≥260米 | {a} | 10 |\n"
         "| 产出指标 | 时效指标 | 按期开工率 | 10 | ≥90% | {b} | 10 |\n"
         "| 满意度指标 | 服务对象满意度 | 受益群众满意度 | 10 | ≥95% | 96.2% | 10 |\n")
RUN_TOGETHER = ("绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标数量指标安装水位标尺10≥260米{a}10"
                "时效指标按期开工率10≥90%{b}10满意度指标受益群众满意度10≥95%96.2%10总分100100\n")
SPACED = ("二级指标 三级指标 年度指标值 实际完成值 分值 得分\n数量指标 安装水位标尺 ≥260米 {a} 10 10\n"
          "时效指标 按期开工率 ≥90% {b} 10 10\n满意度指标 受益群众满意度 ≥95% 96.2% 10 10\n总分 100 100\n")
ONE_PER_LINE = ("三级指标\n年度指标值\n实际完成值\n分值\n得分\n安装水位标尺\n≥260米\n{a}\n10\n10\n"
                "按期开工率\n≥90%\n{b}\n10\n10\n")


@pytest.mark.parametrize("layout", [TABLE, RUN_TOGETHER, SPACED, ONE_PER_LINE])
def test_actuals_that_repeat_their_targets_bound_are_one_finding_listing_every_row(layout):
    [(quote, related)] = _repeats(layout.format(a="≥260米", b="≥90%"))
    assert quote == "≥260米" and related == ["≥90%"]


@pytest.mark.parametrize("layout", [TABLE, RUN_TOGETHER, SPACED, ONE_PER_LINE])
def test_measured_actuals_and_targets_met_exactly_are_left(layout):
    assert _repeats(layout.format(a="272米", b="95.5%")) == []
    # a target with no comparator met exactly: 100% / 100% is a measured value equal to its target
    assert _repeats(layout.replace("≥90%", "100%").format(a="272米", b="100%")) == []


def test_two_target_columns_side_by_side_are_no_target_and_actual():
    text = ("三级指标 年初目标值 调整后目标值 分值\n安装水位标尺 ≥260米 ≥260米 10\n按期开工率 ≥90% ≥90% 10\n")
    assert _repeats(text) == []
    text = ("三级指标\n年初目标值\n调整后目标值\n实际完成值\n分值\n安装水位标尺\n≥260米\n≥260米\n272米\n10\n")
    assert _repeats(text) == []
