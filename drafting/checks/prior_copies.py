"""Paragraphs copied from last year's report, also when their figures were changed.

Part of the redundancy check (``redundancy``: what a comparable paragraph is, how figures are read); a
module of its own because it compares two reports, where ``redundancy`` reads one.
"""

from __future__ import annotations

import re

from ..findings import Finding, Kind, Severity
from ..numbers.textnorm import normalize
from ..report import Report
from .redundancy import NEAR, _claims, _comparable, _extend_end
from .segments import (
    INSIDE,
    MIN_CHARS,
    Segment,
    finding_location,
    locate,
    overlaps,
    segments,
    shingle_index,
    snippet,
)

__all__ = ["find_prior_copies"]

_CITATION = re.compile(r"《[^》]{0,60}》|[（(][^（）()]{0,30}〔[^〕]{0,8}〕[^（）()]{0,12}[）)]")




def find_prior_copies(report: Report, prior: Report, min_chars: int = 40) -> list[Finding]:
    """Paragraphs copied from last year's report, also when their figures were changed.

    error: same words and the same figures (likely stale data); warning: same words, new figures;
    info: same words with no figures (duties and other fixed wording: check it still holds).
    Texts shorter than ``min_chars`` once citations (《…》, 〔2021〕28号) are removed are ignored:
    a short standard sentence is not evidence of copying; so are texts that are not narrative (the
    form's header rows and the title recur every year by design)."""
    olds = segments(prior, MIN_CHARS)
    index = shingle_index(olds)
    findings = []
    reported: set[int] = set()  # each prior paragraph is reported at its first reuse only
    for seg in segments(report, MIN_CHARS):
        if not _comparable(seg) or len(normalize(_CITATION.sub("", seg.text))) < min_chars:
            continue
        counts = overlaps(index, seg)
        best: tuple[float, int] | None = None
        inside: list[tuple[int, float]] = []
        for oid, inter in counts.items():
            o = olds[oid]
            j = inter / (len(o.shingles) + len(seg.shingles) - inter)
            score = max(j, inter / len(seg.shingles))
            if j >= NEAR or inter / len(seg.shingles) >= INSIDE:
                if best is None or score > best[0]:
                    best = (score, oid)
            elif inter / len(o.shingles) >= INSIDE:
                inside.append((oid, inter / len(o.shingles)))
        if best is not None:
            if best[1] not in reported:
                reported.add(best[1])
                findings.append(_prior_finding(report, prior, seg, olds[best[1]], best[0]))
            continue
        for oid, c in inside:
            if oid in reported:
                continue
            reported.add(oid)
            where = locate(olds[oid], seg)
            if where is None:
                continue
            piece = seg.piece(*where)
            piece.end = _extend_end(seg.unit.text, piece.end)
            if len(normalize(_CITATION.sub("", piece.text))) >= min_chars:
                findings.append(_prior_finding(report, prior, piece, olds[oid], c))
    return findings


def _prior_finding(report: Report, prior: Report, seg: Segment, old: Segment, sim: float) -> Finding:
    now, then = _claims(seg.text), _claims(old.text)
    place = f"上年报告{prior.place_label(old.loc)}"
    if len(now) >= 2 and now == then:
        severity = Severity.ERROR
        message = (f"本段与{place}的文字相同，{len(now)}个数字也完全相同，可能沿用了上年数据："
                   f"“{snippet(seg.text)}”。请按本年度实际情况核对并更新。")
    elif now and now == then:
        severity = Severity.WARNING
        message = (f"本段与{place}的文字相同，数字“{now[0]}”也相同：“{snippet(seg.text)}”。"
                   "请确认内容和数字确属本年度。")
    elif now or then:
        severity = Severity.WARNING
        message = (f"本段与{place}的文字基本相同，只是数字不同：“{snippet(seg.text)}”。"
                   "请确认内容确属本年度，并按本年实际工作改写。")
    else:
        severity = Severity.INFO
        message = (f"本段与{place}的文字相同（不含数据）：“{snippet(seg.text)}”。"
                   "如为职能职责等固定表述可保留，否则请按本年度情况更新。")
    figures = f"；本年数字：{'、'.join(now[:6])}；上年数字：{'、'.join(then[:6])}" if now or then else ""
    return Finding(
        kind=Kind.COPIED_FROM_PRIOR_YEAR,
        severity=severity,
        message=message,
        location=finding_location(report, seg.loc),
        evidence=f"去掉编号、标点、屏蔽数字后相似度{sim:.2f}；{place}：“{snippet(old.text, 30)}”{figures}",
        suggestion="按本年度的数据和工作重写本段",
        rule="redundancy.prior_copy",
    )
