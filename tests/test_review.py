"""The review pass over whole reports: what it must find on the real sample, and stay quiet on clean ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.findings import Kind, Severity
from drafting.io.loading import load_department
from drafting.io.reading import read_report
from drafting.review import ReviewOptions, review

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "jingzhou-hrss-2022" / "report.txt"
CLEAN = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and p.name != "jingzhou-hrss-2022" and (p / "report.txt").exists())


@pytest.fixture
def sample_result(sample_reviewed):
    return sample_reviewed


def test_every_finding_quotes_exactly_the_text_it_points_at(sample_result):
    report, result = sample_result
    for f in result.findings:
        assert report.quote(f.location.location) == f.location.quote, f


def test_the_sample_spliced_sentence_is_found(sample_result):
    _, result = sample_result
    splices = [f for f in result.findings if f.kind is Kind.SPLICED_TEXT]
    assert splices
    assert any(f.location.quote.startswith("开发就业岗位鼓励吸纳就业") for f in splices)


def test_the_sample_stale_title_and_year_end_date_are_found(sample_result):
    _, result = sample_result
    stale = {f.location.quote for f in result.findings if f.kind is Kind.STALE_YEAR}
    assert "2020年度" in stale
    assert any("2021年12月31日" in q for q in stale)


def test_the_sample_signature_date_before_year_end_is_found(sample_result):
    _, result = sample_result
    dates = [f for f in result.findings if f.kind is Kind.DATE_INCONSISTENCY]
    assert any("2022年2月20日" in f.location.quote for f in dates)


def test_the_sample_percentages_that_do_not_follow_from_its_table_are_found(sample_result):
    _, result = sample_result
    wrong = {f.location.quote for f in result.findings if f.kind is Kind.ARITHMETIC_MISMATCH}
    # and its form's 实有人数 40 over its 人员编制 36 (the narrative counts all 40 as 编制 staff)
    assert wrong == {"18.92%", "8.67%", "40"}
    [staff] = [f for f in result.findings if f.rule == "staffing.over_posts"]
    assert staff.related[0].quote == "36"


def test_summary_counts_match_the_findings(sample_result):
    _, result = sample_result
    assert result.summary.total == len(result.findings)
    assert sum(result.summary.by_kind.values()) == len(result.findings)


def test_options_switch_checks_off(sample_result):
    report, _ = sample_result
    result = review(report, options=ReviewOptions(redundancy=False, splices=False))
    kinds = {f.kind for f in result.findings}
    assert Kind.DUPLICATE_PARAGRAPH not in kinds and Kind.SPLICED_TEXT not in kinds


@pytest.mark.parametrize("folder", CLEAN, ids=lambda p: p.name)
def test_clean_fixture_reports_get_no_error_level_finding(folder):
    data = load_department(folder / "data.yaml")
    prior = read_report(folder / "prior.txt") if (folder / "prior.txt").exists() else None
    result = review(read_report(folder / "report.txt"), data=data, prior=prior)
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    assert errors == []


def test_a_folder_is_reviewed_report_by_report_with_the_same_options(tmp_path):
    from drafting import ReviewOptions, review_folder

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "一.txt").write_text("安化县教育局2023年度部门整体支出绩效自评报告\n资金全部用于用于教学。\n", encoding="utf-8")
    (tmp_path / "二.txt").write_text("安化县教育局2023年度部门整体支出绩效自评报告\n资金全部用于教学。\n", encoding="utf-8")
    done = review_folder(tmp_path, options=ReviewOptions(language=False))
    assert [f.path.name for f in done.files] == ["一.txt", "二.txt"]  # by path: a/一.txt sorts first
    assert all(f.result.summary.by_kind.get("repeated_word") is None for f in done.files)
    with_language = review_folder(tmp_path)
    assert sum(f.result.summary.by_kind.get("repeated_word", 0) for f in with_language.files) == 1


def test_progress_is_told_before_each_check_and_once_more_for_the_merge():
    from drafting.io.text_reader import read_text_string

    report = read_text_string("一、部门基本情况\n局办公室负责机关日常运转，组织开展各项工作。\n")
    told: list[tuple[int, int, str]] = []
    review(report, options=ReviewOptions(typos=False), progress=lambda i, n, name: told.append((i, n, name)))
    n = told[0][1]
    assert [i for i, _, _ in told] == [*range(1, n + 1), n] and {m for _, m, _ in told} == {n}
    assert told[-1][2] == "整理审核意见" and "整理审核意见" not in [name for _, _, name in told[:-1]]
