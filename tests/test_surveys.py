"""A survey's counts hold together: valid ≤ returned ≤ handed out, and its rates are their ratios."""

import pytest

from drafting.checks.arithmetic.surveys import check_surveys
from drafting.io.text_reader import read_text_string


def survey_findings(text: str):
    return check_surveys(read_text_string(text))


@pytest.mark.parametrize(("text", "quote", "words"), [
    ("通过发放调查问卷500份，收回526份，满意度为96.5%。", "526", "回收问卷526份多于发放的500份"),
    ("发放问卷500份，回收问卷480份，有效问卷486份，满意度96%。", "486", "有效问卷486份多于回收的480份"),
    ("发放500份满意度调查问卷，回收526份。", "526", "回收问卷526份多于发放的500份"),
    ("共发放问卷500份，收回有效问卷526份，满意度96.5%。", "526", "有效问卷526份多于发放的500份"),
])
def test_a_part_of_a_survey_larger_than_its_whole_is_flagged(text, quote, words):
    [f] = survey_findings(text)
    assert f.quote == quote and words in f.message


def test_a_return_rate_that_is_not_returned_over_handed_out_is_flagged():
    [f] = survey_findings("发放问卷500份，回收486份，回收率98.2%，满意度96%。")
    assert f.quote == "98.2%" and "应为 97.2%" in f.message


@pytest.mark.parametrize("text", [
    "通过发放调查问卷500份，收回有效问卷486份，救助对象满意度为96.5%。",
    "发放问卷500份，回收486份，回收率97.2%，有效问卷480份，有效率98.8%。",  # 480 ÷ 486
    "发放问卷500份，回收486份，有效问卷480份，有效回收率96%。",  # 480 ÷ 500
    "发放问卷300份，回收率99.7%。",  # nothing to divide
    "对照评价指标发放通知3份，收回有效问卷486份。",  # a notice handed out, not a questionnaire
])
def test_consistent_or_unpinned_survey_counts_are_left_alone(text):
    assert survey_findings(text) == []


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("委托第三方开展满意度调查，共调查1,200人，满意1,116人，满意度95%。", "95%", "93%"),
    ("发放问卷200份，回收192份，其中满意180份，满意率98%。", "98%", "94%"),
])
def test_a_satisfaction_rate_must_be_the_satisfied_over_those_asked(text, wrong, right):
    [f] = survey_findings(text)
    assert f.quote == wrong and f"应为 {right.rstrip('%')}" in f.message


@pytest.mark.parametrize("text", [
    "委托第三方开展满意度调查，共调查1,200人，满意1,116人，满意度93%。",
    "发放问卷200份，回收192份，其中满意180份，满意率90%。",  # 180 ÷ 200: over those handed out
    # several grades: which of them the rate adds up is open
    "发放问卷100份，回收100份，满意90份，基本满意8份，不满意2份，满意度98%。",
    "共调查群众500人，满意度达95%以上。",  # no satisfied count
    "走访群众20人，满意率100%，其中满意30人。",  # more satisfied than asked: other counts
    # the people asked are counted in another sentence: 746 is the satisfied, not those asked
    "收回问卷800份，有效问卷785份。调查对象中表示满意的746人，满意度为95.03%。",
])
def test_satisfaction_rates_that_hold_or_cannot_be_pinned_are_left_alone(text):
    assert survey_findings(text) == []
