"""A word cut short before its figure that the report writes so twice: the writer's own short form.

Why: ``slips.cut_short`` reads a run whose last word is a lone character right before a figure as a word
cut short where the report writes the longer form elsewhere (基本支 989312元 beside 基本支出). But a list of
counts often names its items by a short form of one kind (总编制32个，其中行政编28个、工勤编4个, the 编 of 编制:
the posts counted by kind), the longer form written once for the total. Premise: a slip strikes one word
at one place; where another word of the report ends in the same lone character right before its figure
(工勤编 4 beside 行政编 28) — a word that is no common one itself (开支 is, and says nothing) — the
character is the writer's short form, written so on purpose, and nothing was cut.
"""

from __future__ import annotations

import re

from .lexicon import COMMON, Lexicon

__all__ = ["written_short_twice"]


def written_short_twice(run: str, whole: str, lex: Lexicon) -> bool:
    """Whether ``whole`` writes another word ending in ``run``'s last character before a figure, the
    character and the one before it no common word (工勤编 4 for 行政编 28)."""
    if len(run) < 2:
        return False
    last = run[-1]
    for m in re.finditer(rf"([\u4e00-\u9fff]){re.escape(last)}\s*\d", whole):
        pair = m.group(1) + last
        if m.group(1) != run[-2] and lex.freq(pair) < COMMON and pair not in lex.vocabulary:
            return True
    return False
