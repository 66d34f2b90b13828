"""Review flags what a chat model left in a report, and nothing a finance officer writes."""

from drafting.checks.foreign import check_foreign_text
from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.review import review


def _quotes(text: str) -> list[str]:
    return [f.quote for f in check_foreign_text(read_text_string(text))]


def test_echoed_instructions_and_chat_are_flagged_where_they_stand():
    text = ("一、部门概况\n系统提示如下：你是一名财政绩效报告写作助手。\n"
            "好的，以下是为您撰写的部门整体支出情况。\n本局2023年预算收入100万元。\n```\n")
    assert _quotes(text) == ["系统提示如下", "好的，以下是", "```"]


def test_the_finding_reaches_the_review_as_its_own_kind():
    result = review(read_text_string("一、概况\n作为AI语言模型，我无法核实以下数据。\n"))
    assert [f.kind for f in result.findings if f.rule == "foreign.model_text"] == [Kind.FOREIGN_TEXT]


def test_report_prose_masked_copies_and_prompts_to_staff_are_left_alone():
    text = ("一、概况\n20**年**月，**局开展绩效自评。\n根据系统内提示，及时整改问题。\n"
            "希望各股室加强协作，如有问题及时报告。\n二、下一步工作\n")
    assert _quotes(text) == []


def test_a_templates_instruction_left_in_the_report_is_flagged():
    report = read_text_string("（二）项目资金申报及批复情况\n说明项目资金申报、批复及预算调整等程序的相关情况。\n"
                              "项目实施单位：（请填写实施单位全称）")
    quotes = [f.quote for f in check_foreign_text(report) if f.rule == "foreign.template_instruction"]
    assert quotes == ["说明项目资金申报、批复及预算调整等程序的相关情况。", "（请填写实施单位全称）"]


def test_prose_that_uses_the_word_shuoming_is_not_an_instruction():
    text = "满意度达98%，说明群众认可度高。\n说明：本表金额单位为万元。\n说明了资金使用情况等。\n通过调查，说明项目实施效果良好。"
    assert [f for f in check_foreign_text(read_text_string(text)) if f.rule == "foreign.template_instruction"] == []
