"""A character dropped right before a figure (预算执率98.73% where the report writes 预算执行率): DEFECTS.md's
own example of a dropped character. The check asked only where two characters follow the stranded one; before
a figure one does. The report must write the longer form, with one character only between the two."""

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

HEAD = "某县财政局2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"


def _dropped(body: str) -> list[tuple[str, str]]:
    report = read_text_string(HEAD + body)
    return [(f.location.quote, f.suggestion) for f in check_typos(report) if f.rule == "language.dropped"]


def test_a_character_dropped_before_a_figure_is_found_where_the_report_writes_the_word():
    body = "全年预算执行率98.47%。其中基本支出预算执率98.73%，项目支出预算执行率95.1%。"
    assert _dropped(body) == [("算执率", "改为“算执行率”")]


def test_without_the_longer_form_in_the_report_nothing_is_said():
    body = "全年支出1181.6万元。其中基本支出预算执率98.73%，项目支出完成95.1%。"
    assert _dropped(body) == []


def test_two_different_characters_written_between_them_leave_it_unread():
    body = "资金执行率96.2%，资金执法率100%。其中基本支出资金执率98.73%。"
    assert _dropped(body) == []


def test_a_stranded_character_that_is_a_word_alone_is_meant():
    body = "全市财政收入增长6.1%，各县市区平均增长率5.2%。其中本市区率8.3%。"
    assert _dropped(body) == []


def test_a_bodys_name_cut_of_its_last_character_before_its_money_is_found():
    """The run ends on a whole word (委员): the report writes the body's name whole (委员会) and the five
    characters before the figure nowhere else without its last character."""
    body = "全年安排法律援助经费20万元、人民调解委员8万元。\n二、项目情况\n人民调解委员会项目8万元用于培训。"
    assert _dropped(body) == [("解委员", "改为“解委员会”")]


def test_members_counted_before_a_figure_are_no_body_cut_short():
    body = "全年聘请人民调解委员12名。\n二、项目情况\n人民调解委员会项目8万元用于培训。"
    assert _dropped(body) == []


def test_a_word_meant_whole_before_its_money_is_left_beside_a_longer_word():
    body = "全年项目完成投资1000万元。\n二、项目情况\n项目完成投资额超过年初计划。"
    assert _dropped(body) == []


def test_a_short_name_the_report_writes_again_without_a_figure_is_its_own():
    body = ("人民调解委员8万元。\n二、项目情况\n人民调解委员会项目8万元用于培训，"
            "聘请人民调解委员参加。")
    assert _dropped(body) == []
