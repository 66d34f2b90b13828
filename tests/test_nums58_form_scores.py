"""A budget row's 得分 is 分值 × 执行率 (the template's formula): never more than that, whatever the layout."""

import pytest

from drafting.checks.arithmetic.forms import check_forms
from drafting.io.text_reader import read_text_string

HEADER = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


def _form(*row: str) -> str:
    """A form copied from a web page: one cell per line ending in a bar."""
    return "项目资金（万元） |\n" + "\n".join(c + " |" for c in [*HEADER, "年度资金总额", *row]) + "\n"


def _scores(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check_forms(read_text_string(text)) if f.rule.startswith("form_score")]


def test_a_full_score_for_a_partial_execution_is_reported_with_what_the_rate_earns():
    [f] = [f for f in check_forms(read_text_string(_form("300.00", "300.00", "228.00", "10", "76%", "10")))]
    assert f.rule == "form_score_over_rate" and f.quote == "10"
    assert "7.6" in f.message and [r.quote for r in f.related] == ["76%", "10"]
    assert f.evidence == "10 × 76% = 7.6（得分 = 分值 × 执行率）"


def test_a_score_far_above_weight_times_rate_is_reported_whatever_the_weight():
    assert _scores(_form("150万", "150万", "125.25万", "100", "83.5%", "98")) == [("form_score_over_rate", "98")]


@pytest.mark.parametrize("score", ["7.6", "7", "8", "0", "5.5"])
def test_a_score_at_or_below_weight_times_rate_or_rounded_up_to_its_precision_is_silent(score):
    """7.6 earned: 8 is 7.6 rounded up to a whole point; lower scores are deductions or bands, no slip."""
    assert _scores(_form("300.00", "300.00", "228.00", "10", "76%", score)) == []


def test_a_score_above_the_rate_but_matching_the_money_rate_is_silent():
    """The rate cell is wrong (that is the rate finding); 95 of 100 spent earns the 9.5 written."""
    found = check_forms(read_text_string(_form("100.00", "100.00", "95.00", "10", "76%", "9.5")))
    assert [f.rule for f in found] == ["form_rate"]


def test_a_rate_over_a_hundred_earns_the_weight_and_a_score_over_the_weight_is_one_finding():
    assert _scores(_form("100.00", "100.00", "104.00", "10", "104%", "10")) == []
    assert _scores(_form("100.00", "100.00", "98.00", "10", "98%", "12")) == [("form_score_over_weight", "12")]


def test_a_rate_written_as_the_ratio_itself_is_read_as_per_cent():
    assert _scores(_form("29.00", "29.00", "27.80", "9", "0.958", "8")) == []
    assert _scores(_form("29.00", "29.00", "20.30", "9", "0.7", "9")) == [("form_score_over_rate", "9")]


def test_rows_without_a_weight_or_a_score_are_not_scored():
    text = _form("100.00", "100.00", "76.00", "10", "76%", "7.6") + "\n".join(
        c + " |" for c in ["其中：当年财政拨款", "100.00", "100.00", "76.00", "——", "76%", "——"]) + "\n"
    assert _scores(text) == []
