"""Session 74: a publisher's title that ends at 绩效自评 with the year evaluated in brackets (某县学前教育项目绩效自评
(2020年)) is the report's title, so a year the body contradicts is told there; a fund's year before 绩效自评 (某区2021年
中央…补助资金绩效自评) is still no title's year."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_BODY = ("一、投入\n我县2019年学前教育项目严格按照程序申报，2019年度预算资金1293.5万元。\n"
         "二、产出\n截至2019年12月31日，新建幼儿园3所，2019年学前三年毛入园率达到90%。\n")


def _titles(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in review(read_text_string(text)).findings if f.rule.startswith("dates.")]


def test_a_title_with_its_year_in_brackets_after_ziping_is_read():
    assert _titles("title: 临泉县学前教育项目绩效自评(2020年)\n" + _BODY) == [("dates.stale_title", "2020年")]


def test_the_same_title_with_the_bodys_year_is_quiet():
    assert _titles("title: 临泉县学前教育项目绩效自评(2019年)\n" + _BODY) == []


def test_a_funds_year_before_ziping_is_no_titles_year():
    text = "某区2018年中央化肥减量增效项目补助资金绩效自评\n2019年度项目支出绩效自评表\n" + _BODY
    assert _titles(text) == []
