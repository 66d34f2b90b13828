"""Session 75: a school or unit named in the title before what it spent on (某镇小学营养改善计划财政支出绩效评价报告)
is the report's own unit, whose level the level check reads: a township school's 全省 is out of place."""

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _levels(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule.startswith("entities.")]


def test_a_school_named_before_what_it_spent_on_is_the_unit():
    title = "仁兴镇小学营养改善计划财政支出绩效评价报告\n一、基本情况\n"
    assert "全省" in _levels(title + "全省现有在校学生2906人，教师179人，学生营养餐按时供应。\n")
    assert _levels(title + "全镇现有在校学生2906人，教师179人，学生营养餐按时供应。\n") == []


def test_a_peoples_organisation_by_its_short_name_is_the_unit():
    title = "湖南省侨联2023年度整体支出绩效自评报告\n一、单位基本情况\n"
    assert "全县" in _levels(title + "负责全县归侨、侨眷代表人士的联络工作，组织归侨、侨眷参加改革开放。\n")
    assert _levels(title + "负责全省归侨、侨眷代表人士的联络工作，组织归侨、侨眷参加改革开放。\n") == []
    assert "全省" in _levels("某县妇联2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
                              "负责全省妇女儿童工作的组织协调，维护妇女儿童合法权益。\n")
