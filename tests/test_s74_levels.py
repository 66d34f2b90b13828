"""Session 74: a project's title that names its region once (临泉县学前教育项目绩效自评(2019年)) says whose project it
is when the body calls itself by that region's level (我县) twice or more and more often than by any other: a
higher level's 我市 there is out of place. A publisher's title may end at 绩效自评, its year in brackets."""

from drafting.checks.unit_titles import project_region, title_unit_name
from drafting.io.text_reader import read_text_string
from drafting.review import review

_TITLE = "临泉县学前教育项目绩效自评(2019年)\n一、投入\n"


def _levels(body: str) -> list[str]:
    return [f.quote for f in review(read_text_string(_TITLE + body)).findings if f.rule.startswith("entities.")]


def test_a_body_calling_itself_by_the_titles_level_makes_the_region_its_own():
    body = "我县学前教育项目严格按照程序申报。\n我县新建幼儿园3所。\n二、产出\n本县学前三年毛入园率达到90%。\n"
    assert project_region(read_text_string(_TITLE + body)) == "临泉县"


def test_a_higher_levels_self_word_among_them_is_told():
    body = ("我县学前教育项目严格按照程序申报。\n今年我市支持学前教育项目资金1293.5万元，资金已全部到位。\n"
            "二、产出\n我县新建幼儿园3所，本县学前三年毛入园率达到90%。\n")
    assert _levels(body) == ["我市"]


def test_a_body_that_calls_itself_otherwise_leaves_the_region_unread():
    body = "我市学前教育项目严格按照程序申报。\n我市新建幼儿园3所，我县新建幼儿园1所。\n二、产出\n我市入园率达到90%。\n"
    assert project_region(read_text_string(_TITLE + body)) is None
    assert _levels(body) == []


def test_one_self_word_is_too_little():
    assert project_region(read_text_string(_TITLE + "我县学前教育项目严格按照程序申报。\n二、产出\n新建幼儿园3所。\n")) is None


def _scopes(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "entities.scope_level"]


_COUNTY = "某某县人力资源和社会保障局2021年度部门整体支出绩效自评报告\n一、部门基本概况\n负责全县就业工作的组织、协调工作。\n二、工作成效\n"


def test_a_frame_word_before_a_labels_colon_frames_nothing_after_it():
    # 服务 of 就业服务方面 is the label's noun, not 服务全省 (serving the province)
    assert _scopes(_COUNTY + "就业服务方面：2021年全省城镇新增就业6174人，职业技能培训3128人。\n") == ["全省"]


def test_a_frame_word_in_the_clause_still_frames():
    assert _scopes(_COUNTY + "全年积极服务全省就业大局，职业技能培训3128人。\n") == []


def test_a_title_ending_at_its_part_in_brackets_names_the_unit():
    text = ("攀枝花市西区人民政府办公室部门整体支出绩效自评(部门(单位)概况)\n一、部门(单位)概况\n"
            "(一)机构职能。\n负责全区政务服务工作；牵头负责全省民生工程工作。\n")
    assert title_unit_name(read_text_string(text)) == "攀枝花市西区人民政府办公室"
    found = review(read_text_string(text)).findings
    assert [(f.rule, f.quote) for f in found if f.rule.startswith("entities.")] == [("entities.duty_scope", "全省")]
