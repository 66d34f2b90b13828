"""The part 其中 names first, larger than the total it belongs to (共办理案件12件，其中维持15件; 资金100.00万元，
其中中央资金120.00万元): found in the total's own measure. Silent where the part is smaller, in another
measure, a change or a running total, where a larger figure before the total may be the whole listed, and
for the clauses after the first part (同时到期清退108名; …；项目支出…), which may speak of other things.
Invented texts."""

from __future__ import annotations

import pytest

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _found(text: str) -> list:
    return [f for f in review(read_text_string(text)).findings if f.rule == "part_over_whole"]


@pytest.mark.parametrize(("text", "quote", "message"), [
    ("全年共办理行政复议案件12件，其中维持原行政行为15件。\n", "15", "其中维持原行政行为15件多于总数12件"),
    ("2023年度项目资金共计100.00万元，其中中央补助资金120.00万元，主要用于设备购置。\n", "120.00",
     "其中中央补助资金120.00万元多于总数100.00万元"),
])
def test_a_first_part_above_its_total_is_found(text, quote, message):
    found = _found(text)
    assert [(f.quote, f.message) for f in found] == [(quote, message)]
    assert ">" in found[0].evidence


def test_a_staff_part_above_its_total_is_one_finding():
    """staffing reads 在职人员12人，其中行政人员14人 too: the two point at one span and merge."""
    findings = review(read_text_string("全局在职人员12人，其中行政人员14人。\n")).findings
    assert [f.quote for f in findings if f.rule in ("part_over_whole", "staffing.part_over_whole")] == ["14"]


@pytest.mark.parametrize("text", [
    "全年共办理行政复议案件12件，其中维持原行政行为8件。\n",
    "全年共办理案件12件，其中涉及群众150人。\n",                              # another measure
    "全年办理案件较上年增加12件，其中行政案件15件。\n",                         # a change
    "已下达资金500.00万元，拨付100.00万元，其中中央资金300.00万元。\n",          # the 其中 may list the 500
    "新增公益性岗位援助对象73名，其中14名为就业困难人员二次援助，同时到期清退108名。\n",
    "基本支出4302.6万元，其中人员支出3615.28万元、公用支出687.32万元；项目支出10684.55万元。\n",
    "实有在职人员46人，其中行政13人，事业31人，工勤2人；离退休人员63人。\n",
    "全县共有学校12所，其中小学8所，另有幼儿园15所。\n",
])
def test_smaller_parts_other_measures_and_later_clauses_are_quiet(text):
    assert _found(text) == []


def test_a_part_that_names_a_whole_or_a_plan_of_its_own_is_not_read():
    assert _found("2023年支出资金100.00万元，其中总投资120.00万元的道路项目已完工。\n") == []
    assert _found("全年完成投资100.00万元，其中计划投资120.00万元。\n") == []


def test_a_list_of_parts_with_one_over_the_total_is_one_finding():
    """其中行政案件14件，民事案件4件 under 12件: the list's sum is ``prose``'s finding; no second one here."""
    findings = review(read_text_string("全年共办理案件12件，其中行政案件14件、民事案件4件。\n")).findings
    assert [f.rule for f in findings if f.rule in ("part_over_whole", "sentence_parts_sum")] == ["sentence_parts_sum"]
