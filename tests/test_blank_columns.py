"""An indicator table whose 完成值 or 得分 column is blank in every row (checks/blank_columns.py), and
the flattened form with marked blank cells read with those cells blank (io/flat_forms.py).
Invented forms."""

from drafting.checks.blank_columns import blank_columns
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Report, Table

TITLE = "某县2024年度项目支出绩效自评表 |\n"
HEAD = "一级指标 |\n二级指标 |\n三级指标 |\n指标值 |\n完成值 |\n权重 |\n得分 |\n未完成原因 |\n"
ROW1 = "产出指标 |\n数量指标 |\n道路养护里程 |\n120公里 |\n{a1}\n50 |\n{s1}\n|\n"
ROW2 = "效益指标 |\n社会效益指标 |\n群众出行满意度 |\n90% |\n{a2}\n40 |\n{s2}\n|\n"
AFTER = "评价结论 |\n全年完成养护任务。 |\n"


def _form(a1="|", s1="|", a2="|", s2="|") -> str:
    return TITLE + HEAD + ROW1.format(a1=a1, s1=s1) + ROW2.format(a2=a2, s2=s2) + AFTER


def _columns(text: str) -> list[tuple[str, list[str]]]:
    return [(f.quote, [r.quote for r in f.related]) for f in blank_columns(read_text_string(text))]


def test_a_marked_form_with_blank_actual_and_score_cells_is_read_with_them_blank():
    tables = [b for b in read_text_string(_form()).blocks if isinstance(b, Table)]
    assert [[c.text for c in row] for row in tables[0].rows][1] == \
        ["产出指标", "数量指标", "道路养护里程", "120公里", "", "50", "", ""]


def test_actual_and_score_columns_blank_in_every_row_are_one_finding_each():
    names = ["道路养护里程", "群众出行满意度"]
    assert _columns(_form()) == [("完成值", names), ("得分", names)]
    # the score filled: only the actual column is blank
    assert _columns(_form(s1="48 |", s2="38 |")) == [("完成值", names)]


def test_columns_filled_in_any_row_are_left_alone():
    assert _columns(_form(a1="118公里 |", s1="48 |", a2="92% |", s2="40 |")) == []
    assert _columns(_form(a2="92% |", s2="40 |")) == []  # one row filled: the other is that row's blank, not the column's


def test_a_table_whose_column_holds_a_merged_cell_or_one_indicator_is_left_alone():
    def table(*rows):
        return Report(blocks=[Table(rows=[[Cell(text=t) if t is not None else Cell(merged=True) for t in row]
                                          for row in rows])])
    head = ["三级指标", "指标值", "实际完成值", "得分"]
    assert [f.quote for f in blank_columns(table(head, ["培训人数", "200人", "", ""], ["合格率", "95%", "", ""]))] \
        == ["实际完成值", "得分"]
    # a merged cell in the actual column: that column is left, the score column still told
    merged = table(head, ["培训人数", "200人", "", ""], ["合格率", "95%", None, ""])
    assert [f.quote for f in blank_columns(merged)] == ["得分"]
    # one indicator row (a 合计 row states no target)
    assert blank_columns(table(head, ["培训人数", "200人", "", ""], ["合计", "", "", ""])) == []


def test_a_table_set_out_as_targets_is_left_alone_an_evaluated_one_still_told():
    """A 申报表 of next year's targets, or the year's targets shown under 绩效目标, has its actual and
    score blank by design; under a heading about what was achieved the blank columns are still told."""
    body = HEAD + ROW1.format(a1="|", s1="|") + ROW2.format(a2="|", s2="|")
    opening = "某县2024年度道路养护项目绩效自评报告\n一、项目概况\n全年完成养护125公里，自评得分95分。\n"
    next_year = opening + "二、下年度绩效目标\n我局申报下年度绩效目标如下：\n项目绩效目标申报表 |\n" + body
    set_at_start = opening + "二、年度绩效目标\n年初设定的绩效目标如下：\n" + body
    assert _columns(next_year) == [] and _columns(set_at_start) == []
    achieved = opening + "二、绩效目标完成情况\n各项指标完成情况如下：\n" + body
    assert [q for q, _ in _columns(achieved)] == ["完成值", "得分"]


def test_a_score_column_filled_on_the_groups_own_rows_is_no_blank():
    """A form that scores each group on its 小计 row leaves the indicator rows' score cells empty."""
    def table(*rows):
        return Report(blocks=[Table(rows=[[Cell(text=t) for t in row] for row in rows])])
    head = ["三级指标", "指标值", "实际完成值", "得分"]
    grouped = table(head, ["产出指标小计", "", "", "48"], ["培训人数", "200人", "210人", ""],
                    ["合格率", "95%", "96%", ""], ["效益指标小计", "", "", "40"], ["满意度", "90%", "92%", ""])
    assert blank_columns(grouped) == []
