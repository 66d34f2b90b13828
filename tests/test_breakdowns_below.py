"""A total line, then 其中 and its parts one per line (checks/arithmetic/fields.py, check_breakdowns_below).

Invented wording: a transfer fund's lines as a form copied to text gives them, the unit stated once
above the group."""

import pytest

from drafting.checks.arithmetic.fields import check_breakdowns_below
from drafting.io.text_reader import read_text_string
from drafting.review import review

TITLE = "某县2024年度水利发展转移支付项目绩效自评表\n"
GROUP = "小型水库维修养护资金(万元)\n"


def _findings(lines: str):
    return check_breakdowns_below(read_text_string(TITLE + lines))


@pytest.mark.parametrize("lines", [
    # levels of government cannot overlap: their sum may not exceed the total
    GROUP + "年度资金总额: 240.50\n其中:中央补助 120.00\n省级资金 90.00\n县级资金(含上年结转) 31.50",
    GROUP + "年度资金总额：240.50\n其中：中央补助：120.00\n省级资金：90.00\n县级资金：31.50",
    "年度资金总额: 240.50万元\n其中:中央补助 120.00万元\n省级资金 90.00万元\n县级资金 31.50万元",
])
def test_parts_of_one_classification_that_exceed_the_total_below_it_are_flagged(lines):
    [f] = _findings(lines)
    assert f.quote == "240.50" or f.quote == "240.50万元"
    assert len(f.related) == 3 and "241.50" in f.message


def test_the_finding_reaches_the_review():
    text = TITLE + GROUP + "年度资金总额: 240.50\n其中:中央补助 120.00\n省级资金 90.00\n县级资金 31.50\n"
    assert any(f.rule == "field_lines_total" and f.quote == "240.50" for f in review(read_text_string(text)).findings)


def test_a_complete_list_that_falls_short_is_flagged():
    [f] = _findings(GROUP + "年度资金总额: 240.50\n其中:中央补助 120.00\n省级资金 90.00\n其他资金 20.00")
    assert "230.00" in f.message


@pytest.mark.parametrize("lines", [
    GROUP + "年度资金总额: 241.50\n其中:中央补助 120.00\n省级资金 90.00\n县级资金 31.50",  # adds up
    # 其中 lists some parts: parts of no known classification that fall short say nothing
    GROUP + "年度资金总额: 240.50\n其中:工程维修 120.00\n设备购置 90.00",
    # short, of one classification, but not known complete: 中央 and 省级 need not be all of it
    GROUP + "年度资金总额: 240.50\n其中:中央补助 120.00\n省级资金 90.00",
    # parts that may overlap (a fund and the project it pays for) exceeding the total
    GROUP + "年度资金总额: 240.50\n其中:维修资金 200.00\n重点工程 90.00",
    # no unit anywhere: the figures may be counts
    "年度任务总额: 240\n其中:中央任务 120\n省级任务 90\n县级任务 40",
    # no 其中: the lines below are not said to be its parts
    GROUP + "年度资金总额: 240.50\n中央补助 120.00\n省级资金 90.00\n县级资金 31.50",
    # a part that holds its own breakdown (含) is nested
    GROUP + "年度资金总额: 240.50\n其中:中央补助 120.00\n省级资金 90.00\n含县级资金 31.50",
])
def test_breakdowns_that_add_up_or_cannot_be_pinned_are_left_alone(lines):
    assert _findings(lines) == []


def test_a_total_heading_its_own_parts_below_closes_no_lines_above_it():
    """基本支出/项目支出 end one group; 年度预算资金总额 then opens the next with 其中 on the line after it:
    it totals the lines below, not the two above."""
    from drafting.checks.arithmetic.fields import check_field_totals

    text = (TITLE + "本年支出合计：1050万元\n其中：\n基本支出：800万元\n项目支出：250万元\n"
            "年度预算资金总额：500万元\n其中：中央补助 300万元\n市级资金 120万元\n其他资金 80万元\n")
    assert check_field_totals(read_text_string(text)) == []
    assert [f.rule for f in review(read_text_string(text)).findings if f.rule == "field_lines_total"] == []
