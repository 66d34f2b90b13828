"""Facts and their index: what one figure of the data is, and how a mention finds the figures it may be.

A ``Fact`` is a figure with its path in the data, its label and the names a report uses for it, its
precision, and — when derived — its formula and inputs. Unit conversions (元/万元/亿元) are not
separate facts: the ``FactIndex`` keeps money in 元 and the matcher converts. Lookup is by unit
family (money, percent, points, each count unit) over values sorted for ``bisect``, so matching one
mention costs O(log n); names are found in a text by one alternation, longest first; and
``related`` says which figures a sentence naming a fact may state for it.

Which facts the data yields is ``facts.build_facts``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from ..quantities import MONEY_UNITS, Unit, canonical_unit, format_decimal, is_money
from ..report import new_list

__all__ = ["Fact", "FactIndex", "FactKind", "NameHit", "describe", "family"]


class FactKind(StrEnum):
    DIRECT = "direct"
    SUM = "sum"
    DIFFERENCE = "difference"
    RATIO = "ratio"
    SHARE = "share"


class Fact(BaseModel):
    """One figure the report may state. ``places`` is the precision the value is known to in its
    unit (money tables are kept to the cent of their unit); None means exact (counts, ratios)."""

    model_config = ConfigDict(frozen=True)

    path: str
    label: str
    value: Decimal
    unit: Unit
    formula: str | None = None
    inputs: list[str] = Field(default_factory=new_list)
    kind: FactKind = FactKind.DIRECT
    places: int | None = None
    names: list[str] = Field(default_factory=new_list, description="words a report uses to name it (for 'contradicted')")
    base: str | None = Field(None, description="what a difference or ratio compares with: budget, prior or target")
    direction: str | None = Field(None, description="the measured figure against its base: up, down or flat")

    @property
    def base_value(self) -> Decimal:
        """Value in the family's base unit: 元 for money, the unit itself otherwise."""
        return self.value * MONEY_UNITS[self.unit] if is_money(self.unit) else self.value

    @property
    def quantum(self) -> Decimal | None:
        """Smallest step the value is known to, in base units; None when exact."""
        if self.places is None:
            return None
        q = Decimal(1).scaleb(-self.places)
        return q * MONEY_UNITS[self.unit] if is_money(self.unit) else q

    def display(self, places: int | None = None) -> str:
        """The value as a reviewer would write it: ratios to two decimals, others as stored."""
        if places is None and self.kind in (FactKind.RATIO, FactKind.SHARE):
            places = 2
        return f"{format_decimal(self.value, places)}{self.unit.value}"


def family(unit: Unit) -> str:
    """The comparison family of a unit: money converts across 元/万元/亿元, 名 counts as 人."""
    if is_money(unit):
        return "money"
    if unit is Unit.NONE:
        return "none"
    return canonical_unit(unit).value


class NameHit(NamedTuple):
    """A name found in a text: the name, its facts, and the text after it."""

    name: str
    facts: list[Fact]
    tail: str


class FactIndex:
    """Facts by family, sorted by base value, for O(log n) matching; plus the names a text uses."""

    def __init__(self, facts: Iterable[Fact], year: int | None = None) -> None:
        self.facts: list[Fact] = list(facts)
        self.year = year
        self._by_path = {f.path: f for f in self.facts}
        groups: dict[str, list[tuple[Decimal, Fact]]] = {}
        raw: list[tuple[Decimal, Fact]] = []
        for f in self.facts:
            groups.setdefault(family(f.unit), []).append((f.base_value, f))
            raw.append((f.value, f))
        self._families: dict[str, tuple[list[Decimal], list[Fact], Decimal]] = {}
        for fam, items in groups.items():
            items.sort(key=lambda x: x[0])
            widest = max((f.quantum or Decimal(0) for _, f in items), default=Decimal(0))
            self._families[fam] = ([v for v, _ in items], [f for _, f in items], widest)
        raw.sort(key=lambda x: x[0])
        widest_raw = max((Decimal(1).scaleb(-f.places) if f.places is not None else Decimal(0) for f in self.facts),
                         default=Decimal(0))
        self._families["*raw"] = ([v for v, _ in raw], [f for _, f in raw], widest_raw)
        self._names: dict[str, list[Fact]] = {}
        for f in self.facts:
            for n in dict.fromkeys([f.label, *f.names]):
                key = _clean_name(n)
                if len(key) >= 2:
                    self._names.setdefault(key, []).append(f)
        alternation = "|".join(re.escape(n) for n in sorted(self._names, key=len, reverse=True))
        self._names_re = re.compile(alternation) if alternation else None
        self._children: dict[str, list[Fact]] = {}
        for f in self.facts:
            for p in dict.fromkeys(f.inputs):
                self._children.setdefault(p, []).append(f)
        self._related: dict[str, frozenset[str]] = {}
        self._related_in: dict[tuple[str, frozenset[str]], tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self.facts)

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts)

    def get(self, path: str) -> Fact | None:
        return self._by_path.get(path)

    def families(self) -> list[str]:
        return [f for f in self._families if f != "*raw"]

    def widest_quantum(self, fam: str) -> Decimal:
        return self._families[fam][2] if fam in self._families else Decimal(0)

    def between(self, fam: str, lo: Decimal, hi: Decimal) -> list[Fact]:
        """Facts of a family whose base value lies in [lo, hi] (``*raw``: values in their own unit)."""
        entry = self._families.get(fam)
        if entry is None:
            return []
        values, facts, _ = entry
        return facts[bisect_left(values, lo):bisect_right(values, hi)]

    def nearest(self, fam: str, value: Decimal, k: int = 3) -> list[Fact]:
        """The k facts of a family closest to ``value`` (base units)."""
        entry = self._families.get(fam)
        if entry is None:
            return []
        values, facts, _ = entry
        i = bisect_left(values, value)
        lo, hi = i - 1, i
        out: list[Fact] = []
        while len(out) < k and (lo >= 0 or hi < len(values)):
            if hi >= len(values) or (lo >= 0 and value - values[lo] <= values[hi] - value):
                out.append(facts[lo])
                lo -= 1
            else:
                out.append(facts[hi])
                hi += 1
        return out

    def named_in(self, text: str) -> list[Fact]:
        """Facts named in ``text``; the name ending last (closest to a number after it) first."""
        if self._names_re is None or not text:
            return []
        cleaned = _clean_name(text)
        best: tuple[int, int, str] | None = None
        for m in self._names_re.finditer(cleaned):
            key = (m.end(), len(m[0]), m[0])
            if best is None or key[:2] > best[:2]:
                best = key
        return list(self._names[best[2]]) if best else []

    def names_in(self, text: str, ending_after: int = 0) -> list[NameHit]:
        """Every name in ``text`` with its facts, the name ending last first (nearest to a number after it);
        only names ending after the first ``ending_after`` characters of the text."""
        if self._names_re is None or not text:
            return []
        cleaned = _clean_name(text)
        skip = len(cleaned) - len(_clean_name(text[ending_after:])) if ending_after else 0
        found = [(m.end(), len(m[0]), m[0]) for m in self._names_re.finditer(cleaned) if m.end() > skip]
        found.sort(reverse=True)
        return [NameHit(n, list(self._names[n]), cleaned[end:]) for end, _, n in found]

    def related_in(self, fact: Fact, fams: frozenset[str]) -> tuple[str, ...]:
        """``related(fact)`` restricted to the unit families ``fams`` (``*raw``: every family), sorted."""
        key = (fact.path, fams)
        hit = self._related_in.get(key)
        if hit is None:
            hit = tuple(sorted(p for p in self.related(fact)
                               if "*raw" in fams or family((self._by_path.get(p) or fact).unit) in fams))
            self._related_in[key] = hit
        return hit

    def related(self, fact: Fact) -> frozenset[str]:
        """Paths of the figures a sentence naming ``fact`` may state for it.

        A derived fact (节约数, 比上年减少数, a ratio) relates to itself and what is derived from it.
        A table figure (公务接待费决算数) relates to the whole of its item: its other columns — the
        figures it is compared with in a difference (预算数, 上年数, 目标值) — its parts when it is a
        sum, and everything derived from those (节约数, 节约比例, 增减数, 增减比例, shares)."""
        hit = self._related.get(fact.path)
        if hit is not None:
            return hit
        item = {fact.path}
        if fact.kind in (FactKind.DIRECT, FactKind.SUM):
            columns = [fact.path]
            while columns:  # the columns compared with each other, transitively (预算 − 决算, 决算 − 上年)
                for child in self._children.get(columns.pop(), ()):
                    if child.kind is FactKind.DIFFERENCE:
                        columns.extend(p for p in child.inputs if p not in item)
                        item.update(child.inputs)
            if fact.kind is FactKind.SUM:
                item.update(fact.inputs)
        out = set(item)
        todo = list(item)
        while todo:
            for child in self._children.get(todo.pop(), ()):
                if child.path not in out and child.kind is not FactKind.SUM:
                    out.add(child.path)
                    todo.append(child.path)
        frozen = frozenset(out)
        self._related[fact.path] = frozen
        return frozen


_NAME_NOISE = re.compile(r"[“”\"‘’'「」《》\s]")


def _clean_name(text: str) -> str:
    return _NAME_NOISE.sub("", text).rstrip("。.，,；;：:")


def describe(fact: Fact) -> str:
    """``公务接待费决算数 5.18万元 (sangong.actual.reception)`` — how messages cite a fact."""
    return f"{fact.label} {fact.display()} ({fact.path})"
