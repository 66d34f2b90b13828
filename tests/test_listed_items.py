"""A total closed by 其中： whose parts are set out below it, one numbered paragraph each ((一)(二)(三), 1. 2.):
parts above the total are found, and parts short of it where the list is plainly all of it (人员经费 and
公用经费); silent where they add up (in 元 or 万元, within the rounding shown), where the lead says 主要, where
the items nest their own 其中, and where 其中： follows a sentence rather than its figure. Invented texts."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review

_THREE = ("二、部门整体支出情况\n2023年度本部门共支出1,250.00万元，其中：\n"
          "（一）基本支出860.00万元，主要用于人员工资、社会保障缴费和日常办公运转。\n"
          "（二）项目支出{second}万元，主要用于禁毒宣传、执法装备购置。\n"
          "（三）上缴上级支出100.00万元，主要用于上缴市局统筹经费。\n")
_TWO = ("2023年度共支出经费486.50万元，其中：\n（一）人员经费312.40万元，用于在职人员工资及津补贴。\n"
        "（二）公用经费{second}万元，用于办公、水电、差旅等日常运转。\n")


def _found(text: str) -> list:
    return [f for f in review(read_text_string(text)).findings if f.rule == "listed_items_sum"]


def test_parts_set_out_below_that_exceed_their_total_are_found():
    found = _found(_THREE.format(second="300.00"))
    assert len(found) == 1
    f = found[0]
    assert f.quote == "1,250.00万元"
    assert "1260.00万元" in f.message and "860.00万元 + 300.00万元 + 100.00万元" in f.message
    assert "各分项之和超过总数" in f.evidence
    assert len(f.related) == 3


def test_a_closed_list_short_of_its_total_is_found():
    """人员经费 and 公用经费 are the whole of a unit's running costs: 476.50 cannot be 486.50."""
    found = _found(_TWO.format(second="164.10"))
    assert [f.quote for f in found] == ["486.50万元"]
    assert "476.50万元" in found[0].message and "分项已列全" in found[0].evidence


def test_items_numbered_1_2_are_read_alike():
    text = "全年支出合计486.50万元，其中：\n1.人员经费312.40万元，保障在职人员工资。\n2.公用经费184.10万元，保障日常运转。\n"
    assert len(_found(text)) == 1


@pytest.mark.parametrize("text", [
    _THREE.format(second="290.00"),
    _TWO.format(second="174.10"),
    # the parts in 元 under a total in 万元
    "2023年度共支出经费486.50万元，其中：\n（一）人员经费3,124,000.00元，用于在职人员工资。\n（二）公用经费1,741,000.00元，用于日常运转。\n",
    # rounding: 312.42 + 174.13 = 486.55, shown as 486.5 at one decimal, half-up
    "2023年度共支出486.5万元，其中：\n（一）基本支出312.42万元。\n（二）项目支出174.13万元。\n",
    # some parts only, and an open list short of its total
    "2023年度共支出1,250.00万元，其中主要项目支出：\n（一）禁毒宣传经费60.00万元，开展宣传活动72次。\n（二）执法装备购置经费120.00万元。\n",
    "2023年度共支出1,250.00万元，其中：\n（一）禁毒宣传经费60.00万元。\n（二）执法装备购置经费120.00万元。\n",
    # each item nests its own 其中 after its first amount
    "2023年度共支出486.50万元，其中：\n（一）基本支出312.40万元，其中人员经费280.00万元、公用经费32.40万元。\n（二）项目支出174.10万元，其中禁毒宣传60.00万元。\n",
    # 其中： after a sentence of two amounts: the list is the spending's, not the balance's
    "全年实际支出934.18万元，预算执行率97.31%，节余资金25.82万元已上缴市财政。其中：\n（一）交通信号灯升级改造412.60万元；\n"
    "（二）电子警察抓拍系统建设368.40万元；\n（三）交通标志标线施划153.18万元。\n",
    # an item's first amount is a change, not a part
    "2023年度共支出486.50万元，其中：\n（一）基本支出较上年增加312.40万元。\n（二）项目支出较上年增加474.10万元。\n",
])
def test_lists_that_add_up_or_need_not_are_quiet(text):
    assert _found(text) == []


def test_an_item_naming_a_whole_of_its_own_before_its_part_is_not_read():
    """A项目（总投资800.00万元），本年支出300.00万元: the item's first amount is the project's whole, not this year's part."""
    text = ("2023年项目支出500.00万元，其中：\n（一）城区道路改造项目（总投资800.00万元），本年支出300.00万元。\n"
            "（二）乡村公路养护项目（总投资260.00万元），本年支出200.00万元。\n")
    assert _found(text) == []
