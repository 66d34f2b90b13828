"""One problem, one finding, for the level words of the entities check: a duty list carried over from
another unit says its scope in every item, and one sentence may state the unit's own level wrongly in two
places; each is one finding whose other places are related (issue #9: a reviewer counts problems)."""

from __future__ import annotations

import re

from ..findings import Finding
from ..report import Location, Report

__all__ = ["one_per_scope", "one_per_sentence"]


def one_per_scope(findings: list[Finding]) -> list[Finding]:
    """A duty list carried over from another unit says its scope (全县) in every item: one finding, the
    other items its related places."""
    first: dict[str, Finding] = {}
    out: list[Finding] = []
    for f in findings:
        if f.rule != "entities.duty_scope":
            out.append(f)
        elif f.quote in first:
            kept = first[f.quote]
            first[f.quote] = kept.model_copy(update={"related": [*kept.related, f.location]})
        else:
            first[f.quote] = f
            out.append(f)
    return [first.get(f.quote, f) if f.rule == "entities.duty_scope" else f for f in out]


def one_per_sentence(report: Report, findings: list[Finding]) -> list[Finding]:
    """One sentence stating the unit's own level wrongly twice (本单位为省级预算单位，经费由省级财政全额
    保障) is one problem: the first place the finding, the later ones its related places."""
    out: list[Finding] = []
    by_unit: dict[tuple[int, int | None, int | None], list[int]] = {}  # a unit's own-status findings kept
    for f in findings:
        at = f.location.location
        kept = by_unit.setdefault((at.block, at.row, at.col), []) if f.rule == "entities.own_status_level" else None
        prior = next((k for k in kept or () if _one_sentence(report, out[k].location.location, at)), None)
        if prior is not None:
            out[prior] = out[prior].model_copy(update={"related": [*out[prior].related, f.location]})
            continue
        if kept is not None:
            kept.append(len(out))
        out.append(f)
    return out


def _one_sentence(report: Report, a: Location, b: Location) -> bool:
    lo, hi = sorted((a, b), key=lambda loc: loc.start)
    return not _SENTENCE_END.search(report.text_of(a), lo.end, hi.start)


_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
