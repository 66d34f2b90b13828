"""One finding for a problem a report repeats: at its first place, every other place related.

Why: "one problem, one finding" (issue 9) — a habit written the same way throughout (（二）、 under
every heading, a template's word limits in every cell) is one thing for the unit to fix, not ten.
"""

from __future__ import annotations

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Location, Report, TextUnit

__all__ = ["Place", "one_finding", "one_per_quote"]

Place = tuple[TextUnit, int, int]  # where, the span's start and end in its text


def one_finding(report: Report, places: list[Place] | list[Location], *, kind: Kind, message: str, evidence: str,
                suggestion: str, rule: str, severity: Severity = Severity.WARNING,
                count: str = "全文共{}处") -> Finding:
    """The finding at ``places[0]``, the others related; the message counts the places (``count``) when
    there are more."""
    at = [p[0].at(p[1], p[2]) if isinstance(p, tuple) else p for p in places]
    return Finding(
        kind=kind, severity=severity, message=message + (f"（{count.format(len(at))}）" if len(at) > 1 else ""),
        location=FindingLocation.of(report, at[0]),
        related=[FindingLocation.of(report, a) for a in at[1:]],
        evidence=evidence, suggestion=suggestion, rule=rule)


def one_per_quote(found: list[Finding]) -> list[Finding]:
    """``found`` with the findings quoting the same words made one, at the first place, the others related."""
    by: dict[str, list[Finding]] = {}
    for f in found:
        by.setdefault(f.quote, []).append(f)
    return [fs[0].model_copy(update={"related": [*fs[0].related, *(f.location for f in fs[1:])]}) if len(fs) > 1 else fs[0]
            for fs in by.values()]
