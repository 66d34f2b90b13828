"""Structure, template leftovers and years (issue 9), each shape found with its message and a clean twin
left alone: a form signed before its title's year ended, a blank 总分/自评得分 pair in a flattened form,
a grade left blank after 为：, a template's 【填写…】 prompt, its notes and word minimum, another
template's 部门整体支出绩效目标, next year's plan still written for the evaluated year, a plan of
last year's 目标责任书, a finish written 完成竣工验收 before the start, and a sub-list under a new
section that starts at （二）."""

from __future__ import annotations

import pytest

from drafting.checks.calendar import check_calendar
from drafting.checks.dates import check_dates, infer_year
from drafting.checks.foreign import check_foreign_text
from drafting.checks.plan_years import stale_plans
from drafting.checks.structure import check_structure
from drafting.findings import Finding, Kind
from drafting.io.text_reader import read_text_string


def _flat(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


def _form(year: str, signed: str, score: str = "92", grade: str = "优") -> str:
    return _flat("项目支出绩效自评表", f"（{year}年度）", "项目名称", "学前教育保教费补助", "实施单位", "某区教育发展中心",
                 "年度总体目标", "完成年度补助发放任务。", "总分", "100", "自评得分", score, "评价等次", grade,
                 "填报人", "王**", "联系电话", "0731-8*******", "填报日期", signed)


def _structure(text: str) -> list[Finding]:
    return check_structure(read_text_string(text))


# -- a form signed within its title's year --------------------------------------------------------

def test_a_form_signed_within_its_title_year_is_dated_too_early_not_titled_stale():
    report = read_text_string(_form("2025", "2025年9月8日"))
    assert infer_year(report) == 2025
    found = check_dates(report)
    assert [(f.kind, f.quote) for f in found] == [(Kind.DATE_INCONSISTENCY, "2025年9月8日")]
    assert "早于标题所写的评价年度2025年结束：落款日期与标题年度必有一处有误" in found[0].message
    assert [r.quote for r in found[0].related] == ["2025年度"] and "标题应为2024年度" in (found[0].suggestion or "")


def test_a_date_before_the_year_end_that_the_body_dates_too_keeps_its_own_message():
    text = _form("2025", "2025年9月8日").replace("完成年度补助发放任务。", "完成2025年度补助发放任务。")
    [f] = check_dates(read_text_string(text))
    assert f.quote == "2025年9月8日" and "早于评价年度2025年结束，自评报告应在2026年出具" in f.message


def test_a_form_signed_after_its_year_is_left_alone():
    assert check_dates(read_text_string(_form("2024", "2025年2月8日"))) == []


def test_a_title_behind_the_body_is_still_a_stale_title():
    text = _form("2023", "2025年3月8日").replace("完成年度补助发放任务。", "完成2024年度补助发放任务。")
    [f] = check_dates(read_text_string(text))
    assert f.kind is Kind.STALE_YEAR and f.quote == "2023年度"


# -- blank fields ---------------------------------------------------------------------------------

def test_a_blank_score_between_the_total_and_the_grade_is_found():
    [f] = [f for f in _structure(_form("2023", "2024年3月5日", score="")) if f.kind is Kind.MISSING_FIELD]
    assert f.quote == "自评得分" and "必填项“自评得分”未填写" in f.message


def test_a_filled_score_after_the_total_is_left_alone():
    assert not [f for f in _structure(_form("2023", "2024年3月5日")) if f.kind is Kind.MISSING_FIELD]


def test_a_grade_left_blank_after_its_colon_in_a_sentence_is_found():
    found = _structure("某项目2023年度绩效自评报告\n六、自评结论\n经自评，该项目评价等次为：      。\n")
    assert [f.quote for f in found if f.kind is Kind.MISSING_FIELD] == ["评价等次为：      "]


@pytest.mark.parametrize("text", ["经自评，该项目评价等次为：优。", "经自评，该项目评价等次为：“良”，得分85分。",
                                  "评价等次为：\n优"])
def test_a_grade_given_after_its_colon_is_left_alone(text):
    assert not [f for f in _structure(f"某项目2023年度绩效自评报告\n六、自评结论\n{text}\n") if f.kind is Kind.MISSING_FIELD]


# -- template leftovers ---------------------------------------------------------------------------

def test_a_bracketed_prompt_to_fill_in_is_a_placeholder_even_alone_on_its_line():
    found = _structure(_form("2023", "2024年3月5日").replace("完成年度补助发放任务。", "【填写年度预期目标】"))
    assert [f.quote for f in found if f.rule == "structure.placeholder"] == ["【填写年度预期目标】"]


def test_a_bracketed_label_with_its_value_after_it_is_no_placeholder():
    found = _structure("【项目名称】学前教育保教费补助\n【实施单位】某区教育发展中心\n")
    assert not [f for f in found if f.rule == "structure.placeholder"]


@pytest.mark.parametrize(("line", "quote"), [
    ("（项目概况：简要介绍项目背景、主要内容、实施主体等）", "（项目概况：简要介绍项目背景、主要内容、实施主体等）"),
    ("部门职能如下。（注：此部分请结合部门“三定”方案填写）", "（注：此部分请结合部门“三定”方案填写）"),
    ("（本部分字数不少于800字）成立了项目领导小组。", "（本部分字数不少于800字）"),
])
def test_a_templates_note_left_in_is_found(line, quote):
    found = check_foreign_text(read_text_string(f"某县2023年度部门整体支出绩效自评报告\n一、部门基本情况\n{line}\n"))
    assert [f.quote for f in found] == [quote]


@pytest.mark.parametrize("line", [
    "（项目概况：该项目总投资500万元，建设内容包括校舍维修等）",
    "（注：此部分资金已于2023年12月全部拨付）",
    "全年举办培训班12期（每期不少于30人）。",
    "举办政策宣讲3场（宣讲内容：重点介绍农机购置补贴政策等）。",
])
def test_the_reports_own_brackets_are_no_template_note(line):
    assert check_foreign_text(read_text_string(f"某县2023年度部门整体支出绩效自评报告\n一、部门基本情况\n{line}\n")) == []


def test_the_department_wide_targets_heading_in_a_project_report_is_another_templates():
    text = "2025年度公益性岗位开发项目支出绩效自评报告\n一、项目基本情况\n（一）项目概况\n正文。\n（二）部门整体支出绩效目标\n正文。\n"
    [f] = check_foreign_text(read_text_string(text))
    assert f.quote == "部门整体支出绩效目标" and "项目支出报告中出现部门整体支出自评提纲的标题" in f.message


def test_the_department_wide_targets_heading_in_a_department_report_is_its_own():
    text = "某县2025年度部门整体支出绩效自评报告\n一、部门基本情况\n正文。\n二、部门整体支出绩效目标\n正文。\n"
    assert check_foreign_text(read_text_string(text)) == []


# -- years of plans ---------------------------------------------------------------------------------

def _plan_report(plan: str, heading: str = "五、下一步改进措施") -> str:
    return (f"某县教育局2022年度部门整体支出绩效自评报告\n一、部门基本情况\n2022年度部门收入预算500万元。\n"
            f"{heading}\n{plan}\n某县教育局\n2023年3月10日\n")


def test_next_years_plan_written_for_the_evaluated_year_is_stale():
    report = read_text_string(_plan_report("2022年，我们将重点做好以下工作：一是加强预算管理。"))
    [f] = stale_plans(report, 2022)
    assert f.kind is Kind.STALE_YEAR and f.quote == "2022年" and "计划应为2023年" in f.message
    assert [x.rule for x in check_dates(report)] == ["dates.plan_next_year"]


@pytest.mark.parametrize(("plan", "heading"), [
    ("2023年，我们将重点做好以下工作：一是加强预算管理。", "五、下一步改进措施"),  # next year's: right
    ("针对2022年发现的问题，我们将加强预算管理。", "五、下一步改进措施"),  # a year inside the sentence
    ("2022年，我局将预算绩效管理纳入年度考核。", "三、部门整体支出绩效情况"),  # not the next-step section
])
def test_a_plan_for_next_year_or_a_year_outside_the_plan_is_left_alone(plan, heading):
    assert stale_plans(read_text_string(_plan_report(plan, heading)), 2022) == []


@pytest.mark.parametrize("title", ["某县教育局2022年上半年部门整体支出绩效运行监控报告", "某县教育局2022年部门预算编制说明"])
def test_a_report_written_within_its_year_plans_that_year(title):
    text = _plan_report("2022年，我们将重点做好以下工作：一是加强预算管理。").replace(
        "某县教育局2022年度部门整体支出绩效自评报告", title)
    assert stale_plans(read_text_string(text), 2022) == []


def test_last_years_target_responsibility_document_is_a_plan_of_the_wrong_year():
    report = read_text_string(_plan_report("无。").replace(
        "2022年度部门收入预算500万元。", "2022年度部门收入预算500万元。按照《某县2021年度重点工作目标责任书》要求完成各项任务。"))
    assert [f.rule for f in check_dates(report, 2022)] == ["dates.plan_year"]


def test_this_years_target_responsibility_document_is_left_alone():
    report = read_text_string(_plan_report("无。").replace(
        "2022年度部门收入预算500万元。", "2022年度部门收入预算500万元。按照《某县2022年度重点工作目标责任书》要求完成各项任务。"))
    assert check_dates(report, 2022) == []


# -- dates and numbering ----------------------------------------------------------------------------

def test_a_finish_written_as_completing_acceptance_before_the_start_is_flagged():
    [f] = check_calendar(read_text_string("项目于2022年7月20日完成竣工验收，2022年9月5日正式开工建设。"))
    assert f.quote == "2022年7月20日" and f.related[0].quote == "2022年9月5日"


def test_a_sub_list_that_starts_at_two_under_a_new_section_is_a_late_start():
    text = ("一、部门基本情况\n（一）部门职能\n正文。\n（二）机构设置\n正文。\n二、部门整体支出情况\n正文。\n"
            "三、部门整体支出绩效情况\n（二）产出指标完成情况\n正文。\n（三）效益指标完成情况\n正文。\n")
    [f] = [f for f in _structure(text) if f.kind is Kind.NUMBERING_GAP]
    assert f.quote.startswith("（二）") and "前面没有第一项" in f.message


@pytest.mark.parametrize("middle", ["二、部门整体支出绩效情况\n（一）产出指标完成情况\n正文。\n（二）效益指标完成情况\n",
                                    "（三）项目支出情况\n正文。\n二、部门整体支出绩效情况\n（四）效益指标完成情况\n"])
def test_a_sub_list_restarting_or_continuing_under_a_new_section_is_left_alone(middle):
    text = f"一、部门基本情况\n（一）部门职能\n正文。\n（二）机构设置\n正文。\n{middle}正文。\n"
    assert not [f for f in _structure(text) if f.kind is Kind.NUMBERING_GAP]
