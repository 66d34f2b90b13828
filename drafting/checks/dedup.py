"""A de-duplicated copy of a report: later copies of repeated paragraphs removed.

Why cross-references: a form cell or a section may not be left empty (the finance bureau's template
requires it), so where removing a copy would empty a table cell or a heading's whole section, the
copy is replaced by a short pointer to the first occurrence (“详见第N段“…””) instead. Block numbers
in those pointers are those of the *new* report, since deleted paragraphs shift them.
"""

from __future__ import annotations

from collections import defaultdict

from ..findings import Finding, FindingLocation, Kind
from ..numbers.textnorm import TERMINATORS, is_sentence_start, meaningful_length, to_halfwidth
from ..report import PLACE_SEPARATOR, Heading, Location, Paragraph, Report, Table, clip, place_label
from .redundancy import find_duplicates

__all__ = ["deduplicate"]

_UnitKey = tuple[int, int | None, int | None]


def _key(loc: Location) -> _UnitKey:
    return loc.block, loc.row, loc.col


def _merge(spans: list[tuple[int, int, Location, str]]) -> list[tuple[int, int, Location, str]]:
    out: list[tuple[int, int, Location, str]] = []
    for s, e, canon, quote in sorted(spans, key=lambda t: (t[0], -t[1])):
        if out and s <= out[-1][1]:
            ps, pe, pc, pq = out[-1]
            out[-1] = (ps, max(pe, e), pc, pq)
        else:
            out.append((s, e, canon, quote))
    return out


def _cut(text: str, spans: list[tuple[int, int, Location, str]]) -> str:
    for s, e, _, _ in reversed(spans):
        text = text[:s] + text[e:]
    lines = [ln.rstrip() for ln in text.split("\n")]
    kept = [ln for ln in lines if meaningful_length(ln) > 0]  # drop lines left with only a marker
    return "\n".join(kept).strip()


def _ends_sentence(text: str, end: int) -> bool:
    rest = text[end:].lstrip(" \t\u3000")
    return end == len(text) or rest[:1] in ("", "\n") or to_halfwidth(text[end - 1]) in TERMINATORS + "”’」』)》】"


def _snippet(text: str, n: int = 12) -> str:
    return clip("".join(text.split()), n)


def deduplicate(report: Report, findings: list[Finding] | None = None) -> Report:
    """A deep copy of ``report`` without the later copies named by duplicate_paragraph findings
    (computed here when ``findings`` is None; findings of other kinds are ignored).

    A finding names every copy of one text (its location and ``related``); the first of them in
    document order is kept and each other one is cut, where it is still the quoted text and cutting
    it leaves whole sentences."""
    if findings is None:
        findings = find_duplicates(report)
    spans: dict[_UnitKey, list[tuple[int, int, Location, str]]] = defaultdict(list)
    for f in findings:
        if f.kind != Kind.DUPLICATE_PARAGRAPH or not f.related:
            continue
        first, *later = sorted([f.location, *f.related], key=_order)
        for place in later:
            if _cuttable(report, place):
                loc = place.location
                spans[_key(loc)].append((loc.start, loc.end, first.location, first.quote))

    out = report.model_copy(deep=True)
    new_text: dict[_UnitKey, str] = {}
    emptied: dict[_UnitKey, list[tuple[Location, str]]] = {}
    for key, unit_spans in spans.items():
        merged = _merge(unit_spans)
        text = _cut(report.text_of(Location(block=key[0], row=key[1], col=key[2])), merged)
        new_text[key] = text
        if not text:
            emptied[key] = [(c, q) for _, _, c, q in merged]

    deleted = _paragraphs_to_delete(out, {k for k in emptied if k[1] is None})
    shift = _block_map(len(out.blocks), deleted)
    kept = [b for i, b in enumerate(out.blocks) if i not in deleted]  # what the reader will see

    def pointer(refs: list[tuple[Location, str]]) -> str:
        parts = []
        for canon, quote in refs:
            moved = canon.model_copy(update={"block": shift[canon.block]})
            parts.append(f"详见{_in_prose(place_label(kept, moved))}“{_snippet(quote)}”")
        return "同上文，" + "；".join(dict.fromkeys(parts)) + "。"

    for (block, row, col), text in new_text.items():
        target = out.blocks[block]
        if (block, row, col) in emptied:
            text = pointer(emptied[(block, row, col)])
        if isinstance(target, Table):
            if row is not None and col is not None:
                target.rows[row][col].text = text
        elif block not in deleted:
            target.text = text
    out.blocks = [b for i, b in enumerate(out.blocks) if i not in deleted]
    return out


def _in_prose(label: str) -> str:
    """A place label as running text of the report: ``“一、就业”下第1段`` (no › in a document)."""
    *path, here = label.split(PLACE_SEPARATOR)
    return f"“{path[-1]}”下{here}" if path else here


def _order(place: FindingLocation) -> tuple[int, int, int, int]:
    loc = place.location
    return loc.block, loc.row or 0, loc.col or 0, loc.start


def _cuttable(report: Report, place: FindingLocation) -> bool:
    """Whether a copy can be cut: it is still the quoted text (a finding for another version of the
    report is never applied blindly) and it starts and ends a sentence (else the cut breaks one)."""
    loc = place.location
    try:
        if report.quote(loc) != place.quote:
            return False
    except (IndexError, ValueError):
        return False
    text = report.text_of(loc)
    return is_sentence_start(text, loc.start) and _ends_sentence(text, loc.end)


def _paragraphs_to_delete(report: Report, emptied: set[_UnitKey]) -> set[int]:
    """Emptied paragraphs to drop: all of them, except one per section that would otherwise be left
    with no content under its heading (that one becomes a pointer)."""
    empty_blocks = {k[0] for k in emptied}
    deleted: set[int] = set()
    section: list[int] = []

    def close() -> None:
        content = [i for i in section if not isinstance(report.blocks[i], Heading)]
        if not content:
            return
        gone = [i for i in content if i in empty_blocks]
        keep_one = len(gone) == len(content)
        deleted.update(gone[1:] if keep_one else gone)

    for i, block in enumerate(report.blocks):
        if isinstance(block, Heading):
            close()
            section = [i]
        elif isinstance(block, Paragraph | Table):
            section.append(i)
    close()
    return deleted


def _block_map(n: int, deleted: set[int]) -> list[int]:
    out, j = [], 0
    for i in range(n):
        out.append(j)
        if i not in deleted:
            j += 1
    return out
