"""A rate in label-then-value lines whose label a narrow cell wrapped onto a second line (资金支 / 付率,
实际支付 / （万元）), or whose per-cent sign stands on a line of its own (95.00 / %), also across a PDF's
page break: the lines are read as the one label, the one value. Invented text."""

from __future__ import annotations

from drafting.checks.arithmetic.line_rates import check_line_rates
from drafting.io.text_reader import read_text_string

HEAD = "某县某项目支出绩效自评表\n"


def _quotes(text: str) -> list[str]:
    return [f.location.quote for f in check_line_rates(read_text_string(text))]


def _form(rate: str, gap: str = "\n", percent_line: bool = False) -> str:
    cells = ["预算资金（万元）", "200", "实际支付", "（万元）", "180", "资金支", "付率", rate]
    if percent_line:
        cells = [*cells[:-1], rate.rstrip("%"), "%"]
    return HEAD + "一、资金情况\n" + gap.join(cells) + "\n"


def test_a_wrong_rate_under_a_wrapped_label_is_found():
    assert _quotes(_form("95.00%")) == ["95.00%"]
    assert _quotes(_form("95.00%", gap="\n\n")) == ["95.00%"]
    assert _quotes(_form("95.00%", percent_line=True)) == ["95.00"]


def test_a_label_wrapped_over_a_page_break():
    text = HEAD + "一、资金情况\n预算资金（万元）\n200\n实际支付（万元）\n180\n资金支\n- 2 -\n" + HEAD + "付率\n{r}\n"
    assert _quotes(text.format(r="95.00%")) == ["95.00%"]
    assert _quotes(text.format(r="90.00%")) == []


def test_right_rates_and_labels_left_without_a_value_are_silent():
    assert _quotes(_form("90.00%")) == []
    assert _quotes(_form("90.00%", gap="\n\n")) == []
    assert _quotes(_form("90.00%", percent_line=True)) == []
    # a label with its value left blank, then a whole label of its own: no wrap
    assert _quotes(HEAD + "实际支付\n预算资金（万元）\n200\n实际支付（万元）\n180\n资金支付率\n90.00%\n") == []
    assert _quotes(HEAD + "预算资金（万元）\n200\n其中\n中央资金\n150\n资金支付率\n90.00%\n") == []
