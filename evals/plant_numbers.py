"""Planting operations on figures: change a stated figure, a unit, a percentage, or a derived one.

Why apart from ``planting``: these share figure-finding and value-choosing logic that the text
operations never need. ``planting._Planter`` combines them with the text operations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from drafting.findings import Kind
from drafting.report import Table
from evals.cases import Label
from evals.plant_sites import (
    FIGURE,
    FigureSite,
    PlanterBase,
    cell_number,
    derivable_rate,
    figure_places,
    figure_value,
    is_ratio,
    is_sum,
    loc,
)


@dataclass(frozen=True)
class _Derived:
    """A figure that follows from others: a table cell (row, col) or a sentence figure (match)."""

    block: int
    row: int | None
    col: int | None
    match: re.Match[str] | None
    value: Decimal
    places: int
    pct: bool


class NumberOperations(PlanterBase):
    """figure, percent, scale (with data); contradiction, table_arithmetic (without)."""

    def _figure_sites(self, *, units: tuple[str, ...] | None = None, in_tables: bool = False) -> list[FigureSite]:
        sites: list[FigureSite] = []
        for block, row, col, text in self.text_units():
            if (row is not None) != in_tables:
                continue
            for m in FIGURE.finditer(text):
                if units and m.group(3) not in units:
                    continue
                if text[m.end():m.end() + 1] in ("余", "多") or text[max(0, m.start() - 1):m.start()] in ("约", "近"):
                    continue
                sites.append((block, row, col, m))
        return sites

    def _change_figure(self, sites: list[FigureSite], kind: Kind, note: str) -> list[Label]:
        if self.data is not None:
            backed = [s for s in sites if figure_value(s[3]).normalize() in self.supported]
            sites = backed or sites
        self.rng.shuffle(sites)
        for block, row, col, m in sites:
            new = self.new_value(figure_value(m), figure_places(m.group(2)), m.group(3), "," in m.group(1))
            if new is None:
                continue
            text = self.report.text_of(loc(block, row, col))
            self.set_text(block, row, col, text[:m.start()] + new + text[m.end():])
            return [Label(kind=kind, quote=new, note=f"{note}：原为{m.group(0)}")]
        return []

    def figure(self) -> list[Label]:
        if self.data is None:
            return []
        units = ("万元", "亿元", "元", "人次", "人", "户", "件", "个", "家", "次", "名", "本", "场", "份", "起", "项")
        return self._change_figure(self._figure_sites(units=units), Kind.NUMBER_UNSUPPORTED, "改动的数字")

    def percent(self) -> list[Label]:
        if self.data is None:
            return []
        return self._change_figure(self._figure_sites(units=("%", "％")), Kind.NUMBER_UNSUPPORTED, "改动的百分比")

    def scale(self) -> list[Label]:
        if self.data is None:
            return []
        sites = self._figure_sites(units=("万元", "亿元"))
        self.rng.shuffle(sites)
        for block, _row, _col, m in sites:
            unit = "亿元" if m.group(3) == "万元" else "万元"
            new = m.group(1) + (m.group(2) or "") + unit
            if new in self.all_text():
                continue
            text = self.text(block)
            self.set_text(block, None, None, text[:m.start()] + new + text[m.end():])
            return [Label(kind=Kind.NUMBER_UNSUPPORTED, quote=new, note=f"单位被改：原为{m.group(0)}")]
        return []

    def contradiction(self) -> list[Label]:
        """Without data: change one of two places that state the same figure."""
        sites = [s for s in self._figure_sites() if figure_value(s[3]) >= 10 or s[3].group(2)]
        text = self.all_text()

        def stated_twice(m: re.Match[str]) -> bool:
            num = re.escape(m.group(1) + (m.group(2) or ""))
            return len(re.findall(rf"(?<![\d.,]){num}(?![\d.,])", text)) >= 2

        sites = [s for s in sites if stated_twice(s[3])]
        return self._change_figure(sites, Kind.NUMBER_CONTRADICTED, "同一数字在别处为原值")

    def table_arithmetic(self) -> list[Label]:
        """Without data: change a table cell that is the sum (or ratio) of others in its row."""
        sites: list[_Derived] = []
        for i, b in enumerate(self.report.blocks):
            if not isinstance(b, Table) or id(b) in self.touched:
                continue
            for r, row in enumerate(b.rows):
                if not row or not re.search(r"合\s*计|总\s*计", row[0].text):
                    continue  # only a total row: changing a part would make the total look wrong instead
                nums = [(c, v) for c, cell in enumerate(row) for v in [cell_number(cell.text)] if v is not None]
                for c, (val, places, pct) in nums:
                    others = [(c2, v2[0]) for c2, v2 in nums if c2 != c and not v2[2]]
                    column = [(r2, v2[0]) for r2, row2 in enumerate(b.rows[:r]) if c < len(row2)
                              for v2 in [cell_number(row2[c].text)] if v2 is not None and not v2[2]]
                    if (is_sum(val, places, pct, others) or is_ratio(val, places, pct, others)
                            or (len(column) >= 2 and sum((v for _, v in column), Decimal(0)) == val)):
                        sites.append(_Derived(i, r, c, None, val, places, pct))
        sites += self._text_arithmetic_sites()
        self.rng.shuffle(sites)
        for site in sites:
            m = site.match
            if m is not None:  # a derived figure in a sentence
                new = self.new_value(site.value, site.places, m.group(3), "," in m.group(1))
                if new is None:
                    continue
                text = self.text(site.block)
                self.set_text(site.block, None, None, text[:m.start()] + new + text[m.end():])
                return [Label(kind=Kind.ARITHMETIC_MISMATCH, quote=new,
                              note=f"与同句数字算出的结果不符：原为{m.group(0)}")]
            old = self.report.text_of(loc(site.block, site.row, site.col))
            new = self.new_value(site.value, site.places, "%" if site.pct else "", False)
            if new is None or (site.value == 0):
                continue
            self.set_text(site.block, site.row, site.col, new)
            return [Label(kind=Kind.ARITHMETIC_MISMATCH, quote=new, note=f"合计或比例与同行数字不符：原为{old}")]
        return []

    def _text_arithmetic_sites(self) -> list[_Derived]:
        """Figures of a sentence that follow from two others in it (a change, a rate, a difference)."""
        sites: list[_Derived] = []
        for i in self.paragraphs(10):
            text = self.text(i)
            for sent in re.finditer(r"[^。；]+", text):
                ms = [m for m in FIGURE.finditer(text, sent.start(), sent.end())]
                for m in ms:
                    val, places, unit = figure_value(m), figure_places(m.group(2)), m.group(3)
                    others = [figure_value(o) for o in ms if o is not m and o.group(3) not in ("%", "％", "个百分点")
                              and (unit in ("%", "％") or o.group(3) == unit)]
                    if unit in ("%", "％") and derivable_rate(val, places, others):
                        sites.append(_Derived(i, None, None, m, val, places, True))
                    elif unit in ("万元", "元", "亿元") and any(a - b == val for a in others for b in others if a != val != b):
                        sites.append(_Derived(i, None, None, m, val, places, False))
        return sites
