"""Claims the figures after them back, and a form's glued cells (pools 61–63, session 58).

- A figure after a clause's half-width comma is still a figure (…通过回访,85%以上的群众满意): the comma
  closes the clause before it and is no thousands separator (pool63 p03).
- A claim that ends with a colon (…情况如下:) announces the whole next paragraph as its details, a run-in
  title opening it and all (pool62 p08).
- A claim said twice in a row (…显著提高显著提高) is a form's target and actual cells run together by a copy
  that lost the cell break: an indicator's value, not the narrative's claim (pool61 p11).
"""

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string


def _claims(text: str) -> list[str]:
    return [f.quote for f in check_claims(read_text_string(text), stock_claims=True) if f.rule == "claims.strong_claim"]


# -- a figure after a half-width comma -------------------------------------------------------------

def test_a_percentage_after_a_half_width_comma_backs_the_numbered_claim_before_it():
    text = "2.下乡演出群众满意度明显提升。演出深受欢迎,经现场回访,85%以上的观众表示喜欢。\n"
    assert _claims(text) == []


def test_the_same_item_with_a_full_width_comma_was_already_backed():
    text = "2.下乡演出群众满意度明显提升。演出深受欢迎，经现场回访，85%以上的观众表示喜欢。\n"
    assert _claims(text) == []


def test_the_item_without_any_figure_is_still_a_claim():
    text = "2.下乡演出群众满意度明显提升。演出深受欢迎,经现场回访,大部分观众表示喜欢。\n"
    assert _claims(text) == ["明显提升"]


# -- a claim ending with a colon -------------------------------------------------------------------

_LEAD = "2023年,我委围绕年初工作计划,积极履行职责,圆满完成了年度工作目标,部门整体支出绩效情况如下:\n"


def test_a_claim_announcing_the_next_paragraph_is_backed_by_a_figure_after_its_run_in_title():
    text = _LEAD + "(一)审批服务工作情况。全年共受理审批事项1260件,按时办结率100%。\n"
    assert _claims(text) == []


def test_without_the_colon_a_figure_after_the_next_paragraphs_title_does_not_back_it():
    text = _LEAD.replace("部门整体支出绩效情况如下:", "部门整体支出绩效较好。") \
        + "(一)审批服务工作情况。全年共受理审批事项1260件,按时办结率100%。\n"
    assert _claims(text) == ["圆满完成"]


def test_a_colon_before_a_paragraph_with_no_figure_backs_nothing():
    text = _LEAD + "(一)审批服务工作情况。审批服务进一步规范,群众办事更加便利。\n"
    assert _claims(text) == ["圆满完成"]


# -- a claim said twice in a row --------------------------------------------------------------------

def test_a_claim_said_twice_in_a_row_is_a_forms_target_and_actual_glued():
    text = ("绩效指标一级指标二级指标三级指标年度指标值全年完成值\n"
            "效益指标社会效益指标扩大公益宣传覆盖面同比上年受益人数显著提高显著提高\n"
            "可持续影响指标宣传长效机制同比上年受益人数显著提高显著提高\n"
            "项目资金已全部支付。\n")
    assert _claims(text) == []


def test_the_claim_said_once_at_a_lines_end_is_still_a_claim():
    text = "项目实施后,同比上年受益人数显著提高\n项目资金已全部支付。\n"
    assert _claims(text) == ["显著提高"]
