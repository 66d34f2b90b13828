"""Session 75: the unit's or the year's whole income or spending (年度总支出, 本单位总收入, 支出总额) under 1,000 元
where the paragraph's other amounts are in 万元 took 元 for 万元, as a whole year's budget does (session 69's
``_tiny_budgets``). A category's total (三公经费总支出, 项目支出总额) may be that small and is not read; a writer who
counts in 元 (a larger 元 amount beside it) is not either."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县就业服务中心2022年度部门整体支出绩效自评报告\n一、基本情况\n（一）部门整体支出概况\n"


def _units(line: str) -> list[str]:
    found = review(read_text_string(_HEAD + line + "\n二、存在的问题\n无。\n")).findings
    return [f.quote for f in found if f.rule == "amount_unit"]


def test_a_years_whole_spending_under_a_thousand_yuan_took_yuan_for_wan():
    assert _units("2022年本单位总收入为207.79万元，其中财政拨款收入155.11万元，其他收入52.68万元，"
                  "年度总支出为774.59元。年末结转结余192.21万元。") == ["774.59元"]


def test_the_finding_says_what_to_check():
    found = review(read_text_string(_HEAD + "2022年收入总额207.79万元，支出总额774.59元。\n")).findings
    [f] = [f for f in found if f.rule == "amount_unit"]
    assert f.severity.value == "warning" and "774.59万元" in f.suggestion and "总支出" in f.evidence


def test_a_categorys_total_may_be_small():
    assert _units("2022年本单位总收入为207.79万元，其他收入52.68万元，三公经费总支出为774.59元。") == []
    assert _units("2022年本单位总收入为207.79万元，其他收入52.68万元，项目支出总额774.59元。") == []


def test_a_writer_counting_in_yuan_is_left_alone():
    assert _units("2022年本单位总收入为2077900元，年度总支出为774.59元。") == []
    assert _units("2022年本单位总收入为207.79万元，年度总支出为2077900.00元。") == []
