"""Findings: what every check returns. A stable model, so JSON consumers and evals can rely on it."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from pydantic import BaseModel, Field

from .report import Location, Report


class Kind(StrEnum):
    DUPLICATE_PARAGRAPH = "duplicate_paragraph"
    COPIED_FROM_PRIOR_YEAR = "copied_from_prior_year"
    SPLICED_TEXT = "spliced_text"
    CROSS_REPORT_BOILERPLATE = "cross_report_boilerplate"
    NUMBER_UNSUPPORTED = "number_unsupported"
    NUMBER_CONTRADICTED = "number_contradicted"
    ARITHMETIC_MISMATCH = "arithmetic_mismatch"
    UNSUPPORTED_CLAIM = "unsupported_claim"
    STALE_YEAR = "stale_year"
    DATE_INCONSISTENCY = "date_inconsistency"
    ENTITY_MISMATCH = "entity_mismatch"
    MISSING_FIELD = "missing_field"
    NUMBERING_GAP = "numbering_gap"
    TYPO = "typo"
    REPEATED_WORD = "repeated_word"
    PUNCTUATION = "punctuation"
    DOCUMENT_NUMBER = "document_number"
    FOREIGN_TEXT = "foreign_text"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class FindingLocation(BaseModel):
    """Where a finding points, with the exact quote (so a reader can check it without the file)."""

    location: Location
    quote: str
    label: str = ""

    @classmethod
    def of(cls, report: Report, loc: Location, label: str | None = None) -> FindingLocation:
        """The place ``loc`` of ``report`` with its exact quote: what every check points at."""
        return cls(location=loc, quote=report.quote(loc), label=label or loc.label())


class Finding(BaseModel):
    kind: Kind
    severity: Severity
    message: str = Field(description="中文 message for the reviewer")
    location: FindingLocation
    related: list[FindingLocation] = Field(default_factory=list, description="other places involved (copies, seams, table cells)")
    evidence: str = Field("", description="what was expected and where support was looked for")
    suggestion: str | None = None
    rule: str = Field("", description="id of the rule that raised it")

    @property
    def quote(self) -> str:
        return self.location.quote


class ReviewSummary(BaseModel):
    total: int = Field(description="problems: one finding each (a duplicate cluster is one)")
    places: int = Field(0, description="places in the report the findings point at (their own and related "
                                       "places; overlapping stretches of text count once)")
    by_kind: dict[str, int]
    by_severity: dict[str, int]


def count_places(findings: list[Finding]) -> int:
    """Distinct stretches of text the findings point at: each finding's place and its related places
    (every copy of a duplicate, the cells of a sum), overlapping or touching stretches counted once."""
    spans: dict[tuple[int, int | None, int | None], list[tuple[int, int]]] = {}
    for f in findings:
        for p in (f.location, *f.related):
            loc = p.location
            spans.setdefault((loc.block, loc.row, loc.col), []).append((loc.start, loc.end))
    n = 0
    for unit_spans in spans.values():
        end = None
        for s, e in sorted(unit_spans):
            if end is None or s > end:
                n += 1
                end = e
            else:
                end = max(end, e)
    return n


class ReviewResult(BaseModel):
    """``{"findings": [...], "summary": {...}}`` — the JSON output of ``jixiao review``."""

    source: str | None = None
    findings: list[Finding]
    summary: ReviewSummary

    @classmethod
    def of(cls, findings: list[Finding], source: str | None = None) -> ReviewResult:
        ordered = sorted(findings, key=lambda f: (f.location.location.block, f.location.location.row or 0,
                                                  f.location.location.col or 0, f.location.location.start))
        return cls(
            source=source,
            findings=ordered,
            summary=ReviewSummary(
                total=len(ordered),
                places=count_places(ordered),
                by_kind=dict(Counter(f.kind.value for f in ordered)),
                by_severity=dict(Counter(f.severity.value for f in ordered)),
            ),
        )

    def worst(self) -> Severity | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=lambda s: s.rank)
