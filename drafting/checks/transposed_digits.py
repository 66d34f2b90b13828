"""Two figures that are one figure with two neighbouring digits swapped (1360.472815 and 1360.427815).

Why: a figure typed again by hand from one form into another (a 实际支出 into the row of its 其中 part,
a total into the narrative) is where digits get swapped, and neither copy breaks a sum a reader can
see. Premise: two money or bare figures of six or more significant digits, their decimal point at the
same place, that differ only by two neighbouring digits swapped, and stand near each other (one table
row or paragraph, or a few lines apart: a figure typed again beside itself), are one figure mistyped;
unrelated figures agree in every other digit by chance about once in a hundred thousand pairs, and
pairs far apart in a long report are left to that chance. The copy the report gives less
often is the slip (the same figure twice elsewhere outvotes it); with as many of each, the later one.
Percentages and counts are left: short, and near each other by design. Zeros at either end are no
significant digits: round sums (2,500.00 and 5,200.00, two items' budgets) share them by design.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.extract import MentionKind, extract
from ..report import Location, Report, TextUnit

__all__ = ["check_transposed"]

MIN_DIGITS = 6  # significant digits: shorter figures meet by chance too often
NEAR = 4  # text units (lines, cells) apart at most: the figure typed again beside itself
_KINDS = (MentionKind.AMOUNT, MentionKind.NUMBER)
_FIGURE = re.compile(r"\d[\d,]*\.\d+")  # the figure of a mention, its unit left out (a table's bare cell is the same figure)


def check_transposed(report: Report) -> list[Finding]:
    """One finding per pair of figures told apart only by two neighbouring digits swapped."""
    written: dict[str, list[tuple[TextUnit, int, int]]] = defaultdict(list)  # figure → (unit, start, unit's place)
    for k, unit in enumerate(report.units()):
        if "." not in unit.text:
            continue
        for f in _FIGURE.finditer(unit.text):
            shown = f.group(0).replace(",", "")
            if len(shown) > MIN_DIGITS and len(shown.replace(".", "").strip("0")) >= MIN_DIGITS:
                written[shown].append((unit, f.start(), k))
    # read as figures (not a code, a document number or a rate) only where two are told apart by a swap
    pairs = [(shown, other) for shown in written for other in _swapped(shown) if other in written
             and any(abs(a[2] - b[2]) <= NEAR for a in written[shown] for b in written[other])]
    places: dict[str, list[Location]] = {}
    for shown in {shown for shown, _ in pairs}:
        places[shown] = [unit.at(m.start, m.end) for unit, start, _ in written[shown]
                         for m in extract(unit.text) if m.start == start and m.kind in _KINDS]
    out = []
    for shown, other in pairs:
        where, there = places[shown], places[other]
        if not where or not there or (len(where), _at(there[-1])) > (len(there), _at(where[-1])):
            continue  # the other is the slip (told from its own side): fewer copies, or as many and later
        out.append(Finding(
            kind=Kind.NUMBER_CONTRADICTED, severity=Severity.WARNING,
            message=f"{shown}与{other}只差相邻两位数字的顺序，疑为录入时数字颠倒",
            location=FindingLocation.of(report, where[-1]),
            related=[FindingLocation.of(report, loc) for loc in (*there, *where[:-1])],
            evidence=f"报告中另有{len(there)}处写作{other}；两数其余各位完全相同，仅相邻两位互换",
            suggestion=f"核对原始数据，统一为正确的数字（多半应为{other}）",
            rule="figures.transposed_digits"))
    return out


def _swapped(shown: str) -> list[str]:
    """``shown`` with each pair of neighbouring, different digits swapped (not across the point)."""
    out = []
    for i in range(len(shown) - 1):
        a, b = shown[i], shown[i + 1]
        if a != b and a.isdigit() and b.isdigit():
            out.append(shown[:i] + b + a + shown[i + 2:])
    return out


def _at(loc: Location) -> tuple[int, int, int, int]:
    return loc.block, loc.row or 0, loc.col or 0, loc.start
