"""Session 45's seventh outsider audit on whole invented clean reports (s45a): each case is a shape a
clean report really has that a rule misread, pinned with its defective twin so the rule keeps its defect.
The whole reports sit in tests/data/whole_clean (``test_whole_report_audit`` asks each for no warning).
Invented wording throughout."""

from __future__ import annotations

import pytest
from whole_reports import clean_fixture as _fixture
from whole_reports import rules as _rules
from whole_reports import tab_row as _cells

# -- a qualitative target that is met or not ---------------------------------------------------------

_HEAD = ("某县公安局2024年度禁毒专项经费项目支出绩效自评表\n\n"
         + _cells("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
         + _cells("产出指标", "数量指标", "开展禁毒宣传活动次数", "≥60次", "72次", "20", "20"))


def _row(target: str) -> str:
    return _HEAD + _cells("效益指标", "可持续影响指标", "禁毒工作机制", target, "已实现", "10", "10")


@pytest.mark.parametrize("target", [
    "通过省级验收", "顺利通过验收",      # an examination passed or not
    "全县中小学全覆盖", "辖区行政村全覆盖",  # a set named whole, every one of it covered
    "持续运行", "常态化运行",            # a thing kept running through the year
    "建立并执行", "建立并落实",          # a system set up and applied
])
def test_a_qualitative_target_that_is_met_or_not_is_measurable(target):
    """A reviewer scores these yes or no against the result, as 达标 or 健全: no number is missing."""
    assert "claims.target_not_measurable" not in _rules(_row(target))


def test_the_audits_indicator_tables_with_such_targets_draw_no_warning():
    for name in ("s45_county_police_antidrug_project_2024.txt", "s45_district_womens_federation_cells_2025.txt",
                 "s45_region_police_equipment_project_2018.txt"):
        assert "claims.target_not_measurable" not in _rules(_fixture(name)), name


@pytest.mark.parametrize("target", [
    "积极推进全覆盖",        # an aim pursuing coverage, not a state to check
    "加强整治",              # a direction
    "禁毒工作机制运行",       # only the indicator's own name
    "通过加强宣传提高知晓",    # 通过 as "by means of", no examination
])
def test_an_aim_a_direction_or_a_bare_name_is_still_not_measurable(target):
    assert "claims.target_not_measurable" in _rules(_row(target))


# -- a 其中 list of some parts only, right under its total ------------------------------------------------

_FUNDS = ("部门整体支出绩效自评表\n\n"
          + _cells("资金来源（万元）", "全年预算数", "全年执行数")
          + _cells("年度资金总额", "{total}", "9,164.25")
          + _cells("其中：中央补助资金", "{central}", "4,086.16")
          + _cells("{second}", "286.40", "264.18"))


def test_a_qizhong_list_short_of_its_total_in_every_column_lists_some_parts_only():
    """年度资金总额 / 其中：中央补助资金 / 上年结转资金, both columns far above the two rows: the county's own
    funds are not listed — "of which", as a sentence's 其中 list is read; no total is wrong."""
    text = _FUNDS.format(total="9,318.40", central="4,126.80", second="上年结转资金")
    assert "table_column_total" not in _rules(text)
    assert "table_column_total" not in _rules(_fixture("s45_form_partial_of_which_rows_2023.txt"))


def test_a_qizhong_list_that_exceeds_its_total_or_names_the_rest_is_still_added_up():
    # parts above the whole: no partial list explains that
    exceeds = _FUNDS.format(total="9,318.40", central="9,126.80", second="上年结转资金")
    assert "table_column_total" in _rules(exceeds)
    # 其他资金 closes the list: it is every part, and the total is off
    closed = _FUNDS.format(total="9,318.40", central="4,126.80", second="其他资金")
    assert "table_column_total" in _rules(closed)


def test_a_total_off_in_one_column_only_is_a_slip_not_a_partial_list():
    """The 执行数 column adds up; the 预算数 column is 10 short: parts left unnamed would show in both."""
    text = ("部门整体支出绩效自评表\n\n" + _cells("资金来源（万元）", "全年预算数", "全年执行数")
            + _cells("年度资金总额", "660.00", "640.00") + _cells("其中：中央财政资金", "300.00", "300.00")
            + _cells("省级财政资金", "150.00", "140.00") + _cells("县级财政资金", "200.00", "200.00"))
    assert "table_column_total" in _rules(text)


# -- the language checks: a phrase after a whole word, a figure's measure word, two terms ---------------

def test_a_phrase_the_report_writes_after_a_whole_word_lost_no_first_character():
    """完成院内蒙药制剂备案 (院内 | 蒙药制剂) beside （三）蒙药制剂研发: 内 closes 院内 there, so 蒙药制剂
    is a phrase of its own, not 内蒙药制剂 short of its first character."""
    text = "完成院内蒙药制剂备案4个。\n（三）蒙药制剂研发651,860.00元。\n"
    assert "language.dropped" not in _rules(text)
    assert "language.dropped" not in _rules(_fixture("s45_league_mongolian_medicine_hospital_2025.txt"))


def test_a_measure_word_after_a_figure_begins_no_word_with_what_follows():
    """扣1分系部分评价反映…: 分 is the score's unit, 系 (是) begins the next clause; no 分析."""
    assert "language.typo" not in _rules("当事人满意度扣1分系部分评价反映窗口排队时间较长。\n", info=True)


@pytest.mark.parametrize("text", [
    "关于开展2021年渡市级财政资金绩效自评的通知。本局2021年度预算执行良好。\n",
    "截至2022年帝实际领取待遇人数1200人，较2021年底增加35人。\n",
])
def test_a_slip_in_a_measure_the_figure_takes_is_still_found(text):
    """年 after a year opens 年度/年底, the figure's own measure: a slip in its second character is a slip
    (found by the lead in language_planted after s45a's premise: 2016年席 was no longer reported)."""
    assert {"language.typo", "language.confusion"} & set(_rules(text, info=True))


def test_a_slip_into_fen_xi_in_prose_is_still_found():
    assert "language.typo" in _rules("对问卷结果开展数据分系，形成满意度报告。对问卷结果开展数据分析。\n", info=True)


@pytest.mark.parametrize("text", [
    # 设区的市, a legal term, in a report that writes 社区 elsewhere
    "项目资金按照因素法分配至11个设区市和100个县（市、区）。奖补科普示范社区131个，社区科普大学22所。\n",
    "完成茶叶种植基地提质改造1,200亩。另排查地质灾害隐患点42处。\n",   # 提质改造 beside 地质灾害
])
def test_terms_of_administration_and_policy_are_no_slips(text):
    assert "language.typo" not in _rules(text, info=True)


# -- a target cell states an aim, not a result -------------------------------------------------------

def test_a_strong_word_in_an_indicators_target_cell_is_the_aim_not_an_unbacked_result():
    """年度指标值 全县中小学全覆盖: the row's actual (全覆盖) is measured against it; nothing is claimed there."""
    assert "claims.strong_claim" not in _rules(_row("全县中小学全覆盖"), info=True)
    assert "claims.strong_claim" not in _rules(_fixture("s45_county_police_antidrug_project_2024.txt"), info=True)


def test_the_same_words_told_as_the_years_result_in_prose_still_need_their_figures():
    assert "claims.strong_claim" in _rules("禁毒宣传进校园工作扎实开展，实现全县中小学全覆盖。\n", info=True)
