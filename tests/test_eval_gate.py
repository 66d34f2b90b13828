"""The CI gate: the fast eval suite must stay at or above the thresholds in evals/thresholds.yaml."""

from pathlib import Path

import pytest

from evals.runner import case_dirs, check_thresholds, load_case, load_thresholds, run_suite

ROOT = Path(__file__).resolve().parent.parent
SUITES = ROOT / "evals" / "suites"
THRESHOLDS = ROOT / "evals" / "thresholds.yaml"


@pytest.fixture(scope="module")
def fast_result():
    return run_suite(SUITES / "fast", drafts=False)


def test_fast_suite_meets_every_threshold(fast_result):
    failures = check_thresholds(fast_result, load_thresholds(THRESHOLDS))
    assert failures == [], "\n".join(failures)


def test_every_suite_has_thresholds():
    thresholds = load_thresholds(THRESHOLDS)
    assert {p.name for p in SUITES.iterdir() if p.is_dir()} <= set(thresholds)


def test_fast_suite_is_small_and_has_a_false_alarm_control():
    cases = [load_case(d / "case.yaml") for d in case_dirs(SUITES / "fast")]
    assert 1 <= len(cases) <= 6
    assert any(not c.labels for c in cases)


@pytest.mark.parametrize("suite", ["fast", "full", "sample", "styles"])
def test_every_committed_case_is_valid_and_its_files_exist(suite):
    for d in case_dirs(SUITES / suite):
        case = load_case(d / "case.yaml")
        for rel in (case.report, case.data, case.prior):
            assert rel is None or (d / rel).exists(), f"{d.name}: {rel}"
