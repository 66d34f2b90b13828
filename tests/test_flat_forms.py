"""A 绩效自评表's indicator table flattened to one cell per line (blank lines between, blank cells gone,
header words and category cells broken over lines, 一级/二级指标 written once per group) is read as the
table it was: the header's column names give the width of its rows. The indicator rules then read it
as they read the same rows written as a table; a run whose cells do not fall into such rows is read
as it was before (no table, no finding)."""

from __future__ import annotations

import pytest

from drafting.checks.indicator_rows import is_measurable
from drafting.findings import Finding
from drafting.io import text_reader
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Table
from drafting.review import review


def _flat(*cells: str) -> str:
    """Cells one per line with a blank line between, as a web page saved as text writes them."""
    return "\n\n".join(cells)


def _report(form: str) -> str:
    return f"某项目2023年度绩效自评报告\n\n一、绩效指标完成情况\n\n{form}\n\n二、存在问题\n\n本项目个别指标未完成。\n"


def _findings(form: str, rule: str) -> list[Finding]:
    return [f for f in review(read_text_string(_report(form))).findings if f.rule == rule]


def _table(form: str) -> list[list[str]]:
    [table] = [b for b in read_text_string(_report(form)).blocks if isinstance(b, Table)]
    return [[("^" if c.merged else c.text) for c in row] for row in table.rows]


# layout 1: no category columns, a reason in every row
PLAIN = _flat("三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因",
              "培训人数", "≥100人", "120人", "10", "10", "无",
              "受益群众满意度", "≥90%", "85%", "10", "10", "无")

# layout 2: 一级/二级指标 merged down their group, header words and categories broken over two lines,
# a blank reason left out, graded (定性) targets, a score above its weight, a ≤ target missed
GROUPED = _flat("一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分",
                "偏差原因", "分析及", "改进措施",
                "产出指标", "(50)", "数量", "指标", "新建道路", "≥5公里", "5.2公里", "10", "10",
                "维修桥梁", "≥5座", "3座", "10", "10", "资金未到位",
                "质量", "指标", "工程验收合格率", "100%", "100%", "10", "12",
                "时效", "指标", "完工及时率", "≥95%", "96%", "10", "10",
                "成本", "指标", "每公里造价", "≤80万元", "95万元", "10", "10",
                "效益指标", "(30分)", "社会效益", "指标", "群众出行条件", "好", "好", "15", "15",
                "道路通行状况", "优", "良", "15", "15",
                "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", "10", "8")

# layout 3: 指标名称/目标值/实际值 and no reason column, a 合计 row closing the table
TOTALLED = _flat("指标名称", "目标值", "实际值", "分值", "得分",
                 "设备采购数量", "20台", "20台", "30", "30",
                 "巡检次数", "≥12次", "10次", "30", "30",
                 "是否按时完成采购", "是", "是", "40", "40",
                 "合计", "100", "95")


# layout 4: the 四川 form's columns (T05): the comparator (指标性质) and unit (度量单位) in columns of their
# own, the weight named 权重; a 定性 row leaves both blank, and the blank cells are gone
SPLIT = _flat("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
              "未完成原因分析",
              "产出指标", "数量指标", "发放覆盖率", "≥", "100", "%", "92", "60", "60",
              "补助发放人数", "≥", "500", "人", "520", "10", "10",
              "效益指标", "社会效益指标", "参保率", "=", "100", "%", "98", "10", "10",
              "满意度指标", "服务对象满意度指标", "服务对象满意度", "优", "良", "20", "20")


def test_a_flattened_form_is_read_as_a_table_of_its_header_width():
    assert _table(PLAIN) == [["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                             ["培训人数", "≥100人", "120人", "10", "10", "无"],
                             ["受益群众满意度", "≥90%", "85%", "10", "10", "无"]]


def test_a_category_written_once_spans_its_group_and_broken_words_are_joined():
    rows = _table(GROUPED)
    assert rows[0] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    assert rows[1] == ["产出指标(50)", "数量指标", "新建道路", "≥5公里", "5.2公里", "10", "10", ""]
    assert rows[2] == ["^", "^", "维修桥梁", "≥5座", "3座", "10", "10", "资金未到位"]
    assert rows[3] == ["^", "质量指标", "工程验收合格率", "100%", "100%", "10", "12", ""]
    assert rows[6][:3] == ["效益指标(30分)", "社会效益指标", "群众出行条件"]
    assert rows[8][:3] == ["满意度指标", "服务对象满意度指标", "沿线群众满意度"]
    assert len(rows) == 9


def test_a_closing_total_row_takes_the_weight_and_score_columns():
    assert _table(TOTALLED)[-1] == ["合计", "", "", "100", "95"]


@pytest.mark.parametrize("form, quotes", [
    (PLAIN, [("10", "85%", "≥90%")]),
    # 维修桥梁 3座 < ≥5座 and 每公里造价 95万元 > ≤80万元 with full marks; 新建道路 and 完工及时率 met, 道路通行状况
    # graded (优/良: no figure to compare), 沿线群众满意度 missed but scored below its weight
    (GROUPED, [("10", "3座", "≥5座"), ("10", "95万元", "≤80万元")]),
    # 10次 against ≥12次 with full marks; 设备采购数量 met exactly, 是/是 graded
    (TOTALLED, [("30", "10次", "≥12次")]),
    # 92 against ≥ 100 % with full marks; 520 ≥ 500 人 met; 参保率's = is no floor; 优/良 graded
    (SPLIT, [("60", "92", "100")]),
])
def test_a_missed_target_with_full_marks_is_found_in_a_flattened_form(form, quotes):
    found = _findings(form, "indicators.missed_full_score")
    assert [(f.location.quote, *(r.quote for r in f.related)) for f in found] == quotes


def test_a_score_above_its_weight_is_found_in_a_flattened_form():
    [f] = _findings(GROUPED, "indicator_score_over_weight")
    assert f.location.quote == "12" and [r.quote for r in f.related] == ["10"]
    assert _findings(PLAIN, "indicator_score_over_weight") == []


def test_a_total_that_is_not_the_sum_of_the_rows_is_found_in_a_flattened_form():
    [f] = _findings(TOTALLED, "score_total")
    assert f.location.quote == "95" and "100" in f.message


def test_the_same_rows_draw_the_same_findings_as_a_pipe_table():
    pipe = "\n".join(["三级指标|年度指标值|实际完成值|分值|得分|偏差原因",
                      "培训人数|≥100人|120人|10|10|无", "受益群众满意度|≥90%|85%|10|10|无"])
    flat = _findings(PLAIN, "indicators.missed_full_score")
    table = _findings(pipe, "indicators.missed_full_score")
    assert [f.message for f in flat] == [f.message for f in table] != []


@pytest.mark.parametrize("form", [
    # the 得分 column left blank: its cells are gone and the rows cannot be told apart
    _flat("三级指标", "年度指标值", "实际完成值", "分值", "得分",
          "培训人数", "≥100人", "120人", "10", "受益群众满意度", "≥90%", "85%", "10"),
    # a column the rule does not know (评分标准) between the named ones
    _flat("三级指标", "年度指标值", "评分标准", "实际完成值", "分值", "得分",
          "培训人数", "≥100人", "按比例", "120人", "10", "10", "受益群众满意度", "≥90%", "按比例", "85%", "10", "10"),
    # a name broken over two lines: a cell that fits no row
    _flat("三级指标", "年度指标值", "实际完成值", "分值", "得分",
          "培训人数", "≥100人", "120人", "10", "10", "受益群众", "满意度", "≥90%", "85%", "10", "10"),
])
def test_a_run_that_does_not_fall_into_rows_is_left_as_it_is_read(form, monkeypatch):
    blocks = read_text_string(_report(form)).blocks
    assert _findings(form, "indicators.missed_full_score") == []
    # the reading without the rule (raising=False: on a tree without it, the reading is the same)
    monkeypatch.setattr(text_reader, "flat_form", lambda lines, i: None, raising=False)
    assert read_text_string(_report(form)).blocks == blocks
    assert not any(isinstance(b, Table) and b.rows[1][:1] == [Cell(text="培训人数")] and len(b.rows[1]) == len(b.rows[0])
                   and b.rows[1][-1].text for b in blocks)


def test_the_table_ends_at_a_numbered_heading():
    form = PLAIN + "\n\n1、资金管理\n\n资金按规定使用。"
    assert _table(form)[-1] == ["受益群众满意度", "≥90%", "85%", "10", "10", "无"]


def test_a_paragraph_after_the_last_row_is_not_its_reason():
    form = PLAIN.rsplit("\n\n无", 1)[0] + "\n\n上表为本项目绩效指标完成情况。"
    rows = _table(form)
    assert rows[-1] == ["受益群众满意度", "≥90%", "85%", "10", "10", ""]


def test_a_form_right_after_the_flattened_budget_block_is_read_on_its_own():
    budget = _flat("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
                   "年度资金总额", "100", "120", "108", "10", "90%", "9", "其中：财政拨款", "100", "120", "108",
                   "—", "90%", "—")
    text = _report(budget + "\n\n" + PLAIN)
    tables = [b for b in read_text_string(text).blocks if isinstance(b, Table)]
    assert tables[-1].rows[0][0].text == "三级指标" and len(tables[-1].rows) == 3
    found = [f for f in review(read_text_string(text)).findings if f.rule == "indicators.missed_full_score"]
    assert [f.related[0].quote for f in found] == ["85%"]


def test_a_form_whose_comparator_and_unit_have_columns_of_their_own_is_read_by_its_columns():
    rows = _table(SPLIT)
    assert rows[1] == ["产出指标", "数量指标", "发放覆盖率", "≥", "100", "%", "92", "60", "60", ""]
    assert rows[2] == ["^", "^", "补助发放人数", "≥", "500", "人", "520", "10", "10", ""]
    assert rows[4] == ["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "优", "", "良", "20", "20", ""]
    [f] = _findings(SPLIT, "indicators.missed_full_score")
    assert "实际完成值92%未达到指标值≥100%" in f.message


def test_a_new_first_level_group_without_its_second_level_is_not_merged_into_the_group_above():
    form = _flat("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                 "产出指标", "数量指标", "培训人数", "≥100人", "120人", "50", "50",
                 "满意度指标", "受益群众满意度", "≥90%", "93%", "50", "50")
    assert _table(form)[2] == ["满意度指标", "", "受益群众满意度", "≥90%", "93%", "50", "50"]


def test_the_form_may_end_at_its_conclusion_and_a_total_whose_score_is_blank():
    """The 四川 form (T05) closes its table with 合计 | 100 (the score left blank) and 评价结论."""
    form = SPLIT + "\n\n" + _flat("合计", "100", "评价结论", "项目完成了年度目标")
    rows = _table(form)
    assert rows[-1][2] == "服务对象满意度" and len(rows) == 5
    assert [f.location.quote for f in _findings(form, "indicators.missed_full_score")] == ["60"]


def test_a_miss_marked_down_whose_reason_is_none_or_blank_is_found_in_a_flattened_form():
    marked_down = PLAIN.replace("85%\n\n10\n\n10\n\n无", "85%\n\n10\n\n8\n\n无")
    [f] = _findings(marked_down, "indicators.missed_without_reason")
    assert f.location.quote == "无" and [r.quote for r in f.related] == ["85%", "≥90%"]
    # GROUPED's last row (88% against ≥90%, 8 of 10) ends before its reason: a flattened form loses blank
    # cells only, so the reason was blank; the finding points at the actual
    [f] = _findings(GROUPED, "indicators.missed_without_reason")
    assert f.location.quote == "88%" and "为空" in f.message


# layout 5: qualitative targets and results (按季度发放, 明显提升) between a name and its two numbers
QUALITATIVE = _flat("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因",
                    "产出指标", "数量指标", "培训基层人员人次", "≥600人次", "640人次", "30", "30", "无",
                    "时效指标", "补助资金发放时间", "按季度发放", "按季度发放", "20", "20", "无",
                    "效益指标", "社会效益指标", "基层服务能力", "明显提升", "明显提升", "30", "28", "人员流动较大",
                    "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%", "20", "20", "无",
                    "总分", "100", "97")


def test_a_qualitative_target_and_result_are_cells_of_their_row():
    rows = _table(QUALITATIVE)
    assert rows[2] == ["^", "时效指标", "补助资金发放时间", "按季度发放", "按季度发放", "20", "20", "无"]
    assert rows[-1] == ["", "", "总分", "", "", "100", "97", ""]


def test_a_total_is_checked_in_a_flattened_form_with_qualitative_rows():
    [f] = _findings(QUALITATIVE, "score_total")
    assert f.location.quote == "97" and "98" in f.message


def test_a_schedule_named_as_the_target_is_a_measurable_target():
    assert is_measurable("按季度发放") and is_measurable("按月足额发放") and is_measurable("按计划完成")
    assert not is_measurable("补助资金发放") and not is_measurable("按季度发放率")
    assert _findings(QUALITATIVE, "claims.target_not_measurable") == []


@pytest.mark.parametrize("cells", [
    # a sentence in the target's place (it ends in 。) is no cell of a row
    ("按季度发放补助资金。", "按季度发放"),
    # a name broken over two lines: its second part would be the target, its target the result and the
    # result the weight, which is no number
    ("发放时间", "按季度发放", "按季度发放"),
])
def test_a_phrase_out_of_place_leaves_the_run_unread(cells):
    form = _flat("三级指标", "年度指标值", "实际完成值", "分值", "得分",
                 "培训人数", "≥100人", "120人", "10", "10", "补助资金", *cells, "20", "20")
    assert not any(isinstance(b, Table) for b in read_text_string(_report(form)).blocks)


def test_only_a_line_ending_in_its_mark_is_read_as_a_marked_cell():
    """Speed (issue 14): ``flat_form`` asks ``_MARKED`` only of a line ending in "|" (as ``$`` allows, before
    a final line break); every line ``_MARKED`` matches ends so (invented lines)."""
    import random

    from drafting.io import flat_forms

    rng = random.Random(14)
    pieces = ["指标", " |", "|", " ", "\n", "目标值", "≥95%", "\t", "|\n", "a"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randrange(8))) for _ in range(5000)]
    matched = [ln for ln in lines if flat_forms._MARKED.match(ln)]
    assert matched and all(ln.endswith(("|", "|\n")) for ln in matched)
