"""The curated 公文 confusions (``data/typo_confusions.yaml``) found in a text: the typo check's first reading,
so that where the lexicon finds the same slip the finding gives the curated reason."""

from __future__ import annotations

import re
from functools import cache

from ..numbers.textnorm import fold_width
from .lexicon import lexicon
from .typo_slip import Typo

__all__ = ["curated_slips"]


@cache
def _confusions() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], dict[str, str]]], list[tuple[re.Pattern[str], dict[str, str]]]]:
    """The curated entries compiled when the lexicon loaded: all but the gated as one pattern, each, and the gated."""
    anyone, entries = lexicon().curated
    return anyone, entries, [(p, e) for p, e in entries if "gate" in e]


def curated_slips(text: str, standard: bool) -> tuple[list[Typo], list[Typo]]:
    """The curated confusions in ``text``: those to say, and those held back — an entry marked ``standard`` (a
    widely written variant the standard does not take: 截止 before a date, 帐 for 账) unless ``standard`` asks
    for them; the typo check then says a held-back place no other way either."""
    folded = fold_width(text)
    anyone, entries, gated = _confusions()
    said: list[Typo] = []
    held: list[Typo] = []
    for pattern, entry in entries if anyone.search(folded) else [(p, e) for p, e in gated if e["gate"] in folded]:
        for m in pattern.finditer(folded):
            (held if entry.get("standard") and not standard else said).append(
                Typo(m.start(), m.end(), m.group(), m.expand(entry["right"]), entry["reason"], rule="language.confusion"))
    return said, held
