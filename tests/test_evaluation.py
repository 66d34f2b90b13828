"""The eval runner's matching, metrics, case validation, baseline comparison, thresholds, draft
metrics and command line."""

import json
from pathlib import Path

import pytest
import yaml

from drafting.errors import InputError
from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.llm.models import FakeModel
from drafting.report import Location
from evals.cases import Label
from evals.runner import (
    Case,
    EvalResult,
    check_thresholds,
    compare,
    load_case,
    main,
    quotes_overlap,
    run_suite,
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


def test_one_character_in_common_is_no_overlap_of_two_short_quotes():
    assert not quotes_overlap("36", "18.92%")
    assert quotes_overlap("36", "编制36人")


def test_finding_of_another_kind_does_not_match_a_label():
    res = score_case("c", _case((Kind.STALE_YEAR, "2021年度")), [_finding(Kind.DATE_INCONSISTENCY, "2021年度")])
    assert len(res.missed) == 1 and len(res.false_alarms) == 1


def test_matching_finding_recalls_the_label_and_counts_as_true():
    res = score_case("c", _case((Kind.STALE_YEAR, "截至2021年12月31日")), [_finding(Kind.STALE_YEAR, "2021年")])
    assert len(res.matched) == 1 and len(res.true_findings) == 1 and not res.false_alarms


def test_a_second_finding_on_one_label_is_a_repeat_not_a_second_true_positive():
    res = score_case("c", _case((Kind.DUPLICATE_PARAGRAPH, "同一段文字重复出现在两处。")),
                     [_finding(Kind.DUPLICATE_PARAGRAPH, "同一段文字重复出现在两处。")] * 2)
    result = EvalResult(suite="s", cases=[res])
    assert len(res.true_findings) == 1 and len(res.repeated) == 1 and res.false_alarms == []
    assert result.overall.true_positives == 1 and result.overall.false_positives == 1
    assert result.overall.precision == 0.5 and result.overall.recalled == 1


def test_findings_and_labels_are_paired_so_the_order_of_findings_costs_no_pair():
    # the first finding could take either label; the second only the first label
    case = _case((Kind.STALE_YEAR, "截至2021年12月31日"), (Kind.STALE_YEAR, "2021年度部门整体支出绩效评价"))
    res = score_case("c", case, [_finding(Kind.STALE_YEAR, "2021年"), _finding(Kind.STALE_YEAR, "截至2021年12月31日")])
    assert len(res.true_findings) == 2 and res.repeated == []


def test_compare_names_a_new_repeated_finding():
    case = _case((Kind.STALE_YEAR, "2021年度"))
    one = [_finding(Kind.STALE_YEAR, "2021年度")]
    before = EvalResult(suite="s", cases=[score_case("c1", case, one)])
    now = EvalResult(suite="s", cases=[score_case("c1", case, one * 2)])
    assert compare(now, before) == ["c1: 新增重复发现 stale_year「2021年度」"]


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
    p.write_text(yaml.safe_dump({"report": "r.txt", "labels": [{"kind": "no_such_kind", "quote": "x"}]}), encoding="utf-8")
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


# -- drafts and the command line ------------------------------------------------------------------

DATA = Path(__file__).parent / "data" / "drafting" / "small.yaml"


class RepairEverySection(FakeModel):
    """A model whose first answer to each section is not JSON and whose repair is the skeleton."""

    def complete(self, messages, *, schema, skeleton=None):
        self.queue("不是JSON" if len(self.calls) % 2 == 0 else skeleton)
        return super().complete(messages, schema=schema, skeleton=skeleton)


def _suite(tmp_path: Path, labels: list[dict] | None = None, data: bool = True) -> Path:
    case = tmp_path / "suites" / "tiny" / "c1"
    case.mkdir(parents=True)
    (case / "report.txt").write_text("截至2021年12月31日，各项工作圆满完成。\n", encoding="utf-8")
    (case / "case.yaml").write_text(yaml.safe_dump(
        {"report": "report.txt", "data": str(DATA) if data else None, "labels": labels or []}, allow_unicode=True),
        encoding="utf-8")
    return case.parent


def test_draft_repairs_calls_and_tokens_come_from_the_sidecar(tmp_path: Path):
    model = RepairEverySection()
    result = run_suite(_suite(tmp_path), model=model, baseline_dir=tmp_path, cache_dir=tmp_path / "cache")
    d = result.drafts
    assert d is not None and d.drafts == 1 and d.errors == []
    sections = len(model.calls) // 2
    assert sections > 0 and d.calls == len(model.calls) and d.repairs == sections
    assert d.fallbacks == 0 and d.cached_calls == 0 and d.tokens > 0
    assert d.required_figures > 0 and d.coverage == 1.0
    assert result.model == "fake"


def test_a_rerun_of_the_draft_counts_its_cached_calls_and_asks_again_where_the_answer_was_unusable(tmp_path: Path):
    suite = _suite(tmp_path)
    run_suite(suite, model=RepairEverySection(), baseline_dir=tmp_path, cache_dir=tmp_path / "cache")
    unusable = FakeModel(respond=lambda _messages: "不是JSON")
    again = run_suite(suite, model=unusable, baseline_dir=tmp_path, cache_dir=tmp_path / "cache").drafts
    # the non-JSON first answers were never cached, so each is asked again; the usable repairs come from the cache
    assert again is not None and again.errors == [] and again.calls == len(unusable.calls) == again.cached_calls > 0


def test_the_runner_writes_results_and_exits_0_when_every_threshold_is_met(tmp_path: Path, capsys):
    suite = _suite(tmp_path, [{"kind": "unsupported_claim", "quote": "圆满完成"}], data=False)
    (tmp_path / "t.yaml").write_text("tiny:\n  kinds:\n    unsupported_claim: {precision: 1.0, recall: 1.0}\n",
                                     encoding="utf-8")
    status = main([str(suite), "--out", str(tmp_path / "out"), "--thresholds", str(tmp_path / "t.yaml")])
    assert status == 0, capsys.readouterr().err
    assert (tmp_path / "out" / "tiny.json").exists() and "# 评测结果：tiny" in capsys.readouterr().out


def test_the_runner_exits_1_naming_a_metric_below_its_threshold(tmp_path: Path, capsys):
    suite = _suite(tmp_path, [{"kind": "numbering_gap", "quote": "各项工作"}], data=False)
    (tmp_path / "t.yaml").write_text("tiny:\n  overall: {recall: 0.5}\n", encoding="utf-8")
    status = main([str(suite), "--out", str(tmp_path / "out"), "--thresholds", str(tmp_path / "t.yaml")])
    assert status == 1 and "低于阈值：tiny/overall: recall" in capsys.readouterr().err


def test_the_runner_exits_2_on_a_missing_suite(tmp_path: Path, capsys):
    assert main([str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert "评测集不存在" in capsys.readouterr().err


# -- one problem, one label, several places -------------------------------------------------------

PARA = "全县社会保险参保合计24.27万人，基金征缴2.15亿元，发放各项社保待遇4.5亿元。"


def _cluster_finding(quote: str, *others: tuple[int, str]) -> Finding:
    f = _finding(Kind.DUPLICATE_PARAGRAPH, quote)
    f.related = [FindingLocation(location=Location(block=b, start=0, end=len(q)), quote=q) for b, q in others]
    return f


def _places_label(quote: str, *places: str) -> Case:
    return Case(report="r.txt", labels=[Label(kind=Kind.DUPLICATE_PARAGRAPH, quote=quote, places=list(places))])


def test_one_finding_naming_every_copy_is_one_true_finding_for_one_label_with_every_place_found():
    res = score_case("c", _places_label(PARA, PARA, PARA), [_cluster_finding(PARA, (3, PARA), (7, PARA))])
    assert len(res.true_findings) == 1 and len(res.matched) == 1
    assert (res.matched[0].places, res.matched[0].places_found) == (3, 3)
    m = EvalResult(suite="s", cases=[res]).overall
    assert (m.precision, m.recall, m.place_recall) == (1.0, 1.0, 1.0)


def test_a_finding_matches_a_label_through_a_related_place_alone():
    label = _places_label("发放各项社保待遇4.5亿元", "严格落实降费率政策")
    res = score_case("c", label, [_cluster_finding("与标注无关的一段文字", (3, "今年严格落实降费率政策。"))])
    assert len(res.true_findings) == 1 and len(res.matched) == 1


def test_a_finding_naming_some_of_the_copies_finds_only_those_places():
    res = score_case("c", _places_label(PARA, PARA, PARA), [_cluster_finding(PARA, (3, PARA))])
    assert len(res.matched) == 1 and res.matched[0].places_found == 2
    assert EvalResult(suite="s", cases=[res]).overall.place_recall == 2 / 3


def test_two_findings_on_one_labelled_cluster_are_one_true_finding_and_one_repeat():
    res = score_case("c", _places_label(PARA, PARA), [_cluster_finding(PARA), _cluster_finding(PARA, (3, PARA))])
    assert len(res.true_findings) == 1 and len(res.repeated) == 1


def test_compare_names_a_label_whose_places_are_found_fewer_times():
    case = _places_label(PARA, PARA, PARA)
    before = EvalResult(suite="s", cases=[score_case("c1", case, [_cluster_finding(PARA, (3, PARA), (7, PARA))])])
    now = EvalResult(suite="s", cases=[score_case("c1", case, [_cluster_finding(PARA, (3, PARA))])])
    assert compare(now, before) == [f"c1: duplicate_paragraph「{PARA}」只指出 2/3 处（基线 3 处）"]


def test_a_label_with_places_is_read_from_case_yaml(tmp_path: Path):
    p = tmp_path / "case.yaml"
    p.write_text(yaml.safe_dump({"report": "r.txt", "labels": [
        {"kind": "duplicate_paragraph", "quote": "甲", "places": ["乙", "丙"]}]}, allow_unicode=True), encoding="utf-8")
    assert load_case(p).labels[0].all_places == ["甲", "乙", "丙"]


def test_threshold_gate_checks_the_share_of_labelled_places_found():
    res = EvalResult(suite="fast", cases=[score_case("c", _places_label(PARA, PARA, PARA), [_cluster_finding(PARA)])])
    failures = check_thresholds(res, {"fast": {"kinds": {"duplicate_paragraph": {"recall": 1.0, "place_recall": 0.9}}}})
    assert len(failures) == 1 and "place_recall 0.333" in failures[0]
