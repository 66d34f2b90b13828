"""Session 44's precision audit on whole invented clean reports (s44a): each case is a shape a clean
report really has that a rule misread, pinned with its defective twin so the rule keeps its defect.
The whole reports sit in tests/data/whole_clean (``test_whole_report_audit`` asks each for no warning).
Invented wording throughout."""

from __future__ import annotations

from pathlib import Path

from whole_reports import clean_fixture as _fixture
from whole_reports import findings as _findings
from whole_reports import rules as _rules
from whole_reports import tab_row as _cells

from drafting.io.text_reader import read_text_string
from drafting.review import review

# -- two parts of one whole, each with its own unnamed share -------------------------------------------

_SIBLINGS = ("全年支出968.40万元。全年支出中，基本支出702.30万元，占72.52%，其中人员支出611.20万元、"
             "公用支出91.10万元；项目支出266.10万元，占{share}%。\n")
# the whole in the same sentence, the first part's own list inside it: the share is still read over the whole
_UNDER_WHOLE = ("全年支出968.40万元，其中：基本支出702.30万元，其中人员支出611.20万元、公用支出91.10万元；"
                "项目支出266.10万元，占{share}%。\n")


def test_a_share_after_a_sibling_whose_own_list_is_complete_is_not_read_over_that_sibling():
    """基本支出…，占72.52%，其中人员…、公用…；项目支出…，占27.48%: 基本支出 is itself a share of the whole
    told before, and its 其中 list has added up to it before 项目支出 comes: no head of 项目支出."""
    assert "sentence_rate" not in _rules(_SIBLINGS.format(share="27.48"))
    assert "sentence_rate" not in _rules(_fixture("s44_township_gov_pdf_2023.txt"))


def test_a_wrong_share_under_its_whole_is_found_once_the_siblings_list_has_closed():
    assert "sentence_rate" not in _rules(_UNDER_WHOLE.format(share="27.48"))
    found = [m for rule, m in _findings(_UNDER_WHOLE.format(share="37.48")) if rule == "sentence_rate"]
    assert found and "968.40" in found[0]


# -- indicator rows: a state held over time; the budget's own execution row ------------------------------



_HEAD = ("某县教育局2023年度项目支出绩效自评表\n\n"
         + _cells("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
         + _cells("产出指标", "数量指标", "受益学生人数", "≥1650人", "1684人", "20", "20"))


def _row(cells: str) -> str:
    return _HEAD + _cells(*cells.split("|"))


def test_a_qualitative_state_held_over_time_is_a_graded_target():
    """长期稳定 is graded like 稳定 or 持续稳定: the mechanism lasts through the year or it does not."""
    for target in ("长期稳定", "长效有效"):
        row = _row(f"效益指标|可持续影响指标|食堂供餐机制|{target}|稳定运行|10|10")
        assert "claims.target_not_measurable" not in _rules(row), target
    assert "claims.target_not_measurable" not in _rules(_fixture("s44_township_school_meals_rows_2022.txt"))


def test_a_target_that_only_names_its_indicator_is_still_not_measurable():
    row = _row("效益指标|可持续影响指标|食堂供餐机制|供餐机制运行|稳定运行|10|10")
    assert "claims.target_not_measurable" in _rules(row)


def test_the_budget_execution_row_needs_no_target_of_its_own():
    """预算执行 | | 预算执行率 | | 99.00% | 10 | 9.9: scored by the form's formula against the budget the form
    gives above; a blank target there is the template's, not a gap."""
    row = _row("预算执行||预算执行率||99.00%|10|9.9")
    assert "claims.indicator_without_target" not in _rules(row)
    assert "claims.indicator_without_target" not in _rules(_fixture("s44_civil_affairs_cells_2022.txt"))


def test_any_other_row_with_a_blank_target_is_still_found():
    row = _row("产出指标|时效指标|补贴发放及时率||100%|10|10")
    assert "claims.indicator_without_target" in _rules(row)


# -- typos: a per-unit adverb, a form's field label -----------------------------------------------------

def _typos(text: str) -> list[str]:
    return [f.location.quote for f in review(read_text_string(text)).findings if f.rule == "language.typo"]


_CASES = "法律援助中心全年办理法律援助案件612件，其中民事案件358件、刑事案件231件。案件质量评查优良率92.5%。\n"


def test_a_preposition_before_a_measure_word_heading_its_verb_is_per_unit():
    """按件向承办律师发放补贴: "per case", an adverb of 发放; not 案件 with its first character lost."""
    assert _typos(_CASES + "项目资金按件向承办律师发放办案补贴。\n") == []
    assert _typos(_fixture("s44_legal_aid_project_2023.txt")) == []


def test_the_noun_slip_counted_or_after_de_is_still_found():
    assert _typos(_CASES + "全年共办理按件612件，办结率100%。\n") == ["按件"]
    assert _typos(_CASES + "全年办结的按件质量良好。\n") == ["按件"]


_VILLAGERS = "村民代表会议每季度召开一次，村民参与率较高。村民满意度较高。\n"


def test_a_field_label_before_its_colon_outweighs_a_fuzzy_syllable():
    """村名：某某村 (the village's name): 名 for 民 is a -n/-ng 模糊音, the weakest evidence of a slip; a
    form's label before its value is the template's wording."""
    assert _typos("村名：某某镇某某村\n" + _VILLAGERS) == []
    assert _typos(_fixture("s44_village_operating_funds_2023.txt")) == []


def test_the_same_fuzzy_slip_in_a_sentence_is_still_found():
    assert _typos("全体村名参加了会议。\n" + _VILLAGERS) == ["村名"]


def test_the_same_fuzzy_slip_in_a_fields_value_after_its_colon_is_still_found():
    """Only the label before the colon is the template's wording; the value after it is the writer's."""
    assert _typos("参会人员：全体村名\n" + _VILLAGERS) == ["村名"]


# -- a completion rate after the items done and their sum -------------------------------------------------

def test_the_sum_of_the_items_done_is_no_plan_of_a_completion_rate():
    """完成新建3.02万亩、改造提升1.00万亩，合计4.02万亩，完成率100.5%: the plan (4万亩) was told before; 合计
    sums what 完成 did, so 3.02 ÷ 4.02 is a share, not the completion."""
    text = "1.建设任务：完成新建高标准农田3.02万亩、改造提升1.00万亩，合计4.02万亩，完成率100.5%；\n"
    assert "sentence_rate" not in _rules(text)
    assert "sentence_rate" not in _rules(_fixture("s44_farmland_completion_list_2023.txt"))


def test_a_rate_over_a_summed_whole_of_another_stem_is_still_checked():
    """核减2.81亿元、审定1.99亿元，合计送审4.80亿元: 送审 is the whole a 核减率 is over, told after its parts."""
    assert "sentence_rate" in _rules("核减2.81亿元、审定1.99亿元，合计送审4.80亿元，核减率50%。\n")


# -- a term of its trade beside the word it sounds like ---------------------------------------------------

def test_a_stop_payment_term_is_no_slip_for_payment():
    """止付冻结涉案资金 (反诈: stop payment and freeze): a term, beside 支付 elsewhere in the report."""
    text = "全年电信网络诈骗案件发案数同比下降21.6%，止付冻结涉案资金1.28亿元。\n项目资金按合同节点支付。\n"
    assert _typos(text) == []
    assert _typos(_fixture("s44_city_police_sangong_table_2023.txt")) == []


# -- left open -----------------------------------------------------------------------------------------

def test_a_flattened_weight_table_with_merged_class_weights_is_left_open():
    """一级指标 | 权重 | 二级指标 | 权重 | 得分 | 扣分说明, one cell a line, the class's weight repeated in each
    row it spans and blank 扣分说明 cells gone: the paragraph grid starts a row at every label, so a class's
    row and its member's interleave and the 合计 row is summed over the wrong rows. Not fixed in s44a."""
    import pytest

    path = Path(__file__).parent / "data" / "whole_open" / "s44_township_weight_table_2024.txt"
    if "table_column_total" in _rules(path.read_text(encoding="utf-8")):
        pytest.xfail("open: the paragraph grid reads the weight table's rows wrongly")
