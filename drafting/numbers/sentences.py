"""Sentence splitting with exact character offsets, shared by the sentence-level review rules.

Why offsets: every finding must quote the report exactly, so a sentence is a [start, end) span of
its text unit, never a cleaned copy. Leading blanks (including the ideographic space) are not part
of a sentence; the closing quote or bracket after a full stop is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from functools import lru_cache

from ..model_base import BaseModel, ConfigDict
from ..report import Report, TextUnit
from .extract import extract
from .memo import BlockMemo, text_cache

__all__ = ["Sentence", "figure_spans", "has_figure", "shared_sentences", "split_clauses", "split_sentences", "unit_sentences"]

_BLANKS = " \t\r\n\u3000\xa0"
_CLOSERS = "”’」』）)》】\"'"
_SENTENCE_END = "。！？!?；;\n"
_CLAUSE_END = _SENTENCE_END + "，,：:、"


class Sentence(BaseModel):
    """A sentence (or clause) of one text: ``text == source[start:end]``."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    start: int
    end: int
    text: str


def _piece(enders: str) -> re.Pattern[str]:
    """Up to the first of ``enders``, with the terminator and its closers (a line break is not kept)."""
    kept = re.escape(enders.replace("\n", ""))
    return re.compile(f"[^{re.escape(enders)}]*(?:[{kept}][{re.escape(_CLOSERS)}]*)?")


_LEAD = re.compile(f"[{re.escape(_BLANKS)}]*")
_PIECES = {enders: _piece(enders) for enders in (_SENTENCE_END, _CLAUSE_END)}
_new = Sentence.__new__
_setattr = object.__setattr__


def _sentence(start: int, end: int, text: str) -> Sentence:
    """``Sentence(start=…, end=…, text=…)`` without validating three fields known to be right."""
    s = _new(Sentence)
    _setattr(s, "__dict__", {"start": start, "end": end, "text": text})
    _setattr(s, "__pydantic_fields_set__", {"start", "end", "text"})
    _setattr(s, "__pydantic_extra__", None)
    _setattr(s, "__pydantic_private__", None)
    return s


def _split(text: str, enders: str) -> list[Sentence]:
    out: list[Sentence] = []
    piece, lead = _PIECES[enders].match, _LEAD.match
    i, n = 0, len(text)
    while i < n:
        i = lead(text, i).end()  # type: ignore[union-attr]  # matches the empty string too
        if i >= n:
            break
        j = piece(text, i).end()  # type: ignore[union-attr]
        end = i + len(text[i:j].rstrip(_BLANKS))
        if end > i:
            out.append(_sentence(i, end, text[i:end]))
        i = j if j > i else i + 1
    return out


@text_cache
@lru_cache(maxsize=4096)
def _cached(text: str, enders: str) -> tuple[Sentence, ...]:
    """Cached (callers get a new list): a review's checks split each paragraph about seven times."""
    return tuple(_split(text, enders))


_shared: BlockMemo[str, tuple[Sentence, ...]] = BlockMemo()


def split_sentences(text: str) -> list[Sentence]:
    """Sentences ending at 。！？； or a line break; ``；`` counts because 公文 chains clauses with it."""
    table = _shared.table
    if table is None:
        return list(_cached(text, _SENTENCE_END))
    found = table.get(text)
    if found is None:  # through the process-wide cache: the checks before the block split most texts already
        found = table[text] = _cached(text, _SENTENCE_END)
    return list(found)  # sentences are frozen; the list is the caller's


def shared_sentences() -> AbstractContextManager[None]:
    """Within this block a text is split into sentences once (the date check reads every paragraph's
    sentences four times). The memory goes when the block ends."""
    return _shared.held()


def split_clauses(text: str) -> list[Sentence]:
    """Finer pieces: sentences further cut at ，：、 (for rules that look at one claim at a time)."""
    return list(_cached(text, _CLAUSE_END))


def unit_sentences(report: Report) -> Iterator[tuple[TextUnit, Sentence]]:
    """Every sentence of every text unit, in document order."""
    for unit in report.units():
        for s in split_sentences(unit.text):
            yield unit, s


def figure_spans(text: str) -> list[tuple[int, int]]:
    """Spans of figures (a number that is a claim, with a unit) in ``text``."""
    return [(m.start, m.end) for m in extract(text) if m.is_claim and m.unit.value != ""]


def has_figure(text: str) -> bool:
    """Whether the text carries at least one figure (a number with a unit)."""
    return bool(figure_spans(text))
