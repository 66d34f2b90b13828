"""A target said to be met must not sit beside an actual figure that misses it (checks/met_claims.py)."""

import pytest

from drafting.checks.met_claims import check_met_claims
from drafting.findings import Kind
from drafting.io.text_reader import read_text_string


def met_findings(text: str):
    return check_met_claims(read_text_string(text))


@pytest.mark.parametrize(("text", "claim", "actual"), [
    ("资助参保人数目标值不少于2.5万人，实际资助参保2.36万人，完成率105.2%，达到预期目标。", "达到预期目标", "2.36万人"),
    ("培训人次目标值≥500人次，实际完成培训460人次，已完成年度目标。", "完成年度目标", "460人次"),
    ("事故发生率控制在5%以内，实际为6.2%，目标已实现。", "目标已实现", "6.2%"),
    ("项目成本目标值不超过50万元，实际支出52.8万元，达到预期目标。", "达到预期目标", "52.8万元"),
    # 达到年度目标 as well as 完成年度目标 (a probe of invented indicator layouts found it unread)
    ("验收合格率目标值为≥95%，实际完成值为90%，已达到年度目标。", "达到年度目标", "90%"),
])
def test_a_met_claim_beside_a_missed_target_is_flagged(text, claim, actual):
    [f] = met_findings(text)
    assert f.quote == claim and f.kind is Kind.UNSUPPORTED_CLAIM
    assert f.related[0].quote == actual


@pytest.mark.parametrize("text", [
    "资助参保人数目标值不少于2.5万人，实际资助参保2.63万人，达到预期目标。",  # met
    "资助参保人数目标值不少于2.5万人，实际资助参保2.45万人，未达到预期目标。",  # says so
    "资助参保人数目标值不少于2.5万人，实际资助参保2.45万人，基本达到预期目标。",  # hedged
    "目标值不少于2.5万人，实际2.46万人，差距较小，基本完成目标。",
    "目标值不少于2.5万人；实际2.36万人；达到预期目标。",  # three clauses: not read together
    "目标值不少于25人，其中党员10人，实际完成24人，达到预期目标。",  # three counts: pairing is a guess
    "目标值不少于2.5万人，实际资助参保约2.4万人，达到预期目标。",  # an approximate actual
    "计划改造道路5公里，实际完成5公里，达到预期目标。",  # no floor or ceiling: exact target met
    "目标值2.5万人，实际2.5万人，达到预期目标。",
    "培训人次目标值不低于500人次，实际完成480人次，完成年度目标的96%。",  # a share of the target
])
def test_met_targets_honest_misses_and_unpaired_figures_are_left_alone(text):
    assert met_findings(text) == []


def test_rounding_of_the_written_figures_is_not_a_miss():
    # 2.5万人 may be 24,500-25,499 and 2.49万人 24,850-24,949: the actual may meet the target
    assert met_findings("目标值不少于2.5万人，实际2.49万人，达到预期目标。") == []
