"""A product written without its 万: 每亩每年能产油40kg，3194亩每年预计可生产茶油12.78kg (3194 × 40 =
127,760kg = 12.78万kg).

Part of the arithmetic check (see ``tables``). Why apart from ``magnitudes`` (an amount among others of
its kind): here the figure stands alone, and only the sentence's own rate and count tell its size. A
writer who works out a total in 万 and copies the digits keeps them and drops the 万. Premise: a
sentence that gives a rate per item (每亩 40kg), a count of those items (3194亩) and one more figure in
the rate's unit states that figure as the rate times the count; where the product read in 万 gives the
figure's digits (within the rounding shown) and the figure as written is ten thousand times smaller,
the 万 was dropped. Only one count of the item and one such figure in the sentence (outside its rates), and a
product of ten thousand or more: anything looser leaves which figures belong together to guessing.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...report import Report
from .grid import finding_location

__all__ = ["check_dropped_wan"]

_ITEMS = "亩人户头只株棵台套个家所名"
_UNITS = r"kg|公斤|千克|斤|吨|元|株|棵|头|只"
_RATE = re.compile(rf"每(?P<per>[{_ITEMS}])(?:每?[年月天日])?[^，,。；;\d]{{0,10}}?(?P<x>\d+(?:\.\d+)?)(?P<u>{_UNITS})")
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_WAN = Decimal(10000)


def check_dropped_wan(report: Report) -> list[Finding]:
    out = []
    for unit in report.units():
        if unit.kind == "cell" or "|" in unit.text:
            continue
        for s in _SENTENCE.finditer(unit.text):
            found = _in_sentence(s.group(), s.start())
            if found is not None:
                start, end, message = found
                out.append(Finding(
                    kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING, message=message,
                    location=finding_location(unit.at(start, end), unit.text[start:end]),
                    evidence="句中的单项标准乘以数量，以“万”为单位恰好得出此数的数字，而此数本身小了一万倍",
                    suggestion="核对单位，补上“万”", rule="dropped_wan"))
    return out


def _in_sentence(text: str, at: int) -> tuple[int, int, str] | None:
    rates = list(_RATE.finditer(text))
    inside = [(r.start(), r.end()) for r in rates]
    for rate in rates:
        per, unit, x = rate.group("per"), rate.group("u"), Decimal(rate.group("x"))
        counts = [m for m in re.finditer(rf"(?<![\d.])(\d+(?:\.\d+)?){per}", text) if not _within(m, inside)]
        figures = [m for m in re.finditer(rf"(?<![\d.])(\d+(?:\.\d+)?)({unit})", text) if not _within(m, inside)]
        if len(counts) != 1 or len(figures) != 1:
            continue
        product, y = Decimal(counts[0].group(1)) * x, Decimal(figures[0].group(1))
        exponent = y.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) else 0
        if product < _WAN or product == y or abs(product - y * _WAN) > _WAN * Decimal(5).scaleb(-places - 1):
            continue
        fig = figures[0]
        return (at + fig.start(), at + fig.end(),
                f"“{fig.group()}”疑漏“万”：每{per}{rate.group('x')}{unit} × {counts[0].group()} = {product}{unit}，"
                f"约合{y}万{unit}")
    return None


def _within(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start() < b for a, b in spans)
