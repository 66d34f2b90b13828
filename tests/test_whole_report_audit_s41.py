"""Session 41's precision audit on whole invented clean reports (s41a): each case is a shape a clean
report really has that a rule misread, pinned with its defective twin so the rule keeps its defect.
The whole reports sit in tests/data/whole_clean (``test_whole_report_audit`` asks each for no warning).
Invented wording throughout."""

from __future__ import annotations

from whole_reports import clean_fixture as _fixture
from whole_reports import findings as _findings
from whole_reports import rules as _rules


def _cells(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


# -- a form that weighs every level: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | … -----------------

_HEAD = ("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "年度指标值", "实际完成值", "得分")


def _weighted_form(score: str = "10") -> str:
    rows = [("产出指标", "60", "数量指标", "30", "培训人次", "30", "≥800人次", "836人次", "30"),
            ("产出指标", "60", "质量指标", "30", "培训合格率", "30", "≥90%", "94.2%", "30"),
            ("效益指标", "20", "社会效益指标", "20", "持证就业人数", "20", "≥300人", "318人", "20"),
            ("预算执行", "10", "预算执行率", "10", "预算执行率", "10", "≥95%", "98.6%", "10"),
            ("满意度指标", "10", "服务对象满意度指标", "10", "学员满意度", "10", "≥90%", "93%", score)]
    return ("项目支出绩效自评表\n\n（2024年度）\n\n" + _cells(*_HEAD, *[c for r in rows for c in r], "总分", "100", "100")
            + "\n注：学员满意度由培训结束时问卷调查取得，收回有效问卷410份。\n")


def test_a_form_weighing_each_level_is_read_by_its_columns_whatever_its_first_level_is_called():
    """The weight after each category column is that level's; 预算执行 | 10 stands where 产出指标 | 60 does.
    Misread, the form fell to the lost-table reading: every indicator "without a target"."""
    assert _rules(_fixture("dept_form_level_weights_2024.txt")) == []
    assert _rules(_weighted_form()) == []


def test_a_score_above_its_weight_in_such_a_form_is_still_found():
    assert "indicator_score_over_weight" in _rules(_weighted_form(score="12"))


# -- a flattened table: a row's longer text cell, and a 合计 row whose blank cells were dropped ------------

def _tasks(total: str) -> str:
    return ("年度主要任务\n\n" + _cells("任务名称", "主要内容", "预算金额（万元）", "总额", "财政拨款", "其他资金",
                                   "耕地保护与质量提升", "实施耕地地力保护补贴发放，开展耕地质量监测", "3,215.60", "3,215.60", "0.00",
                                   "高标准农田建设", "新建高标准农田2.3万亩", "4,600.00", "4,140.00", "460.00",
                                   "动物疫病防控", "开展重大动物疫病强制免疫和监测", "186.40", "186.40", "0.00",
                                   "金额合计", total, "7,542.00", "460.00", "年度总体目标完成情况", "预期目标", "实际完成情况")
            + "\n全年各项任务按计划完成。\n")


def test_a_row_whose_text_cell_is_longer_than_a_label_stays_in_its_table():
    """实施耕地地力保护补贴发放，开展耕地质量监测 (21 characters) cut the table: its first row was lost and the
    合计 read as wrong against the two rows left."""
    assert _rules(_tasks("8,002.00")) == []


def test_a_wrong_total_of_that_table_is_still_found():
    assert "table_column_total" in _rules(_tasks("8,102.00"))


def test_a_tasks_content_of_a_sentences_length_stays_in_its_row_and_the_total_is_checked():
    """落实就业创业补贴政策，…，帮助城镇失业人员和农村劳动力实现就业 (48 characters, no full stop) between a task's
    name and its figures: the table is read from its header (the base read no table there, or read it from
    the row after a shorter such cell and found its 合计 wrong), its right total silent, a wrong one found."""
    assert _rules(_fixture("dept_form_long_task_cells_2023.txt")) == []
    text = _fixture("dept_form_long_task_cells_2023.txt").replace("金额合计\n\n4,491.60", "金额合计\n\n4,591.60")
    assert "table_column_total" in _rules(text)


def test_a_table_whose_first_rows_a_reading_cannot_reach_checks_no_total_over_the_rest():
    """A row's text cell too long for any table line leaves the rows after it as a table of their own, right
    after the first row's figures: its 合计 closes rows the reading does not hold, and is not checked."""
    long = "落实就业创业补贴政策，开展职业技能培训、创业担保贷款贴息和就业困难人员认定帮扶，" * 2 + "帮助城镇失业人员实现就业"
    text = _tasks("8,002.00").replace("实施耕地地力保护补贴发放，开展耕地质量监测", long)
    assert "table_column_total" not in _rules(text)


def test_a_total_row_that_lost_its_blank_cells_is_read_against_the_column_it_adds_up():
    """合计 / (blank) / (blank) / (blank) / 132.70 flattened to 合计 / 132.70: the figure is the 金额 column's
    total, not the 数量 column's (read before as "should be 4,900")."""
    assert _rules(_fixture("relief_flat_total_blanks_2023.txt")) == []


def test_a_wrong_total_there_is_found_against_its_amounts():
    text = _fixture("relief_flat_total_blanks_2023.txt").replace("合计\n\n \n\n \n\n \n\n132.70", "合计\n\n \n\n \n\n \n\n142.70")
    found = [m for rule, m in _findings(text) if rule == "table_column_total"]
    assert len(found) == 1 and "应为 132.70" in found[0]


# -- counts, phrases and lists named again ----------------------------------------------------------

UNITS = "内设办公室、综合统计股、农村统计股、{names}3个股室和1个事业单位。年末实有在职人员22人。\n"


def test_a_list_before_two_joined_counts_names_the_members_of_both():
    assert "count_list" not in _rules(_fixture("stats_two_counts_footnotes_2024.txt"))
    assert "count_list" not in _rules(UNITS.format(names="普查中心"))


def test_a_list_longer_than_both_counts_is_still_found():
    assert "count_list" in _rules(UNITS.format(names="普查中心、法规股"))


def test_a_stranded_character_that_ends_a_term_of_the_reports_own_is_no_dropped_character():
    """带动脱贫户增收 beside the indicator 带动脱贫户户均增收: the report writes 脱贫户 on its own (脱贫户1,260户,
    脱贫户满意度), so 户 closes that term and is no half of 户均."""
    assert "language.dropped" not in _rules(_fixture("piped_form_short_phrase_2023.txt"))


def test_a_dropped_character_written_twice_is_still_found():
    text = "各监测站点单位的考核按季度开展。\n\n对监测站点单的考核结果予以通报。\n\n部分监测站点单的考核得分偏低。\n"
    assert "language.dropped" in _rules(text)


def test_a_dropped_character_whose_words_stand_elsewhere_only_before_it_is_still_found():
    """义务教 is written elsewhere only in 义务教育…: 教 opens 教育 there, so 义务教保障 lost 育经费."""
    text = ("一、项目概况\n\n城乡义务教育经费保障机制资金用于义务教育阶段学校公用经费，全县义务教育学校86所。\n\n"
            "二、绩效情况\n\n义务教育经费保障机制资金全部拨付到校，义务教保障水平稳步提高。\n")
    assert "language.dropped" in _rules(text)


LISTED = ("（一）资金用途。项目资金主要用于落实公办幼儿园生均公用经费、普惠性民办幼儿园保教费补助和困难幼儿资助。\n\n"
          "（二）补助标准。公办幼儿园生均公用经费、普惠性民办幼儿园生均补助和困难幼儿资助标准分别为每生每年600元、400元和1,000元。\n")


def test_a_list_of_things_taken_by_a_verb_and_named_again_is_no_splice():
    assert "redundancy.splice_partial" not in _rules(_fixture("preschool_list_named_twice_2024.txt"))
    assert "redundancy.splice_partial" not in _rules(LISTED)


def test_a_list_pasted_into_a_sentence_after_no_word_that_takes_it_is_still_a_splice():
    text = LISTED + ("\n（三）效益。全县普惠性幼儿园在园幼儿占比95.82%，比上年提高公办幼儿园生均公用经费、"
                     "普惠性民办幼儿园生均补助1.4个百分点。\n")
    assert "redundancy.splice_partial" in _rules(text)


# -- a change told after a total's parts; the first item's marker before a year; a duration ------------

SANGONG = ("“三公”经费支出6.54万元，其中公务接待费4.36万元，公务用车运行维护费2.18万元，较上年的7.92万元减少1.38万元，"
           "下降{rate}%。\n")


def test_a_change_after_a_totals_parts_in_one_clause_compares_the_total():
    assert _rules(_fixture("township_change_after_parts_2023.txt")) == []
    assert _rules(SANGONG.format(rate="17.42")) == []


def test_a_wrong_rate_of_that_change_is_found():
    assert "sentence_change_rate" in _rules(SANGONG.format(rate="18.42"))


ITEMS = ("三、绩效目标完成情况\n\n（一）效益指标\n\n{first}2024届毕业生3,012人，去向落实率94.65%；\n\n"
         "2.毕业生在湘就业比例62.3%；\n\n3.开展社会培训2.86万人日。\n")


def test_an_item_marker_right_before_a_year_is_the_lists_first_item():
    assert "structure.numbering_late_start" not in _rules(_fixture("vocational_item_year_2024.txt"))
    assert "structure.numbering_late_start" not in _rules(ITEMS.format(first="1."))


def test_a_list_whose_first_item_lost_its_marker_still_starts_late():
    assert "structure.numbering_late_start" in _rules(ITEMS.format(first=""))


CLAIM = "项目实施后，受益村组饮水安全保障水平明显提高{then}。\n"


def test_a_duration_saved_backs_a_claim_in_its_sentence():
    assert "claims.strong_claim" not in _rules(_fixture("water_pdf_minutes_2023.txt"), info=True)
    assert "claims.strong_claim" not in _rules(CLAIM.format(then="，群众取水时间平均每户每天减少约40分钟"), info=True)


def test_a_claim_with_no_figure_is_still_noted():
    assert "claims.strong_claim" in _rules(CLAIM.format(then="，群众生活更加便利"), info=True)


NAMES = "麻阳县文化旅游广电体育局\n\n一、项目情况\n\n送戏下乡演出节目均经{who}审核，原创节目占比35.3%。\n"


def test_a_units_short_form_of_its_name_written_whole_is_no_slip():
    assert "language.typo" not in _rules(_fixture("culture_short_name_2024.txt"), info=True)
    assert "language.typo" not in _rules(NAMES.format(who="县文旅广体局"), info=True)


def test_a_slip_for_the_unit_itself_is_still_noted():
    assert "language.typo" in _rules(NAMES.format(who="体局"), info=True)


def test_a_satisfaction_indicator_filed_under_an_output_class_of_such_a_form_is_still_found():
    text = _weighted_form().replace("质量指标\n\n30\n\n培训合格率", "质量指标\n\n30\n\n参训学员满意度")
    assert "indicators.misfiled_satisfaction" in _rules(text)


# -- the same form in Word's tab cells, and rows run together on lines --------------------------------

def test_a_tab_form_weighing_each_level_scores_its_rows_by_their_own_weight():
    """一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | … | 得分: the 总分 is the sum of the rows' scores
    under the last 分值 (read before under the first: "97.5 vs 62.5"), and 预算执行 | 10 is a category."""
    assert _rules(_fixture("tab_cells_level_weights_2024.txt")) == []


def test_a_wrong_total_of_that_tab_form_is_still_found():
    text = _fixture("tab_cells_level_weights_2024.txt").replace("\t合计\n\t100\n\t\n\t\n\t\n\t\n\t\n\t\n\t97.5",
                                                                "\t合计\n\t100\n\t\n\t\n\t\n\t\n\t\n\t\n\t96.5")
    assert "\t96.5" in text
    assert "score_total" in _rules(text)


def test_a_row_run_together_that_writes_both_levels_lost_no_cell_before_them():
    """满意度指标 服务对象满意度指标 …: 满意度指标 is a 一级指标 too; the row is one short of its header by its
    blank reason, not by a category (padded in front, its name read as the target's)."""
    assert _rules(_fixture("spaced_rows_two_levels_2023.txt")) == []


def test_an_unmeasurable_target_in_such_a_row_is_still_found():
    text = _fixture("spaced_rows_two_levels_2023.txt").replace("及家属满意度 ≥90% 94.5%", "及家属满意度 群众认可 94.5%")
    assert "claims.target_not_measurable" in _rules(text)


def test_category_cells_carrying_their_weight_stay_in_the_category_columns():
    """数量指标（30分） in the 二级指标 column: no list names it with its weight, yet it stands in a category
    column of a row as wide as its header, so the row's fields start after it (read before as the
    indicator, its name as the target: "只写了名称")."""
    assert _rules(_fixture("flat_form_inline_weights_2025.txt")) == []


def test_an_unmeasurable_target_in_that_form_is_still_found():
    text = _fixture("flat_form_inline_weights_2025.txt").replace("群众满意度\n\n≥90%", "群众满意度\n\n群众认可")
    assert "claims.target_not_measurable" in _rules(text)
