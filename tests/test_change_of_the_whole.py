"""A change on last year stated after a total and its parts is the total's when the figures say so: the
change is held against the figure that makes it (the part nearest the change is no subject by being
nearest), and a total whose parts make the change is the one off when none does. A sentence a PDF broke
over a page is read joined, never from its second piece's first figure. Invented text."""

from __future__ import annotations

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string


def _changes(text: str) -> list[tuple[str, str]]:
    return [(f.rule or "", f.location.quote) for f in check_arithmetic(read_text_string(text))
            if (f.rule or "").startswith("sentence_change")]


LISTED = "本年支出{t}万元，其中基本支出800万元、项目支出400万元，比上年1,000万元增加200万元，增长20%。\n"
BRACKETS = "三公经费支出{t}万元（公务接待费4.50万元、公务用车运行维护费7.50万元），比上年15.00万元减少3.00万元，下降20%。\n"
PAGE = ("某县某局部门整体支出绩效自评报告\n一、部门概况\n本年支出{t}万元，其中基本支出800万元、项目支出\n- 2 -\n"
        "某县某局部门整体支出绩效自评报告\n400万元，比上年1,000万元增加200万元，增长20%。\n")


def test_a_wrong_total_before_its_parts_is_the_one_reported():
    assert _changes(LISTED.format(t="1,250")) == [("sentence_change", "1,250万元")]
    assert _changes(BRACKETS.format(t="12.50")) == [("sentence_change", "12.50万元")]
    assert _changes(PAGE.format(t="1,250")) == [("sentence_change", "1,250万元")]


def test_a_right_total_with_parts_listed_is_silent():
    assert _changes(LISTED.format(t="1,200")) == []
    assert _changes(BRACKETS.format(t="12.00")) == []
    assert _changes(PAGE.format(t="1,200")) == []


def test_a_change_of_the_part_itself_is_still_the_parts():
    text = "本年支出1,200万元，其中项目支出400万元，比上年300万元增加{d}万元，增长{p}%。\n"
    assert _changes(text.format(d=100, p="33.3")) == []
    assert _changes(text.format(d=150, p=50)) == [("sentence_change", "400万元")]


def test_a_rate_of_change_across_a_page_break():
    text = ("某县某局部门整体支出绩效自评报告\n一、部门概况\n本年支出1,200万元，比上年\n- 2 -\n"
            "某县某局部门整体支出绩效自评报告\n1,000万元增加200万元，增长{p}%。\n")
    assert _changes(text.format(p=25)) == [("sentence_change_rate", "25%")]
    assert _changes(text.format(p=20)) == []
