"""A project form's 结余 is what arrived less what was spent (invented figures)."""

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string


def found(text: str) -> list[str]:
    return [f.quote for f in check_arithmetic(read_text_string(text)) if f.rule == "form_fund_balance"]


def flat(plan: str, arrived: str, spent: str, left: str) -> str:
    """The cover of a project form flattened one cell per line, the unit on a line of its own."""
    return ("某区财政支出项目绩效评价自评报告\n\n项目名称\n\n困难群众救助\n\n项目起止时间\n\n2023年1月起至2023年12月止\n\n"
            f"计划安排资金\n\n(万元)\n\n{plan}\n\n实际到位资金\n\n(万元)\n\n{arrived}\n\n实际支出\n\n(万元)\n\n{spent}\n\n"
            f"结余(万元)\n\n{left}\n\n其中:中央财政\n\n省财政\n\n")


def test_spending_above_the_money_that_arrived_with_no_balance_is_flagged_on_the_balance():
    assert found(flat("240", "240", "251.5", "0")) == ["0"]


def test_a_balance_that_is_arrived_less_spent_or_plan_less_spent_is_consistent():
    assert found(flat("240", "240", "236.8", "3.2")) == []
    assert found(flat("260", "240", "236.8", "23.2")) == []  # counted against the plan
    assert found(flat("240", "240.00", "236.85", "3.2")) == []  # within the three figures' rounding


def test_a_table_row_of_the_same_fields_is_read_the_same_way():
    row = "项目名称 | 困难群众救助\n实际到位资金（万元） | 240 | 实际支出（万元） | 251.5 | 结余（万元） | 0\n"
    assert found(row) == ["0"]
    # a field between them, or a label with no value, and the three are no funds line
    other = "实际到位资金（万元） | 240 | 实际支出（万元） | 251.5 | 支出进度 | 100% | 结余（万元） | 0\n"
    assert found(other) == []


def test_a_balance_given_as_a_share_is_no_balance_in_money():
    row = "实际到位资金（万元） | 240 | 实际支出（万元） | 236.8 | 结余（%） | 1.3%\n"
    assert found(row) == []
