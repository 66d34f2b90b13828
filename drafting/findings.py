"""Findings: what every check returns. A stable model, so JSON consumers and evals can rely on it."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from .digests import sha1
from .model_base import BaseModel, Field
from .report import Location, Report, new_list, nfkc


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

    @property
    def zh(self) -> str:
        """The word a reviewer reads: 错误, 警告, 提示 (every output shows this, never the English value)."""
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]


KIND_ZH = {
    "duplicate_paragraph": "段落重复",
    "copied_from_prior_year": "照搬上年",
    "spliced_text": "拼接错位",
    "cross_report_boilerplate": "跨报告套话",
    "number_unsupported": "数字无依据",
    "number_contradicted": "数字矛盾",
    "arithmetic_mismatch": "计算不符",
    "unsupported_claim": "结论无支撑",
    "stale_year": "年份过期",
    "date_inconsistency": "日期矛盾",
    "entity_mismatch": "层级/单位不符",
    "missing_field": "必填项空白",
    "numbering_gap": "序号不连续",
    "typo": "错别字",
    "repeated_word": "字词重复",
    "punctuation": "标点",
    "document_number": "发文字号",
    "foreign_text": "非报告文字",
}


class FindingLocation(BaseModel):
    """Where a finding points, with the exact quote (so a reader can check it without the file)."""

    location: Location
    quote: str
    label: str = ""

    @property
    def where(self) -> str:
        """The place as a reader finds it: the label, else the block-based fallback."""
        return self.label or self.location.label()

    @classmethod
    def of(cls, report: Report, loc: Location, label: str | None = None) -> FindingLocation:
        """The place ``loc`` of ``report`` with its exact quote: what every check points at."""
        return cls(location=loc, quote=report.quote(loc), label=label or report.place_label(loc))


def quoted_from(finding: Finding, report: Report) -> Finding:
    """``finding`` (found on a folded copy of ``report``, ``Report.mapped``) quoting ``report`` as
    written: the offsets are the same, only the text may differ."""
    def place(p: FindingLocation) -> FindingLocation:
        try:
            return p.model_copy(update={"quote": report.quote(p.location)})
        except (IndexError, ValueError):
            return p
    return finding.model_copy(update={"location": place(finding.location), "related": [place(r) for r in finding.related]})


def with_place_labels(findings: list[Finding], report: Report) -> list[Finding]:
    """Each place labelled as a reader finds it (``Report.place_label``); a role a check gave a
    place (插入起点) is kept. Checks that built a location without the report get their label here."""
    def relabel(p: FindingLocation) -> FindingLocation:
        if p.label and p.label != p.location.label():
            return p
        try:
            return p.model_copy(update={"label": report.place_label(p.location)})
        except (IndexError, ValueError):
            return p
    return [f.model_copy(update={"location": relabel(f.location), "related": [relabel(r) for r in f.related]})
            for f in findings]


class Finding(BaseModel):
    kind: Kind
    severity: Severity
    message: str = Field(description="中文 message for the reviewer")
    location: FindingLocation
    related: list[FindingLocation] = Field(default_factory=new_list, description="other places involved (copies, seams, table cells)")
    evidence: str = Field("", description="what was expected and where support was looked for")
    suggestion: str | None = None
    rule: str = Field("", description="id of the rule that raised it")
    id: str = Field("", description="fingerprint (kind, normalised quote, a few characters around it): stable "
                                    "across edits elsewhere in the report; what `jixiao review --accept` takes")

    @property
    def quote(self) -> str:
        return self.location.quote

    @property
    def kind_zh(self) -> str:
        return KIND_ZH.get(self.kind.value, self.kind.value)


FINGERPRINT_CONTEXT = 8  # characters each side of the quote that go into a finding's id


def _norm(text: str) -> str:
    return "".join(nfkc(text).split())


def _cuttable(ch: str) -> bool:
    """NFKC never joins an ASCII character or a Chinese one to what stands before it (no
    composition takes either as its second part), so a text cut just before one normalises as its
    two pieces do."""
    return ch < "\x80" or "\u4e00" <= ch <= "\u9fff"


def _norm_tail(text: str, n: int) -> str:
    """``_norm(text)[-n:]`` from the end of ``text`` only: a finding in a long paragraph needs 8
    characters, not the whole paragraph normalised."""
    cut = len(text)
    while cut > 0:
        cut = max(0, cut - 4 * n)
        while cut > 0 and not _cuttable(text[cut]):
            cut -= 1
        tail = _norm(text[cut:])
        if len(tail) >= n:
            return tail[-n:]
    return _norm(text)[-n:]


def _norm_head(text: str, n: int) -> str:
    """``_norm(text)[:n]`` from the start of ``text`` only (see ``_norm_tail``)."""
    cut = 0
    while cut < len(text):
        cut = min(len(text), cut + 4 * n)
        while cut < len(text) and not _cuttable(text[cut]):
            cut += 1
        head = _norm(text[:cut])
        if len(head) >= n:
            return head[:n]
    return _norm(text)[:n]


def fingerprint(finding: Finding, report: Report) -> str:
    """A finding's id, as linters key their baselines: the kind, the quote and a few characters on
    each side, normalised (width, spaces) — never offsets, so edits elsewhere leave it unchanged and
    an edit of the quoted words (or right beside them) makes a new one."""
    loc = finding.location.location
    try:
        text = report.text_of(loc)
    except (IndexError, ValueError):
        text = ""
    before = _norm_tail(text[: loc.start], FINGERPRINT_CONTEXT)
    after = _norm_head(text[loc.end :], FINGERPRINT_CONTEXT)
    key = "\x1f".join((finding.kind.value, _norm(finding.quote), before, after))
    return sha1(key.encode("utf-8")).hexdigest()[:8]


def with_ids(findings: list[Finding], report: Report) -> list[Finding]:
    """Each finding with its fingerprint id; the second of two equal fingerprints gets ``-2`` and so on."""
    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        fp = fingerprint(f, report)
        seen[fp] += 1
        out.append(f.model_copy(update={"id": fp if seen[fp] == 1 else f"{fp}-{seen[fp]}"}))
    return out


class ReviewSummary(BaseModel):
    total: int = Field(description="problems: one finding each (a duplicate cluster is one)")
    accepted: int = Field(0, description="findings a reviewer accepted (decisions file) and not shown")
    stale: list[str] = Field(default_factory=new_list, description="ids in the decisions file that match no finding any more")
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


def in_document_order(findings: list[Finding]) -> list[Finding]:
    """The findings sorted by where they stand (block, row, column, start); equals keep their order."""
    return sorted(findings, key=lambda f: (f.location.location.block, f.location.location.row or 0,
                                           f.location.location.col or 0, f.location.location.start))


class ReviewResult(BaseModel):
    """``{"findings": [...], "summary": {...}}`` — the JSON output of ``jixiao review``."""

    source: str | None = None
    findings: list[Finding]
    summary: ReviewSummary

    @classmethod
    def of(cls, findings: list[Finding], source: str | None = None) -> ReviewResult:
        ordered = in_document_order(findings)
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
