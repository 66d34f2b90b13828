"""One finding for a problem a report repeats: at its first place, every other place related.

Why: "one problem, one finding" (issue 9) — a habit written the same way throughout (（二）、 under
every heading, a template's word limits in every cell) is one thing for the unit to fix, not ten.
"""

from __future__ import annotations

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["Place", "one_finding"]

Place = tuple[TextUnit, int, int]  # where, the span's start and end in its text


def one_finding(report: Report, places: list[Place], *, kind: Kind, message: str, evidence: str, suggestion: str,
                rule: str, severity: Severity = Severity.WARNING) -> Finding:
    """The finding at ``places[0]``, the others related; the message counts the places when there are more."""
    (unit, start, end), more = places[0], places[1:]
    return Finding(
        kind=kind, severity=severity, message=message + (f"（全文共{len(places)}处）" if more else ""),
        location=FindingLocation.of(report, unit.at(start, end)),
        related=[FindingLocation.of(report, u.at(a, b)) for u, a, b in more],
        evidence=evidence, suggestion=suggestion, rule=rule)
