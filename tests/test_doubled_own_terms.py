"""Four characters no dictionary knows, written twice in a row, where the report writes them by themselves
elsewhere (统贷统还统贷统还 in a report on a 统贷统还 loan): a term of the report's own said twice is a slip.
Without that, four unknown characters repeated may be the seam of other words, and stay quiet."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

HEAD = "某县财政局2023年度部门整体支出绩效自评报告\n"


def _doubled(body: str) -> list[str]:
    return [f.location.quote for f in check_language(read_text_string(HEAD + body))
            if f.rule == "language.doubled_word"]


def test_a_term_the_report_writes_elsewhere_said_twice_in_a_row_is_found():
    body = "一、项目概况\n项目采取统贷统还方式筹集资金。\n二、实施情况\n按照统贷统还统贷统还原则，全年偿还本息1200万元。"
    assert _doubled(body) == ["统贷统还统贷统还"]


def test_four_unknown_characters_repeated_with_no_use_of_their_own_stay_quiet():
    body = "二、实施情况\n按照统贷统还统贷统还原则，全年偿还本息1200万元。"
    assert _doubled(body) == []


def test_the_term_in_a_flattened_forms_cells_run_together_stays_quiet():
    body = ("一、项目概况\n项目采取统贷统还方式筹集资金。\n"
            "指标名称 年度指标值 实际完成值\n偿还方式 统贷统还统贷统还 100")
    assert _doubled(body) == []
