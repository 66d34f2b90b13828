"""Severity calibration: which rules may say ``error``.

Why: a reviewer stops reading a tool whose errors are wrong. A rule says ``error`` only once its
precision has been *measured* at 95% or more, with enough findings to mean something: on the dev
split of the labelled real reports (``make eval``, ``evals/results/real.json``) for the review's own
rules, on the hand-checked guard benchmark for the guard (numbers compared with the department's
data). Every other rule's ``error`` is said as a ``warning``; its evidence still tells the reviewer
why it fired. A rule joins ``MEASURED_ERRORS`` only with its measured figures beside it.
"""

from __future__ import annotations

from .findings import Finding, Severity

__all__ = ["MEASURED_ERRORS", "MIN_FINDINGS", "MIN_PRECISION", "calibrate", "calibrated"]

MIN_PRECISION = 0.95
MIN_FINDINGS = 5  # one right finding out of one is not a measured 100%

# rule -> where its precision was measured. No review rule has 5+ dev findings at 95%+ and is worth
# an error yet (language.document_number is 7/7 on dev but a format slip, not a wrong statement).
MEASURED_ERRORS: dict[str, str] = {
    "guard.contradicted": "guard benchmark (make bench): every number checked against the data",
    "guard.unsupported": "guard benchmark (make bench): every number checked against the data",
}


def calibrated(severity: Severity, rule: str) -> Severity:
    """``severity`` for a rule whose precision is measured; at most a warning otherwise."""
    if severity is Severity.ERROR and rule not in MEASURED_ERRORS:
        return Severity.WARNING
    return severity


def calibrate(finding: Finding) -> Finding:
    """``finding`` with its severity calibrated (a copy when it changes)."""
    severity = calibrated(finding.severity, finding.rule)
    return finding if severity is finding.severity else finding.model_copy(update={"severity": severity})
