"""Sentence splitting with exact character offsets, shared by the sentence-level review rules.

Why offsets: every finding must quote the report exactly, so a sentence is a [start, end) span of
its text unit, never a cleaned copy. Leading blanks (including the ideographic space) are not part
of a sentence; the closing quote or bracket after a full stop is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from .report import Report, TextUnit

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


def _split(text: str, enders: str) -> list[Sentence]:
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
            out.append(Sentence(start=i, end=end, text=text[i:end]))
        i = j if j > i else i + 1
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences ending at 。！？； or a line break; ``；`` counts because 公文 chains clauses with it."""
    return _split(text, _SENTENCE_END)


def split_clauses(text: str) -> list[Sentence]:
    """Finer pieces: sentences further cut at ，：、 (for rules that look at one claim at a time)."""
    return _split(text, _CLAUSE_END)


def unit_sentences(report: Report) -> Iterator[tuple[TextUnit, Sentence]]:
    """Every sentence of every text unit, in document order."""
    for unit in report.units():
        for s in split_sentences(unit.text):
            yield unit, s


# A figure: a number followed by a unit of measure. Years, dates, list markers, document numbers
# and phone numbers are not figures. Used until (and alongside) ``numbers.extract``.
_FIGURE = re.compile(
    r"(?<![\d.〔\[（(第])(\d[\d,，]*(?:\.\d+)?)\s*(?:余|多)?\s*"
    r"(%|％|‰|个百分点|万|亿|元|人次|人|户|件|个|家|次|条|名|本|场|份|起|项|分|天|亩|公顷|吨|所|公里|千米|米|台|辆|套|座|册|间|批|期|处|张|篇|宗|万元|平方米)"
)


def figure_spans(text: str) -> list[tuple[int, int]]:
    """Spans of figures (number + unit) in ``text``; falls back to a regex when ``numbers.extract``
    is not available or fails."""
    try:
        from . import numbers

        extract = getattr(numbers, "extract", None)
        if extract is not None:
            return [(m.start, m.end) for m in extract(text) if m.is_claim and m.unit.value != ""]
    except Exception:  # the extractor is optional here; a regex answer is good enough
        pass
    spans = []
    for m in _FIGURE.finditer(text):
        after = text[m.end() : m.end() + 1]
        if m.group(2) == "个" and after == "百":
            continue
        spans.append((m.start(), m.end()))
    return spans


def has_figure(text: str) -> bool:
    """Whether the text carries at least one figure (a number with a unit)."""
    return bool(figure_spans(text))
