"""A flattened 自评表 whose cells each end in " |" (a blank cell a line of "|" alone, a run of blank cells
a line of several "|") is read as the same table as the plain one-cell-per-line layout: the marks are
cell ends, not text; a blank cell stays a blank cell of its column (a blank reason is not filled from the
next row, a blank category cell continues its group); a name longer than a plain line's cell is a cell
here, its end being marked; a last row cut short by the text's end is left out of the table."""

from __future__ import annotations

from drafting.findings import Finding
from drafting.io.text_reader import read_text_string
from drafting.report import Table
from drafting.review import review


def _piped(*cells: str) -> str:
    """Cells one per line, each ending in " |"; an empty cell written as a line holding only "|"."""
    return "\n".join(f"{c} |" if c and set(c) != {"|"} else (c or "|") for c in cells)


def _plain(*cells: str) -> str:
    return "\n\n".join(c for c in cells if c and set(c) != {"|"})


def _report(form: str, tail: str = "二、存在问题\n\n本项目个别指标未完成。\n") -> str:
    return f"某项目2023年度绩效自评报告\n\n一、绩效指标完成情况\n\n{form}\n\n{tail}"


def _tables(text: str) -> list[list[list[str]]]:
    return [[[("^" if c.merged else c.text) for c in row] for row in b.rows]
            for b in read_text_string(text).blocks if isinstance(b, Table)]


def _findings(text: str, rule: str = "indicators.missed_full_score") -> list[Finding]:
    return [f for f in review(read_text_string(text)).findings if f.rule == rule]


HEADER = ("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
          "未完成原因及拟采取的改进措施", "")
# each row: its categories (blank when the group goes on), name, weight, target, actual, score, reason,
# and the header's trailing unnamed column (blank)
ROWS = ("产出指标(60分)", "数量指标", "修缮农村危房户数", "20", "≥120户", "126户", "20", "", "",
        "", "", "开展技能培训场次", "20", "≥8场", "9场", "20", "", "",
        "", "质量指标", "房屋验收合格率", "20", "100%", "100%", "20", "", "",
        "效益指标(40分)", "社会效益指标", "受益群众满意度", "40", "≥95%", "97%", "40", "", "")
MISSED = tuple("≥150人" if c == "≥8场" else "132人" if c == "9场" else c for c in ROWS)  # missed, full marks


def test_the_piped_layout_is_read_as_the_same_table_as_the_plain_layout():
    piped = _tables(_report(_piped("||||||", *HEADER, *ROWS)))
    plain = _tables(_report(_plain(*HEADER, *ROWS)))
    assert len(plain) == 1
    assert piped == plain
    assert piped[0][1][:7] == ["产出指标(60分)", "数量指标", "修缮农村危房户数", "20", "≥120户", "126户", "20"]


def test_a_missed_target_with_full_marks_is_found_in_the_piped_layout():
    found = _findings(_report(_piped(*HEADER, *MISSED)))
    assert len(found) == 1


def test_the_same_form_with_every_target_met_is_silent():
    assert _findings(_report(_piped(*HEADER, *ROWS))) == []


def test_blank_cells_stay_in_their_columns():
    rows = list(ROWS)
    rows[16] = "延期一周完成"  # the second row's reason written, the first row's left blank
    [table] = _tables(_report(_piped(*HEADER, *rows)))
    reasons = [row[7] for row in table[1:]]
    assert reasons == ["", "延期一周完成", "", ""]
    assert [row[0] for row in table[1:]] == ["产出指标(60分)", "^", "^", "效益指标(40分)"]


def test_a_name_longer_than_a_plain_cell_is_read_when_its_end_is_marked():
    rows = list(ROWS)
    rows[2] = "其中:农村低保对象中建档立卡贫困人口修缮危房户数(按月平均)(户)"
    assert len(rows[2]) > 30
    [table] = _tables(_report(_piped(*HEADER, *rows)))
    assert table[1][2] == rows[2]


def test_a_last_row_cut_short_by_the_texts_end_is_left_out():
    text = _report(_piped(*HEADER, *MISSED) + "\n满意度指标 |\n服务对象满意度指标 |\n群众满意度 |\n10 |\n≥9", tail="")
    [table] = _tables(text)
    assert len(table) == 5
    assert len(_findings(text)) == 1
