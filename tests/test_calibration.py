"""Severity calibration: `error` only from rules whose precision has been measured."""

import json

from drafting.calibration import (
    MEASURED_ERRORS,
    MEASURED_HINTS,
    MIN_FINDINGS,
    MIN_PRECISION,
    calibrate,
    calibrated,
)
from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.review import review
from evals.shared import ROOT as REPO


def _finding(rule: str, severity: Severity) -> Finding:
    report = read_text_string("一、概况\n\n本单位2023年预算100万元。\n")
    unit = next(report.units())
    return Finding(kind=Kind.STALE_YEAR, severity=severity, message="m",
                   location=FindingLocation.of(report, unit.at(0, 2)), rule=rule)


def test_an_unmeasured_rule_says_warning_instead_of_error():
    assert calibrated(Severity.ERROR, "dates.stale_title") is Severity.WARNING
    assert calibrate(_finding("dates.stale_title", Severity.ERROR)).severity is Severity.WARNING


def test_warnings_and_infos_pass_unchanged():
    assert calibrated(Severity.INFO, "dates.stale_title") is Severity.INFO
    f = _finding("dates.stale_title", Severity.WARNING)
    assert calibrate(f) is f


def test_a_measured_rule_keeps_its_error():
    assert "guard.contradicted" in MEASURED_ERRORS
    assert calibrated(Severity.ERROR, "guard.contradicted") is Severity.ERROR


def test_review_findings_without_data_are_never_errors_from_unmeasured_rules():
    text = ("某县农业农村局2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n"
            "本局2023年度预算100万元。\n\n本局2023年度预算100万元。\n\n截至2021年12月31日，在职人员10人。\n")
    result = review(read_text_string(text))
    assert result.findings, "the copied paragraph and the stale year-end date are found"
    assert all(f.severity is not Severity.ERROR or f.rule in MEASURED_ERRORS for f in result.findings)


def test_every_review_rule_allowed_errors_is_measured_on_the_dev_labels():
    """A review rule (not the guard) in MEASURED_ERRORS has 95%+ precision over 5+ dev findings in
    the committed eval results."""
    results = json.loads((REPO / "evals" / "results" / "real.json").read_text(encoding="utf-8"))
    by_rule = results["dev"]["by_rule"]
    for rule in MEASURED_ERRORS:
        if rule.startswith("guard."):
            continue
        row = by_rule[rule]
        measured = row.get("tp", 0) + row.get("fp", 0)
        assert measured >= MIN_FINDINGS and row.get("tp", 0) / measured >= MIN_PRECISION, rule


def test_a_rule_measured_as_mostly_wrong_on_unseen_text_is_a_hint_not_a_finding_to_fix():
    assert "language.typo" in MEASURED_HINTS
    assert calibrated(Severity.WARNING, "language.typo") is Severity.INFO
    [f] = [f for f in review(read_text_string("一、概况\n\n办公室负贵全局的日常工作，负责文电会务。\n")).findings
           if f.rule == "language.typo"]
    assert f.severity is Severity.INFO and "负责" in f.suggestion
