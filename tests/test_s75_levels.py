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
