"""A character the dictionary barely knows, where the report writes the same phrase with a common character of
the same sound (中共晥浙赣省委 beside 中共皖浙赣省委): an input method's wrong pick among homophones.

Why apart from ``typos``: that check corrects toward words of the dictionary and leaves names alone, which it
cannot know; but a report that writes a phrase rightly has told us the name. Premise: an input method offers
every character of a sound, the rare ones too; a rare one (below ``COMMON`` in jieba's count) standing where the
report, with the same two characters on either side, writes a common one of the same sound, is the wrong pick.
A rare character that is the other's traditional form (項 beside 项) is a script's variant, not a wrong pick,
and a text in traditional characters is not ours to correct (``slips.traditional_text``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..findings import Finding, Kind
from ..numbers.traditional import fold_traditional
from ..report import Report, TextUnit
from .grouped import Place, one_finding
from .lexicon import COMMON, Lexicon, lexicon
from .slips import traditional_text

__all__ = ["rare_homophones"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_SIDE = 2  # the characters on either side that the two places share


def _meant(rare: str, common: str, lex: Lexicon) -> bool:
    """Whether ``common`` is a common character of a sound of ``rare``, and neither the other's traditional form."""
    return lex.freq(common) >= COMMON and bool(set(lex.toneless(rare)) & set(lex.toneless(common))) \
        and fold_traditional(rare) != common and fold_traditional(common) != rare


def rare_homophones(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    lex = lexicon()
    whole = "\n".join(u.text for u in units)
    if traditional_text(whole):
        return
    rare = "".join(ch for ch in set(_HAN.findall(whole)) if lex.freq(ch) < COMMON)  # each character asked once
    if not rare:
        return
    found_rare = re.compile(f"[{re.escape(rare)}]")
    places: dict[tuple[str, str, str], list[Place]] = defaultdict(list)
    for unit in units:
        text = unit.text
        for m in found_rare.finditer(text):
            p, ch = m.start(), m.group()
            if p < _SIDE:
                continue
            left, right = text[p - _SIDE:p], text[p + 1:p + 1 + _SIDE]
            if len(right) < _SIDE or not all(_HAN.fullmatch(c) for c in left + right) or whole.count(left) < 2:
                continue  # (the phrase written elsewhere needs its left side again: a count is cheaper than a search)
            found = {c for c in re.findall(re.escape(left) + "([\u4e00-\u9fff])" + re.escape(right), whole)
                     if c != ch and _meant(ch, c, lex)}
            if len(found) == 1:
                places[(ch, found.pop(), left + ch + right)].append((unit, p, p + 1))
    for (ch, common, phrase), at in places.items():
        yield one_finding(
            report, at, kind=Kind.TYPO, message=f"疑似错别字：“{ch}”应为“{common}”",
            evidence=f"“{phrase}”中的“{ch}”是生僻字，报告别处同一处写作“{phrase.replace(ch, common)}”，两字同音",
            suggestion=f"改为“{common}”", rule="language.typo")
