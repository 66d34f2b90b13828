"""Readings of a report that several checks share (``checks/held``): found once while a review holds
the report still, afresh otherwise, and always what reading the report again would give."""

from drafting.checks.arithmetic import form_cells as fc
from drafting.checks.held import once_held
from drafting.io.text_reader import read_text_string
from drafting.report import Paragraph

_FORM = "项目名称  甲项目\n年初预算数  预算执行数  执行率\n100  90  90%"


def test_a_reading_is_made_once_while_the_report_is_held_still():
    calls = []

    def read(report):
        calls.append(report)
        return len(report.blocks)

    once = once_held(read)
    report = read_text_string(_FORM)
    with report.held_still():
        assert once(report) == once(report) == len(report.blocks)
        assert len(calls) == 1
    once(report)  # not held: read again
    assert len(calls) == 2


def test_another_report_or_the_same_one_changed_is_read_again():
    once = once_held(lambda report: [b.text for b in report.blocks if hasattr(b, "text")])
    first, second = read_text_string("甲。"), read_text_string("乙。")
    with first.held_still():
        assert once(first) == ["甲。"]
        with second.held_still():
            assert once(second) == ["乙。"]
        assert once(first) == ["甲。"]
    first.blocks = [*first.blocks, Paragraph(text="丙。")]
    with first.held_still():
        assert once(first) == ["甲。", "丙。"]


def test_each_caller_gets_its_own_list_of_the_same_form_cells():
    report = read_text_string(_FORM)
    fresh = fc.form_cells(report)
    with report.held_still():
        one, two = fc.form_cells(report), fc.form_cells(report)
        assert one == two == fresh and one is not two
        one.clear()
        assert fc.form_cells(report) == fresh
    assert [c.text for c in fresh][:2] == ["项目名称", "甲项目"]
