"""A list after a budget and its spending said side by side: each item's figure may be either measure
(invented wording)."""

from drafting.checks.arithmetic import check_arithmetic
from drafting.report import Paragraph, Report


def found(text: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=text)])
    return [f.quote for f in check_arithmetic(report) if f.rule == "sentence_parts_sum"]


PAIR = ("本局2023年项目支出共5个,年初预算数{}万元,支出数900.00万元,包括:就业补助经费400.00万元、"
        "培训经费300.00万元、档案经费250.00万元。")


def test_items_that_fit_the_budget_beside_the_spending_are_not_held_against_the_spending():
    # 950 is over the 900 spent, within the 1000 budgeted: the items may be the projects' budgets
    assert found(PAIR.format("1000.00")) == []


def test_items_over_both_the_budget_and_the_spending_are_still_wrong():
    [quote] = found(PAIR.format("920.00"))
    assert quote.index("900.00万元") <= 5  # opening at the spending's name


def test_items_over_the_spending_with_no_budget_beside_it_are_still_wrong():
    text = "本局2023年项目支出数900.00万元,包括:就业补助经费400.00万元、培训经费300.00万元、档案经费250.00万元。"
    [quote] = found(text)
    assert quote.index("900.00万元") <= 5  # opening at the spending's name


def test_a_complete_list_of_spending_against_income_beside_it_is_still_wrong():
    # 收入 is no budget of the 支出: the list of 基本支出 and 项目支出 is the spending's, and exceeds it
    text = "2023年收入1000.00万元,支出900.00万元,其中:基本支出500.00万元,项目支出450.00万元。"
    [quote] = found(text)
    assert quote.index("900.00万元") <= 5  # opening at the spending's name
