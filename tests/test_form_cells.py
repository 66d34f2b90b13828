"""A form row's planned and actual cells run together on one line are no doubled word or repeated clause;
the same words doubled inside a phrase of prose still are (issue 9: planned and actual columns with the
same text are no defect). Invented wording throughout."""

import pytest

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

_RULES = ("language.doubled_word", "language.repeated_clause", "language.repeated_sentence")


def said_twice(text: str) -> list[str]:
    report = read_text_string(text)
    return [f.quote for f in check_language(report) if f.rule in _RULES]


@pytest.mark.parametrize("row", [
    "产出指标 时效指标 完成时间 2023年12月底前，按期完成按期完成 10 10",  # spaces between cells, the two run together
    "完成时间\t12月底前，按期完成按期完成\t5\t5",  # tabs
    "社会效益 村容村貌 显著提高，显著提高显著提高 10 9",
    "效益指标 社会效益指标 水质达标 水质达标，达标达标 10 10 无",  # a deviation's reason after the scores
    "产出指标，时效指标 完成时间按期完成按期完成 10 10",  # the label glued on before the two cells
    "可持续影响 管护机制 健全长效管护机制，提升服务水平；健全长效管护机制，提升服务水平； 10 10",
])
def test_a_rows_target_and_actual_cells_run_together_are_no_slip(row):
    """The row ends in its 分值 and 得分 cells; the words said twice fill the cells between the row's
    other cells, nothing glued to them."""
    text = "三、绩效指标完成情况\n" + row + "\n满意度指标 服务对象满意度 ≥90% 95% 10 9\n"
    assert said_twice(text) == []


def test_a_forms_cells_one_per_line_run_together_are_no_slip():
    """One cell per line, the target and actual cells on one line, the 分值 and 得分 on the lines after it."""
    text = ("效益指标\n\n资金拨付\n\n保障专项资金及时足额拨付，提高资金使用效益。保障专项资金及时足额拨付，提高资金使用效益。"
            "\n\n10\n\n10\n\n完成时间\n\n按期完成按期完成\n\n5\n\n5\n")
    assert said_twice(text) == []


def test_a_cells_target_said_under_its_header_on_the_same_line_is_no_slip():
    text = "评价内容：年度指标值 实际完成值 进度要求：按期完成按期完成，完成率100%。"
    assert said_twice(text) == []


@pytest.mark.parametrize(("text", "quote"), [
    # glued to the words after it: a slip inside a phrase, in a row as in prose
    ("产出指标 数量指标 培训任务 按期完成，完成培训培训任务 10 10", "培训培训"),
    ("根据根据《某省预算绩效管理办法》，我局开展了自评。\n10\n10\n", "根据根据"),
    # prose, the doubled phrase standing alone between marks: no form around it
    ("今年我局全力推进乡村建设，村容村貌：显著提高显著提高，群众好评不断。", "显著提高显著提高"),
    # a row's cells, but the doubled words inside a longer cell
    ("社会效益 村容村貌 全镇村容村貌显著显著提高，群众满意 10 9", "显著显著"),
])
def test_a_doubled_word_inside_its_phrase_or_in_prose_is_still_a_slip(text, quote):
    assert said_twice(text) == [quote]


def test_a_clause_said_twice_in_a_paragraph_of_prose_is_still_found():
    """The same two clauses twice inside a paragraph that goes on: no form's cells end there."""
    text = ("二、资金管理情况\n按照年度计划执行；加强专项资金全程监管，确保资金使用安全；加强专项资金全程监管，确保资金使用安全；"
            "严格执行报账审批程序。\n")
    assert said_twice(text) == ["加强专项资金全程监管，确保资金使用安全；"]


def test_a_paragraph_followed_by_a_page_number_is_no_form_cell():
    """A PDF's page number on the line after a paragraph is one figure, not a row's 分值 and 得分."""
    text = "我局认真落实各项政策，显著提高显著提高。\n5\n三、下一步工作\n"
    assert said_twice(text) == ["显著提高显著提高"]


def test_a_rows_year_cells_run_together_are_no_year_written_twice():
    """完成时间's target and actual cells, both the year, run together; in prose the same year twice is a slip."""
    row = "产出指标 时效指标 完成时间，2023年2023年 10 10\n"
    assert [f.rule for f in check_language(read_text_string(row)) if f.rule.startswith("language.doubled")] == []
    assert said_twice("截至2023年2023年底，全县共培训农民500人次。") == ["2023年2023年"]


def test_a_rows_first_cell_merged_across_two_columns_and_copied_twice_is_no_slip():
    """一级指标 merged across two columns is copied once for each; the row ends in its 分值 and 得分."""
    rows = ("产出指标产出指标数量指标 培训人次，≥300人次 320人次 10 10\n"
            "满意度指标满意度指标 服务对象满意度，≥90% 95% 10 9\n")
    assert said_twice(rows) == []
    # the same words at a line's start in prose, no figure cells closing it, are a slip
    assert said_twice("产出指标产出指标全部完成，质量达标。\n") == ["产出指标产出指标"]


def test_a_cell_one_per_line_between_its_rows_figures_is_no_slip():
    """分值 before the target and actual cells, 得分 after them, one cell per line."""
    text = "产出指标\n\n完成时间\n\n10\n\n按期完成按期完成，\n\n10\n\n无\n\n效益指标\n"
    assert said_twice(text) == []


def test_a_row_under_a_target_and_actual_header_is_no_slip_but_prose_after_the_next_heading_is():
    """A table of 年度目标 and 实际完成情况 with no score columns: its header names the two columns."""
    table = "一、年度总体目标完成情况\n年度目标\t实际完成情况\n保障机关运转，确保资金拨付到位，确保资金拨付到位。\n完成时间\t按期完成按期完成，\n"
    assert said_twice(table) == []
    prose = table + "二、其他说明\n我局全面加强管理，确保资金拨付到位，确保资金拨付到位。\n"
    assert said_twice(prose) == ["确保资金拨付到位。"]
