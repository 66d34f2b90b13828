"""The clean-text eval reads only clean reports and counts every language finding there as false."""

from evals.cases import load_case
from evals.language_clean import LANGUAGE, SUITES, _clean_reports, markdown


def test_the_clean_reports_are_the_clean_controls_and_styles_without_language_labels():
    paths = _clean_reports()
    assert len(paths) >= 6 and all(p.exists() for p in paths)
    planted = {(f.parent / load_case(f).report).resolve() for f in SUITES.glob("full/*-p*/case.yaml")}
    assert not planted & set(paths), "a report with planted defects is not clean text"
    for case_file in SUITES.glob("styles/*/case.yaml"):
        case = load_case(case_file)
        if any(label.kind in LANGUAGE for label in case.labels):
            assert (case_file.parent / case.report).resolve() not in paths


def test_the_summary_lists_every_false_alarm():
    summary = {"chars": {"clean reports": 20000}, "false_alarms": 1, "per_20000": 1.0,
               "alarms": [{"where": "clean reports", "file": "x", "rule": "language.typo", "quote": "负贵", "message": "m"}]}
    md = markdown(summary)
    assert "1 false alarms, 1.0 per 20,000" in md and "「负贵」" in md
