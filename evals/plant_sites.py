"""The planter's ground: the label model, the planter's state and helpers, and pure readings of
report text (figures as written, numbered-item markers, arithmetic relations).

Why a module of its own: every planting operation (text ones in ``planting``, number ones in
``_plant_numbers``) shares these; ``planting`` keeps the public entry ``plant``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import combinations
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from drafting.department import DepartmentData, Level
from drafting.findings import Kind
from drafting.numbers.chinese import numeral, ordinal
from drafting.quantities import round_half_up
from drafting.report import Location, Paragraph, Report, Table


class Label(BaseModel):
    """A gold label: the kind of finding expected and the exact text it should point at."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    quote: str
    note: str = ""



UNITS = "万元|亿元|元|个百分点|%|％|人次|人|户|件|个|家|次|名|本|场|份|起|项"
FIGURE = re.compile(rf"(?<![\d.,〔\[第号\-－])(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)?({UNITS})")
"""A figure with its unit: group 1 the integer part (maybe grouped), 2 the fraction, 3 the unit."""
DATE = re.compile(r"(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日")
LEVEL_WORDS = {Level.COUNTY: "县", Level.CITY: "市", Level.PROVINCE: "省"}

Marker = tuple[re.Pattern[str], Callable[[str], int | None], Callable[[int, str], str]]
MARKERS: list[Marker] = [
    (re.compile(r"^(\d{1,2})([、．.])(?!\d)"), int, lambda n, sep: f"{n}{sep}"),
    (re.compile(r"^（(\d{1,2})）()"), int, lambda n, sep: f"（{n}）"),
    (re.compile(r"^([一二三四五六七八九十]{1,3})(、)"), ordinal, lambda n, sep: f"{numeral(n)}{sep}"),
    (re.compile(r"^（([一二三四五六七八九十]{1,3})）()"), ordinal, lambda n, sep: f"（{numeral(n)}）"),
]
"""Marker styles of numbered items: (regex on the start of a text, parse the number — None when it
is no ordinal —, format it)."""


def has_marker(text: str) -> bool:
    t = text.lstrip()
    return any(p.match(t) for p, _, _ in MARKERS)


def figure_places(frac: str | None) -> int:
    """Decimal places of a matched fraction such as ``.25``."""
    return len(frac) - 1 if frac else 0


def format_figure(value: Decimal, places: int, grouped: bool) -> str:
    v = round_half_up(value, places)
    return f"{v:,.{places}f}" if grouped else f"{v:.{places}f}"


def figure_value(m: re.Match[str]) -> Decimal:
    """The number of a ``FIGURE`` match."""
    return Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))


def stated_values(data: DepartmentData | None) -> set[Decimal]:
    """Values the data states (normalised), so a changed figure can be kept unsupported."""
    if data is None:
        return set()
    return {f.value.normalize() for f in data.figures()}


def is_punct(ch: str) -> bool:
    return not ch.strip() or ch in "，。；：、！？“”‘’（）《》〔〕【】,.;:!?()[]\"'-—…"


def inside_figure(text: str, k: int) -> bool:
    return text[k - 1].isdigit() or text[k].isdigit() or text[k] in "%％万亿元人个次年月日号"


def cell_number(text: str) -> tuple[Decimal, int, bool] | None:
    """(value, places, is_percent) of a cell that holds one bare number, else None."""
    m = re.fullmatch(r"\s*(\d+(?:\.(\d+))?)\s*(%|％)?\s*", text)
    if not m:
        return None
    return Decimal(m.group(1)), len(m.group(2) or ""), bool(m.group(3))


def is_sum(val: Decimal, places: int, pct: bool, others: list[tuple[int, Decimal]]) -> bool:
    if pct or val == 0:
        return False
    vals = [v for _, v in others if v != 0]
    for k in (2, 3, 4):
        for combo in combinations(vals, k):
            if sum(combo, Decimal(0)) == val:
                return True
    return False


def derivable_rate(val: Decimal, places: int, others: list[Decimal]) -> bool:
    for a in others:
        for b in others:
            if b == 0 or a is b:
                continue
            for x in (a / b * 100, (a - b) / b * 100):
                if x > 0 and round_half_up(x, places) == val:
                    return True
    return False


def is_ratio(val: Decimal, places: int, pct: bool, others: list[tuple[int, Decimal]]) -> bool:
    if not pct or val == 0:
        return False
    vals = [v for _, v in others if v != 0]
    for a in vals:
        for b in vals:
            if a is not b and a < b and round_half_up(a / b * 100, places) == val:
                return True
    return False


def infer_year(report: Report) -> int | None:
    """The evaluation year from 20XX年度 in the first few texts (the title area)."""
    for u in list(report.units())[:8]:
        m = re.search(r"(20\d\d)年度", u.text)
        if m:
            return int(m.group(1))
    return None


def infer_level(report: Report) -> Level | None:
    text = report.plain_text()
    counts = {lv: text.count(f"我{w}") + text.count(f"本{w}") + text.count(f"全{w}") for lv, w in LEVEL_WORDS.items()}
    best = max(counts, key=lambda lv: counts[lv])
    return best if counts[best] else None


T = TypeVar("T")
Unit = tuple[int, int | None, int | None, str]
"""(block, row, col, text) of one heading, paragraph or table cell."""
FigureSite = tuple[int, int | None, int | None, re.Match[str]]


def loc(block: int, row: int | None, col: int | None) -> Location:
    return Location(block=block, row=row, col=col)


class PlanterBase:
    """A private copy of the report, what has been touched, and the seeded random choices."""

    def __init__(self, report: Report, data: DepartmentData | None, prior: Report | None, rng: random.Random):
        self.report = report.model_copy(deep=True)
        self.data = data
        self.prior = prior
        self.rng = rng
        self.touched: set[int] = set()  # id() of blocks an operation edited or inserted
        self.year = data.year if data else infer_year(report)
        self.level = data.department.level if data else infer_level(report)
        self.supported = stated_values(data)

    # -- helpers ---------------------------------------------------------------------------------

    def paragraphs(self, min_len: int = 0, *, narrative: bool = False) -> list[int]:
        out = []
        for i, b in enumerate(self.report.blocks):
            if isinstance(b, Paragraph) and id(b) not in self.touched and len(b.text.strip()) >= min_len:
                if narrative and ("。" not in b.text or has_marker(b.text)):
                    continue
                out.append(i)
        return out

    def text_units(self) -> list[Unit]:
        """(block, row, col, text) of every untouched heading, paragraph and cell."""
        out: list[Unit] = []
        for i, b in enumerate(self.report.blocks):
            if id(b) in self.touched:
                continue
            if isinstance(b, Table):
                for r, row in enumerate(b.rows):
                    for c, cell in enumerate(row):
                        if cell.text and not cell.merged:
                            out.append((i, r, c, cell.text))
            elif b.text:
                out.append((i, None, None, b.text))
        return out

    def set_text(self, block: int, row: int | None, col: int | None, text: str) -> None:
        b = self.report.blocks[block]
        if isinstance(b, Table):
            assert row is not None and col is not None
            b.rows[row][col].text = text
        else:
            b.text = text
        self.touched.add(id(b))

    def text(self, block: int) -> str:
        """The text of a heading or paragraph block (callers pass only such blocks)."""
        b = self.report.blocks[block]
        if isinstance(b, Table):
            raise TypeError(f"block {block} is a table, not a text block")
        return b.text

    def all_text(self) -> str:
        return self.report.plain_text()

    def pick(self, items: Sequence[T]) -> T | None:
        """A random item, or None when there is none."""
        return items[self.rng.randrange(len(items))] if items else None

    def choose(self, items: Sequence[T]) -> T:
        """A random item of a list the caller knows is not empty (same draw as ``pick``)."""
        return items[self.rng.randrange(len(items))]

    def new_value(self, value: Decimal, places: int, unit: str, grouped: bool) -> str | None:
        """A different figure with the same precision that the data and the report do not state."""
        pct = unit in ("%", "％", "个百分点")
        steps = [Decimal("1.3"), Decimal("2.5"), Decimal(4), Decimal(7)] if pct else \
            [Decimal("1.13"), Decimal("0.87"), Decimal("1.21"), Decimal("0.79"), Decimal("1.37")]
        self.rng.shuffle(steps)
        text = self.all_text()
        for s in steps:
            if pct:
                v = value - s if value > 50 else value + s
            else:
                v = value * s
            v = round_half_up(v, places)
            if v <= 0 or v == value or v.normalize() in self.supported:
                continue
            out = format_figure(v, places, grouped) + unit
            if out not in text:
                return out
        return None

    # -- operations ------------------------------------------------------------------------------
