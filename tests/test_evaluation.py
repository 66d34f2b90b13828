"""The eval runner's matching, metrics, case validation, baseline comparison and thresholds."""

import json
from pathlib import Path

import pytest
import yaml

from drafting.errors import InputError
from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.report import Location
from evals.planting import Label
from evals.runner import (
    Case,
    EvalResult,
    check_thresholds,
    compare,
    load_case,
    quotes_overlap,
    score_case,
    write_results,
)


def _finding(kind: Kind, quote: str) -> Finding:
    return Finding(kind=kind, severity=Severity.WARNING, message="测试",
                   location=FindingLocation(location=Location(block=0, start=0, end=len(quote)), quote=quote))


def _case(*labels: tuple[Kind, str], must_not_flag: list[str] | None = None) -> Case:
    return Case(report="report.txt", labels=[Label(kind=k, quote=q) for k, q in labels],
                must_not_flag=must_not_flag or [])


def test_quotes_overlap_when_one_contains_the_other():
    assert quotes_overlap("2142人", "2022年新增就业2142人")


def test_quotes_overlap_ignores_whitespace():
    assert quotes_overlap("2023年2月 20日", "2023年2月20日")


def test_quotes_overlap_when_half_of_the_shorter_is_shared_in_order():
    assert quotes_overlap("增长开发", "开发就业岗位鼓励吸纳就业")


def test_unrelated_quotes_do_not_overlap():
    assert not quotes_overlap("18.92%", "湘办〔2021〕28号")


def test_finding_of_another_kind_does_not_match_a_label():
    res = score_case("c", _case((Kind.STALE_YEAR, "2021年度")), [_finding(Kind.DATE_INCONSISTENCY, "2021年度")])
    assert len(res.missed) == 1 and len(res.false_alarms) == 1


def test_matching_finding_recalls_the_label_and_counts_as_true():
    res = score_case("c", _case((Kind.STALE_YEAR, "截至2021年12月31日")), [_finding(Kind.STALE_YEAR, "2021年")])
    assert len(res.matched) == 1 and len(res.true_findings) == 1 and not res.false_alarms


def test_two_findings_on_one_label_are_both_true_and_recall_it_once():
    res = score_case("c", _case((Kind.DUPLICATE_PARAGRAPH, "同一段文字重复出现在两处。")),
                     [_finding(Kind.DUPLICATE_PARAGRAPH, "同一段文字重复出现在两处。")] * 2)
    result = EvalResult(suite="s", cases=[res])
    assert result.overall.true_positives == 2 and result.overall.recalled == 1


def test_finding_on_a_must_not_flag_quote_is_reported():
    res = score_case("c", _case(must_not_flag=["湘办〔2021〕28号"]), [_finding(Kind.STALE_YEAR, "2021")])
    assert len(res.must_not_flag_hits) == 1


def test_a_whole_paragraph_finding_around_a_protected_quote_is_not_a_must_not_flag_hit():
    para = "贯彻落实《关于切实加强社会保险基金监管工作的意见》（湘办〔2021〕28号）文件精神，成立了专项整治工作领导小组。"
    res = score_case("c", _case(must_not_flag=["湘办〔2021〕28号"]), [_finding(Kind.DUPLICATE_PARAGRAPH, para)])
    assert res.must_not_flag_hits == []


def test_precision_recall_and_f1_per_kind_and_overall():
    case = _case((Kind.STALE_YEAR, "2021年度"), (Kind.NUMBERING_GAP, "5、加大"))
    res = score_case("c", case, [_finding(Kind.STALE_YEAR, "2021年度"), _finding(Kind.STALE_YEAR, "2019年")])
    result = EvalResult(suite="s", cases=[res])
    assert result.per_kind["stale_year"].precision == 0.5
    assert result.per_kind["stale_year"].recall == 1.0
    assert result.per_kind["numbering_gap"].recall == 0.0
    assert result.overall.precision == 0.5 and result.overall.recall == 0.5
    assert result.overall.f1 == pytest.approx(0.5)


def test_case_file_with_an_unknown_key_is_refused_naming_the_file(tmp_path: Path):
    p = tmp_path / "case.yaml"
    p.write_text(yaml.safe_dump({"report": "r.txt", "labels": [], "lables": []}), encoding="utf-8")
    with pytest.raises(InputError, match=r"case\.yaml"):
        load_case(p)


def test_case_label_with_an_unknown_kind_is_refused(tmp_path: Path):
    p = tmp_path / "case.yaml"
    p.write_text(yaml.safe_dump({"report": "r.txt", "labels": [{"kind": "typo", "quote": "x"}]}), encoding="utf-8")
    with pytest.raises(InputError):
        load_case(p)


def test_compare_names_a_label_found_before_and_missed_now():
    case = _case((Kind.STALE_YEAR, "2021年度"))
    before = EvalResult(suite="s", cases=[score_case("c1", case, [_finding(Kind.STALE_YEAR, "2021年度")])])
    now = EvalResult(suite="s", cases=[score_case("c1", case, [])])
    assert compare(now, before) == ["c1: 不再发现 stale_year「2021年度」"]


def test_compare_names_a_new_false_alarm():
    case = _case()
    before = EvalResult(suite="s", cases=[score_case("c1", case, [])])
    now = EvalResult(suite="s", cases=[score_case("c1", case, [_finding(Kind.MISSING_FIELD, "联系人")])])
    assert compare(now, before) == ["c1: 新增误报 missing_field「联系人」"]


def test_threshold_gate_fails_when_recall_drops_below_the_floor():
    res = EvalResult(suite="fast", cases=[score_case("c", _case((Kind.STALE_YEAR, "2021年度")), [])])
    failures = check_thresholds(res, {"fast": {"overall": {"recall": 0.5}}})
    assert len(failures) == 1 and "recall" in failures[0]


def test_threshold_gate_passes_at_the_floor():
    case = _case((Kind.STALE_YEAR, "2021年度"))
    res = EvalResult(suite="fast", cases=[score_case("c", case, [_finding(Kind.STALE_YEAR, "2021年度")])])
    assert check_thresholds(res, {"fast": {"overall": {"precision": 1.0, "recall": 1.0},
                                           "kinds": {"stale_year": {"recall": 1.0}}}}) == []


def test_results_are_written_as_json_and_markdown_and_read_back(tmp_path: Path):
    case = _case((Kind.STALE_YEAR, "2021年度"))
    res = EvalResult(suite="fast", cases=[score_case("c", case, [_finding(Kind.STALE_YEAR, "2021年度")])])
    paths = write_results(res, tmp_path)
    assert [p.name for p in paths] == ["fast.json", "fast.md"]
    obj = json.loads(paths[0].read_text(encoding="utf-8"))
    assert obj["overall"]["recall"] == 1.0
    assert EvalResult.from_json(obj).cases == res.cases
    assert "| stale_year | 1 | 1 |" in paths[1].read_text(encoding="utf-8")


def test_a_paragraph_labelled_at_each_copy_needs_each_copy_pointed_at():
    para = "全县社会保险参保合计24.27万人，基金征缴2.15亿元，发放各项社保待遇4.5亿元。"
    case = _case((Kind.DUPLICATE_PARAGRAPH, para), (Kind.DUPLICATE_PARAGRAPH, para), (Kind.DUPLICATE_PARAGRAPH, para))
    res = score_case("c", case, [_finding(Kind.DUPLICATE_PARAGRAPH, para)])
    assert len(res.matched) == 1 and len(res.missed) == 2


def test_related_places_of_a_finding_recall_the_other_copies():
    para = "全县社会保险参保合计24.27万人，基金征缴2.15亿元，发放各项社保待遇4.5亿元。"
    case = _case((Kind.DUPLICATE_PARAGRAPH, para), (Kind.DUPLICATE_PARAGRAPH, para))
    f = _finding(Kind.DUPLICATE_PARAGRAPH, para)
    f.related = [FindingLocation(location=Location(block=5, start=0, end=len(para)), quote=para)]
    res = score_case("c", case, [f])
    assert len(res.matched) == 2
