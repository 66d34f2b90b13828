"""Sentence splitting with exact character offsets, shared by the sentence-level review rules.

Why offsets: every finding must quote the report exactly, so a sentence is a [start, end) span of
its text unit, never a cleaned copy. Leading blanks (including the ideographic space) are not part
of a sentence; the closing quote or bracket after a full stop is.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ..report import Report, TextUnit
from .extract import extract

__all__ = ["Sentence", "figure_spans", "has_figure", "split_clauses", "split_sentences", "unit_sentences"]

_BLANKS = " \t\r\n\u3000\xa0"
_CLOSERS = "”’」』）)》】\"'"
_SENTENCE_END = "。！？!?；;\n"
_CLAUSE_END = _SENTENCE_END + "，,：:、"


class Sentence(BaseModel):
    """A sentence (or clause) of one text: ``text == source[start:end]``."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def _split(text: str, enders: str) -> tuple[Sentence, ...]:
    """Cached (callers get a new list): a review's checks split each paragraph about seven times."""
    out: list[Sentence] = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in _BLANKS:
            i += 1
        if i >= n:
            break
        j = i
        while j < n and text[j] not in enders:
            j += 1
        if j < n and text[j] != "\n":
            j += 1  # keep the terminator
            while j < n and text[j] in _CLOSERS:
                j += 1
        end = j
        while end > i and text[end - 1] in _BLANKS:
            end -= 1
        if end > i:
            out.append(Sentence.model_construct(start=i, end=end, text=text[i:end]))
        i = j if j > i else i + 1
    return tuple(out)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences ending at 。！？； or a line break; ``；`` counts because 公文 chains clauses with it."""
    return list(_split(text, _SENTENCE_END))


def split_clauses(text: str) -> list[Sentence]:
    """Finer pieces: sentences further cut at ，：、 (for rules that look at one claim at a time)."""
    return list(_split(text, _CLAUSE_END))


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
