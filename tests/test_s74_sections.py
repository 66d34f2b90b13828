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
