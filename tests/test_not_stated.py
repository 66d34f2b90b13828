"""A figure left blank is not stated: never drafted, tabled, compared or summed as 0.

The scratch run (fixtures/scratch/NOTES.md, stumbles 5 and 6): a description gave only the 三公
totals of last year and of the budget; the blank items were drafted as 0, which produced
“上年无此项支出” and “超支4.26” against a budget nobody gave, and income columns of 0.00.
"""

from decimal import Decimal

import pytest

from drafting.department import SanGong
from drafting.draft.drafter import draft
from drafting.numbers.facts import build_facts
from drafting.numbers.guard import verify


def _only_totals(small_data):
    """Last year's and the budget's 三公 as totals only, 购置费 and 出国 not given at all,
    and income with its 公共财政拨款 alone."""
    sg = small_data.sangong.model_copy(update={
        "actual": SanGong(total=Decimal("6.2"), reception=Decimal("2.5"), vehicle_operation=Decimal("3.7")),
        "budget": SanGong(total=Decimal("8")),
        "prior": SanGong(total=Decimal("5.9")),
    })
    income = [small_data.finance.income[0].model_copy(update={"carryover": None})]
    finance = small_data.finance.model_copy(update={"income": income})
    return small_data.model_copy(update={"sangong": sg, "finance": finance})


def _text(d) -> str:
    return "\n".join(b.text for b in d.report.blocks if b.kind != "table")


def _table(d, caption: str):
    return next(b for b in d.report.blocks if b.kind == "table" and caption in b.caption)


@pytest.fixture
def totals_only(small_data):
    return _only_totals(small_data)


def test_a_blank_item_is_none_in_the_model_not_zero(totals_only):
    assert totals_only.sangong.prior.reception is None
    assert totals_only.sangong.actual.vehicle_purchase is None


def test_no_item_is_compared_with_a_blank_budget_or_prior_figure(totals_only):
    text = _text(draft(totals_only))
    assert "上年无此项支出" not in text
    assert "超出预算" not in text and "超支" not in text
    assert "公务接待费2.50万元" in text and "公务用车运行维护费3.70万元" in text
    # the totals that were given are still compared
    assert "预算数8.00万元，节约1.80万元" in text


def test_an_item_never_given_is_not_written_as_no_expenditure(totals_only):
    text = _text(draft(totals_only))
    assert "公务用车购置费" not in text and "因公出国" not in text


def test_a_stated_zero_is_still_written_as_no_expenditure(small_data):
    assert "公务用车购置费无支出" in _text(draft(small_data))


def test_sangong_table_leaves_blank_cells_as_a_dash_and_drops_items_no_column_states(totals_only):
    rows = [[c.text for c in r] for r in _table(draft(totals_only), "三公").rows]
    header, body = rows[0], {r[0]: r for r in rows[1:]}
    assert "公务用车购置费" not in body and "因公出国(境)费" not in body
    reception = dict(zip(header, body["公务接待费"], strict=True))
    assert reception["预算数"] == "—" and reception["节约数"] == "—"
    assert reception["上年数"] == "—" and reception["增减数"] == "—"
    assert not any("超支" in c or "增加" in c for c in body["公务接待费"])


def test_income_table_leaves_out_columns_no_unit_states(totals_only):
    header = [c.text for c in _table(draft(totals_only), "收入").rows[0]]
    assert "公共财政拨款" in header
    assert "上年结转" not in header and "政府基金拨款" not in header and "其他收入" not in header


def test_blank_items_have_no_facts_so_a_draft_cannot_cite_them_as_zero(totals_only):
    paths = {f.path for f in build_facts(totals_only)}
    assert "sangong.prior.total" in paths
    assert "sangong.prior.reception" not in paths and "sangong.change.reception" not in paths
    assert "sangong.savings.reception" not in paths


def test_the_draft_of_totals_only_verifies(totals_only):
    assert verify(draft(totals_only).report, totals_only).failures == []


def test_check_does_not_add_blank_items_up_as_zero(totals_only):
    assert [w.message for w in totals_only.consistency_warnings() if "三公" in w.message] == []


def test_check_still_warns_when_stated_items_exceed_the_total(totals_only):
    over = totals_only.model_copy(update={"sangong": totals_only.sangong.model_copy(
        update={"prior": SanGong(total=Decimal("5.9"), reception=Decimal("7"))})})
    messages = [w.message for w in over.consistency_warnings() if "三公" in w.message]
    assert len(messages) == 1 and "超过合计 5.9" in messages[0]


def test_check_still_warns_when_every_item_is_stated_and_the_sum_is_off(small_data):
    wrong = small_data.model_copy(update={"sangong": small_data.sangong.model_copy(update={"prior": SanGong(
        total=Decimal("6"), reception=Decimal("2.8"), vehicle_operation=Decimal("3.1"),
        vehicle_purchase=Decimal(0), overseas=Decimal(0))})})
    assert any("上年数" in w.message for w in wrong.consistency_warnings())
