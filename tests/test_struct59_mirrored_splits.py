"""A budget split into sources that add up to it exactly shows the sources are all there is, so the
spending named by those sources must add up to the total spent: found at the total where it does not.
Silent where the spending adds up (within the rounding shown), where the budget's sources do not add up
to it (they may be a few of many), where a source has no spending figure, and where no total is named."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_TITLE = "某县交通运输局2022年度项目支出绩效自评报告\n一、项目资金情况\n"
_SPLIT = "年初预算1500.5万元，其中专项资金300.25万元，财政拨款资金1200.25万元。"
_SPENT = "专项资金支出200.10万元，执行率67%，财政资金支出{part}万元，执行率{rate}%，总支出{total}万元，执行率{all}%。\n"


def _found(text: str) -> list[str]:
    return [f.quote for f in _all(text)]


def _all(text: str) -> list:
    return [f for f in review(read_text_string(_TITLE + text)).findings if f.rule == "mirrored_split_sum"]


def test_spending_by_the_budgets_own_sources_that_misses_the_total_is_found_at_the_total():
    text = _SPLIT + _SPENT.format(part="900.00", rate=75, total="1300.10", all=87)
    assert _found(text) == ["1300.10万元"]


def test_the_message_gives_the_sum_of_the_parts():
    [f] = _all(_SPLIT + _SPENT.format(part="900.00", rate=75, total="1300.10", all=87))
    assert "1100.10" in f.message and f.rule == "mirrored_split_sum"


def test_spending_that_adds_up_is_left_alone():
    assert _found(_SPLIT + _SPENT.format(part="900.00", rate=75, total="1100.10", all=73)) == []


def test_sources_that_do_not_add_up_to_the_budget_may_be_a_few_of_many_and_are_left_alone():
    text = _SPLIT.replace("1200.25", "1000.25") + _SPENT.format(part="900.00", rate=75, total="1300.10", all=87)
    assert _found(text) == []


def test_a_source_with_no_spending_figure_is_left_alone():
    text = _SPLIT + "专项资金支出200.10万元，执行率67%，总支出1300.10万元，执行率87%。\n"
    assert _found(text) == []


def test_no_total_named_is_left_alone():
    text = _SPLIT + "专项资金支出200.10万元，执行率67%，财政资金支出900.00万元，执行率75%。\n"
    assert _found(text) == []
