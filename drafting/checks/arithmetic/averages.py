"""An average its sentence's figures do not give: 完成培训45期，培训3,600人次，平均每期85人次.

Part of the arithmetic check (see ``tables``). 平均每期/人均/户均 figures are recomputed by every
reader who sees the total and the count beside them. Precision first: one sentence, one count whose
measure word the 每 names (45期 … 每期), one total in the average's own unit (3,600人次 … 85人次), and
the average is reported only when the total over the count, at the average's shown precision and
within the rounding of both, cannot give it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.extract import Mention, MentionKind, Qualifier, extract
from ...numbers.textnorm import no_blanks
from ...quantities import format_decimal, round_half_up
from ...report import Report, TextUnit
from .grid import YUAN, Num, make_finding

__all__ = ["check_averages"]

_SENTENCE = re.compile(r"[^。！？!?\n]+")
_PER = re.compile(r"平均每([\u4e00-\u9fff])(?:[\u4e00-\u9fff]{0,2}?)(?:约|为|达|达到)?$")


def _num(unit: TextUnit, offset: int, m: Mention) -> Num:
    text = unit.text[offset + m.start:offset + m.end]
    return Num(m.value / m.scale, m.places, False, unit.at(offset + m.start, offset + m.end), text)


def _exact_counts(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.is_claim and m.kind is MentionKind.COUNT and m.qualifier is Qualifier.EXACT]


def _sentence(unit: TextUnit, offset: int, text: str) -> list[Finding]:
    mentions = list(extract(text))
    counts = _exact_counts(mentions)
    out: list[Finding] = []
    for avg in counts:
        per = _PER.search(no_blanks(text[:avg.start])[-8:])
        if per is None:
            continue
        measure = per.group(1)
        bases = [m for m in counts if m is not avg and m.unit_text == measure and m.end <= avg.start]
        totals = [m for m in counts if m is not avg and m.unit_text == avg.unit_text and m.end <= avg.start]
        if len(bases) != 1 or len(totals) != 1 or bases[0].value <= 0:
            continue
        n, total = bases[0], totals[0]
        exact = total.value / n.value
        shown = avg.value / avg.scale
        step = Decimal(1).scaleb(-avg.places)
        if round_half_up(exact / avg.scale, avg.places) == shown:
            continue
        half_t = Decimal("0.5").scaleb(-total.places) * total.scale
        lo, hi = (total.value - half_t) / n.value, (total.value + half_t) / n.value
        if lo / avg.scale <= shown + step / 2 and hi / avg.scale >= shown - step / 2:
            continue  # the total is itself rounded (3.6万人次): the average may stand
        out.append(_finding(unit, offset, (avg, total, n), f"平均每{measure}", exact / avg.scale, avg.unit_text, "，按报告精度为 {want}"))
    return out


def _finding(unit: TextUnit, offset: int, figures: tuple[Mention, Mention, Mention], said: str, exact: Decimal,
             unit_name: str, tail: str = "") -> Finding:
    """The finding for an average (``figures``: the average, the total, the count) that the total over
    the count, ``exact`` in the average's unit, does not give at its shown precision."""
    avg, total, n = figures
    want = format_decimal(round_half_up(exact, avg.places), avg.places)
    a, t, c = _num(unit, offset, avg), _num(unit, offset, total), _num(unit, offset, n)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{said}写作 {a.text}，按同句 {t.text} ÷ {c.text} 应为 {want}{unit_name}", a, [t, c],
        f"{t.text} ÷ {c.text} = {format_decimal(exact, avg.places + 2)}" + (tail.format(want=want) if tail else unit_name),
        f"将 {a.text} 改为 {want}{unit_name}，或核对 {t.text} 与 {c.text}", "sentence_average")


# an amount per head or household handed out (资金36万元，惠及1200人，人均补助300元): the one amount of the
# sentence over its one count of people (households). Only the words of a grant may stand between 人均 and
# the figure: 人均增收 or 人均收入 is no share of the sentence's amount
_PER_HEAD = re.compile(r"(?:(人|户)均|平均每(人|户))(?:补助|补贴|发放|资助|奖励|救助|奖补|慰问|享受|获得)*(?:金额|资金|经费)?"
                       r"(?:约|为|达|达到)?$")


_BOUND = re.compile(r"\s*(?:及|或)?(?:以上|以下|以内)")


def _money(unit: TextUnit, offset: int, text: str) -> list[Finding]:
    mentions = list(extract(text))
    money = [m for m in mentions if m.is_claim and m.kind is MentionKind.AMOUNT and m.unit in YUAN
             and m.qualifier is Qualifier.EXACT]
    out: list[Finding] = []
    for avg in money:
        per = _PER_HEAD.search(no_blanks(text[:avg.start])[-12:])
        if per is None:
            continue
        measure = per.group(1) or per.group(2)
        # (not a bound's count, 6人及以上户, nor another amount per head, 农村人均2.5万元，城镇人均3万元)
        bases = [m for m in _exact_counts(mentions) if m.unit_text == measure and not _BOUND.match(text, m.end)]
        totals = [m for m in money if m is not avg and not _PER_HEAD.search(no_blanks(text[:m.start])[-12:])]
        if len(bases) != 1 or len(totals) != 1 or bases[0].value <= 0 or totals[0].end > avg.start:
            continue
        n, total = bases[0], totals[0]
        in_avg = YUAN[total.unit] / YUAN[avg.unit]  # the total in the average's unit
        exact = total.value * in_avg / n.value
        half_t = Decimal("0.5").scaleb(-total.places) * in_avg
        step = Decimal("0.5").scaleb(-avg.places)
        lo, hi = (total.value * in_avg - half_t) / n.value, (total.value * in_avg + half_t) / n.value
        if lo <= avg.value + step and hi >= avg.value - step:
            continue  # within the rounding of the total and of the average
        out.append(_finding(unit, offset, (avg, total, n), f"{measure}均", exact, avg.unit.value))
    return out


def check_averages(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for unit in report.units():
        per_item, per_head = "平均每" in unit.text, re.search(r"[人户]均|平均每[人户]", unit.text)
        if not per_item and not per_head:
            continue
        for s in _SENTENCE.finditer(unit.text):
            out += _sentence(unit, s.start(), s.group(0)) if per_item else []
            out += _money(unit, s.start(), s.group(0)) if per_head else []
    return out
