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
