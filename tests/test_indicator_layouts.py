"""The same 自评表 in every layout it is copied in: a defect the indicator rules find in a Word table is
found where the form is pasted as "|" rows (each row's cells in line, blank cells kept) and, for the
blanket claim, where each field stands on its own 标签：值 line; the clean twins stay silent. Rows
pasted as text that lost a merged cell (its category written once) are shifted and not read. Invented
forms."""

from __future__ import annotations

import pytest

from drafting.checks.blanket_claims import check_blanket_claims
from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Report, Table

_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_TOP = "某县文旅局2024年度送戏下乡项目绩效自评报告\n\n一、绩效指标完成情况\n\n"
_END = "\n\n二、自评结论\n\n经自评，本项目各项绩效指标均已完成。\n"
_ROWS = {
    "indicators.misfiled_satisfaction": (["", "质量指标", "观演群众满意率", "≥85%", "91%", "10", "10"],
                                         ["满意度指标", "服务对象满意度指标", "观演群众满意率", "≥85%", "91%", "10", "10"]),
    "claims.indicator_without_target": (["", "时效指标", "演出完成时间", "", "2024年10月", "10", "10"],
                                        ["", "时效指标", "演出完成时间", "2024年11月底前", "2024年10月", "10", "10"]),
    "claims.evidence_off_topic": (["效益指标", "生态效益指标", "减少演出垃圾", "≥20%", "演出86场", "10", "10"],
                                  ["效益指标", "生态效益指标", "减少演出垃圾", "≥20%", "垃圾减少25%", "10", "10"]),
    "claims.blanket_met_but_missed": (["产出指标", "数量指标", "送戏下乡场次", "≥120场", "104场", "20", "18"],
                                      ["产出指标", "数量指标", "送戏下乡场次", "≥120场", "126场", "20", "20"]),
}
_FIRST = ["产出指标", "数量指标", "演出剧目数量", "≥6个", "7个", "10", "10"]


def _word(rows: list[list[str]]) -> Report:
    top = read_text_string(_TOP + "@" + _END)
    blocks = [Table(rows=[[Cell(text=t) for t in r] for r in (_HEAD, *rows)]) if getattr(b, "text", "") == "@" else b
              for b in top.blocks]
    return Report(blocks=blocks)


def _piped(rows: list[list[str]]) -> Report:
    return read_text_string(_TOP + "\n".join("| " + " | ".join(r) + " |" for r in (_HEAD, *rows)) + _END)


def _flattened(rows: list[list[str]], sep: str = "\n\n", width: int = 7) -> Report:
    """One cell per line (blank lines between or not), blank cells lost; ``width`` 5: a form without weights."""
    return read_text_string(_TOP + sep.join(c for r in (_HEAD, *rows) for c in r[:width] if c) + _END)


def _flat_tight(rows: list[list[str]]) -> Report:
    return _flattened(rows, "\n")


def _flat_unscored(rows: list[list[str]]) -> Report:
    return _flattened(rows, width=5)


def _flat_unscored_tight(rows: list[list[str]]) -> Report:
    return _flattened(rows, "\n", width=5)


def _run_together(rows: list[list[str]], sep: str = "  ") -> Report:
    """Each row on a line, its cells parted by blanks (two, or one), a blank cell lost: a group's category
    cells written once go missing from the rows after its first."""
    return read_text_string(_TOP + "\n".join(sep.join(c for c in r if c) for r in (_HEAD, *rows)) + _END)


def _run_together_single(rows: list[list[str]]) -> Report:
    return _run_together(rows, " ")


def _rules(report: Report) -> list[tuple[str, str]]:
    found = [f for f in check_claims(report, stock_claims=True) if f.rule != "claims.strong_claim"] + check_blanket_claims(report)
    return [(f.rule, f.location.quote) for f in found]


@pytest.mark.parametrize("build", [_word, _piped])
@pytest.mark.parametrize("rule", list(_ROWS))
def test_a_defect_found_in_a_word_table_is_found_in_piped_rows(build, rule):
    bad, clean = _ROWS[rule]
    assert [r for r, _ in _rules(build([_FIRST, bad]))] == [rule]
    assert _rules(build([_FIRST, clean])) == []


@pytest.mark.parametrize("build", [_flattened, _flat_tight, _flat_unscored, _flat_unscored_tight])
@pytest.mark.parametrize("rule", [r for r in _ROWS if r != "claims.indicator_without_target"])  # (a blank cell is lost)
def test_a_defect_found_in_a_word_table_is_found_in_a_form_flattened_one_cell_a_line(build, rule):
    bad, clean = _ROWS[rule]
    assert [r for r, _ in _rules(build([_FIRST, bad]))] == [rule]
    assert _rules(build([_FIRST, clean])) == []


def test_a_flattened_form_without_weights_whose_cells_fit_no_row_is_not_read():
    cells = [*_HEAD[:5], "产出指标", "数量指标", "送戏下乡场次", "≥120场", "104场", "质量指标", "观演群众满意率", "≥85%"]
    report = read_text_string(_TOP + "\n\n".join(cells) + "\n\n观演群众反映良好，达到预期。" + _END)
    assert _rules(report) == []


@pytest.mark.parametrize("build", [_run_together, _run_together_single])
@pytest.mark.parametrize("rule", [r for r in _ROWS if r != "claims.indicator_without_target"])
def test_a_defect_found_in_a_word_table_is_found_in_rows_run_together_on_lines(build, rule):
    bad, clean = _ROWS[rule]
    assert [r for r, _ in _rules(build([_FIRST, bad]))] == [rule]
    assert _rules(build([_FIRST, clean])) == []


def test_run_together_rows_that_lost_a_cell_within_or_lines_of_prose_are_not_read():
    rows = [_FIRST, ["", "时效指标", "演出完成时间", "", "2024年10月", "10", "10"],  # its target lost: shifted
            ["", "数量指标", "送戏下乡场次", "≥120场", "", "20", "0"]]  # its actual lost
    assert _rules(_run_together(rows)) == []
    prose = "三级指标 年度指标值 实际完成值 均按表填写\n本年 送戏下乡 104场，指标值 ≥120场\n"
    assert _rules(read_text_string(_TOP + prose + _END)) == []


def test_piped_rows_that_lost_a_cell_within_or_stand_under_no_indicator_column_are_not_read():
    head = "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| 产出指标 | 数量指标 | 演出剧目数量 | ≥6个 | 7个 |\n"
    shifted = head + "| 产出指标 | 时效指标 | 演出完成时间 | 按计划 |\n"  # its actual (or target) lost
    goals = "| 年度目标 | 预期目标 | 实际完成目标 |\n| 效益指标 | 社会效益指标 | 丰富群众文化生活 |\n"
    for table in (shifted, goals):
        assert _rules(read_text_string(_TOP + table + "\n二、存在问题\n\n无。\n")) == []


def test_piped_rows_that_lost_their_group_s_merged_category_cells_are_read_under_their_columns():
    head = "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| 产出指标 | 数量指标 | 演出剧目数量 | ≥6个 | 7个 |\n"
    for row in ("| 质量指标 | 观演群众满意率 | ≥85% | 91% |\n", "| 观演群众满意率 | ≥85% | 91% |\n"):
        found = _rules(read_text_string(_TOP + head + row + "\n二、存在问题\n\n无。\n"))
        assert found == [("indicators.misfiled_satisfaction", "观演群众满意率")]


_FIELDS = "三级指标：{name}\n年度指标值：{target}\n实际完成值：{actual}\n"


def _fields(actual: str, claim: str = "经自评，本项目各项绩效指标均已完成。", target: str = "≥120场") -> list[str]:
    text = (_TOP + _FIELDS.format(name="演出剧目数量", target="≥6个", actual="7个") + "\n"
            + _FIELDS.format(name="送戏下乡场次", target=target, actual=actual) + "\n二、自评结论\n\n" + claim + "\n")
    return [f.message for f in check_blanket_claims(read_text_string(text))]


def test_a_blanket_claim_over_fields_on_their_own_lines_that_missed():
    [message] = _fields("104场")
    assert message.endswith("有1项未达到指标值：送戏下乡场次（指标值≥120场，实际104场）")


@pytest.mark.parametrize(("actual", "claim", "target"), [
    ("126场", "经自评，本项目各项绩效指标均已完成。", "≥120场"),  # met
    ("104场", "除送戏下乡场次外，其余指标均已完成。", "≥120场"),  # the miss admitted
    ("104场", "经自评，本项目各项绩效指标均已完成。", "120场"),  # a target with no comparator says nothing
])
def test_fields_on_their_own_lines_met_or_the_miss_admitted_are_silent(actual, claim, target):
    assert _fields(actual, claim, target) == []


@pytest.mark.parametrize("build", [_word, _piped])
def test_a_target_that_is_only_full_coverage_is_measurable(build):
    row = ["效益指标", "社会效益指标", "村级文化活动室覆盖面", "全覆盖", "全覆盖", "10", "10"]
    assert _rules(build([_FIRST, row])) == []


def test_a_typo_in_a_piped_row_s_category_cell_shifts_no_column():
    row = ["效益指标", "社会效益效益指标", "村级文化活动室覆盖面", "≥90%", "95%", "10", "10"]
    assert _rules(_piped([_FIRST, row])) == []
