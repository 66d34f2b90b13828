"""A strong claim in a report's overview sums up the year; the results sections below back it, or not.

The overview (基本情况, 概况, 自评工作开展情况) introduces the unit, the project and the evaluation; a
stock summary there (圆满完成全年各项工作任务) is no finding. The same claim among the results, or under
a sub-heading of results inside the overview, is still read (invented text)."""

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string

_CLAIM = "县文化馆围绕公共文化服务主线，全面完成了年初确定的各项工作任务，群众反响良好。\n\n"
_RESULTS = "三、项目绩效目标实现情况\n\n全年开展送戏下乡演出36场，覆盖12个乡镇。\n"


def _claims(text: str) -> list[str]:
    return [f.quote for f in check_claims(read_text_string(text), stock_claims=True) if f.rule == "claims.strong_claim"]


def test_a_stock_summary_in_the_overview_is_left_to_the_results_sections():
    text = "一、项目基本情况\n\n" + _CLAIM + "二、绩效自评工作开展情况\n\n对照绩效目标逐项自评，圆满完成了自评工作。\n\n" + _RESULTS
    assert _claims(text) == []


def test_the_same_claim_among_the_results_is_still_read():
    text = "一、项目基本情况\n\n县文化馆负责全县公共文化服务。\n\n三、项目绩效目标实现情况\n\n" + _CLAIM
    assert _claims(text) == ["全面完成"]


def test_a_sub_heading_of_results_inside_the_overview_ends_it():
    text = "一、部门基本情况\n\n县文化馆负责全县公共文化服务。\n\n（二）年度工作完成情况\n\n" + _CLAIM
    assert _claims(text) == ["全面完成"]
