"""Session 39's precision audit on whole invented clean reports (s39a): each case below is a shape a
clean report really has that a rule misread, pinned with its defective twin so the rule keeps its
defect. Invented wording throughout."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings if f.severity.value != "info"]


# the total in the sentence before; 基本支出 (itself a share of 总支出, with its own 包括 list) is a
# sibling of 项目支出, not its whole
SIBLINGS = ("2022年度全年支出2,098.35万元，预算执行率98.30%。其中：基本支出1,362.18万元，占总支出的64.92%，"
            "包括人员支出1,205.46万元、公用支出156.72万元；项目支出736.17万元，占总支出的{share}%，主要用于"
            "就业创业补贴和职业技能培训。\n")
# the whole in the same sentence: a wrong share is still found
SAME_SENTENCE = ("2022年度全年支出2,098.35万元，其中基本支出1,362.18万元，占总支出的64.92%；项目支出736.17万元，"
                 "占总支出的{share}%。\n")


def test_a_share_of_the_total_told_the_sentence_before_is_not_read_over_a_sibling_part():
    assert "sentence_rate" not in _rules(SIBLINGS.format(share="35.08"))
    yuan = ("2023年度实际支出18,215,430.25元，预算执行率97.71%。按支出性质分：基本支出11,326,584.16元，"
            "占支出总额的62.18%，其中人员经费9,874,210.36元、公用经费1,452,373.80元；项目支出6,888,846.09元，"
            "占支出总额的37.82%。\n")
    assert "sentence_rate" not in _rules(yuan)


def test_a_wrong_share_under_its_total_in_the_same_sentence_is_still_found():
    assert "sentence_rate" not in _rules(SAME_SENTENCE.format(share="35.08"))
    assert "sentence_rate" in _rules(SAME_SENTENCE.format(share="30.08"))


# a budget reckoned per head, its sources listed after 其中: 人均69元 is the basis, not the whole
PER_HEAD = ("全年预算按全市常住人口67.33万人、人均69元测算，其中中央补助资金3,715.00万元、省级补助资金465.00万元、"
            "市级配套资金465.77万元。\n")
SOURCES = "全年预算4,645.77万元，其中中央补助资金3,715.00万元、省级补助资金465.00万元、市级配套资金{city}万元。\n"


def test_a_rate_per_head_before_a_list_of_sources_is_not_their_total():
    assert "sentence_parts_sum" not in _rules(PER_HEAD)


def test_sources_that_miss_their_stated_budget_are_still_found():
    assert "sentence_parts_sum" not in _rules(SOURCES.format(city="465.77"))
    assert "sentence_parts_sum" in _rules(SOURCES.format(city="565.77"))


def test_whole_invented_clean_reports_draw_no_warning():
    """Three of the audit's whole invented reports (narrative with a form, a township's 元 figures, PDF
    line breaks and page numbers): no warning or error at all."""
    from pathlib import Path

    for path in sorted((Path(__file__).parent / "data" / "whole_clean").glob("*.txt")):
        assert _rules(path.read_text(encoding="utf-8")) == [], path.name


def _fixture(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).parent / "data" / "whole_clean" / name).read_text(encoding="utf-8")


def test_a_flattened_form_whose_total_is_followed_by_its_grade_is_read_as_a_table():
    """总分 / 100 / 99.9 / 评价等次 / 优: the grade closes the indicator table; read as one, the form's
    targets, actuals and scores are all there (no blank column, no indicator without its target)."""
    rules = _rules(_fixture("flat_form_goals_2020.txt"))
    for rule in ("structure.blank_column", "claims.indicator_without_target", "structure.blank_cell"):
        assert rule not in rules


BLANK_TARGET = ("资金发放及时率\n\n≥95%\n\n100%", "资金发放及时率\n\n \n\n100%")


def test_a_flattened_form_with_a_blank_target_reads_no_column_blank():
    """The blank cell shifts the flattened form's reading (its header takes in 产出指标, 数量指标): the 完成值
    and 得分 columns, which are filled, are never reported blank (until session 61 they were, and this
    test took that misreading for the blank target found)."""
    text = _fixture("flat_form_goals_2020.txt").replace(*BLANK_TARGET, 1)
    assert BLANK_TARGET[1] in text
    assert "structure.blank_column" not in _rules(text)


@pytest.mark.xfail(strict=True, reason="a blank target cell in a form flattened a cell a line shifts its reading; "
                                       "the blank is not found (session 61: only a false 'column blank' had stood for it)")
def test_a_flattened_form_with_a_blank_target_is_still_found():
    text = _fixture("flat_form_goals_2020.txt").replace(*BLANK_TARGET, 1)
    assert "claims.indicator_without_target" in _rules(text) or "structure.blank_cell" in _rules(text)


def test_goals_said_in_the_plan_and_the_actual_cells_and_the_narratives_target_section_are_no_copy():
    """目标1… 目标2… under 预期目标 and again under 实际完成情况; and a form's goal said again in the
    report's （二）绩效目标 (inside a longer paragraph)."""
    assert "redundancy.duplicate" not in _rules(_fixture("flat_form_goals_2020.txt"))
    assert "redundancy.duplicate" not in _rules(_fixture("flat_form_then_report_2019.txt"))


def test_a_goal_pasted_once_more_into_another_section_is_still_a_copy():
    goal = "目标2：资助资金按时足额发放到位，确保不让一个学生因家庭经济困难而失学。"
    text = _fixture("flat_form_goals_2020.txt").replace("五、存在的问题和改进措施\n\n", f"五、存在的问题和改进措施\n\n{goal}\n\n", 1)
    assert "redundancy.duplicate" in _rules(text)
    report = _fixture("flat_form_then_report_2019.txt")
    goal2 = "居民电子健康档案建档率达到90%以上，65岁及以上老年人健康管理率达到67%以上，适龄儿童疫苗接种率保持在90%以上。"
    assert goal2 in report
    text2 = report.replace("五、改进措施\n\n", f"五、改进措施\n\n{goal2}\n\n", 1)
    assert text2 != report
    assert "redundancy.duplicate" in _rules(text2)


def test_a_result_restating_its_plans_words_after_the_sentences_opening_is_no_splice():
    """全年|新建…3处，|新增…; 2019年全乡|实现脱贫…: the clause opens after the sentence's time and scope."""
    plan = "2025年我县实施饮水工程，新建和改造规模化供水工程3处，铺设配水管网286公里，提升供水保障水平。\n\n"
    done = "全年新建和改造规模化供水工程3处，新增日供水能力2.8万立方米，工程全部通过验收。\n"
    assert "redundancy.splice_partial" not in _rules(plan + done)
    goal = "年度总体目标：实现脱贫186户632人，6个贫困村全部出列，完成农村户厕改造300座以上。\n\n"
    result = "2019年全乡实现脱贫186户632人，6个贫困村全部达到出列标准，贫困发生率下降到0.52%。\n"
    assert "redundancy.splice_partial" not in _rules(goal + result)


def test_a_run_pasted_into_the_middle_of_a_sentence_is_still_a_splice():
    plan = "2025年我县实施饮水工程，新建和改造规模化供水工程3处，铺设配水管网286公里，提升供水保障水平。\n\n"
    host = "全年城镇新增就业同比增长新建和改造规模化供水工程3处，2.8%，完成年度目标任务。\n"
    assert "redundancy.splice_partial" in _rules(plan + host)


def test_a_grade_alone_after_its_label_opens_no_wrapped_title_and_forms_handed_back_are_a_survey():
    """评价等次 / 优 / (blank) / …自评报告: the grade is not the title's first line (no splice of the title
    into 优); 发放查档服务评价表860份，收回860份 says how 满意率100% was measured."""
    rules = _rules(_fixture("flat_form_grade_then_title_2024.txt"))
    assert "redundancy.splice_partial" not in rules
    assert "claims.satisfaction_without_survey" not in rules


def test_a_full_satisfaction_with_no_survey_said_is_still_found():
    text = _fixture("flat_form_grade_then_title_2024.txt").replace(
        "全年发放查档服务评价表860份，收回860份，评价为满意的860份。", "")
    assert "claims.satisfaction_without_survey" in _rules(text)


def test_a_whole_year_is_a_measurable_time_target_and_an_aim_is_not():
    from drafting.checks.indicator_rows import is_measurable

    assert is_measurable("全年")
    assert not is_measurable("促进社会和谐稳定")


def test_a_title_with_the_units_full_name_is_no_host_of_a_splice():
    """息县张陶乡人民政府 / 2020年度…自评报告 (a title wrapped over two lines), the conclusion naming the unit
    by its short name: the title repeats the words, no run was pasted into it."""
    text = ("息县张陶乡人民政府\n2020年度部门整体支出绩效自评报告\n\n一、自评结果\n\n经综合评价，张陶乡人民政府2020年度"
            "部门整体支出绩效自评得分为99.3分，等级为“优”。\n")
    assert "redundancy.splice_partial" not in _rules(text)


def test_the_same_words_pasted_into_a_sentence_are_still_a_splice():
    text = ("一、自评结果\n\n经综合评价，张陶乡人民政府2020年度部门整体支出绩效自评得分为99.3分，等级为“优”。\n\n"
            "二、存在的问题\n\n部分项目实施进度较慢，影响张陶乡人民政府2020年度部门整体支出绩效自评资金支出进度。\n")
    assert "redundancy.splice_partial" in _rules(text)


def test_a_one_character_grade_on_the_line_after_its_label_fills_it():
    """评价等次 / 优 at the end of a flattened form, the narrative after it."""
    assert "structure.blank_cell" not in _rules(_fixture("flat_form_grade_then_narrative_2024.txt"))


def test_a_grade_left_blank_before_the_narrative_is_still_found():
    text = _fixture("flat_form_grade_then_narrative_2024.txt").replace("评价等次\n\n优\n\n", "评价等次\n\n", 1)
    rules = _rules(text)
    assert "structure.blank_cell" in rules or "structure.blank_flat_cell" in rules


def test_a_grade_left_blank_before_the_reports_title_is_found_and_not_read_into_the_title():
    text = _fixture("flat_form_grade_then_title_2024.txt").replace("评价等次\n\n优\n\n", "评价等次\n\n", 1)
    assert "structure.blank_flat_cell" in _rules(text)
    title = [b for b in read_text_string(text).blocks if getattr(b, "text", "").endswith("自评报告")]
    assert title and not title[0].text.startswith("评价等次")


def test_a_grade_blank_in_the_form_but_said_in_the_report_is_given():
    text = _fixture("flat_form_grade_then_title_2024.txt").replace("评价等次\n\n优\n\n", "评价等次\n\n", 1) \
        .replace("评价等级为“优”", "评价等次为“优”")
    assert "评价等次为“优”" in text
    assert "structure.blank_flat_cell" not in _rules(text)
