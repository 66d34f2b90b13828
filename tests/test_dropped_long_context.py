"""A dropped character whose stranded neighbour is often a word alone (文 of 文学, 10,253 times alone in
jieba's dictionary): found where the report writes the longer form with three characters agreeing on
each side of the gap, since a chance match of six characters is unlikely. A determiner or a level of
government (各, 市) standing before a noun is meant whatever the context; a short form the report uses
again, or one it coins on purpose (文联), is its own wording."""

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

HEAD = "某市文化局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"


def _dropped(body: str) -> list[tuple[str, str]]:
    report = read_text_string(HEAD + body)
    return [(f.location.quote, f.suggestion) for f in check_typos(report) if f.rule == "language.dropped"]


def test_a_character_dropped_after_one_often_alone_is_found_where_six_characters_agree():
    body = ("主要职责是开展对区级文艺术团体的联络和指导工作。\n"
            "二、年度工作\n全年由区级文学艺术团体举办展演12场，观众满意。\n")
    assert _dropped(body) == [("区级文艺术", "改为“区级文学艺术”")]


def test_five_characters_agreeing_are_not_enough_for_a_character_often_alone():
    body = ("主要职责是开展对区级文艺术团体的联络和指导工作。\n"
            "二、年度工作\n全年由区级文学艺术家举办展演12场，观众满意。\n")
    assert _dropped(body) == []


def test_a_determiner_before_a_noun_is_meant_beside_the_longer_form():
    body = ("年初要求各单位按时报送绩效目标。\n"
            "二、年度工作\n年末要求各类单位按时报送自评材料。\n")
    assert _dropped(body) == []


def test_a_city_named_before_its_office_is_meant_beside_the_full_name():
    body = ("配合市审计局开展专项审计。\n"
            "二、年度工作\n衢州市审计局对项目资金开展审计。\n")
    assert _dropped(body) == []


def test_a_short_form_the_report_writes_again_is_its_own():
    body = ("开展对区级文艺术团体的联络。\n二、年度工作\n区级文艺术团体演出12场，"
            "由区级文学艺术团体举办展演3场。\n")
    assert _dropped(body) == []


def test_a_short_name_coined_on_purpose_is_left_beside_the_full_name():
    body = ("市文联负责联络全市文学艺术界联合会会员。\n"
            "二、年度工作\n市文联全年组织采风活动6次，文学艺术界联合会会员参与。\n")
    assert _dropped(body) == []
