"""Session 73: an excerpt cut short in the section after an empty one (…(一)部门职能职责 / (二)机构设置及人员情况 / 泸西,
the text's last line) still shows the empty one: the section after it began. Headings with nothing at all after them
stand where the text was cut, as before."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = ("泸西县人民政府办公室2024年度部门整体支出绩效自评报告\n一、部门基本情况\n")


def _empty(text: str) -> list[str]:
    return [f.quote.strip() for f in review(read_text_string(text)).findings if f.rule == "structure.empty_heading"]


def test_an_empty_section_before_a_section_the_excerpt_cut_is_found():
    assert _empty(_HEAD + "（一）部门职能职责\n（二）机构设置及人员情况\n泸西县人民政府办公室内设") == ["（一）部门职能职责"]


def test_headings_with_nothing_after_them_stand_where_the_text_was_cut():
    assert _empty(_HEAD + "（一）部门职能职责\n（二）机构设置及人员情况\n") == []


def test_a_written_section_before_the_cut_is_quiet():
    text = _HEAD + "（一）部门职能职责\n负责县政府文件的起草和审核工作。\n（二）机构设置及人员情况\n泸西县人民政府办公室内设"
    assert _empty(text) == []
