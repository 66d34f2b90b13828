"""A half-width comma after a character closes a clause; only between digits is it a thousands separator
(pool63 p03: …沟通,90%以上… read no figure at all, so a claim the figure backs was reported as unbacked)."""

from decimal import Decimal

from drafting.numbers.extract import MentionKind, extract


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[m.start:m.end], m.value, m.unit.value) for m in extract(text) if m.is_claim]


def test_a_figure_after_a_clause_comma_is_read():
    assert _read("经现场回访,85%以上的观众表示喜欢") == [("85%以上", Decimal(85), "%")]
    assert _read("全年支出,120万元用于设备购置") == [("120万元", Decimal(120), "万元")]


def test_a_thousands_separator_between_digits_is_still_one_number():
    assert _read("收入1,234元") == [("1,234元", Decimal(1234), "元")]
    assert _read("资金12,345.6万元") == [("12,345.6万元", Decimal("12345.6"), "万元")]


def test_the_digits_after_a_separator_that_groups_no_thousands_are_not_a_figure_of_their_own():
    assert all(m.value != 23 for m in extract("编号1,23为空"))


def test_a_date_and_a_year_after_a_clause_comma_are_read_as_such():
    kinds = [m.kind for m in extract("经核查,2021年12月31日前已完成;此前,2020年度未开展")]
    assert kinds == [MentionKind.DATE, MentionKind.YEAR]
