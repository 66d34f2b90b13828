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


# -- a target that names no comparator, the claims a report makes of it, and what stays quiet (issue 9) -------------

@pytest.mark.parametrize(("text", "claim", "actual"), [
    # a target with no comparator is a floor: what was planned is what was to be reached
    ("目标培训500人次，实际完成420人次，达到年度目标。", "达到年度目标", "420人次"),
    ("计划新建道路12公里，实际完成10.5公里，圆满完成了年度任务。", "圆满完成了年度任务", "10.5公里"),
    ("计划发放宣传册3000份，实际发放2600份，全面完成。", "全面完成", "2600份"),
    ("计划走访200户，实际走访180户，均已完成。", "均已完成", "180户"),
    ("计划培训500人次，实际培训450人次，已达到预期。", "达到预期", "450人次"),
    ("计划培训500人次，实际培训450人次，完成了全年任务。", "完成了全年任务", "450人次"),
    # a whole count is exact: one short of the plan is short
    ("计划培训500人次，实际培训499人次，圆满完成年度目标。", "圆满完成年度目标", "499人次"),
    # a labelled field pair, each field its own ；-clause, and the claim after them
    ("年度目标：完成率100%；实际完成：95%；已全面完成。", "全面完成", "95%"),
    # money compares across 万元 and 元
    ("计划投资50万元，实际完成投资450000元，圆满完成年度目标。", "圆满完成年度目标", "450000元"),
    # 约 widens the actual by a step of its last digit, and the gap is wider still
    ("计划培训500人次，实际培训约420人次，圆满完成年度任务。", "圆满完成年度任务", "420人次"),
    # a reason for the gap does not make 圆满/全面 true
    ("计划培训500人次，因疫情影响实际培训420人次，圆满完成年度目标。", "圆满完成年度目标", "420人次"),
])
def test_a_claim_beside_a_plan_it_falls_short_of_is_flagged(text, claim, actual):
    [f] = met_findings(text)
    assert f.quote == claim and f.related[0].quote == actual
    assert f.rule == "claims.met_but_missed" and f.severity.value == "warning"


@pytest.mark.parametrize(("text", "said"), [
    ("计划培训500人次，实际培训500人次，超额完成年度任务。", "未超过目标"),  # met, not exceeded
    ("培训人次目标值不少于500人次，实际完成500人次，超额完成。", "未超过目标"),
    ("计划培训500人次，实际培训480人次，超额完成年度任务。", "低于目标下限"),  # missed outright
])
def test_exceeding_is_claimed_only_where_the_actual_exceeds_the_target(text, said):
    [f] = met_findings(text)
    assert f.quote.startswith("超额完成") and said in f.message


@pytest.mark.parametrize("text", [
    "计划培训500人次，实际培训520人次，超额完成年度任务。",  # exceeded
    "计划新建道路12公里，实际完成12公里，圆满完成年度任务。",  # met
    "计划培训500人次，实际培训420人，圆满完成年度任务。",  # 人次 and 人 are not one quantity
    "计划投资50万元，实际完成投资498000元，圆满完成年度目标。",  # 50万元 may be 49.5万 to 50.5万
    "资金到位率100%，圆满完成。",  # no target figure: the claim is about something else
    "计划培训500人次，实际培训420人次，基本完成年度任务。",  # honest
    "计划培训500人次，实际培训420人次，部分完成年度任务。",
    "三年累计培训目标1500人次，本年实际培训420人次，圆满完成年度任务。",  # a target for more than the year
    "计划到2025年建成道路120公里，本年实际完成40公里，完成年度目标。",
    "目标合格率90%-95%，实际合格率92%，达到预期目标。",  # a range
    "目标合格率90%-95%，实际合格率88%，达到预期目标。",
    "目标完成率100%，实际完成95个，圆满完成。",  # a percentage against a count
    "投诉率目标3%，实际2%，达到预期目标。",  # better lower, and lower
    "投诉率目标3%，实际5%，达到预期目标。",  # better lower with no comparator: not read
    "项目成本计划50万元，实际支出48万元，圆满完成。",
    "计划培训500人次，实际培训约490人次，圆满完成年度任务。",  # 约490 may be 500
    "计划培训500人次，因疫情影响实际培训420人次，完成年度目标。",  # a reason given: the target may have moved
    "计划培训500人次，实际培训420人次，发放补贴20万元，圆满完成。",  # the claim follows another item's figure
    "一是计划培训500人次，实际培训420人次，二是完善制度3项，圆满完成年度任务。",  # another item in between
    "计划培训500人次，实际培训420人次，圆满完成了培训班的组织工作。",  # 圆满完成 of something else
    "计划培训500人次，实际培训420人次；资金到位率100%，圆满完成。",  # another clause
    "年度目标：培训500人次；实际完成：420人次，基本完成。",
    "计划培训500人次，实际培训420人次，较好地完成了年度任务。",  # 较好 claims less than the target met
])
def test_claims_that_do_not_meet_their_figures_are_left_alone(text):
    assert met_findings(text) == []


@pytest.mark.parametrize("text", [
    "计划培训500人次，实际培训420人次，培训效果达到预期。",  # the claim speaks of the effect
    "计划培训500人次，实际培训420人次，宣传工作圆满完成。",  # … or of another item
    "计划每户补助5000元，实际发放4000元，圆满完成。",  # a figure for each household
    "计划2022年培训500人次，截至6月底实际培训420人次，圆满完成。",  # part of the year
    "项目计划总投资1200万元，本年完成投资800万元，圆满完成年度目标。",  # the whole project's sum
])
def test_a_claim_about_another_thing_or_another_span_is_left_alone(text):
    assert met_findings(text) == []


def test_a_claim_that_names_the_figures_item_is_read():
    [f] = met_findings("计划培训500人次，实际培训420人次，培训任务圆满完成。")
    assert f.quote == "圆满完成"


# -- in an indicator row: the 偏差原因 cell says the target was met ---------------------------------------------------

_ROW = "三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施\n培训人次 | ≥500人次 | {actual} | 10 | {score} | {reason}\n"


def _row_findings(actual: str, score: str, reason: str):
    from drafting.checks.arithmetic.scores import check_missed_full_score

    return check_missed_full_score(read_text_string(_ROW.format(actual=actual, score=score, reason=reason)))


def test_a_reason_cell_that_says_met_beside_a_missed_row_is_flagged():
    [f] = _row_findings("420人次", "8", "已达到年度目标")
    assert f.rule == "claims.met_but_missed" and f.quote == "达到年度目标"
    assert [r.quote for r in f.related] == ["420人次", "≥500人次"]


@pytest.mark.parametrize(("actual", "score", "reason", "rule"), [
    ("520人次", "10", "已达到年度目标", None),  # met
    ("420人次", "8", "基本达到年度目标，因疫情停课两周", None),  # hedged, and a reason given
    ("420人次", "8", "未达到年度目标，因疫情停课两周", None),
    ("420人次", "10", "已达到年度目标", "indicators.missed_full_score"),  # full marks: told once, by the score
])
def test_a_met_hedged_or_fully_scored_row_draws_no_met_claim(actual, score, reason, rule):
    assert [f.rule for f in _row_findings(actual, score, reason)] == ([rule] if rule else [])
