"""Session 49's eleventh outsider audit, weighted to table-heavy reports as Word or PDF text extraction gives
them (s49a: 项目支出绩效自评表 and 部门整体支出绩效自评表 with 年初预算数 / 全年预算数 / 全年执行数 columns,
决算 and 三公 tables with 其中 rows, staff tables, prose restating the figures). Each case is a shape such a
report takes that a rule misread, pinned beside a real slip of the same kind, which the rule still finds.
The whole reports sit in tests/data/whole_clean/s49_*; their figures were computed by a script. Invented."""

from __future__ import annotations

import pytest
from whole_reports import WHOLE_CLEAN
from whole_reports import clean_fixture as _fixture
from whole_reports import findings as _findings
from whole_reports import rules as _rules

# -- a budget's stages named one after the other, and a figure naming no stage ---------------------

_REHAB = "s49_county_disabled_rehab_children_tab_2022.txt"
_STAGES = "本项目年初预算312.00万元，全年预算336.00万元，其中中央和省级补助186.00万元、县级财政资金150.00万元。"


def test_the_parts_of_the_budget_at_its_second_stage_are_that_stages_figures():
    """年初预算…，全年预算…，其中…县级财政资金150万元: the 其中 lists the 全年预算's sources (the form's 全年
    预算数 column, 150), not the 年初预算's (126)."""
    text = _fixture(_REHAB)
    assert _STAGES in text
    assert "narrative_vs_table" not in _rules(text)


def test_a_part_of_the_second_stage_that_no_column_holds_is_still_found():
    text = _fixture(_REHAB).replace("县级财政资金150.00万元", "县级财政资金160.00万元", 1)
    assert "narrative_vs_table" in _rules(text)


_FARMLAND = "s49_province_farmland_subsidy_tab_form_2021.txt"


def test_a_source_named_without_a_stage_may_be_its_rows_budget():
    """…资金86,000.00万元，其中中央补助资金52,000.00万元，占60.5%；省级财政资金34,000.00万元: the sentence
    names no stage (no 预算, no 支出); 34,000 is the row's 全年预算数, though its 全年执行数 is 33,492.20."""
    text = _fixture(_FARMLAND)
    assert "省级财政资金34,000.00万元。" in text
    assert "narrative_vs_table" not in _rules(text)


def test_a_source_named_without_a_stage_that_no_column_holds_is_still_found():
    text = _fixture(_FARMLAND).replace("省级财政资金34,000.00万元。", "省级财政资金34,100.00万元。", 1)
    assert "narrative_vs_table" in _rules(text)


# -- the target stated in the form and again in the narrative -------------------------------------

@pytest.mark.parametrize("name", [
    "s49_city_flood_control_overspend_line_2025.txt",  # 年度总体目标 … on one line with its label
    "s49_county_legal_aid_cases_pipe_2020.txt",  # | 年度总体目标 | … |
    "s49_district_kindergarten_rates_0dp_2024.txt",  # a tab row's cell after 年度总体目标
    "s49_county_employment_training_subsidy_flat_2024.txt",  # one cell a line
    "s49_county_tourism_promotion_form_last_2022.txt",  # the narrative first, the form as 附件
])
def test_the_forms_target_said_again_under_the_narratives_own_target_label_is_no_copy(name):
    """（二）项目绩效目标。<the form's 年度总体目标>具体指标为：…: each place labelled as the target, with a label
    of its own; the form and the report both state it (issue 9)."""
    assert "redundancy.duplicate" not in _rules(_fixture(name))


def test_the_target_pasted_into_a_section_that_is_no_target_is_still_a_copy():
    name = "s49_city_flood_control_overspend_line_2025.txt"
    goal = "整治易涝点位28处，新建和改造排水管网36公里，城市内涝防治能力明显提升。"
    text = _fixture(name).replace("三、项目组织实施情况\n\n", f"三、项目组织实施情况\n\n{goal}\n\n", 1)
    assert "redundancy.duplicate" in _rules(text)


def test_one_goal_in_two_forms_under_the_same_label_is_still_a_copy():
    """Two projects' forms, each 年度总体目标 with the same text: the second form's goal was copied."""
    goal = "完成全县农村公路日常养护1260公里，修复水毁路段不少于30处，保障群众安全便捷出行。"
    form = ("项目名称 {p}\n年度总体目标 " + goal + "\n实际完成情况 {d}\n")
    text = ("某县交通运输局2023年度项目支出绩效自评报告\n\n一、项目自评表\n\n"
            + form.format(p="农村公路养护", d="全年养护农村公路1260公里，修复水毁路段32处。")
            + "\n" + form.format(p="危桥改造", d="完成危桥改造8座，全部通过交工验收。") + "\n二、自评结论\n\n两个项目均完成年度目标。\n")
    assert "redundancy.duplicate" in _rules(text)


# -- a range is no total ----------------------------------------------------------------------------

_MEALS = "s49_district_elderly_meal_merged_cells_2024.txt"


def test_a_ranges_two_ends_listed_after_it_are_no_parts_of_a_total():
    """每餐3至5元的补贴，其中…每餐补贴5元，其他老年人每餐补贴3元: the range's ends, one for each group."""
    text = _fixture(_MEALS)
    assert "每餐3至5元的补贴，其中" in text
    assert "sentence_parts_sum" not in _rules(text)


def test_a_total_whose_parts_miss_it_is_still_found_beside_a_range():
    text = _fixture(_MEALS).replace("其中区级财政资金980.00万元，市级补助资金300.00万元",
                                    "其中区级财政资金980.00万元，市级补助资金310.00万元", 1)
    assert "2024年项目预算1,280.00万元，其中区级财政资金980.00万元，市级补助资金310.00万元" in text
    assert "sentence_parts_sum" in _rules(text)


# -- a table run together on lines: its 其中： rows, its numbered rows ------------------------------

_FINAL = "s49_county_water_final_accounts_line_2016.txt"


def test_a_run_together_tables_breakdown_row_keeps_the_table_whole():
    """合计 / 1.因公出国（境）费 / 2.公务用车购置及运行费 / 其中：（1）… / （2）… / 3.公务接待费: the 其中：
    row is the table's, so 合计 is read against all three items (it was read against the first two)."""
    assert "table_column_total" not in _rules(_fixture(_FINAL))


def test_a_wrong_total_of_a_run_together_table_with_a_breakdown_row_is_still_found():
    text = _fixture(_FINAL).replace("合计 40.00 34.18 60.06 -25.88", "合计 41.00 34.18 60.06 -25.88", 1)
    assert "table_column_total" in _rules(text)


def test_a_numbered_row_holding_amounts_is_no_heading():
    """二、事业收入 126.50 二、项目支出 1,043.16: a 收支决算总表 row, not a heading without a body."""
    assert "structure.empty_heading" not in _rules(_fixture(_FINAL))


def test_a_heading_with_nothing_under_it_is_still_found():
    text = _fixture(_FINAL).replace("四、机关运行经费和政府采购情况\n\n2016年度机关运行经费支出186.42万元，比上年减少4.6%。"
                                    "全年政府采购支出总额312.50万元，其中货物类46.80万元、工程类238.20万元、服务类27.50万元。\n\n",
                                    "四、机关运行经费和政府采购情况\n\n", 1)
    assert "structure.empty_heading" in _rules(text)


# -- the whole reports -------------------------------------------------------------------------------

_NOTES = {
    "s49_district_elderly_meal_merged_cells_2024.txt": ["claims.strong_claim"],
    "s49_county_drinking_water_safety_tab_2016.txt": ["language.typo"],
}


@pytest.mark.parametrize("name", sorted(p.name for p in WHOLE_CLEAN.glob("s49_*.txt")))
def test_the_whole_reports_of_this_audit_draw_no_warning_and_only_their_known_notes(name):
    assert [r for r, _ in _findings(_fixture(name), info=True)] == _NOTES.get(name, [])


# -- a figure restated in another unit in brackets -------------------------------------------------

_ROAD = "s49_township_road_maintenance_yuan_pipe_2023.txt"


def test_a_figure_restated_in_wan_yuan_in_brackets_rounded_honestly_stands():
    """905,230.00元（约90.52万元）, 86,000.00万元（约8.6亿元）: the bracket is the figure at its own precision."""
    assert "（约90.52万元）" in _fixture(_ROAD)
    assert "amount_conversion" not in _rules(_fixture(_ROAD))
    assert "amount_conversion" not in _rules(_fixture(_FARMLAND))


def test_a_bracket_ten_times_off_its_figure_is_found():
    """A slipped decimal point in the conversion by hand: 905,230.00元（约905.23万元）."""
    text = _fixture(_ROAD).replace("（约90.52万元）", "（约905.23万元）", 1)
    assert "amount_conversion" in _rules(text)


@pytest.mark.parametrize("said, found", [
    ("全年支出1,234.56万元（约0.12亿元）。", False),  # rounded to its own two places
    ("全年支出1,234.56万元（约1235万元）。", False),  # one unit: no conversion
    ("项目总投资1.2亿元（12,000万元）。", False),
    ("补助资金5,800元（约0.6万元）。", False),  # 0.58 said at one place: within one step
    ("全年支出1,234.56万元（约1.23亿元）。", True),
    ("补助资金58,000元（58万元）。", True),
    ("全年预算120万元（其中中央资金80万元）。", False),  # a part in the bracket, not the figure again
])
def test_only_a_bracket_holding_the_same_figure_in_another_unit_is_read(said, found):
    text = f"某县某项目绩效自评报告\n\n一、资金情况\n\n{said}\n"
    assert ("amount_conversion" in _rules(text)) is found


# -- a form's 总分 row merged to its label, weight and score ---------------------------------------

def test_a_total_row_of_three_cells_is_read_against_the_scores_above():
    """总分 | 100 | 98.55 under a form whose budget row scores 9.87 of 10 and whose indicators score 89.68
    of 90: the short last row holds the 分值 and 得分 alone (it was skipped, narrower than the header)."""
    text = _fixture(_FARMLAND)
    assert "\t总分\n\t100\n\t99.55\n" in text
    assert "score_total" not in _rules(text)
    assert "score_total" in _rules(text.replace("\t总分\n\t100\n\t99.55\n", "\t总分\n\t100\n\t98.55\n", 1))


def test_a_piped_total_row_off_the_scores_is_found():
    text = _fixture("s49_county_legal_aid_cases_pipe_2020.txt")
    assert "| 总分 | 100 | 99.77 |" in text
    assert "score_total" in _rules(text.replace("| 总分 | 100 | 99.77 |", "| 总分 | 100 | 98.77 |", 1))
