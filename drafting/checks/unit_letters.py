"""A unit in letters typed with one letter struck twice (经果林32.49hmm where the same list writes 25.26hm):
the figure's unit is no unit, and the report's own unit is it with that letter once.

Part of the language check. Premise: the letters after a figure are its unit's symbol, and symbols are a
closed set (SI and the units 绩效自评 reports measure in: m, km, hm², kg, t, kWh, MB …); a run that is none
of them, and that reads as a unit the report itself writes after its figures elsewhere with one of its
letters doubled, is a key struck twice. Quiet unless sure: a known symbol is never flagged (mm beside m is
millimetres); the report's unit must stand after a figure elsewhere; a run the report writes twice or more
is its own way of writing, not a slip; nothing inside a web address or a file name (letters and figures
joined by . / _ -); x and X never (a publisher's mask: 20XX年 beside 202X年).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["doubled_unit_letters"]

# a figure and the letters right after it (a square or cube mark kept with them), not inside an address
_LETTER_UNIT = re.compile(r"(?<![A-Za-z\d./_\-])(\d+(?:\.\d+)?)[ \t]?([A-Za-z]{1,5}[²³]?)(?![A-Za-z\d./_\-@²³])")
# the symbols a figure is measured in (lower case): length, area, volume, mass, time, power, energy,
# electricity, data, pressure, sound, amount of substance, concentration
_SYMBOLS = frozenset("""
nm μm um mm cm dm m km hm ha m² m³ km² hm² cm² mm² dm² cm³ dm³ mm³ l ml dl kl
mg g kg t kt mt
ms s min h d
w kw mw gw kwh mwh gwh wh v kv mv kva mva a ma ka hz khz mhz ghz ohm
b kb mb gb tb pb bit kbps mbps gbps bps
pa kpa mpa hpa mmhg db dba mol mmol ppm ppb lx lux cd k n kn j kj mj cal kcal cc
""".split())


def _once(typed: str) -> str | None:
    """``typed`` with its one doubled letter written once, where it has exactly one such pair."""
    pairs = [i for i in range(len(typed) - 1) if typed[i].isalpha() and typed[i] == typed[i + 1]]
    return typed[:pairs[0]] + typed[pairs[0] + 1:] if len(pairs) == 1 else None


def doubled_unit_letters(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    found = [(unit, m) for unit in units if re.search(r"\d[ \t]?[A-Za-z]", unit.text) for m in _LETTER_UNIT.finditer(unit.text)]
    written = Counter(m[2] for _, m in found)
    for unit, m in found:
        typed = m[2]
        own = _once(typed)
        if typed.lower() in _SYMBOLS or written[typed] > 1 or own is None or not written[own] or "x" in typed.lower():
            continue
        yield Finding(
            kind=Kind.TYPO, severity=Severity.WARNING,
            message=f"疑似多字：“{m.group()}”的单位“{typed}”多了一个字母，本报告别处写作“{own}”",
            location=FindingLocation.of(report, unit.at(m.start(), m.end())),
            evidence=f"“{typed}”不是计量单位；本报告其他数字后的单位写作“{own}”（{written[own]}处），这里多敲了一个字母",
            suggestion=f"改为“{m[1]}{own}”", rule="language.unit_letters")
