"""The text before a mention: its clause and its sentence, read within a bounded window.

Why a window: a clause or sentence may reach back at most ``LOOKBACK`` characters, which keeps
checking linear in the length of the text however long its paragraphs are.
"""

from __future__ import annotations

import re

__all__ = ["CLAUSE_END", "CLAUSE_END_WIDE", "LOOKBACK", "SENTENCE_END", "clause_before", "sentence_before"]

LOOKBACK = 160  # characters a clause or sentence may reach back
CLAUSE_END = re.compile(r"[，。；;！？!?\n、,]")
CLAUSE_END_WIDE = re.compile(r"[，。；;！？!?\n,]")
"""Clause ends without 、, so that a name with a 、 in it is read whole."""
SENTENCE_END = re.compile(r"[。！？!?\n]")


def clause_before(text: str, start: int, floor: int, ends: re.Pattern[str] = CLAUSE_END) -> str:
    """The clause that ``text[start]`` is in, up to ``start``; it begins no earlier than ``floor``."""
    cut = max(floor, start - LOOKBACK)
    for mm in ends.finditer(text, cut, start):
        cut = mm.end()
    return text[cut:start]


def sentence_before(text: str, start: int) -> str:
    """The sentence that ``text[start]`` is in, up to ``start``."""
    cut = max(0, start - LOOKBACK)
    for mm in SENTENCE_END.finditer(text, cut, start):
        cut = mm.end()
    return text[cut:start]
