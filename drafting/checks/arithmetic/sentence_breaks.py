"""A sentence broken over two or three lines, read whole by the rate reader (``sentence_rates``).

Part of the arithmetic check (see ``tables``). Why: text copied from a PDF breaks a sentence at the
page's width (预算资金120万元，全年实际支出110.5万元，预算 / 执行率为96.08%). Where the reader recognises
the page width it joins such lines (``io.pdf_text.unwrap``); a short text, or one whose lines vary in
width, keeps them apart, and a rate and its figures then stand in two paragraphs, each read alone.

Premise: a paragraph's line that ends without a sentence's or a clause's end (。！？；：) continues its
sentence on the next line when it is no title (a few words, no figure, no mark: 人员编制 under 2.) and that
line comes right after it and is no heading, list item, table row,
form's cells (a wide blank between words) or new field (the reader's own tests for a line that runs on,
``pdf_text.opens`` and ``goes_on``). Page numbers
and running heads between are already gone (``page_furniture``). Only the broken sentence is read, as
a paragraph of its own (no figures of the sentences before it), and a rate already judged where it
stands is not judged again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ...findings import Finding, FindingLocation
from ...io.pdf_text import goes_on, opens
from ...io.text_reader import heading_level
from ...numbers.memo import text_cache
from ...report import Location, TextUnit, whole_unit
from .grid import span_at

__all__ = ["across_breaks", "continued"]

_LINES_ON = 3  # lines a broken sentence is read on
_STOP = re.compile(r"[。！？!?]")
_GATE = re.compile(r"率|占|进度|比例|的\d")
# a wide blank inside a line parts a form's cells: prose in Chinese puts none between words or figures
_GAP = re.compile(r"\S(?:\s{2,}|\t|\u3000)\S")
# a line of a few words, no figure and no mark: a title (人员编制 over 2.), no sentence's opening
_TITLE = re.compile(r"[^\d，,、；;：:。！？!?（(]{1,12}")
# a piece of the joined sentence: where it starts in the sentence, its unit, where it starts in the unit
_Piece = tuple[int, TextUnit, int]


def across_breaks(units: list[TextUnit], read: Callable[[Iterable[TextUnit]], list[Finding]],
                  found: list[Finding], gate: re.Pattern[str] = _GATE) -> list[Finding]:
    """The findings ``read`` makes of each sentence broken over lines, read joined, placed back in
    its lines; a rate ``found`` already holds is left out (``gate``: the words a sentence worth reading
    holds)."""
    seen = {_key(f.location.location) for f in found}
    out: list[Finding] = []
    for i in range(len(units) - 1):
        pieces = _broken(units, i)
        if pieces is None:
            continue
        ends = _ends(pieces)
        text = "".join(u.text[s:e] for (_, u, s), e in zip(pieces, ends, strict=True))
        if not gate.search(text):
            continue
        joined = whole_unit(units[i].location.block, None, None, text, "paragraph")
        for finding in read([joined]):
            placed = _placed(finding, pieces, ends)
            if _key(placed.location.location) not in seen:
                seen.add(_key(placed.location.location))
                out.append(placed)
    return out


def continued(units: list[TextUnit]) -> dict[int, int]:
    """For each line that goes on with a sentence an earlier line left open, where that sentence ends
    in it: its text before is no sentence of its own, and is read only joined (``across_breaks``)."""
    out: dict[int, int] = {}
    for i in range(len(units) - 1):
        if (pieces := _broken(units, i)) is not None:
            for (_, unit, _), end in list(zip(pieces, _ends(pieces), strict=True))[1:]:
                out[next(k for k in range(i + 1, len(units)) if units[k] is unit)] = end
    return out


def _key(loc: Location) -> tuple[int, int | None, int | None, int, int]:
    return loc.block, loc.row, loc.col, loc.start, loc.end


def _runs_on(one: TextUnit, two: TextUnit) -> bool:
    """Whether ``two`` goes on with the sentence ``one`` leaves open (the module's premise)."""
    return (one.kind == "paragraph" and two.kind == "paragraph" and two.location.block == one.location.block + 1
            and _text_runs_on(one.text, two.text))


@text_cache
@lru_cache(maxsize=1 << 12)
def _text_runs_on(one: str, two: str) -> bool:
    """What ``_runs_on`` reads of the two lines' texts. Cached: the rate readers ask it of every two
    paragraphs in a row, three times a review (``across_breaks`` for two readers, ``continued``)."""
    return (not _TITLE.fullmatch(one.strip()) and opens(one) and goes_on(one, two) and heading_level(one) is None
            and heading_level(two) is None and not two.startswith((" ", "\u3000"))
            and not _GAP.search(one) and not _GAP.search(two))


def _broken(units: list[TextUnit], i: int) -> list[_Piece] | None:
    """The pieces of the sentence that ``units[i]``'s last line leaves open, or None: its last
    sentence, then each line after it until one ends the sentence (at most ``_LINES_ON`` lines)."""
    if not _runs_on(units[i], units[i + 1]):
        return None
    first = units[i].text
    start = max((m.end() for m in _STOP.finditer(first)), default=0)
    pieces: list[_Piece] = [(0, units[i], start)]
    at = len(first) - start
    for k in range(i + 1, min(i + _LINES_ON, len(units))):
        pieces.append((at, units[k], 0))
        stop = _STOP.search(units[k].text)
        if stop is not None:
            return pieces
        if k + 1 >= len(units) or not _runs_on(units[k], units[k + 1]):
            return pieces
        at += len(units[k].text)
    return pieces


def _ends(pieces: list[_Piece]) -> list[int]:
    """Where each piece ends in its unit: the unit's end, the last one's at its sentence's stop."""
    out = [len(u.text) for _, u, _ in pieces]
    last = pieces[-1][1].text
    stop = _STOP.search(last)
    out[-1] = stop.end() if stop is not None else len(last)
    return out


def _placed(finding: Finding, pieces: list[_Piece], ends: list[int]) -> Finding:
    """``finding`` with each place in the joined sentence put back where it stands in its line (a
    figure the break cuts, 110.5 / 万元, is pointed at by its part on the line it starts on)."""
    def place(p: FindingLocation) -> FindingLocation:
        loc = p.location
        k = max(j for j, piece in enumerate(pieces) if piece[0] <= loc.start)
        at, unit, offset = pieces[k]
        start, end = loc.start - at + offset, min(loc.end - at + offset, ends[k])
        moved = span_at(unit.location, start, end)
        return p.model_copy(update={"location": moved, "quote": unit.text[start:end], "label": moved.label()})
    return finding.model_copy(update={"location": place(finding.location), "related": [place(r) for r in finding.related]})
