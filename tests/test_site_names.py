"""A web page's title line: the document's title, its publisher, then the site's name after a dash.

The site's name is no text of the report, and a brand is no dictionary word: it is no typo there. The
same characters in the report's own text are still read (invented text)."""

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

_BODY = "某县2023年度农业技术推广项目绩效自评报告\n一、项目基本情况\n本项目由县农业农村局实施，全年推广新技术12项，开发培训课程8门。\n"


def _typos(text: str) -> list[str]:
    return [f.quote for f in check_typos(read_text_string(text))]


def test_a_brand_in_the_site_name_after_a_pages_title_is_no_typo():
    head = "某县2023年度农业技术推广项目绩效自评报告某县农业农村局-楷发网文库\n\n"
    assert _typos(head + _BODY) == []


def test_the_same_slip_in_the_reports_own_text_is_still_found():
    text = "某县2023年度农业技术推广项目绩效自评报告\n一、项目基本情况\n本项目由县农业农村局实施，全年推广新技术12项，楷发培训课程8门。\n"
    assert _typos(text) == ["楷发"]
