"""Severity calibration: which rules may say ``error``.

Why: a reviewer stops reading a tool whose errors are wrong. A rule says ``error`` only once its
precision has been *measured* at 95% or more, with enough findings to mean something: on the dev
split of the labelled real reports (``make eval``, ``evals/results/real.json``) for the review's own
rules, on the hand-checked guard benchmark for the guard (numbers compared with the department's
data). Every other rule's ``error`` is said as a ``warning``; its evidence still tells the reviewer
why it fired. A rule joins ``MEASURED_ERRORS`` only with its measured figures beside it.

The other way round: a rule measured as mostly wrong on real text it was not written on (public
pages gathered and judged by hand, never tuned on) says at most ``info`` — a hint to look, not a
finding to fix — until a later measure says otherwise. It joins ``MEASURED_HINTS`` with its figures.
"""

from __future__ import annotations

from .findings import Finding, Severity

__all__ = ["MEASURED_ERRORS", "MEASURED_HINTS", "MIN_FINDINGS", "MIN_PRECISION", "calibrate", "calibrated"]

MIN_PRECISION = 0.95
MIN_FINDINGS = 5  # one right finding out of one is not a measured 100%

# rule -> where its precision was measured. No review rule has 5+ dev findings at 95%+ and is worth
# an error yet (language.document_number is 7/7 on dev but a format slip, not a wrong statement).
MEASURED_ERRORS: dict[str, str] = {
    "guard.contradicted": "guard benchmark (make bench): every number checked against the data",
    "guard.unsupported": "guard benchmark (make bench): every number checked against the data",
}


# rule -> its precision on unseen public pages, where it fell below one in two (see README, "Unseen
# public pages"): said as info, its evidence and suggestion kept.
MEASURED_HINTS: dict[str, str] = {
    "language.typo": "unseen public pages, sessions 23-24: 1 right of 19 judged (dev: no finding; "
                     "SIGHAN-2015 sentences 0.95, but those are known to hold an error)",
    "language.last_item_comma": "pool50's held-out pages, session 50: 2 findings (a comma before the last item "
                                "of a list of amounts parted by 、), neither marked by either of two blind "
                                "readers; the lead judged both right by GB/T 15834 — a slip readers pass over",
}


def calibrated(severity: Severity, rule: str) -> Severity:
    """``severity`` for a rule whose precision is measured; at most a warning otherwise, and at most
    info for a rule measured as mostly wrong on unseen text."""
    if rule in MEASURED_HINTS:
        return Severity.INFO
    if severity is Severity.ERROR and rule not in MEASURED_ERRORS:
        return Severity.WARNING
    return severity


def calibrate(finding: Finding) -> Finding:
    """``finding`` with its severity calibrated (a copy when it changes)."""
    severity = calibrated(finding.severity, finding.rule)
    return finding if severity is finding.severity else finding.model_copy(update={"severity": severity})
