"""A sentence denying that the year's money fell short of its budget (不存在执行数偏离预算数较多的问题, 预算执行无
偏差, 暂无问题 in the section on problems, 资金已全部拨付) must not stand beside the report's own figures for that
money showing it did: an execution rate under 90% (the form's line for a reason), or a part of the sum said
to have gone out in full (checks/execution_claims.py). Invented reports; findings read through ``review``."""

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

_FORM = ("某县体育中心项目绩效自评表\n"
         "| 项目名称 | 乡镇健身广场建设项目 | | |\n"
         "| 资金投入情况（万元） | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) |\n"
         "| 年度资金总额 | {budget} | {spent} | {rate} |\n"
         "| 其中：中央财政资金 | {budget} | {spent} | {rate} |\n"
         "| 资金管理情况 | 情况说明 | 存在问题和改进措施 | |\n"
         "| 下达及时性 | 资金下达及时 | | |\n"
         "| {row} | {claim} | | |\n")


def _rules(text: str, rule: str) -> list[tuple[str, str]]:
    found = review(read_text_string(text)).findings
    return [(f.quote, f.message) for f in found if f.rule == rule]


def _denied(text: str) -> list[tuple[str, str]]:
    return _rules(text, "claims.execution_denied")


def _form(claim: str = "不存在执行数偏离预算数较多的问题", budget: str = "800", spent: str = "452.6",
          rate: str = "56.58%", row: str = "执行准确性") -> str:
    return _FORM.format(budget=budget, spent=spent, rate=rate, claim=claim, row=row)


def test_a_form_that_denies_a_deviation_its_total_row_shows_is_found():
    [(quote, message)] = _denied(_form())
    assert quote == "不存在执行数偏离预算数较多的问题"
    assert "年度资金总额" in message and "56.58%" in message and "低于90%" in message


@pytest.mark.parametrize("claim", ["预算执行无偏差", "执行数与预算数无偏差", "资金执行进度正常"])
def test_other_denials_of_a_shortfall_are_read_too(claim):
    [(quote, _)] = _denied(_form(claim))
    assert quote in claim


@pytest.mark.parametrize(("spent", "rate"), [("760", "95%"), ("720", "90%"), ("719.99", "90.00%")])
def test_a_rate_at_or_above_ninety_per_cent_is_no_contradiction(spent, rate):
    """90% is the form's own line: below it the form asks for a reason (719.99 of 800 rounds to 90.00%)."""
    assert _denied(_form(spent=spent, rate=rate)) == []


@pytest.mark.parametrize("claim", ["力争预算执行无偏差", "确保执行进度正常", "避免出现执行数偏离预算数的问题",
                                   "项目实施未偏离绩效目标", "资金使用无偏差，未发现截留挪用"])
def test_a_hope_a_rule_or_a_deviation_from_targets_is_no_denial_of_execution(claim):
    assert _denied(_form(claim, row="其他说明")) == []


_PROSE = ("某镇2023年度农村道路养护项目绩效自评报告\n"
          "一、项目基本情况\n"
          "2023年按每公里0.5万元安排，共计150万元，其中上级资金100万元，本级资金50万元。\n"
          "二、资金使用情况\n"
          "2023年财政安排支出共计{spent}万元，余款结转下年使用。\n"
          "三、存在的问题\n"
          "{problems}\n"
          "四、下一步工作\n"
          "加快项目实施进度。\n"
          "五、其他需要说明的问题\n"
          "暂无问题。\n")


def test_no_problem_in_the_section_on_problems_against_the_prose_totals_is_found():
    [(quote, message)] = _denied(_PROSE.format(spent="48.6", problems="项目运转正常，暂无问题。"))
    assert quote == "暂无问题"
    assert "共计150万元" not in message and "32.40%" in message


def test_no_problem_outside_the_section_on_problems_is_not_read():
    assert _denied(_PROSE.format(spent="48.6", problems="一是资金拨付较慢；二是项目进度滞后。")) == []


def test_a_problem_denied_of_one_kind_only_is_not_a_denial_of_every_problem():
    assert _denied(_PROSE.format(spent="48.6", problems="资金使用不存在截留挪用问题。")) == []


def test_no_problem_with_most_of_the_money_spent_is_no_contradiction():
    assert _denied(_PROSE.format(spent="142.3", problems="暂无问题。")) == []


def test_a_run_on_copy_keeps_its_inline_headings():
    text = ("某校公用经费项目绩效自评报告一、基本情况我校2022年按生均800元安排，共计96万元，其中上级资金72万元，本级24万元"
            "二、资金使用情况我校2022年财政安排支出共计30.5万元，余款安排下年支出三、存在的问题及原因我校公用经费运转正常，"
            "暂无问题四、几点建议拨款应及时一点\n")
    [(quote, _)] = _denied(text)
    assert quote == "暂无问题"


def test_a_prose_execution_rate_of_the_whole_is_the_figure():
    text = ("某局2023年度项目支出绩效自评报告\n一、资金使用情况\n项目资金预算300万元，实际支出195万元，预算执行率为65%。\n"
            "二、存在的问题\n预算执行无偏差。\n")
    [(quote, message)] = _denied(text)
    assert quote == "预算执行无偏差" and "65%" in message


def test_rates_of_several_projects_name_no_whole():
    text = ("某局2023年度部门整体支出绩效自评报告\n一、资金使用情况\n道路项目执行率为65%，桥梁项目执行率为98%。\n"
            "二、预算执行\n预算执行无偏差。\n")
    assert _denied(text) == []


def test_last_years_rate_is_not_this_years():
    text = ("某局2023年度项目支出绩效自评报告\n一、资金使用情况\n上年预算执行率为65%，今年已全部支出。\n二、存在的问题\n暂无问题。\n")
    assert _denied(text) == []


def _all_out(text: str) -> list[tuple[str, str]]:
    return _rules(text, "claims.all_out_but_short")


_PAID = ("某县2023年度衔接资金项目绩效自评报告\n（一）资金投入情况\n"
         "1、资金到位情况。衔接资金1560万元目前已{claim}，及时安排到相关项目。\n"
         "2、资金执行情况。项目资金共1560万元，截至2023年12月10日，{paid}，执行率{rate}。\n")


def test_a_sum_said_paid_in_full_that_another_sentence_pays_in_part_is_found():
    [(quote, message)] = _all_out(_PAID.format(claim="全部拨付", paid="已完成拨付1498.2万元", rate="96%"))
    assert quote == "全部拨付"
    assert "1560万元" in message and "已拨付1498.2万元" in message


@pytest.mark.parametrize(("claim", "paid"), [
    ("全部到位", "已完成拨付1498.2万元"),       # arriving is another step than paying out
    ("全部拨付", "已完成拨付1560万元"),         # paid in full
    ("全部拨付", "其中拨付给A镇420万元"),        # a part paid to one town
    ("全部拨付", "已支出1498.2万元"),           # spent is another step than paid out
])
def test_another_step_the_whole_sum_or_a_part_to_one_payee_is_no_contradiction(claim, paid):
    assert _all_out(_PAID.format(claim=claim, paid=paid, rate="96%")) == []


def test_a_negated_claim_is_no_claim():
    assert _all_out(_PAID.format(claim="尚未全部拨付", paid="已完成拨付1498.2万元", rate="96%")) == []


def test_a_sum_said_spent_in_full_against_the_forms_total_row():
    text = _form(claim="资金管理规范") + "\n二、资金使用情况\n项目资金800万元已全部支出。\n"
    [(quote, message)] = _all_out(text)
    assert quote == "全部支出" and "年度资金总额" in message


def test_a_sum_other_than_the_forms_budget_is_another_sum():
    """452.6万元 is what was spent: that it all went out says nothing of the budget."""
    assert _all_out(_form(claim="资金管理规范") + "\n二、资金使用情况\n到位资金452.6万元已全部支出。\n") == []


def test_the_works_progress_is_not_the_moneys():
    assert _denied(_form("项目执行进度正常", row="其他说明")) == []


def test_with_several_forms_a_denial_outside_them_names_no_whole():
    """Each project's form has its total row: prose after them speaks of which one is unsaid."""
    other = _form(budget="300", spent="297", rate="99%", claim="资金管理规范").replace("乡镇健身广场", "村级文化广场")
    text = _form(claim="资金管理规范") + other + "\n三、预算执行情况\n预算执行无偏差。\n"
    assert _denied(text) == []


def test_with_several_forms_a_denial_inside_one_is_read_against_its_own_total():
    other = _form(budget="300", spent="297", rate="99%", claim="资金管理规范").replace("乡镇健身广场", "村级文化广场")
    [(quote, message)] = _denied(other + _form())
    assert quote == "不存在执行数偏离预算数较多的问题" and "56.58%" in message
    assert _denied(_form() .replace("执行准确性 | 不存在执行数偏离预算数较多的问题", "执行准确性 | 资金管理规范")
                   + _form(budget="300", spent="297", rate="99%")) == []


def test_a_sum_paid_in_part_before_the_years_end_may_since_be_paid_in_full():
    text = _PAID.format(claim="全部拨付", paid="已完成拨付1498.2万元", rate="96%").replace("截至2023年12月10日", "截至2023年6月底")
    assert _all_out(text) == []


def test_a_total_investment_of_several_years_is_not_the_years_budget():
    text = _PROSE.format(spent="48.6", problems="暂无问题。").replace(
        "2023年按每公里0.5万元安排，共计150万元", "项目计划三年安排总投资，共计150万元")
    assert _denied(text) == []


def test_a_rate_of_part_of_the_year_is_not_the_years():
    text = ("某局2023年度项目支出绩效自评报告\n一、资金使用情况\n截至2023年6月底，预算执行率为45%。\n"
            "二、存在的问题\n预算执行无偏差。\n")
    assert _denied(text) == []


def test_a_monitoring_report_measures_progress_against_the_time_passed():
    text = "某局2023年项目绩效运行监控报告\n" + _form("资金执行进度正常")
    assert _denied(text) == []
    assert _denied(_form("资金执行进度正常，达到序时进度")) == []


def test_no_problem_after_the_shortfall_told_with_its_reason_may_mean_no_other():
    text = ("某局2023年度项目支出绩效自评报告\n一、资金使用情况\n项目预算200万元，实际支出170万元，预算执行率为85%，"
            "主要因工程尚未完工。\n二、存在的问题\n{claim}\n")
    assert _denied(text.format(claim="暂无问题。")) == []
    assert [q for q, _ in _denied(text.format(claim="预算执行无偏差。"))] == ["预算执行无偏差"]


def test_the_forms_row_on_execution_names_what_its_cell_denies():
    [(quote, _)] = _denied(_form("无较大偏差"))
    assert quote == "无较大偏差"
    assert _denied(_form("无较大偏差", row="下达及时性")) == []


def test_a_word_tables_row_on_execution_too():
    from drafting.report import Cell, Heading, Report, Table

    def row(*texts: str) -> list[Cell]:
        return [Cell(text=t) for t in texts]

    table = Table(rows=[row("资金投入情况", "全年预算数", "全年执行数", "执行率"), row("年度资金总额", "800", "452.6", "56.58%"),
                        row("执行准确性", "无较大偏差", "", "")])
    found = review(Report(blocks=[Heading(text="某项目绩效自评表", level=1), table])).findings
    assert [f.quote for f in found if f.rule == "claims.execution_denied"] == ["无较大偏差"]
