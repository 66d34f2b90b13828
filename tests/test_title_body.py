"""The body a title's funds are looked up in: every text but the titles', read as each text alone."""

from drafting.checks.title_names import _funds_named_with
from drafting.checks.titles import UnitPlaces, title_years
from drafting.io.text_reader import read_text_string

TITLE = "某市2022年省级非遗保护资金2023年度绩效自评报告"


def _places(body: str):
    report = read_text_string(TITLE + "\n\n" + body)
    return report, UnitPlaces(report), title_years(report)


def test_the_body_leaves_the_titles_out_and_keeps_every_other_text_in_order() -> None:
    _, places, titles = _places("一、基本情况\n\n2023年下达省级非遗保护资金50万元。\n\n二、绩效目标")
    body = places.body(titles)
    assert TITLE not in body
    assert body.split("。") == ["一、基本情况", "2023年下达省级非遗保护资金50万元", "", "二、绩效目标"]


def test_the_body_is_built_once_for_the_same_titles() -> None:
    _, places, titles = _places("2023年下达省级非遗保护资金50万元。")
    assert places.body(titles) is places.body(titles)


def test_a_year_ending_one_text_never_reads_with_the_funds_opening_the_next() -> None:
    _, places, titles = _places("截至2023年\n\n省级非遗保护资金已拨付。\n\n截至2023年\n\n省级非遗保护资金已拨付。")
    unit, m = titles[0]
    assert m.group(1) == "2022"
    # the body names the funds with 2023 nowhere (the years end other texts), so the title's year is not the funds'
    assert not _funds_named_with(places.body(titles), unit, m, 2023)


def test_a_body_that_names_the_funds_with_the_decided_year_twice_makes_them_that_years() -> None:
    _, places, titles = _places("2023年下达省级非遗保护资金50万元。\n\n2023年省级非遗保护资金支出48万元。")
    unit, m = titles[0]
    assert _funds_named_with(places.body(titles), unit, m, 2023)
