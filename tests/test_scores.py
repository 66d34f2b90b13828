"""A self-score and its grade must agree under every banding in use (优90/良80/中60, or 良 from 75)."""

import pytest

from drafting.checks.arithmetic.scores import check_scores
from drafting.findings import Kind
from drafting.io.text_reader import read_text_string
from drafting.report import Paragraph, Report


def _scores(*texts: str):
    return check_scores(Report(blocks=[Paragraph(text=t) for t in texts]))


@pytest.mark.parametrize("text, quote, right", [
    ("经综合评价，自评得分95分，评价等次为“中”。", "中", "优"),
    ("本项目综合得分76.5分，绩效评价等级为优秀。", "优秀", "中"),
    ("自评得分：52分；评价等次：良", "良", "差"),
    ("评价等次为差，自评得分88分。", "差", "良"),
])
def test_a_grade_that_no_banding_gives_its_score_is_flagged(text, quote, right):
    [f] = _scores(text)
    assert f.quote == quote and f.kind == Kind.ARITHMETIC_MISMATCH and f"应为“{right}”" in f.suggestion


def test_a_flattened_form_pairs_the_score_and_grade_across_lines():
    [f] = _scores("自评得分\n95\n评价等次\n中\n联系人\n张三")
    assert f.quote == "中"


def test_grades_that_tally_the_items_are_not_the_scores_grade():
    """其中…N个项目评价等级为“优”有M个、为“中”有K个 counts items by grade: the overall score's grade
    is the one before it."""
    assert _scores("全局自评分96分，综合评价等级为“优”，其中：本级32个项目评价等级为“优”有27个、"
                   "评价等级为“中”有5个。") == []
    assert _scores("自评得分93分，下属单位中评价等级为“良”的有2家。") == []
    [f] = _scores("全局自评分96分，综合评价等级为“中”，其中本级32个项目评价等级为“优”有27个。")
    assert f.quote == "中"


@pytest.mark.parametrize("text", [
    "自评得分95分，评价等次为优。",
    "自评得分86分，评价等级为良好。",
    "自评得分78分，评价等次为良。",  # 良 from 75 in some provinces
    "自评得分60分，等次为合格。",
    "产出指标得分38分，效益指标得分30分，评价等次为优。",  # several scores: which one is unclear
    "通过绩效评价，不断优化资金结构，得分较上年提高。",
])
def test_grades_that_fit_or_cannot_be_paired_are_fine(text):
    assert _scores(text) == []


@pytest.mark.parametrize("text, quote", [
    ("最终评分结果为72分，绩效评价等级为“优”。", "优"),
    ("项目资金绩效自评得分为98分，自评结论为“差”。", "差"),
])
def test_other_wordings_of_score_and_grade_are_read(text, quote):
    [f] = _scores(text)
    assert f.quote == quote


def test_an_indicator_scored_above_its_weight_is_flagged_in_a_pipe_row_a_tab_row_and_a_word_table():
    from drafting.checks.arithmetic.scores import check_indicator_scores
    from drafting.report import Cell, Report, Table

    rows = [["三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["培训人次", "300人次", "320人次", "10", "12"], ["合格率", "95%", "96%", "10", "10"]]
    for sep in (" | ", "\t"):
        text = "项目支出绩效自评表\n" + "\n".join(sep.join(r) for r in rows)
        [f] = check_indicator_scores(read_text_string(text))
        assert f.location.quote == "12" and [r.quote for r in f.related] == ["10"]
    table = Report(blocks=[Table(rows=[[Cell(text=t) for t in r] for r in rows])])
    assert [f.location.quote for f in check_indicator_scores(table)] == ["12"]


def test_scores_within_their_weights_and_columns_not_named_score_are_left_alone():
    from drafting.checks.arithmetic.scores import check_indicator_scores

    text = ("三级指标 | 分值 | 得分\n合格率 | 10 | 10\n满意度 | 10 | 9.5分\n"
            "三级指标 | 目标值 | 实际值\n培训人次 | 300 | 320\n")
    assert check_indicator_scores(read_text_string(text)) == []


def test_an_empty_cell_inside_a_row_keeps_the_columns_aligned():
    from drafting.checks.arithmetic.scores import check_indicator_scores

    text = "三级指标 | 目标值 | 实际值 | 分值 | 得分\n培训人次 |  | 320人次 | 10 | 12\n合格率 | 95% |  | 10 | 9\n"
    assert [f.location.quote for f in check_indicator_scores(read_text_string(text))] == ["12"]


_FORM = [["项目资金（万元）", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
         ["年度资金总额", "860.00", "842.80", "10", "98.00%", "9.8"],
         ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
         ["产出指标", "日常养护里程", "≥1250公里", "1250公里", "50", "50"],
         ["满意度指标", "沿线群众满意度", "≥90%", "93.5%", "40", "38"],
         ["总分", "", "", "", "100", "{total}"]]


def _form(total: str, sep: str = "\t") -> Report:
    return read_text_string("项目支出绩效自评表\n" + "\n".join(sep.join(r).format(total=total) for r in _FORM))


def test_a_total_score_that_is_not_the_sum_of_the_scores_whose_weights_make_its_weight_is_flagged():
    from drafting.checks.arithmetic.scores import check_score_total

    for sep in ("\t", " | "):
        [f] = check_score_total(_form("96.8", sep))
        assert f.location.quote == "96.8" and "97.8" in f.message and len(f.related) == 3


def test_a_total_score_that_adds_up_or_whose_rows_are_unclear_is_left_alone():
    from drafting.checks.arithmetic.scores import check_score_total

    assert check_score_total(_form("97.8")) == []
    # the weights above add to 100 neither with nor without the budget row: which rows count is unclear
    text = "\n".join("\t".join(r) for r in _FORM).format(total="96.8").replace("\t40\t", "\t30\t")
    assert check_score_total(read_text_string(text)) == []


_ROWS = [["三级指标", "年度指标值", "实际完成值", "分值", "得分"],
         ["日常养护里程", "≥1250公里", "{actual}", "15", "{score}"],
         ["群众满意度", "≥90%", "93.5%", "10", "10"]]


def _indicators(actual: str, score: str, sep: str = " | ") -> Report:
    return read_text_string("\n".join(sep.join(r) for r in _ROWS).format(actual=actual, score=score))


def test_an_indicator_that_misses_its_floor_but_scores_full_marks_is_flagged():
    from drafting.checks.arithmetic.scores import check_missed_full_score

    for sep in (" | ", "\t"):
        [f] = check_missed_full_score(_indicators("1200公里", "15", sep))
        assert f.location.quote == "15" and {r.quote for r in f.related} == {"1200公里", "≥1250公里"}


@pytest.mark.parametrize(("actual", "score"), [
    ("1250公里", "15"),  # met
    ("1200公里", "13"),  # missed, and marked down
    ("1249.6公里", "15"),  # within the rounding of the target as written
    ("1200米", "15"),  # another unit: not comparable
])
def test_met_targets_marked_down_shortfalls_and_other_units_are_left_alone(actual, score):
    from drafting.checks.arithmetic.scores import check_missed_full_score

    assert check_missed_full_score(_indicators(actual, score)) == []


_REASONED = [["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
             ["日常养护里程", "≥1250公里", "{actual}", "15", "{score}", "{reason}"],
             ["群众满意度", "≥90%", "93.5%", "10", "10", "无"]]


def _reasoned(actual: str, score: str, reason: str) -> Report:
    return read_text_string("\n".join(" | ".join(r) for r in _REASONED).format(actual=actual, score=score, reason=reason))


@pytest.mark.parametrize("reason", ["无", "/", "—", "－"])
def test_a_miss_marked_down_whose_reason_cell_explains_nothing_is_flagged(reason):
    """The scoring rules ask every deviation's reason and remedy: points taken off with 偏差原因 无."""
    from drafting.checks.arithmetic.scores import check_missed_full_score

    [f] = check_missed_full_score(_reasoned("1200公里", "13", reason))
    assert f.rule == "indicators.missed_without_reason" and "偏差原因" in f.message
    assert {r.quote for r in f.related} == {"1200公里", "≥1250公里"}


@pytest.mark.parametrize(("actual", "score", "reason"), [
    ("1200公里", "13", "受汛期影响，部分路段养护推迟，明年一季度完成"),  # the reason is given
    ("1250公里", "15", "无"),  # met: nothing to explain
    ("1200公里", "15", "无"),  # full marks: that row's finding is the full score, one problem one finding
])
def test_a_reason_given_a_target_met_or_a_full_score_draws_no_reason_finding(actual, score, reason):
    from drafting.checks.arithmetic.scores import check_missed_full_score

    rules = [f.rule for f in check_missed_full_score(_reasoned(actual, score, reason))]
    assert "indicators.missed_without_reason" not in rules


@pytest.mark.parametrize(("target", "actual", "late"), [
    ("2025年6月底前", "2025年11月", True),
    ("6月30日前", "2025年8月15日", True),  # the year on one side only is the other's
    ("2025年12月底前", "2025年11月完成", False),
    ("2025年12月31日前", "2025年12月31日", False),  # on the day
    ("2025年6月底前", "2026年3月", True),
    ("年底前", "2025年11月", False),  # no month: nothing to compare
])
def test_a_month_done_in_after_its_deadline_is_a_miss(target, actual, late):
    from drafting.checks.arithmetic.scores import check_missed_full_score

    text = f"三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n项目完工时间 | {target} | {actual} | 10 | 10\n"
    found = check_missed_full_score(read_text_string(text))
    assert [f.location.quote for f in found] == (["10"] if late else [])
    assert all("晚于" in f.message for f in found)


def test_a_ceiling_target_exceeded_with_full_marks_is_flagged_too():
    from drafting.checks.arithmetic.scores import check_missed_full_score

    text = "三级指标 | 指标值 | 实际值 | 分值 | 得分\n每公里养护成本 | ≤0.6万元 | 0.68万元 | 10 | 10\n"
    [f] = check_missed_full_score(read_text_string(text))
    assert f.location.quote == "10" and "实际完成值0.68万元超过指标值≤0.6万元" in f.message


def test_a_word_tables_empty_and_merged_cells_keep_its_columns_aligned():
    from drafting.checks.arithmetic.scores import check_score_total
    from drafting.report import Cell, Table

    rows = [[Cell(text=t) for t in r] for r in (
        ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "日常养护里程", "≥1250公里", "1250公里", "60", "60"],
        ["", "群众满意度", "≥90%", "93.5%", "40", "38"],
        ["总分", "", "", "", "100", "96"])]
    rows[2][0] = Cell(text="产出指标", merged=True)  # the continuation of a vertical merge
    [f] = check_score_total(Report(blocks=[Table(rows=rows)]))
    assert f.location.quote == "96" and "98" in f.message


def test_a_target_whose_comparator_and_unit_stand_in_columns_of_their_own_is_read_with_them():
    """The 四川 form (指标性质 ≥ | 指标值 100 | 度量单位 %, weight named 权重): a bare target figure takes
    its row's comparator and unit; = is no floor, a 正向 direction no comparator."""
    from drafting.checks.arithmetic.scores import check_indicator_scores, check_missed_full_score

    text = ("三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分\n"
            "发放覆盖率 | ≥ | 100 | % | 92 | 60 | 60\n"
            "参保率 | = | 100 | % | 92 | 20 | 20\n"
            "补助人数 | 正向 | 500 | 人 | 480 | 10 | 10\n"
            "到位率 | 大于等于 | 95 | % | 96 | 10 | 11\n")
    report = read_text_string(text)
    [f] = check_missed_full_score(report)
    assert f.location.quote == "60" and "实际完成值92%未达到指标值≥100%" in f.message
    assert [f.location.quote for f in check_indicator_scores(report)] == ["11"]


_SHARED_FORM = ("项目支出绩效自评表\n编制人数\t20\t实有人数\t26\n"
                "一级指标\t二级指标\t三级指标\t分值\t得分\n产出指标\t数量指标\t培训人次\t10\t12\n"
                "效益指标\t满意度\t服务对象满意度\t10\t10\n总分\t\t\t20\t21\n"
                "问卷\t发放问卷\t回收问卷\t有效问卷\n\t100份\t120份\t90份\n")


def test_a_review_reads_its_table_rows_once_for_every_check_that_reads_them(monkeypatch):
    """Speed (issue 14): the three score checks, the surveys and the staffing check read every cell of
    every table; within a review the rows are read once and shared (the sample's 368 cells were made
    into units five times)."""
    from drafting.checks.arithmetic import table_text
    from drafting.review import review

    report = read_text_string(_SHARED_FORM)
    reads: list[int] = []
    real = table_text._table_rows
    monkeypatch.setattr(table_text, "_table_rows", lambda r: reads.append(1) or real(r))
    review(report)
    assert len(reads) == 1


def test_the_checks_find_the_same_in_a_review_and_alone():
    """Rows read once and shared find what each check finds reading them itself."""
    from drafting.checks.arithmetic.scores import (
        check_indicator_scores,
        check_missed_full_score,
        check_score_total,
        shared_rows,
    )
    from drafting.checks.arithmetic.surveys import check_surveys
    from drafting.checks.staffing import check_staffing

    report = read_text_string(_SHARED_FORM)
    checks = (check_indicator_scores, check_score_total, check_missed_full_score, check_surveys, check_staffing)
    alone = [check(report) for check in checks]
    with shared_rows():
        shared = [check(report) for check in checks]
    assert shared == alone
    assert sum(map(len, alone)) >= 3  # the form says something to several of them
