"""A spending total whose parts, by the same sources its budget was split into, do not add up to it:
年初预算4660.9万元，其中专项资金520.38万元，财政拨款资金4140.52万元。专项资金支出316.38万元，…财政资金支出
2419.45万元，…总支出2939.83万元 (316.38 + 2419.45 = 2735.83).

Part of the arithmetic check (see ``tables``). Why apart from ``prose``'s sums (a total and the 其中
list after it): here the parts come first, each with its rate between, and the total is named on its
own (总支出), so no list marks them as its parts. A sum of parts is told only where the parts are
known to be the whole: premise — a budget split into sources whose amounts add up to it exactly shows
the sources are all there is, and money spent from that budget is spent from those sources; so the
spending from each source (its name then 支出: 专项资金支出) adds up to the total spent. Every source
must have its spending figure named in the same paragraph after the split, one each, in the budget's
unit, and the total one of the plain names of all spending (总支出, 支出合计, 合计支出, 共支出, 实际支出
总额). A source's spending may name it shorter (财政资金 for 财政拨款资金): its name's words in order,
its first two characters the same.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.extract import AMOUNT, Mention, extract
from ...quantities import Unit
from ...report import Report, TextUnit
from .grid import finding_location

__all__ = ["check_mirrored_splits"]

_SPLIT = re.compile(r"[，,]?其中[：:，,]?(?=[\u4e00-\u9fff]{2,10}$)")  # between the budget and its first source
_LABEL = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:为|共|共计|计)?$")
_SPENT = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:资金)?支出(?:了|为|共|共计|计)?$")
_TOTAL = re.compile(r"(?:总支出|支出合计|合计支出|共支出|支出总额|实际支出总额|累计支出)(?:了|为|共|共计|计)?$")
_CUT = re.compile(r"[，,。；;：:、（()）]")


def _words_before(text: str, start: int) -> str:
    """The words between the last clause mark before ``start`` and ``start``."""
    cut = max((m.end() for m in _CUT.finditer(text, 0, start)), default=0)
    return text[cut:start].strip()


def _shorter(stem: str, name: str) -> bool:
    """Whether ``stem`` names the source ``name`` (its words in order, its first two characters)."""
    rest = iter(name)
    return stem[:2] == name[:2] and all(ch in rest for ch in stem)


def check_mirrored_splits(report: Report) -> list[Finding]:
    out = []
    for unit in report.units():
        if unit.kind == "cell" or "|" in unit.text:
            continue
        out += _in_paragraph(unit)
    return out


def _in_paragraph(unit: TextUnit) -> list[Finding]:
    text = unit.text
    money = [m for m in extract(text) if m.kind == AMOUNT and m.unit is not None]
    for k, whole in enumerate(money):
        end = text.find("。", whole.end)
        end = len(text) if end < 0 else end
        sources = [m for m in money[k + 1:] if m.end <= end]
        if len(sources) < 2 or not _SPLIT.match(text[whole.end:sources[0].start].strip()) \
                or any(m.unit != whole.unit for m in sources) or sum(m.value for m in sources) != whole.value:
            continue
        names = [_LABEL.search(_words_before(text, m.start).removeprefix("其中")) for m in sources]
        if any(n is None for n in names):
            continue
        found = _spending(text, money, end, [n.group(1) for n in names if n is not None], whole.unit)
        if found is not None:
            return [found_finding(unit, *found)]
    return []


def _spending(text: str, money: list[Mention], after: int, names: list[str],
              unit: Unit | None) -> tuple[Mention, list[Mention], Decimal] | None:
    """Each source's spending and the total, after the split: None unless all are there, one each."""
    later = [m for m in money if m.start > after and m.unit == unit]
    spent: list[tuple[str, Mention]] = []
    totals: list[Mention] = []
    for m in later:
        words = _words_before(text, m.start)
        if _TOTAL.search(words):
            totals.append(m)
        elif (s := _SPENT.search(words)) is not None:
            spent.append((s.group(1), m))
    parts = []
    for name in names:
        match = [m for stem, m in spent if _shorter(stem, name)]
        if len(match) != 1:
            return None
        parts.append(match[0])
    if len(totals) != 1 or len(spent) != len(names) or len({id(m) for m in parts}) != len(parts):
        return None
    total = totals[0]
    added = sum((m.value for m in parts), Decimal(0))
    places = max(m.places for m in [*parts, total])
    if abs(added - total.value) <= Decimal(1).scaleb(-places) * len(parts) / 2:
        return None  # within the rounding of the figures as shown
    return total, parts, added


def found_finding(unit: TextUnit, total: Mention, parts: list[Mention], added: Decimal) -> Finding:
    shown = " + ".join(m.text for m in parts)
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
        message=f"总支出 {total.text} 与按资金来源分列的支出之和 {added}{total.unit.value if total.unit else ''}（{shown}）不符",
        location=finding_location(unit.at(total.start, total.end), total.text),
        related=[finding_location(unit.at(m.start, m.end), m.text) for m in parts],
        evidence="预算按资金来源分列、各来源之和等于预算总额，说明来源已列全；各来源的支出之和应等于总支出",
        suggestion="核对各来源的支出和总支出，改正其中写错的数", rule="mirrored_split_sum")
