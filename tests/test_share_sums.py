"""Shares of one whole listed in one sentence add to at most 100% (checks/arithmetic/share_sums.py)."""

import pytest

from drafting.checks.arithmetic.sentence_rates import check_sentence_rates
from drafting.findings import Severity
from drafting.io.text_reader import read_text_string


def share_findings(text: str):
    return [f for f in check_sentence_rates(read_text_string(text)) if f.rule == "sentence_share_sum"]


def test_parts_of_one_whole_whose_shares_add_to_more_than_all_of_it_are_reported_once():
    [f] = share_findings("2023年部门支出合计860万元，其中人员经费占60%、公用经费占30%、项目经费占15%。")
    assert f.severity is Severity.WARNING
    assert f.location.quote == "15%" and {r.quote for r in f.related} == {"60%", "30%"}
    assert "105%" in f.message and "60% + 30% + 15% = 105%" in f.evidence
    assert "人员经费60%" in f.message and "项目经费15%" in f.message


def test_shares_after_amounts_naming_the_same_whole_are_added_as_parts():
    [f] = share_findings("本年支出中，基本支出512.30万元，占总支出的63.5%；项目支出295.10万元，占总支出的38.2%。")
    assert f.location.quote == "38.2%" and "101.7%" in f.message


@pytest.mark.parametrize("text", [
    # shares that add to 100%, or just over it by the rounding of each share as shown
    "其中人员经费占60%、公用经费占30%、项目经费占10%。",
    "其中中央资金占33.4%、省级资金占33.3%、县级资金占33.4%。",
    # shares of wholes named differently: 全县 and 全省 are two wholes
    "其中农村低保对象占全县的60%，城市低保对象占全省的45%。",
    # a list nested in a part: the sub-list's shares are inside the part's
    "其中基本支出占60%，其中人员支出占50%、公用支出占10%。",
    # names of two classifications (sex, education) may overlap
    "在职职工45人，其中女性占60%，大专以上学历占80%。",
    # shares of two years are no parts of one whole
    "2022年项目支出占60%，2023年项目支出占65%。",
    # a change of a share is no share
    "其中人员经费占比提高60%，公用经费占比下降50%。",
    # an approximate share is not added
    "其中人员经费约占70%，公用经费占30%，项目经费占15%。",
    # a percent that is no share in the same sentence: more than one list
    "预算执行率为95%，其中人员经费占60%，公用经费占45%。",
])
def test_shares_that_are_not_parts_of_one_whole_over_all_of_it_stay_quiet(text):
    assert share_findings(text) == []


def test_a_share_the_ratio_rule_already_corrects_is_not_reported_again():
    found = check_sentence_rates(read_text_string(
        "部门支出合计100万元，其中人员经费60万元，占60%；公用经费45万元，占54%。"))
    assert [f.rule for f in found if f.rule == "sentence_share_sum"] == []
    assert any(f.location.quote == "54%" for f in found)
