"""An amount written in 元 whose digits the report writes elsewhere in 万元: 地方匹配859.6元 in a sentence of 万元
figures, where another paragraph gives 其他资金859.6万元 (and the reverse: 端午慰问1350万元 among 元 amounts, written
1350元 elsewhere).

Part of the arithmetic check (see ``tables``). Why apart from ``magnitudes`` (an amount among others of its
kind): the figures around a slip often name unlike things (中央下达…1372.7万元，自治区下达98.6万元，地方匹配859.6元),
so nothing in its sentence says which unit is meant; the report's own second statement of the amount does.
Premise: the same digits, three significant figures or more (a round 500 or 12 recurs by chance), written once
in one unit among amounts all in the other (its sentence states another amount, none in its own unit) and
elsewhere in that other unit, and never elsewhere in its own, are one amount whose 万 was dropped or added. A
rate per head or per item (人均, 每亩, 标准) is 元 on purpose and is left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.extract import AMOUNT, EXACT, Mention, extract
from ...quantities import Unit
from ...report import Report, TextUnit
from .grid import Num, make_finding

__all__ = ["check_unit_echoes"]

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
# a rate per head or per item, a standard or a change is small on purpose (人均经费12.5元, 补助标准为800元, 提高100元)
_PER = re.compile(r"均|每|标准|单价|/|／|提高|增加|增长|减少|下降|降低|节约|节省|超支|上升|差额|相差")
_SIGNIFICANT = 3

_Place = tuple[TextUnit, int, Mention]  # the unit, where the sentence starts in it, the mention in the sentence


def _significant(m: Mention) -> int:
    """The significant digits of a figure as written (859.6: 4; 500: 1; 1200: 2)."""
    digits = re.sub(r"\D", "", m.text.split("元")[0].split("万")[0]).lstrip("0")
    return len(digits.rstrip("0")) if "." not in m.text else len(digits)


def _sentences(report: Report) -> list[list[_Place]]:
    """Each sentence's exact money amounts in 元 and 万元, not a rate per head or a change."""
    out = []
    for unit in report.units():
        if "元" not in unit.text:
            continue
        for s in _SENTENCE.finditer(unit.text):
            text = s.group()
            found = [(unit, s.start(), m) for m in extract(text)
                     if m.is_claim and m.kind is AMOUNT and m.qualifier is EXACT and m.value > 0
                     and m.unit in (Unit.YUAN, Unit.WAN_YUAN)
                     and not _PER.search(text[max(0, m.start - 8):m.start] + text[m.end:m.end + 2])]
            if found:
                out.append(found)
    return out


def _num(place: _Place) -> Num:
    unit, start, m = place
    return Num(m.value, m.places, False, unit.at(start + m.start, start + m.end), unit.text[start + m.start:start + m.end])


def check_unit_echoes(report: Report) -> list[Finding]:
    sentences = _sentences(report)
    by_value: dict[tuple[Unit, Decimal], list[_Place]] = defaultdict(list)
    for sentence in sentences:
        for place in sentence:
            by_value[(place[2].unit, place[2].value.normalize())].append(place)
    out = []
    for sentence in sentences:
        for said, meant in ((Unit.YUAN, Unit.WAN_YUAN), (Unit.WAN_YUAN, Unit.YUAN)):
            odd = [p for p in sentence if p[2].unit is said]
            if len(odd) != 1 or len(odd) == len(sentence) or _significant(odd[0][2]) < _SIGNIFICANT:
                continue  # one amount in one unit among others all in the other, of three significant figures or more
            value = odd[0][2].value.normalize()
            echoes = by_value.get((meant, value), [])
            if not echoes or len(by_value[(said, value)]) > 1:
                continue  # not written in the other unit elsewhere, or written so twice: the writer's own
            out.append(_finding(odd[0], echoes[0], [p for p in sentence if p is not odd[0]], meant))
    return out


def _finding(odd: _Place, echo_place: _Place, others: list[_Place], meant: Unit) -> Finding:
    n, echo = _num(odd), _num(echo_place)
    value = format(odd[2].value.normalize(), "f")
    slip = "漏写了“万”字" if meant is Unit.WAN_YUAN else "多写了“万”字"
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"“{n.text}”的单位疑误：报告别处写作“{echo.text}”，同句其他金额也以{meant.value}计", n, [echo],
        f"同一笔金额的数字{value}在报告另一处以{meant.value}计（“{echo.text}”），同句其他金额"
        f"（{'、'.join(_num(p).text for p in others[:3])}）也以{meant.value}计；多半{slip}",
        f"核对单位，可能应为{value}{meant.value}", "amount_unit")
