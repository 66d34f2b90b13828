"""The form's goal (年度总体目标 | 预期目标) told again in the narrative's discussion of results is a
restatement, not a run pasted into a sentence: the partial-splice rule is quiet on it, while a run pasted
into a sentence of ordinary text is still found."""

from drafting.checks.splices import find_partial_splices, find_splices
from drafting.io.text_reader import read_text_string
from drafting.report import Paragraph, Report

_NARRATIVE = ("项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为92分。项目绩效目标完成情况：一是产出指标方面，"
              "开展送戏下乡活动86场，观众达到4万人次；二是效益指标方面，加快构建公共文化服务体系；"
              "传承地方戏曲艺术精华，丰富农村群众精神文化生活，扩大群众文化参与度。三是满意度指标方面，观众满意度达到了设定的指标值。\n")
_FORM = ("项目支出绩效自评表\n年度总体目标\n预期目标\n实际完成情况\n"
         "通过项目实施，开展送戏下乡系列活动，达到传承地方戏曲艺术精华，丰富农村群众精神文化生活，扩大群众文化参与面，"
         "提升百姓幸福指数的工作目标。\n已完成。\n")


def test_the_goal_cell_after_the_forms_header_is_read_as_the_goal_field():
    from drafting.checks.goal_fields import in_goal_field

    units = list(read_text_string(_NARRATIVE + _FORM).units())
    goal = next(i for i, u in enumerate(units) if u.text.startswith("通过项目实施"))
    assert in_goal_field(units, goal)
    assert not in_goal_field(units, goal + 1)  # the actual-result cell follows a long cell
    assert not in_goal_field(units, 0)


def test_the_goals_words_restated_in_the_results_are_no_splice():
    assert find_partial_splices(read_text_string(_NARRATIVE + _FORM)) == []


DUTY = "主要职责是贯彻执行国家和省有关文化工作的方针政策，组织开展群众性文化艺术活动，辅导和培训基层文化骨干。"


def form(*lines: str) -> Report:
    return Report(blocks=[Paragraph(text=t) for t in lines])


def test_a_duty_run_pasted_into_the_goal_cell_is_still_a_splice():
    run = "组织开展群众性文化艺术活动，辅导和"
    goal = "全年资金全部按进度拨付到项目单位，资金使用规范。"
    k = goal.index("拨付到")
    r = form("主要职责", DUTY, "年度总体目标", "预期目标", "实际完成情况", goal[:k] + run + goal[k:], "已完成。")
    [f] = find_splices(r)
    assert f.location.quote == run
