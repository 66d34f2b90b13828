"""Session 74: a numbered item whose title runs on into its text after a full stop (1.项目资金到位情况。20xx年1月收到…) is
written text though the text opens with a figure, so a section left empty before it is not where the excerpt was cut."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某市人民医院20xx年艾滋病防治项目绩效自评报告\n一、项目基本情况\n我院广泛开展防治艾滋病知识宣传，参与指导基层防治工作。\n"


def _empty(text: str) -> list[str]:
    return [f.quote.strip() for f in review(read_text_string(text)).findings if f.rule == "structure.empty_heading"]


def test_an_empty_section_before_an_item_run_on_into_figures_is_found():
    text = _HEAD + "二、项目绩效自评工作开展情况\n三、项目绩效实现情况\n（一）项目资金情况\n1.项目资金到位情况。20xx年1月收到"
    assert _empty(text) == ["二、项目绩效自评工作开展情况"]


def test_an_item_title_with_a_page_number_after_its_stop_is_no_text():
    text = _HEAD + "二、项目绩效自评工作开展情况\n三、项目绩效实现情况\n（一）项目资金情况\n1.项目资金到位情况。 12"
    assert _empty(text) == []


_GOALS = ("某镇中心学校2023年义务教育公用经费项目绩效自评报告\n一、绩效目标完成情况\n(1)产出指标\n"
          "①数量指标:2023年,我校应补助人数1218人,实际补助人数1218人。\n②时效指标:补助资金到位率为100%。\n")


def test_a_field_title_before_a_sibling_answered_after_its_colon_is_unanswered():
    text = _GOALS + "(2)效益指标\n(3)满意度指标(服务对象满意度指标):学生和家长的满意度均大于95%。\n二、存在的问题\n无。\n"
    assert _empty(text) == ["(2)效益指标"]


def test_a_field_title_with_its_own_answer_below_is_answered():
    text = (_GOALS + "(2)效益指标\n保障了学校正常运转，办学条件得到改善。\n"
            "(3)满意度指标(服务对象满意度指标):学生和家长的满意度均大于95%。\n二、存在的问题\n无。\n")
    assert _empty(text) == []


_PROJECT = ("某镇2024年中央单位定点帮扶资金项目绩效自评报告\n一、资金使用情况:\n"
            "根据县委农村工作领导小组办公室文件，下达我镇帮扶资金100万元，已全部拨付到位。\n")


def test_a_sections_result_closed_by_its_colon_before_a_written_sibling_is_empty():
    text = _PROJECT + "二、项目实施结果:\n三、检查验收结果:\n项目于2024年7月18日开工建设，已通过县级验收，运行良好。\n"
    assert _empty(text) == ["二、项目实施结果:"]


def test_a_list_statement_closed_by_its_colon_is_no_section():
    text = _PROJECT + "二、加强资金监管:\n三、完善验收制度:\n项目于2024年7月18日开工建设，已通过县级验收，运行良好。\n"
    assert _empty(text) == []
