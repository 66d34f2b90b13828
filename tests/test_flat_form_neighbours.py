"""Two misreadings of a 绩效自评表 flattened for the web or a PDF, where the indicator reader cannot cut
its rows (a blank cell it cannot place): the one-cell-a-line run read as one grid from the budget block
into the indicator rows, and a row run together on a line one cell short put under the wrong columns.

Invented forms; the same rows written as a "|" table draw no finding.
"""

from drafting.checks.indicator_lines import aligned
from drafting.io.text_reader import read_text_string
from drafting.review import review

BUDGET = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["年度资金总额", "60", "60", "60", "10", "100.0%", "10.0"],
          ["其中：财政拨款", "60", "60", "60", "", "100.0%", ""]]
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
ROWS = [["产出指标", "数量指标", "培训人数", "≥30人", "32人", "10", "10", ""],
        ["", "质量指标", "培训合格率", "≥90人", "90人", "10", "10", ""],
        ["", "时效指标", "资金拨付率", "≥9%", "8%", "15", "14", "部分资金年底拨付"],
        ["效益指标", "社会效益指标", "就业人数", "≥25个", "27个", "20", "20", ""],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥30人", "29人", "", "19", ""],  # its weight left blank
        ["总分", "100", "95"]]
TITLE = "2023年度项目支出绩效自评表\n"


def _rules(text: str) -> set[str]:
    return {f.rule or "" for f in review(read_text_string(text)).findings}


def _bars(rows: list[list[str]]) -> str:
    return TITLE + "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"


def test_the_budget_blocks_total_is_not_summed_over_the_indicator_rows_below_it():
    cells = TITLE + "\n".join(c for r in [*BUDGET, HEADER, *ROWS] for c in r) + "\n"
    assert "table_column_total" not in _rules(cells)
    assert "table_column_total" not in _rules(_bars([*BUDGET, HEADER, *ROWS]))


def test_a_total_among_one_cell_lines_is_still_checked_when_no_form_header_parts_them():
    lines = ["项目", "预算数", "执行数", "培训费", "30", "28", "资料费", "20", "19", "印刷费", "10", "9", "合计", "60", "56"]
    assert "table_column_total" in _rules(TITLE + "\n".join(lines).replace("\n60\n", "\n65\n") + "\n")
    assert "table_column_total" not in _rules(TITLE + "\n".join(lines) + "\n")


# the 四川 form: a comparator, a direction and a unit column; its rows run together on lines, cells apart by one blank
WIDE = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分",
        "偏差原因分析及改进措施"]
WIDE_ROWS = [["产出指标", "数量指标", "检查企业数", "正向", "大于等于", "40", "42", "家", "30", "30"],
             ["效益指标", "社会效益指标", "隐患整改率", "正向", "大于等于", "95", "97", "%", "30", "30"],
             ["满意度指标", "服务对象满意度指标", "企业满意度", "正向", "大于等于", "91", "家", "10", "9", "个别企业未回访"]]


def test_a_row_run_together_one_cell_short_with_a_worded_last_cell_is_not_put_under_the_columns():
    text = TITLE + "\n".join(" ".join(c for c in r if c) for r in [WIDE, *WIDE_ROWS]) + "\n"
    assert "claims.evidence_off_topic" not in _rules(text)


def test_where_its_last_cell_is_the_score_the_row_lost_its_blank_reason():
    row = ["满意度指标", "服务对象满意度指标", "企业满意度", "正向", "大于等于", "90", "93", "%", "10", "10"]
    assert aligned(row, 11, 2, reason_last=True) == [*row, ""]


def test_where_its_last_cell_is_worded_which_cell_it_lost_is_not_told():
    row = WIDE_ROWS[2]
    assert aligned(row, 11, 2, reason_last=True) == row
