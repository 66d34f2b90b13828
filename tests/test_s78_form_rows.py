"""Indicator forms as real copies write them, read as the rows they are (session 78).

- A rate of doing (采购及时率, 验收合格率) whose target is a bare 100% is met only by 100%: an actual below it
  with full marks is a missed target scored in full, though the form wrote no ≥. A rate kept low (成本控制率,
  投诉率) with a 100% cap is met from below, and a comparator in its own column is read as written.
- The reason column's name in the forms' other wordings (未完成原因和改进措施) is a header word.
- A row copied as one line of cells parted by blanks keeps its columns when its blank reason, and its group's
  category written once above, are gone.
- A category broken over two lines (社会效益 / 指标) where a row's target should stand tells that the row's blank
  cells were dropped: the run is not read as a table (no finding from misplaced cells).
- An excerpt that stops in the middle of the table's last row still has the rows before it.
- The template's filler row (……) names no indicator: no "indicator without a target" for it.
"""

from __future__ import annotations

import pytest

from drafting.checks.indicator_rows import is_measurable
from drafting.findings import Finding
from drafting.io.text_reader import read_text_string
from drafting.report import Table
from drafting.review import review


def _flat(*cells: str) -> str:
    return "\n\n".join(cells)


def _review(body: str) -> list[Finding]:
    text = f"某单位2023年度项目支出绩效自评报告\n\n一、绩效指标完成情况\n\n{body}\n\n二、存在问题\n\n个别指标未完成。\n"
    return review(read_text_string(text)).findings


def _tables(body: str) -> list[list[list[str]]]:
    text = f"某单位2023年度项目支出绩效自评报告\n\n一、绩效指标完成情况\n\n{body}\n"
    return [[[c.text for c in row] for row in b.rows] for b in read_text_string(text).blocks if isinstance(b, Table)]


HEADER = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")


def _form(name: str, target: str, actual: str, weight: str, score: str) -> str:
    return _flat(*HEADER, "产出指标", "数量指标", "采购办公用品数量", "20台", "20台", "10", "10",
                 "时效指标", name, target, actual, weight, score)


def test_a_rate_of_doing_below_a_bare_100_percent_with_full_marks_is_a_missed_target():
    found = [f for f in _review(_form("办公用品采购及时率", "100%", "90%", "10", "10"))
             if f.rule == "indicators.missed_full_score"]
    assert [(f.location.quote, *(r.quote for r in f.related)) for f in found] == [("10", "90%", "100%")]
    assert "未达到" in found[0].message


def test_a_rate_kept_low_with_a_100_percent_cap_is_met_from_below():
    for name in ("办公用品采购成本控制率", "投诉发生率", "项目支出占比"):
        assert not [f for f in _review(_form(name, "100%", "90%", "10", "10"))
                    if f.rule == "indicators.missed_full_score"], name


def test_a_bare_100_percent_met_or_scored_below_its_weight_is_no_missed_full_score():
    assert not [f for f in _review(_form("办公用品采购及时率", "100%", "100%", "10", "10"))
                if f.rule == "indicators.missed_full_score"]
    assert not [f for f in _review(_form("办公用品采购及时率", "100%", "90%", "10", "9"))
                if f.rule == "indicators.missed_full_score"]


def test_a_miss_is_read_beyond_the_rounding_of_both_figures():
    # 100% written whole may stand for 99.5–100.5: 99.6% is not surely below it, 98% is
    assert not [f for f in _review(_form("资金拨付及时率", "100%", "99.6%", "10", "10"))
                if f.rule == "indicators.missed_full_score"]
    assert [f for f in _review(_form("资金拨付及时率", "100%", "98%", "10", "10"))
            if f.rule == "indicators.missed_full_score"]


@pytest.mark.parametrize("reason, rows, found", [
    # the reason column in the forms' other wording
    ("未完成原因和改进措施", ["数量指标 培训教师人数 20人 20人 10 10", "质量指标 培训合格率 ≥95% 80% 10 10"],
     ("10", "80%", "≥95%")),
    # a row with no category (written once above) and no reason: the blank cells put back before and after it
    ("偏差原因分析及改进措施", ["数量指标 培训教师人数 20人 20人 10 10", "培训场次 ≥40次 30次 10 10"],
     ("10", "30次", "≥40次")),
])
def test_rows_copied_as_spaced_lines_keep_their_columns(reason, rows, found):
    spaced = "\n".join([f"二级指标 三级指标 年度指标值 全年实际完成值 分值 得分 {reason}", *rows])
    missed = [f for f in _review(spaced) if f.rule == "indicators.missed_full_score"]
    assert [(f.location.quote, *(r.quote for r in f.related)) for f in missed] == [found]


def test_a_category_broken_over_two_lines_is_never_read_as_a_target_and_an_actual():
    # the row of 动态管理人员减少 lost its blank target and actual: 社会效益 / 指标 is the next group's category
    body = _flat("一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "偏差原因分析及改进措施",
                 "产出指标", "数量指标", "救助人数", "≥100人", "120人",
                 "资金执行率", "100%", "82%",
                 "动态管理人员减少",
                 "社会效益", "指标", "困难群众生活水平", "有所提升", "有所提升")
    cells = [c for table in _tables(body) for row in table[1:] for c in row[3:5]]
    assert "社会效益" not in cells and "指标" not in cells
    assert not [f for f in _review(body) if f.location.quote in ("社会效益", "指标")]


def test_an_excerpt_cut_inside_the_last_row_keeps_the_rows_before():
    body = _flat(*HEADER, "产出指标", "数量指标", "造林面积", "1.2万亩", "1.2万亩", "10", "10",
                 "质量指标", "造林成活率", "≥85%", "80%", "10", "10",
                 "效益指标", "生态")
    text = f"某单位2023年度项目支出绩效自评报告\n\n{body}"
    [table] = [b for b in read_text_string(text).blocks if isinstance(b, Table)]
    assert [c.text for c in table.rows[2]][2:7] == ["造林成活率", "≥85%", "80%", "10", "10"]
    # … but a row that stops on a cell that fits no row leaves the whole run as it was
    broken = text.replace(_flat("效益指标", "生态"), _flat("效益指标", "生态效益指标", "绿化覆盖率", "提升了很多。"))
    assert not [b for b in read_text_string(broken).blocks if isinstance(b, Table)]


def test_the_templates_filler_row_names_no_indicator():
    body = _flat(*HEADER, "产出指标", "数量指标", "造林面积", "1.2万亩", "1.2万亩", "10", "10",
                 "……",
                 "质量指标", "造林成活率", "≥85%", "90%", "10", "10")
    assert _tables(body), "the form is read"
    assert not [f for f in _review(body) if f.rule.startswith("claims.indicator_without")]


def test_a_target_cell_that_only_names_a_rate_is_not_measurable():
    # the row's cells shifted: the 指标值 column holds the next indicator's name, not a value
    body = _flat(*HEADER, "产出指标", "数量指标", "助学人数", "≥9人", "9人", "10", "10",
                 "时效指标", "按季发放助学金", "发放时间达标率", "100%", "10", "10")
    found = [f for f in _review(body) if f.rule == "claims.target_not_measurable"]
    assert [f.location.quote for f in found] == ["发放时间达标率"]
    assert is_measurable("≥95%") and is_measurable("达标") and not is_measurable("合格率(%)")
