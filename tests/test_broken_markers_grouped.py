"""Headings that each open with a lone ")" are one problem listed at every heading, not one finding a heading."""

from drafting.checks.broken_markers import broken_markers
from drafting.io.text_reader import read_text_string


def test_lone_brackets_opening_three_headings_are_one_finding_listing_all():
    text = ("一、部门基本情况\n)部门职能\n本局负责全县的统计工作。\n)机构设置\n本局内设三个股室。\n"
            "二、部门整体支出情况\n)预算执行情况\n全年支出120万元。\n")
    found = [f for f in broken_markers(read_text_string(text)) if f.rule == "structure.broken_marker"]
    assert len(found) == 1
    assert len(found[0].related) == 2 and "全文共3处" in found[0].message


def test_one_lone_bracket_is_one_finding_with_nothing_related():
    text = "一、部门基本情况\n)部门职能\n本局负责全县的统计工作。\n"
    found = broken_markers(read_text_string(text))
    assert [(f.rule, f.related) for f in found] == [("structure.broken_marker", [])]
