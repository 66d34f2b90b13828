"""An indicator that falls short of its target, read with the target's direction, while the report says
nothing fell short (a claim that the targets were met naming no item, 未完成的绩效目标(无), 存在的问题 无):
one finding at the first short actual, the report's word and the other actuals related. Invented reports."""

import pytest

from drafting.checks.denied_shortfalls import check_denied_shortfalls
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Heading, Paragraph, Report, Table
from drafting.review import review

_HEAD = "某县民政局2023年度项目支出绩效自评报告\n一、绩效目标完成情况\n"


def _told(*rows: str) -> str:
    """Indicators told in a sentence each: name, 年初指标值 …，全年实际完成值 …"""
    return "".join(f"{k}、{row}。\n" for k, row in enumerate(rows, 1))


def _found(text: str) -> list[tuple[str, str, list[str]]]:
    return [(f.quote, f.message, [r.quote for r in f.related]) for f in check_denied_shortfalls(read_text_string(text))]


_SHORT = "发放临时救助人次数年初指标值为不低于300人，全年实际完成值262人"
_MET = "困难群众救助覆盖率年初指标值为不低于90%，全年实际完成值100%"


@pytest.mark.parametrize("denial", [
    "对照总体绩效目标，该资金项目已按照计划完成目标，完成质量较好。",
    "经自评，本项目各项绩效目标均已完成。",
    "二、未完成的绩效目标（无）",
    "二、未完成的绩效目标及原因\n无",
    "五、存在的问题和建议 无",
])
def test_a_row_short_of_its_floor_under_a_report_that_denies_any_shortfall_is_one_finding(denial):
    [(quote, message, [said])] = _found(_HEAD + _told(_MET, _SHORT) + denial + "\n")
    assert quote == "262人" and said.strip() in denial
    assert message.startswith("1项指标未达到目标值（发放临时救助人次数：目标不低于300人，实际262人），报告却称")


def test_a_satisfaction_below_its_floor_by_less_than_a_point_is_short_but_one_at_or_above_is_not():
    short = "家长满意度，年初目标值≥95%，实际完成值94.60%，扣1分"
    [(quote, message, related)] = _found(_HEAD + _told(short) + "3.未完成的绩效目标(无)\n")
    assert quote == "94.60%" and related == ["3.未完成的绩效目标(无)"] and "家长满意度：目标≥95%，实际94.60%" in message
    for actual in ("100%", "95.00%", "95%"):
        assert _found(_HEAD + _told(f"家长满意度，年初目标值≥95%，实际完成值{actual}") + "3.未完成的绩效目标(无)\n") == []


def test_every_short_row_is_listed_in_the_one_finding():
    other = "新建村级养老服务站个数年初指标值为≥12个，全年实际完成值9个"
    [(quote, message, related)] = _found(_HEAD + _told(_SHORT, _MET, other) + "二、未完成的绩效目标（无）\n")
    assert quote == "262人" and related == ["二、未完成的绩效目标（无）", "9个"] and "2项指标未达到目标值" in message


def test_a_ceiling_is_missed_only_by_a_larger_actual():
    under = "单位救助成本年初指标值为≤1200元，全年实际完成值1100元"
    over = "单位救助成本年初指标值为≤1200元，全年实际完成值1350元"
    assert _found(_HEAD + _told(under) + "二、未完成的绩效目标（无）\n") == []
    [(_, message, _)] = _found(_HEAD + _told(over) + "二、未完成的绩效目标（无）\n")
    assert "目标≤1200元，实际1350元" in message


@pytest.mark.parametrize("row", [
    "群众投诉率年初指标值为≥5%，全年实际完成值1%",  # a floor on what is better lower: the direction is the slip
    "救助对象满意度年初指标值为≤90%，全年实际完成值98%",  # a ceiling on what is better higher
    "救助政策知晓情况年初指标值为达标，全年实际完成值基本达标",  # a qualitative target: no figure
    "发放临时救助人次数年初指标值为300人，全年实际完成值262人",  # no direction said
    "发放临时救助人次数年初指标值为不低于3万元，全年实际完成值262人",  # two units
])
def test_a_target_with_no_figure_no_direction_or_another_unit_is_not_read(row):
    assert _found(_HEAD + _told(row) + "二、未完成的绩效目标（无）\n") == []


@pytest.mark.parametrize("text", [
    _HEAD + _told(_SHORT + "，主要原因是申请人数减少") + "二、未完成的绩效目标（无）\n",
    _HEAD + _told(_SHORT + "（受申请人数减少影响）") + "二、未完成的绩效目标（无）\n",
    _HEAD + _told(_SHORT.replace("不低于300人", "累计不低于900人")) + "二、未完成的绩效目标（无）\n",  # beyond the year
    _HEAD + _told(_SHORT.replace("不低于300人", "每月不低于300人")) + "二、未完成的绩效目标（无）\n",  # per month
    _HEAD + _told(_SHORT) + "该资金项目已按照计划完成目标。\n三、存在的问题\n临时救助人次未达到年初目标，因申请人数减少。\n",
    _HEAD + _told(_SHORT) + "临时救助工作已完成目标。\n",  # a claim naming an item
    _HEAD + _told(_SHORT) + "下一步，力争全面完成年度目标。\n",  # an intent
    _HEAD + _told(_SHORT) + "绩效目标已完成情况：见上文。\n",  # the name of a section
    _HEAD + _told(_SHORT),  # nothing denied
])
def test_a_reason_an_admission_or_no_denial_leaves_it_unsaid(text):
    assert _found(text) == []


_TABLE = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析及改进措施 |\n"
          "| 产出指标 | 数量指标 | 发放临时救助人次数 | ≥300人 | 262人 | {reason} |\n"
          "| 产出指标 | 质量指标 | 救助资金发放准确率 | ≥95% | 100% | 无 |\n")


def test_a_table_row_short_of_its_target_with_no_reason_in_its_row_is_read():
    [(quote, message, _)] = _found(_HEAD + _TABLE.format(reason="无") + "\n二、未完成的绩效目标（无）\n")
    assert quote == "262人" and "发放临时救助人次数：目标≥300人，实际262人" in message
    assert _found(_HEAD + _TABLE.format(reason="受申请人数减少影响") + "\n二、未完成的绩效目标（无）\n") == []
    in_cell = _TABLE.format(reason="无").replace("| 262人 |", "| 262人（因申请人数减少） |")
    assert _found(_HEAD + in_cell + "\n二、未完成的绩效目标（无）\n") == []


def test_a_goal_line_and_the_result_told_later_with_the_same_words():
    text = ("一、项目概况\n（二）项目绩效目标。\n绩效目标：城区养老服务站建设资金完成260万元。\n三、项目绩效情况\n"
            "1.城区养老服务站建设资金完成98.5万元。群众满意度达90%以上。\n五、存在的问题和建议 无\n")
    [(quote, message, related)] = _found(text)
    assert quote == "98.5万元" and related == ["五、存在的问题和建议 无"]
    assert "城区养老服务站建设资金完成：目标260万元，实际98.5万元" in message
    assert _found(text.replace("98.5万元", "260万元")) == []
    assert _found(text.replace("建设资金完成260万元", "累计建设资金完成260万元")) == []  # a goal beyond the year


def test_a_blanket_claim_the_table_contradicts_is_told_once_in_the_review():
    text = _HEAD + _TABLE.format(reason="无") + "\n四、自评结论\n经自评，本项目各项绩效指标均已完成。\n"
    found = [f.rule for f in review(read_text_string(text)).findings if "262人" in [f.quote, *(r.quote for r in f.related)]]
    assert found == ["claims.blanket_met_but_missed"]


def test_a_claim_in_a_table_cell_speaks_of_its_row_not_of_the_report():
    rows = [["三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"],
            ["发放临时救助人次数", "≥300人", "262人", "无"], ["救助资金发放准确率", "≥95%", "100%", "已完成目标"]]
    table = Table(rows=[[Cell(text=t) for t in row] for row in rows])
    report = Report(blocks=[Heading(text="一、绩效指标完成情况"), Paragraph(text="产出指标：数量指标、质量指标。"), table])
    assert [(f.quote, f.related[0].quote) for f in check_denied_shortfalls(report.model_copy(update={"blocks": [
        *report.blocks, Paragraph(text="本项目已完成目标。")]}))] == [("262人", "已完成目标")]
    assert check_denied_shortfalls(report) == []


def test_a_scored_row_whose_miss_the_score_check_already_tells_is_not_told_again():
    table = ("| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
             "| 发放临时救助人次数 | ≥300人 | 262人 | 10 | 8 | 无 |\n| 救助资金发放准确率 | ≥95% | 100% | 10 | 10 | 无 |\n")
    text = _HEAD + table + "\n二、未完成的绩效目标（无）\n"
    told = [f.rule for f in review(read_text_string(text)).findings if "262人" in [f.quote, *(r.quote for r in f.related)]]
    assert told == ["indicators.missed_without_reason"]
    assert _found(text) == []
