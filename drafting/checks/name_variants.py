"""A place's name written two ways in one report (湾沚区 twice, 湾址区 once): the rarer way is a slip.

Part of the language check (see ``language``). Why a rule of its own: the lexicon-based typo check
leaves proper names alone, since it cannot know them, but a report that writes a county's or a
town's name the same way twice and once with one character of like sound or shape (沚/址) has told
us the name itself. Read only where the name stands on its own (after a mark, a line's start or a
digit: a list of places with their figures), ends in an administrative word (省 市 县 区 旗 镇 乡
街道, not 村: a county's villages often differ by one character), and the rare way is no name the
dictionary knows. Not where the rare way is written twice in all (only once on its own) nor where
both ways stand in one 、 list: a county may hold a 新华镇 and a 新化镇.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .lexicon import Lexicon, lexicon
from .place_levels import place_levels

__all__ = ["name_variants"]

# a place's name on its own: not after another Chinese character (分配湾沚区 may be 配湾沚区), three
# to five characters with its administrative word
_PLACE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}(?:省|市|县|区|旗|镇|乡|街道))(?![\u4e00-\u9fff])")
_USUAL = 2  # the usual way is written at least twice; the slip once


def _alike(a: str, b: str, lex: Lexicon) -> str | None:
    """Why ``a`` may have been typed for ``b``: a like shape, or a reading in common."""
    if b in lex.shapes.get(a, "") or a in lex.shapes.get(b, ""):
        return "字形相近"
    if set(lex.toneless(a)) & set(lex.toneless(b)):
        return "读音相同或相近"
    return None


def _one_apart(a: str, b: str) -> int | None:
    """The one position where two names of one length differ, or None."""
    if len(a) != len(b):
        return None
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return diff[0] if len(diff) == 1 else None


_LIST_PART = re.compile(r"[^，,。；;：:\n]*、[^，,。；;：:\n]*")  # a clause that lists with 、


def _listed_together(whole: str, a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` stand in one 、 list (龙潭镇、龙滩镇): a writer lists two places, not one twice."""
    return any(a in part and b in part for part in _LIST_PART.findall(whole))


def name_variants(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A place's name written once with a like character, then one written once at another level."""
    yield from _variants(report, units)
    yield from place_levels(report, units)


def _variants(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    places = [(u, m) for u in units for m in _PLACE.finditer(u.text)]
    counts = Counter(m.group(1) for _, m in places)
    if len(counts) < 2:
        return
    lex = lexicon()
    whole = "\n".join(u.text for u in units)
    usual = [n for n, c in counts.items() if c >= _USUAL]
    for rare in (n for n, c in counts.items() if c == 1):
        matches = [(n, i) for n in usual if (i := _one_apart(rare, n)) is not None and i < len(n) - 1]
        if len(matches) != 1 or lex.is_name(rare) or lex.freq(rare):
            continue
        right, i = matches[0]
        why = _alike(rare[i], right[i], lex)
        if why is None or whole.count(rare) >= _USUAL or _listed_together(whole, rare, right):
            continue  # written twice in all (新化镇：… and 、新化镇完成率), or two places of one list
        unit, m = next((u, m) for u, m in places if m.group(1) == rare)
        yield Finding(
            kind=Kind.TYPO, severity=Severity.WARNING,
            message=f"疑似错别字：“{rare}”应为“{right}”",
            location=FindingLocation.of(report, unit.at(m.start(1), m.end(1))),
            evidence=f"报告其他地方{counts[right]}次写作“{right}”，此处写作“{rare}”；“{rare[i]}”与“{right[i]}”{why}",
            suggestion=f"改为“{right}”", rule="language.name_variant")
