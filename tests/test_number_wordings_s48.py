"""Wordings of three number rules that reports use and the rules did not read (session 48, issue #9):
a met claim written 实现(了)年度目标; a class's weight and score with the class named again before its score
(效益指标满分30分，效益指标得分32分); class weights written 决策指标占15分. Invented sentences."""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.checks.met_claims import check_met_claims
from drafting.io.text_reader import read_text_string


def _rules(check, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in check(read_text_string(text))]


def test_a_ceiling_missed_and_said_to_realise_the_years_target_is_reported():
    text = "（三）效益指标\n群众投诉率目标值≤3%，实际为4.2%，实现了年度目标。\n"
    (f,) = check_met_claims(read_text_string(text))
    assert f.quote == "实现了年度目标" and "4.2%" in f.message


@pytest.mark.parametrize("text", [
    "群众投诉率目标值≤3%，实际为2.2%，实现了年度目标。\n",    # met
    "群众投诉率目标值≤3%，实际为4.2%，未实现年度目标。\n",     # said missed
])
def test_a_ceiling_met_or_a_miss_owned_is_silent(text):
    assert check_met_claims(read_text_string(text)) == []


def test_a_score_above_the_full_marks_with_the_class_named_again_is_reported():
    text = "（四）效益指标分析\n效益指标满分20分，效益指标得分23分，项目带动作用明显。\n"
    assert ("indicator_score_over_weight", "23") in _rules(check_arithmetic, text)
    quiet = "（四）效益指标分析\n效益指标满分20分，效益指标得分18分，项目带动作用明显。\n"
    assert [r for r, _ in _rules(check_arithmetic, quiet) if r == "indicator_score_over_weight"] == []


def test_class_weights_written_with_zhan_are_added_up():
    text = "本次评价中，决策指标占20分，过程指标占20分，产出指标占40分，效益指标占25分。\n"
    assert [r for r, _ in _rules(check_arithmetic, text)] == ["class_weights_total"]
    fine = "本次评价中，决策指标占20分，过程指标占20分，产出指标占40分，效益指标占20分。\n"
    assert _rules(check_arithmetic, fine) == []


_FORM = "三级指标\n年度指标值\n实际完成值\n分值\n得分\n{name}\n{target}\n{actual}\n10\n10\n资金足额到位率\n100%\n100%\n10\n10\n"


def test_a_rate_of_two_decimals_in_the_target_cell_the_same_as_the_actual_is_the_result_copied():
    from drafting.checks.claims import check_claims
    text = _FORM.format(name="适龄儿童疫苗接种率", target="96.37%", actual="96.37%")
    assert [(f.rule, f.quote) for f in check_claims(read_text_string(text), None)
            if f.rule == "indicators.actual_as_target"] == [("indicators.actual_as_target", "96.37%")]


@pytest.mark.parametrize(("target", "actual"), [
    ("≥95%", "96.37%"),     # a target
    ("100%", "100%"),       # a round rate, met exactly
    ("98.5%", "98.5%"),     # one decimal: a plan may set it
    ("96.30%", "96.30%"),   # two decimals, but a round rate
])
def test_round_targets_equal_to_the_actual_are_left_alone(target, actual):
    from drafting.checks.claims import check_claims
    text = _FORM.format(name="适龄儿童疫苗接种率", target=target, actual=actual)
    assert [f for f in check_claims(read_text_string(text), None) if f.rule == "indicators.actual_as_target"] == []


@pytest.mark.parametrize("target", ["完整", "齐全", "准确"])
def test_a_state_named_as_the_target_of_a_quality_indicator_is_measurable(target):
    from drafting.checks.indicator_rows import is_measurable
    assert is_measurable(target)
    assert not is_measurable("加强管理")


def test_a_weight_in_brackets_then_the_next_classs_score_are_no_pair():
    text = ("经自评，过程指标得分18.5分（满分20分），产出指标得分38分（满分40分），效益指标得分19分（满分20分），"
            "满意度指标得分9分（满分10分），综合自评得分94.5分。\n")
    assert [r for r, _ in _rules(check_arithmetic, text) if r == "indicator_score_over_weight"] == []
