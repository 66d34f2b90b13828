"""Scoring: findings matched to gold labels, and the metrics of a suite.

One problem is one finding and one label, wherever it shows: a finding points at its own place and
its ``related`` places (every copy of a repeated paragraph), a label names one place or several
(``Label.places``). A finding matches a label when the kinds are equal (the three number kinds count
as one, see ``EQUIVALENT_KINDS``) and one of the finding's places overlaps one of the label's places:
the quotes overlap (one contains the other, or their longest common run of characters covers at
least half of the shorter, after removing whitespace).

Each finding counts once and each label makes at most one finding true: findings and labels are
paired one to one (a maximum matching; the finding that points most closely keeps the label), so a
second finding on a label that another finding already took is a *repeat* and counts against
precision like a false alarm. Recall counts labels: each distinct place the findings point at
recalls at most one label (so a paragraph labelled once per copy needs each copy pointed at). How
completely the places of a problem are named is measured apart: each place pointed at fills at most
one labelled place (``places_found`` of ``places``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from typing import Any

from pydantic import BaseModel, Field

from drafting.findings import Finding
from evals.cases import Case, Label

__all__ = [
    "EQUIVALENT_KINDS", "CaseResult", "DraftMetrics", "EvalResult", "Metrics", "Ref", "quotes_overlap",
    "same_kind", "score_case",
]


# -- matching -------------------------------------------------------------------------------------


def _squash(s: str) -> str:
    return "".join(s.split())


def quotes_overlap(a: str, b: str) -> bool:
    """One quote contains the other, or their longest common run (two characters at least) covers ≥ 50%
    of the shorter.

    A common *run* (not scattered characters) so that 2019年 and 2021年度 do not match."""
    a, b = _squash(a), _squash(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    longest = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    # one character in common is no overlap: "36" and "18.92%" share a 6, not a place
    return longest >= 2 and longest * 2 >= min(len(a), len(b))


# Kinds that name the same claim about one number. review.merge_findings keeps only one finding per
# number span across these (the strongest), so which of them a correct detection carries depends on
# which rule fired: a changed figure with data is "contradicted" when a fact of the same name exists,
# "unsupported" when none does. Labels of one of them are matched by findings of any of them.
EQUIVALENT_KINDS: dict[str, str] = {
    "number_unsupported": "number", "number_contradicted": "number", "arithmetic_mismatch": "number",
}


def same_kind(a: str, b: str) -> bool:
    return a == b or (a in EQUIVALENT_KINDS and EQUIVALENT_KINDS.get(a) == EQUIVALENT_KINDS.get(b))


def _targets(finding_quote: str, protected: str) -> bool:
    """A finding points at a must-not-flag quote when it overlaps it and is not a whole surrounding paragraph."""
    return quotes_overlap(finding_quote, protected) and len(_squash(finding_quote)) <= 3 * len(_squash(protected)) + 10


def _matching(labels: list[Label], kind: str, quotes: list[str]) -> list[int]:
    """The labels a finding of ``kind`` pointing at ``quotes`` matches: one place overlapping one place."""
    return [i for i, lab in enumerate(labels) if same_kind(lab.kind, kind)
            and any(quotes_overlap(lq, q) for lq in lab.all_places for q in quotes)]


def _places(f: Finding) -> list[str]:
    return [f.quote, *(r.quote for r in f.related)]


def pair_one_to_one(options: list[list[int]], order: Sequence[int] | None = None) -> list[int | None]:
    """A maximum matching of findings to labels: ``options[f]`` are the labels finding ``f`` may take;
    returns the label each finding gets, or None. Augmenting paths, so no order of findings costs a
    pair; findings earlier in ``order`` keep a label whenever a maximum matching allows it."""
    owner: dict[int, int] = {}

    def augment(f: int, seen: set[int]) -> bool:
        for lab in options[f]:
            if lab in seen:
                continue
            seen.add(lab)
            if lab not in owner or augment(owner[lab], seen):
                owner[lab] = f
                return True
        return False

    for f in order if order is not None else range(len(options)):
        augment(f, set())
    taken: list[int | None] = [None] * len(options)
    for lab, f in owner.items():
        taken[f] = lab
    return taken


class Ref(BaseModel):
    """A label or finding as shown in results: kind, quote (shortened) and a note or message; for a
    label, how many places it names and how many of them findings pointed at."""

    kind: str
    quote: str
    note: str = ""
    places: int = 0
    places_found: int = 0


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


class CaseResult(BaseModel):
    name: str
    labels: int
    findings: int
    matched: list[Ref] = Field(default_factory=list)
    missed: list[Ref] = Field(default_factory=list)
    true_findings: list[Ref] = Field(default_factory=list)
    repeated: list[Ref] = Field(default_factory=list, description="findings on a label another finding took")
    false_alarms: list[Ref] = Field(default_factory=list)
    must_not_flag_hits: list[Ref] = Field(default_factory=list)
    guard_checked: int | None = None
    guard_failed: int | None = None
    seconds: float = 0.0
    hand_labelled: bool = False


def _pointed_places(findings: list[Finding]) -> list[tuple[str, str]]:
    """Every distinct place the findings point at, as (kind, quote): one finding's place repeated
    by another finding of the same kind counts once."""
    seen: dict[tuple[str, tuple[int, int | None, int | None, int, int], str], tuple[str, str]] = {}
    for f in findings:
        for p in [f.location, *f.related]:
            loc = p.location
            seen.setdefault((f.kind.value, (loc.block, loc.row, loc.col, loc.start, loc.end), p.quote),
                            (f.kind.value, p.quote))
    return list(seen.values())


def _recalled(labels: list[Label], findings: list[Finding]) -> tuple[list[bool], list[int]]:
    """Which labels are recalled, and how many places of each were pointed at: each distinct place
    the findings point at recalls at most one label and fills at most one labelled place."""
    pointed = _pointed_places(findings)
    to_label = pair_one_to_one([_matching(labels, k, [q]) for k, q in pointed])
    hit = [False] * len(labels)
    for lab in to_label:
        if lab is not None:
            hit[lab] = True
    slots = [(i, q) for i, lab in enumerate(labels) for q in lab.all_places]
    options = [[j for j, (i, lq) in enumerate(slots) if same_kind(labels[i].kind, k) and quotes_overlap(lq, q)]
               for k, q in pointed]
    found = [0] * len(labels)
    for slot in pair_one_to_one(options):
        if slot is not None:
            found[slots[slot][0]] += 1
    return hit, found


def score_case(name: str, case: Case, findings: Iterable[Finding]) -> CaseResult:
    """Judge every finding once (true, repeated or false alarm) and every label once (matched or missed)."""
    findings = list(findings)
    res = CaseResult(name=name, labels=len(case.labels), findings=len(findings))
    options = [_matching(case.labels, f.kind, _places(f)) for f in findings]
    # the finding that points most closely (shortest quote) keeps the label; a sentence-long finding
    # on the same number is the repeat
    taken = pair_one_to_one(options, sorted(range(len(findings)), key=lambda i: len(_squash(findings[i].quote))))
    for f, opts, lab in zip(findings, options, taken, strict=True):
        ref = Ref(kind=f.kind.value, quote=_short(f.quote), note=_short(f.message, 80))
        if lab is not None:
            res.true_findings.append(ref)
        elif opts:
            res.repeated.append(ref)
        else:
            res.false_alarms.append(ref)
            if any(_targets(f.quote, q) for q in case.must_not_flag):
                res.must_not_flag_hits.append(ref)
    hit, found = _recalled(case.labels, findings)
    for label, h, n in zip(case.labels, hit, found, strict=True):
        ref = Ref(kind=label.kind.value, quote=_short(label.quote), note=label.note,
                  places=len(label.all_places), places_found=n)
        (res.matched if h else res.missed).append(ref)
    return res


# -- metrics --------------------------------------------------------------------------------------


class Metrics(BaseModel):
    labels: int = 0
    recalled: int = 0
    findings: int = 0
    true_positives: int = 0
    places: int = Field(0, description="places the labels name (a repeated paragraph: one per copy)")
    places_found: int = Field(0, description="labelled places some finding points at")

    @property
    def false_positives(self) -> int:
        return self.findings - self.true_positives

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.findings if self.findings else None

    @property
    def recall(self) -> float | None:
        return self.recalled / self.labels if self.labels else None

    @property
    def place_recall(self) -> float | None:
        return self.places_found / self.places if self.places else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def summary(self) -> dict[str, Any]:
        return {**self.model_dump(), "false_positives": self.false_positives,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1),
                "place_recall": _round(self.place_recall)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _metrics(cases: list[CaseResult]) -> tuple[dict[str, Metrics], Metrics]:
    per: dict[str, Metrics] = {}
    total = Metrics()

    def bump(kind: str, **kw: int) -> None:
        for m in (per.setdefault(kind, Metrics()), total):
            for k, v in kw.items():
                setattr(m, k, getattr(m, k) + v)

    for c in cases:
        for r in c.matched:
            bump(r.kind, labels=1, recalled=1, places=r.places or 1, places_found=r.places_found)
        for r in c.missed:
            bump(r.kind, labels=1, places=r.places or 1, places_found=r.places_found)
        for r in c.true_findings:
            bump(r.kind, findings=1, true_positives=1)
        for r in [*c.repeated, *c.false_alarms]:
            bump(r.kind, findings=1)
    return dict(sorted(per.items())), total


class DraftMetrics(BaseModel):
    """How well the drafter does on the suite's department data (one draft per data file), summed
    from each draft's sidecar: repairs are attempts after the first, per section."""

    drafts: int = 0
    numbers_checked: int = 0
    numbers_supported: int = 0
    required_figures: int = 0
    required_covered: int = 0
    repairs: int = 0
    fallbacks: int = Field(0, description="sections whose model answers never passed and fell back to the skeleton")
    tokens: int = 0
    calls: int = 0
    cached_calls: int = 0
    seconds: float = 0.0
    errors: list[str] = Field(default_factory=list)

    @property
    def supported_share(self) -> float | None:
        return self.numbers_supported / self.numbers_checked if self.numbers_checked else None

    @property
    def coverage(self) -> float | None:
        return self.required_covered / self.required_figures if self.required_figures else None


class EvalResult(BaseModel):
    suite: str
    model: str = "offline"
    cases: list[CaseResult]
    drafts: DraftMetrics | None = None
    wall_seconds: float = 0.0
    regressions: list[str] = Field(default_factory=list)

    @property
    def per_kind(self) -> dict[str, Metrics]:
        return _metrics(self.cases)[0]

    @property
    def overall(self) -> Metrics:
        return _metrics(self.cases)[1]

    def to_json(self) -> dict[str, Any]:
        out = self.model_dump(mode="json")
        out["overall"] = self.overall.summary()
        out["per_kind"] = {k: m.summary() for k, m in self.per_kind.items()}
        if self.drafts is not None:
            out["drafts"]["supported_share"] = _round(self.drafts.supported_share)
            out["drafts"]["coverage"] = _round(self.drafts.coverage)
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> EvalResult:
        keep = {k: v for k, v in obj.items() if k in cls.model_fields}
        if keep.get("drafts"):
            keep["drafts"] = {k: v for k, v in keep["drafts"].items() if k in DraftMetrics.model_fields}
        return cls.model_validate(keep)
