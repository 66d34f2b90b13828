"""A 完成率 in an indicator table whose cells carry their units (| 道路养护里程 | 10公里 | 9公里 | 90% |):
the rate is the actual over the target when both are in one unit (or in 元, 万元 and 亿元, which convert),
in "|" rows, tab rows and one cell per line (checks/arithmetic/grid.py, grid_rates.py)."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string

HEAD = "| 三级指标 | 指标值 | 实际完成值 | 完成率 |\n"


def rate_findings(text: str):
    return [f for f in check_arithmetic(read_text_string(text)) if f.rule == "table_rate"]


def one_wrong(table: str, right: dict[str, str], wrong: dict[str, str], quote: str) -> None:
    """The table as written right is silent; with one rate wrong it gives exactly one finding, at that rate."""
    assert rate_findings(table.format(**right)) == []
    [f] = rate_findings(table.format(**wrong))
    assert f.quote == quote


@pytest.mark.parametrize("unit", ["人", "人次", "个", "公里", "亩", "户", "座", "次"])
def test_a_count_row_whose_cells_carry_their_unit_is_read_as_figures(unit):
    table = HEAD + f"| 指标甲 | 10{unit} | 9{unit} | {{r}} |\n| 指标乙 | 40{unit} | 40{unit} | 100% |\n"
    one_wrong(table, {"r": "90%"}, {"r": "80%"}, "80%")


def test_a_tab_row_whose_cells_carry_their_unit_is_read_as_figures():
    table = "三级指标\t指标值\t实际完成值\t完成率\n道路养护里程\t10公里\t9公里\t{r}\n培训人数\t200人\t210人\t100%\n"
    one_wrong(table, {"r": "90%"}, {"r": "80%"}, "80%")


def test_a_table_that_lost_its_tabs_one_cell_per_line_is_read_with_its_units():
    table = ("三级指标\n指标值\n实际完成值\n完成率\n道路养护里程\n10公里\n9公里\n{r}\n"
             "新增绿地面积\n50亩\n45亩\n90%\n")
    one_wrong(table, {"r": "90%"}, {"r": "80%"}, "80%")


def test_money_cells_convert_between_yuan_wan_and_yi():
    table = HEAD + "| 补助资金 | 50万元 | 450000元 | {a} |\n| 建设投资 | 1.2亿元 | 10800万元 | {b} |\n"
    one_wrong(table, {"a": "90%", "b": "90%"}, {"a": "90%", "b": "80%"}, "80%")
    one_wrong(table, {"a": "90%", "b": "90%"}, {"a": "45%", "b": "90%"}, "45%")


@pytest.mark.parametrize("target, actual", [("10公里", "9个"), ("10万元", "9公里"), ("10人", "9人次"),
                                            ("10万人次", "9人次"), ("10亩", "9公顷")])
def test_a_row_whose_two_figures_are_in_units_that_do_not_convert_is_left_alone(target, actual):
    assert rate_findings(HEAD + f"| 指标甲 | {target} | {actual} | 80% |\n| 指标乙 | 4个 | 4个 | 100% |\n") == []


def test_rows_of_different_indicators_in_different_units_are_each_their_own():
    table = HEAD + ("| 道路养护里程 | 10公里 | 9公里 | 90% |\n| 培训人数 | 200人 | 180人 | {r} |\n"
                    "| 新增绿地面积 | 50亩 | 45亩 | 90% |\n| 补助资金 | 80万元 | 72万元 | 90% |\n")
    one_wrong(table, {"r": "90%"}, {"r": "80%"}, "80%")


def test_a_total_row_is_checked_like_any_row_and_its_cells_are_not_summed_across_units():
    table = ("| 项目 | 计划数 | 实际完成 | 完成率 |\n| 甲村 | 40户 | 36户 | 90% |\n| 乙村 | 60户 | 54户 | 90% |\n"
             "| 合计 | 100户 | 90户 | {r} |\n")
    one_wrong(table, {"r": "90%"}, {"r": "95%"}, "95%")
    # a column of different units has no total: nothing sums 10公里 and 200人
    text = HEAD + "| 甲 | 10公里 | 9公里 | 90% |\n| 乙 | 200人 | 180人 | 90% |\n| 合计 | 1210 | 189 | 90% |\n"
    assert [f for f in check_arithmetic(read_text_string(text)) if f.rule != "table_rate"] == []


def test_a_target_written_with_its_comparator_is_the_base():
    table = HEAD + "| 道路养护里程 | ≥10公里 | 9公里 | {r} |\n| 培训人数 | 不少于200人 | 200人 | 100% |\n"
    one_wrong(table, {"r": "90%"}, {"r": "80%"}, "80%")


def test_a_rate_capped_at_100_above_its_target_is_left_alone():
    table = HEAD + "| 道路养护里程 | ≥10公里 | 12公里 | {r} |\n"
    assert rate_findings(table.format(r="120%")) == []
    one_wrong(table, {"r": "100%"}, {"r": "110%"}, "110%")


def test_a_reverse_indicator_met_may_say_100_or_either_ratio():
    table = HEAD + "| 安全事故 | ≤5次 | 4次 | {r} |\n| 培训人数 | 200人 | 200人 | 100% |\n"
    for right in ("100%", "80%", "125%"):
        assert rate_findings(table.format(r=right)) == []
    one_wrong(table, {"r": "100%"}, {"r": "50%"}, "50%")


def test_bare_figures_are_reported_once_as_before():
    table = HEAD + "| 指标甲 | 10 | 9 | {r} |\n| 指标乙 | 10公里 | 9公里 | 90% |\n"
    one_wrong(table, {"r": "90%"}, {"r": "80%"}, "80%")


def test_a_self_evaluation_row_with_its_text_columns_around_the_figures_is_read():
    """| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 完成率 | 分值 | 得分 | 偏差原因 |: the text before the
    figures labels the row, the reason after them is no figure."""
    table = ("| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 完成率 | 分值 | 得分 | 偏差原因 |\n"
             "| 产出指标 | 数量指标 | 道路养护里程 | ≥10公里 | 9公里 | {r} | 10 | 9 | 雨季停工 |\n"
             "| | 质量指标 | 培训人数 | 200人 | 200人 | 100% | 10 | 10 | 无 |\n")
    one_wrong(table, {"r": "90%"}, {"r": "80%"}, "80%")
    [f] = rate_findings(table.format(r="80%"))
    assert f.message.startswith("道路养护里程的完成率")


def test_a_missed_target_written_with_units_and_a_full_score_is_reported_in_rows_and_lines():
    """Already so before the measured cells (the indicator checks read each cell's own text): kept."""
    rows = "| 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |\n| 道路养护里程 | ≥10公里 | 8公里 | 10 | {s} |\n"
    lines = "三级指标\n指标值\n实际完成值\n分值\n得分\n道路养护里程\n≥10公里\n8公里\n10\n{s}\n培训人数\n200人\n200人\n10\n10\n"
    for text in (rows, lines):
        found = [f for f in check_arithmetic(read_text_string(text.format(s=10))) if f.rule == "indicators.missed_full_score"]
        assert [f.quote for f in found] == ["10"]
        assert not [f for f in check_arithmetic(read_text_string(text.format(s=8))) if f.rule == "indicators.missed_full_score"]


def test_the_grids_every_other_check_reads_are_unchanged_by_cells_with_units():
    """A unit-bearing row stays a text row for the totals and the narrative checks; only the measured
    reading, which only the rate check reads, takes its figures."""
    from drafting.checks.arithmetic.grid import grids

    report = read_text_string(HEAD + "| 道路养护里程 | 10公里 | 9公里 | 90% |\n| 培训人数 | 200人 | 180人 | 90% |\n")
    assert grids(report) == []
    [g] = grids(report, measured=True)
    assert [(c.value, c.unit) for c in g.rows[0].cells if c is not None and c.unit] == [(10, "公里"), (9, "公里")]
    assert g.col_labels == {1: "指标值", 2: "实际完成值", 3: "完成率"}
