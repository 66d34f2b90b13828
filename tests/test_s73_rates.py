"""Session 73: a completion rate beside one quantity undertaken and the same quantity done (实施工程200公里…完成200公里，
完工率为96%) is 100% whichever figure is its base; and a sum of money in the sentence (完成总投资24187万元) is no side
of a rate of 公里."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某县交通运输局2023年度项目支出绩效自评报告\n一、项目基本情况\n"


def _rates(line: str) -> list[tuple[str, str | None]]:
    found = review(read_text_string(_HEAD + line + "\n二、存在的问题\n无。\n")).findings
    return [(f.quote, f.suggestion) for f in found if f.rule == "sentence_rate"]


def test_one_quantity_undertaken_and_done_is_complete():
    line = ("我局实施农村公路提质改造工程200.031公里，完成总投资24187万元，（包含县乡道升级改造、自然村通硬化路项目），"
            "截至9月底，完成200.031公里建设任务，完工率为96%。")
    assert _rates(line) == [("96%", "将 96% 改为 100%，或核对 200.031公里 与 200.031公里")]


def test_the_rate_that_holds_is_quiet():
    assert _rates("我局实施农村公路提质改造工程200公里，截至9月底，完成200公里建设任务，完工率为100%。") == []


def test_two_quantities_unlike_leave_the_base_unknown():
    # 实施 names no side: the rate may be over another task the sentence does not give
    assert _rates("我局实施农村公路提质改造工程200公里，截至9月底，完成180公里建设任务，完工率为96%。") == []


def test_a_rate_of_other_units_is_not_read_against_them():
    assert _rates("我局实施农村公路提质改造工程200公里，完成全部建设任务，完成投资180万元，完工率为96%。") == []


def test_a_planned_quantity_is_its_base_as_before():
    assert _rates("全年计划新建村道80公里，实际完成80公里，完工率为96%。") == [
        ("96%", "将 96% 改为 100%，或核对 80公里 与 80公里")]
