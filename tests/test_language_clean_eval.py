"""The clean-text eval reads only clean reports and counts every language finding there as false."""

from drafting.findings import Kind
from evals.language_clean import LANGUAGE, _clean_reports, markdown


def test_the_clean_reports_exist_and_carry_no_language_label():
    paths = _clean_reports()
    assert len(paths) >= 6
    assert all(p.exists() for p in paths)


def test_the_language_kinds_are_the_four_of_the_language_checks():
    assert {Kind.TYPO, Kind.REPEATED_WORD, Kind.PUNCTUATION, Kind.DOCUMENT_NUMBER} == LANGUAGE


def test_the_summary_lists_every_false_alarm():
    summary = {"chars": {"clean reports": 20000}, "false_alarms": 1, "per_20000": 1.0,
               "alarms": [{"where": "clean reports", "file": "x", "rule": "language.typo", "quote": "负贵", "message": "m"}]}
    md = markdown(summary)
    assert "1 false alarms, 1.0 per 20,000" in md and "「负贵」" in md
