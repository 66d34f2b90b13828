"""Session 73: an indicator class's title with nothing under it (（1）产出指标) followed at once by its sibling, whose
section opens with items of its own (（2）效益指标 / ①经济效益指标：…), was left unwritten, colon or none. Two titles
back to back with no items below are still read as a list."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县教育局2023年度项目支出绩效自评报告\n三、绩效指标完成情况\n"
_TAIL = "四、存在的问题\n部分学校资金使用进度偏慢。\n"


def _empty(body: str) -> list[str]:
    found = review(read_text_string(_HEAD + body + _TAIL)).findings
    return [f.quote.strip() for f in found if f.rule == "structure.empty_heading"]


def test_an_indicator_class_with_nothing_under_it_before_one_with_items_is_empty():
    body = ("（1）产出指标\n（2）效益指标\n①经济效益指标：补助资金保障了学校的正常运转。\n"
            "②社会效益指标：改善了学生的学习条件。\n（3）满意度指标：学生和家长的满意度均在95%以上。\n")
    assert _empty(body) == ["（1）产出指标"]


def test_two_titles_with_no_items_below_are_a_list():
    assert _empty("（1）产出指标\n（2）效益指标\n全年各项指标均已完成，资金使用效益明显。\n") == []


def test_a_list_of_statements_is_no_empty_section():
    body = "（1）强化责任落实\n（2）完善制度建设\n①建立资金管理台账。\n②落实资金公示制度。\n"
    assert _empty(body) == []
