"""Session 40's precision audit on whole invented clean reports (s40a): each case is a shape a clean
report really has that a rule misread, pinned with its defective twin so the rule keeps its defect.
Invented wording throughout."""

from __future__ import annotations

from pathlib import Path

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _rules(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings if f.severity.value != "info"]


def _fixture(name: str) -> str:
    return (Path(__file__).parent / "data" / "whole_clean" / name).read_text(encoding="utf-8")


# a third-party report's cover gives the month, its signature the day
COVER = ("某县2022年度农村公路养护项目绩效评价报告\n\n委托单位：某县财政局\n报告日期：{cover}\n\n"
         "一、项目基本情况\n\n2022年度项目预算资金860.00万元，实际支出842.50万元。\n\n"
         "某某工程咨询有限公司\n{signed}\n")


def test_a_report_date_given_to_the_month_agrees_with_a_signature_in_that_month():
    assert "dates.disagree" not in _rules(COVER.format(cover="2023年6月", signed="2023年6月20日"))


def test_report_dates_of_two_months_or_two_days_still_disagree():
    assert "dates.disagree" in _rules(COVER.format(cover="2023年5月", signed="2023年6月20日"))
    assert "dates.disagree" in _rules(COVER.format(cover="2023年6月2日", signed="2023年6月20日"))


# 100% said, and the forms handed back counted with a thousands separator
ARCHIVE = ("（三）档案利用。全年接待查档群众4,125人次，查档满意率100%。{how}\n\n"
           "四、存在的问题\n\n档案库房容量不足。\n")


def test_forms_handed_back_counted_with_a_thousands_separator_are_a_survey():
    how = "查档满意率根据查档人填写的评价意见统计，全年收回评价意见4,125份。"
    assert "claims.satisfaction_without_survey" not in _rules(ARCHIVE.format(how=how))


def test_a_full_satisfaction_with_no_forms_counted_is_still_found():
    assert "claims.satisfaction_without_survey" in _rules(ARCHIVE.format(how=""))


# a scoring table with merged cells flattened one cell a line: 一级 15 over 二级 5 over 三级 2 | 2
def _scores(total: str) -> str:
    rows = [["决策", "20", "项目立项", "8", "立项依据充分性", "4", "4"], ["立项程序规范性", "4", "3.5"],
            ["资金投入", "12", "预算编制科学性", "6", "5"], ["资金分配合理性", "6", "6"],
            ["产出", "50", "产出数量", "30", "实际完成率", "30", "30"], ["产出质量", "20", "质量达标率", "12", "11"],
            ["验收合格率", "8", "8"], ["效益", "30", "社会效益", "18", "受益群众覆盖率", "18", "16.5"],
            ["满意度", "12", "服务对象满意度", "12", "11"], ["合计", total, "", "", "", "", "95"]]
    head = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]
    cells = head + [c for r in rows for c in r]
    return "三、评价指标体系及得分\n\n" + "\n\n".join(cells) + "\n\n四、评价结论\n\n综合得分95分。\n"


def test_a_total_over_group_headings_written_once_adds_the_members_not_the_headings():
    assert "table_column_total" not in _rules(_scores("100"))


def test_a_wrong_total_of_such_a_table_is_still_found():
    assert "table_column_total" in _rules(_scores("90"))


# a flattened form whose actual gives its figure and then compares it with a standard
def _form(actual: str) -> str:
    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
             "产出指标", "数量指标", "筛查人次", "≥1.2万人次", "1.25万人次", "30", "30", " ",
             "时效指标", "疫情处置及时率", "100%", "100%", "30", "30", " ",
             "效益指标", "社会效益指标", "传染病报告发病率", "≤全市平均水平", actual, "30", "30", " ",
             "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "92%", "10", "9", "电话回访患者80人",
             "总分", "100", "99"]
    return "绩效指标\n\n" + "\n\n".join(cells) + "\n\n评价等次\n\n优\n"


def test_an_actual_with_its_figure_and_a_short_comparison_is_read_as_the_forms_cell():
    """162.3/10万，低于全省平均水平 in the actual column: read as one cell, the rows after it keep their
    targets (misread, every later row lost its target and the satisfaction row its evidence)."""
    rules = _rules(_fixture("flat_form_remark_actual_2024.txt"))
    assert "claims.target_not_measurable" not in rules
    assert "claims.evidence_off_topic" not in rules
    assert _rules(_form("148.6/10万，低于全市平均水平")) == []


def test_a_wrong_score_in_that_form_is_still_found():
    text = _form("148.6/10万，低于全市平均水平").replace("30\n\n30\n\n \n\n满意度", "30\n\n32\n\n \n\n满意度", 1)
    assert "indicator_score_over_weight" in _rules(text)


# a change in a clause of its own after the parts: it compares the sentence's subject, the whole
SANGONG = ("2022年度“三公”经费支出3.62万元，其中公务接待费0.54万元、公务用车运行维护费3.08万元；"
           "较2021年的4.15万元减少0.53万元，下降{rate}%。\n")


def test_a_change_in_a_clause_after_the_parts_is_read_on_the_whole_not_the_last_part():
    assert "sentence_change" not in _rules(SANGONG.format(rate="12.77"))


def test_a_wrong_rate_of_that_change_is_found_on_the_whole():
    assert "sentence_change_rate" in _rules(SANGONG.format(rate="14.77"))


# a figure in 元 restated in 万元 in brackets, then compared with last year in 元
YUAN = ("2021年度“三公”经费支出175,112.50元（折合{wan}万元），比2020年的190,938.40元减少15,825.90元，"
        "下降8.29%。\n")


def test_a_rounded_restatement_in_brackets_is_not_off_by_its_own_rounding():
    assert "sentence_change" not in _rules(YUAN.format(wan="17.51"))


def test_a_restatement_that_is_another_figure_is_still_found():
    assert "sentence_change" in _rules(YUAN.format(wan="18.51"))


# the grading standard's threshold written with （含）, beside the score form's total
GRADES = ("三、评分标准和评价结果\n\n| 一级指标 | 分值 | 得分 |\n| --- | --- | --- |\n| 决策 | 20 | 18 |\n"
          "| 过程 | 20 | 19 |\n| 产出 | 35 | 33.5 |\n| 效益 | 25 | 22 |\n| 合计 | 100 | 92.5 |\n\n"
          "评分标准：定量指标按完成比例计分。{said}以上为优，80分（含）至90分为良。\n")


def test_a_threshold_with_inclusive_brackets_is_no_second_score():
    assert "score_twice" not in _rules(GRADES.format(said="综合得分90分（含）"))


def test_a_score_stated_twice_with_two_values_is_still_found():
    assert "score_twice" in _rules(GRADES.format(said="综合得分90分。综合得分90分（含）"))
