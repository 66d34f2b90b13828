"""A fund's allocation, told as the use of all of it, held against the one sum the report names the fund
with (invented wording in the shape of a 专项资金 project report: the sum in one section, its
allocation in the next)."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.report import Paragraph, Report

_SUM = "2023年，市下达我县文化惠民（送戏下乡）专项资金{total}万元。年度绩效目标为：丰富群众文化生活。"
_USES = ("2023年我县文化惠民资金安排是：支持送戏下乡演出8万元，支持非遗传承保护6万元，支持农家书屋更新4万元、"
         "文化广场维护3万元，支持群众文艺培训1.5万元{more}。总体绩效目标是：丰富群众文化生活。")


def fund_findings(*paragraphs: str) -> list:
    report = Report(blocks=[Paragraph(text=p) for p in paragraphs])
    return [f for f in check_arithmetic(report) if f.rule == "fund_uses_sum"]


def test_an_allocation_short_of_the_fund_s_sum_is_found_at_the_sum():
    [f] = fund_findings(_SUM.format(total="25.5"), _USES.format(more=""))
    assert f.quote == "25.5万元"
    assert "22.5万元" in f.message
    assert len(f.related) == 5  # the allocation's items


def test_an_allocation_that_adds_up_is_silent():
    assert fund_findings(_SUM.format(total="22.5"), _USES.format(more="")) == []


def test_an_allocation_above_the_fund_s_sum_is_found_too():
    assert [f.quote for f in fund_findings(_SUM.format(total="20.5"), _USES.format(more=""))] == ["20.5万元"]


@pytest.mark.parametrize("more", [
    "等",  # some of the uses
    "，剩余3万元结转下年使用",  # money kept back
    "，其他资金另行安排",
])
def test_an_allocation_that_leaves_some_out_is_not_held(more):
    assert fund_findings(_SUM.format(total="25.5"), _USES.format(more=more)) == []


def test_a_fund_said_with_a_second_sum_leaves_the_allocated_one_open():
    second = _SUM.format(total="25.5").replace("。年度", "，县级配套文化惠民资金5万元。年度")
    assert fund_findings(second, _USES.format(more="")) == []


def test_an_allocation_that_does_not_name_its_fund_is_not_held():
    unnamed = _USES.format(more="").replace("文化惠民资金安排是", "专项资金安排是")
    assert fund_findings(_SUM.format(total="25.5"), unnamed) == []


def test_the_fund_s_sum_must_be_said_before_its_allocation():
    assert fund_findings(_USES.format(more=""), _SUM.format(total="25.5")) == []
