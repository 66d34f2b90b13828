"""One county written at two levels in one report's list of places with their figures: 繁昌区 three
times, 繁昌县56.5万元 once — a county made a district (撤县设区) and one line left with its old word.

Part of the language check (run after ``name_variants``, its sibling for a name's characters). Why so
narrow: a 市 and a 县 of one name live side by side (长沙市 and 长沙县), and a prefecture may hold a
district of its own name (伊春市, 伊春区), so only 县 against 区 is read: a county and a district of one
name do not stand in one report, one is the other renamed. The rare way must be written once in the
whole text, stand in a list of places with their figures (a figure right after it, where the report
allocates to each place by its current name), and the usual way at least twice (the report's own
other mentions tell which is current); a name in a cited title (《繁昌县…》), the old name kept on
purpose (原繁昌县), is left alone by reading only names on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .lexicon import lexicon

__all__ = ["place_levels"]

# a county's or district's name on its own (after a mark, a line's start or a digit) with its figure
_PLACE = re.compile(r"(?<![\u4e00-\u9fff《])([\u4e00-\u9fff]{2})([县区])(?![\u4e00-\u9fff])")
_FIGURE = re.compile(r"\s*\d")
_OTHER = {"县": "区", "区": "县"}
_USUAL = 2  # the current word written at least this often, and twice as often as the other


def place_levels(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    found = [(u, m) for u in units for m in _PLACE.finditer(u.text)]
    counts = Counter(m.group(1) + m.group(2) for _, m in found)
    whole = "\n".join(u.text for u in units)
    lex = lexicon()
    for unit, m in found:
        base, level = m.group(1), m.group(2)
        rare, usual = base + level, base + _OTHER[level]
        if counts[rare] != 1 or whole.count(rare) != 1 or counts[usual] < max(_USUAL, 2 * whole.count(rare)):
            continue
        if not _FIGURE.match(unit.text, m.end()) or any(lex.freq(w) and not lex.is_name(w) for w in (base, rare, usual)):
            continue  # not in a list of places with figures; or a kind of place (示范县, 示范区), not a name
        yield Finding(
            kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
            message=f"同一地名写成两种行政级别：此处“{rare}”，报告其他地方{counts[usual]}次写作“{usual}”",
            location=FindingLocation.of(report, unit.at(m.start(), m.end())),
            evidence=f"报告中“{usual}”出现{counts[usual]}次，“{rare}”仅此一次；县与区同名不会并存，"
                     f"多为撤县设区后个别处仍沿用旧称",
            suggestion=f"核实后统一写作“{usual}”", rule="language.place_level")
