"""A line ending in a file's extension is the file's name as its uploader saved it (a document site's heading:
某局2021部门整体绩效自评报告.pdf), not a sentence of the report: a year named tersely there lost no 年 the
report wrote (pool62 p13; invented wording)."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_BODY = "\n\n一、基本情况。本局2021年收入100万元,支出98万元。\n"


def _dropped(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "language.dropped"]


def test_a_year_in_a_file_name_line_is_left():
    assert _dropped("某市交通运输局2021部门整体绩效自评报告.pdf" + _BODY) == []
    assert _dropped("某市交通运输局2021部门整体绩效自评报告.DOCX" + _BODY) == []


def test_the_same_title_without_an_extension_is_still_read():
    assert _dropped("某市交通运输局2021部门整体绩效自评报告" + _BODY) == ["2021部"]


def test_a_year_in_running_text_after_a_file_name_line_is_still_read():
    text = "某市交通运输局2021年部门整体绩效自评报告.pdf\n\n一、基本情况。\n2021全年支出120万元,其中基本支出80万元。\n"
    assert _dropped(text) == ["2021全"]
