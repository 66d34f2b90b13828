"""Matching: when does a mention agree with a fact? (What a careful reviewer does by hand.)

- **Coarser precision.** A mention and a fact agree when both, rounded half-up to the *coarser* of
  their two precisions, are equal. 14,293.93元 vs 1.43万元: the fact is known to 0.01万 = 100元,
  so both round to 143 hundreds → supported; 14,393.93元 → 144 → not. A fact that is exact (counts,
  ratios computed from the tables) uses the mention's precision: "22.60%" vs 22.6006…% → supported,
  "22.70%" → not. Money tables are known to 0.01 of their unit (``Fact.places``).
- **Units.** Money compares in 元 across 元/万元/亿元; 名 counts as 人; 人次, 家次 are their own
  measures. A percent is matched against percent figures and ratios; 个百分点 against differences
  of two percents. Count facts without a unit in the data match any count of the same value.
- **Qualifiers.** 余/多: the fact lies in [value, value + one step of the leading digit) (8万余 →
  [80000, 90000), 7000余 → [7000, 8000)). 约/左右/上下: within ±5 % (at least half a step). 近:
  within [95 %, 100 %] of the value. Bounds (以内/以上 …) are judged against the bound metric
  (``violates``; see ``binding``).
- **Bare numbers** (table cells): compared in ``default_unit`` when given; otherwise the cell is
  compared with every fact's value in its own unit (the ``*raw`` family).
"""

from __future__ import annotations

from decimal import Decimal

from ...quantities import MONEY_UNITS, Unit, format_decimal, is_money, round_half_up
from ..extract import Mention, MentionKind, Qualifier
from ..factindex import Fact, FactIndex, FactKind, family

__all__ = ["Target", "equal", "is_prior", "prefer", "quantum", "supporting", "targets", "violates", "written_like"]

_TEN = Decimal(10)


def _base(m: Mention, unit: Unit) -> Decimal:
    v = abs(m.value)
    return v * MONEY_UNITS[unit] if is_money(unit) else v


def quantum(m: Mention, unit: Unit) -> Decimal:
    """One step of the last shown digit, in base units (24.27万人 → 100人; 14,293.93元 → 0.01元)."""
    q = Decimal(1).scaleb(-m.places) * m.scale
    return q * MONEY_UNITS[unit] if is_money(unit) else q


def _lead_step(m: Mention, unit: Unit) -> Decimal:
    """One step of the leading digits for 余: 8万 → 10000, 7000 → 1000, 24.27万 → 100."""
    shown = m.value / m.scale
    if m.places == 0 and shown == shown.to_integral_value() and shown != 0:
        digits = str(int(shown))
        zeros = len(digits) - len(digits.rstrip("0"))
        step = _TEN ** zeros * m.scale
    else:
        step = Decimal(1).scaleb(-m.places) * m.scale
    return step * MONEY_UNITS[unit] if is_money(unit) else step


def equal(mb: Decimal, mq: Decimal, f: Fact, raw: bool = False) -> bool:
    """Whether a mention of base value ``mb`` and step ``mq`` equals ``f`` at the coarser precision."""
    fv = f.value if raw else f.base_value
    fq = (Decimal(1).scaleb(-f.places) if f.places is not None else None) if raw else f.quantum
    if fq is not None and fq > mq:
        # the fact is the coarser one: compare at its precision, but only when the mention has at
        # least two digits at that precision (5.18元 is not "0万元")
        if abs(mb) < 10 * fq:
            return mb == fv
        q = fq
    else:
        q = mq
    return round_half_up(mb / q, 0) == round_half_up(fv / q, 0)


class Target:
    """Where a mention is looked up: a family and the mention's value and step in its base unit."""

    def __init__(self, fam: str, base: Decimal, quantum: Decimal, unit: Unit) -> None:
        self.fam, self.base, self.quantum, self.unit = fam, base, quantum, unit


def targets(m: Mention, default_unit: Unit | None) -> list[Target]:
    """The families a mention is looked up in, first choice first."""
    unit = m.unit
    if unit is Unit.NONE and m.kind is MentionKind.NUMBER and default_unit not in (None, Unit.NONE):
        assert default_unit is not None
        unit = default_unit
    if unit is Unit.NONE:
        if m.kind is MentionKind.NUMBER:
            return [Target("*raw", abs(m.value), quantum(m, unit), unit)]
        return [Target("none", abs(m.value), quantum(m, unit), unit)]  # counts with a unit we do not know (年)
    out = [Target(family(unit), _base(m, unit), quantum(m, unit), unit)]
    if m.kind is MentionKind.COUNT:
        out.append(Target("none", abs(m.value), quantum(m, unit), unit))
    return out


def supporting(m: Mention, idx: FactIndex, tgs: list[Target], allowed: frozenset[str] | None = None) -> list[Fact]:
    """Every fact that supports the mention, in the first family that has any (only ``allowed`` paths when given)."""
    for tg in tgs:
        raw = tg.fam == "*raw"
        lead = _lead_step(m, tg.unit)
        if m.qualifier is Qualifier.APPROX and m.qualifier_text in ("余", "多"):
            lo, hi = tg.base, tg.base + lead
            cands = [f for f in idx.between(tg.fam, lo, hi) if (f.value if raw else f.base_value) < hi]
        elif m.qualifier is Qualifier.APPROX:
            if m.qualifier_text.endswith("近"):
                lo, hi = tg.base * Decimal("0.95"), tg.base
            else:
                spread = max(abs(tg.base) * Decimal("0.05"), lead / 2)
                lo, hi = tg.base - spread, tg.base + spread
            cands = idx.between(tg.fam, lo, hi)
        else:
            w = max(tg.quantum, idx.widest_quantum(tg.fam))
            cands = [f for f in idx.between(tg.fam, tg.base - w, tg.base + w) if equal(tg.base, tg.quantum, f, raw)]
        if m.value < 0:
            cands = [f for f in cands if f.kind is not FactKind.DIRECT]  # -0.82: a decrease, stored as 减少数
        if allowed is not None:
            cands = [f for f in cands if f.path in allowed]
        if cands:
            return cands
    return []


def is_prior(f: Fact) -> bool:
    """A last-year figure: written as a current figure it is the classic copy from last year's report."""
    return ".prior" in f.path or f.path.endswith("prior_value") or f.path == "finance.prior_expenditure"


def prefer(cands: list[Fact]) -> Fact:
    """Current-year figures before last year's, direct before derived; then data order (stable)."""
    return min(cands, key=lambda f: (is_prior(f), f.kind is not FactKind.DIRECT))


def violates(m: Mention, f: Fact, tg: Target) -> bool:
    """Whether fact ``f`` breaks the bound or differs from the exact value written in ``m``."""
    fb = f.value if tg.fam == "*raw" else f.base_value
    if m.qualifier is Qualifier.AT_MOST:
        return fb > tg.base and not equal(tg.base, tg.quantum, f, tg.fam == "*raw")
    if m.qualifier is Qualifier.AT_LEAST:
        return fb < tg.base and not equal(tg.base, tg.quantum, f, tg.fam == "*raw")
    return True


def written_like(f: Fact, m: Mention, tg_unit: Unit) -> str:
    """The fact written the way the mention is written (unit, scale, places): the suggested correction."""
    unit = tg_unit if tg_unit is not Unit.NONE else f.unit
    v = f.value
    if is_money(f.unit) and is_money(unit):
        v = f.value * MONEY_UNITS[f.unit] / MONEY_UNITS[unit]
    shown = v / m.scale
    places = m.places
    if f.places is not None and unit == f.unit and m.scale == 1:
        places = max(places, f.places)  # never suggest a rounder figure than the data (7.26, not 7)
    scale_word = {Decimal(10_000): "万", Decimal(100_000_000): "亿"}.get(m.scale, "")
    unit_word = m.unit_text if m.unit_text and not is_money(m.unit) else unit.value
    return f"{format_decimal(shown, places)}{scale_word}{unit_word}"
