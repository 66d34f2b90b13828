"""The offline drafter's pen: figures formatted as a finance officer writes them, each recorded with
the fact path it comes from, and free text from the data let in only when ``accept`` passes it.

Why apart from ``offline``: the section writers say *what* each section contains; this module is
*how* a guarded sentence is written, shared by all of them (and ``fmt`` by the chain and drafter).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from pydantic import BaseModel, Field

from .department import DepartmentData
from .quantities import Unit, format_decimal, places_of, round_half_up
from .sections import DraftBlock, NumberSource, SectionText

__all__ = ["CN_ORDINALS", "HUNDRED", "MARKER", "Accept", "OfflineResult", "Writer", "change", "fmt", "numbered",
           "ordinal", "sentence"]

Accept = Callable[[str], list[str]]
HUNDRED = Decimal(100)
CN_ORDINALS = "一二三四五六七八九十"
MARKER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、．.]|\d+[、．.])\s*")


class OfflineResult(BaseModel):
    text: SectionText
    warnings: list[str] = Field(default_factory=list)


# -- formatting ---------------------------------------------------------------------------------------


def fmt(value: Decimal, unit: Unit, places: int | None = None) -> str:
    """A figure as a finance officer writes it: money with two decimals and thousands separators,
    large counts in 万, everything else at the precision the data shows."""
    if unit in (Unit.YUAN, Unit.WAN_YUAN):
        return format_decimal(value, 2 if places is None else places, thousands=True)
    if unit in (Unit.PERCENT, Unit.POINTS, Unit.SCORE, Unit.YI_YUAN, Unit.NONE):
        return format_decimal(value, places_of(value) if places is None else places)
    if value >= 10_000 and value == value.to_integral_value() and value % 100 == 0:
        return format_decimal((value / 10_000).normalize()) + "万"
    return format_decimal(value, places)


def ordinal(i: int) -> str:
    return CN_ORDINALS[i] if i < 10 else f"十{CN_ORDINALS[i - 10]}" if i < 19 else str(i + 1)


def sentence(text: str) -> str:
    text = text.strip().rstrip("；;，,。.")
    return text + "。" if text else ""


class Writer:
    """Collects one section's blocks and the source of every number written into them."""

    def __init__(self, accept: Accept) -> None:
        self.blocks: list[DraftBlock] = []
        self.numbers: list[NumberSource] = []
        self.warnings: list[str] = []
        self.accept = accept

    def q(self, value: Decimal, unit: Unit, path: str, *, places: int | None = None, qualifier: str | None = None,
          unit_text: str | None = None) -> str:
        """Format a figure, record where it comes from, and return the text."""
        number = fmt(value, unit, places)
        shown_unit = unit.value if unit_text is None else unit_text
        if qualifier in ("约", "近"):
            text = f"{qualifier}{number}{shown_unit}"
        elif qualifier in ("余", "多"):
            text = f"{number}{qualifier}{shown_unit}"
        else:
            text = f"{number}{shown_unit}{qualifier or ''}"
        self.numbers.append(NumberSource(text=text, path=path))
        return text

    def money(self, d: DepartmentData, value: Decimal, path: str) -> str:
        return self.q(value, d.finance.unit, path)

    def sub(self, text: str) -> None:
        self.blocks.append(DraftBlock(kind="subheading", text=text))

    def para(self, text: str) -> None:
        if text:
            self.blocks.append(DraftBlock(text=text))

    def checked(self, text: str, where: str) -> str | None:
        """Free text from the data, or None (with a warning) when it carries an unsupported number."""
        problems = self.accept(text)
        if problems:
            self.warnings.append(f"{where}的表述“{text[:40]}”含{'；'.join(problems)}，未写入正文；请核对数据后补充")
            return None
        return text

    def result(self) -> OfflineResult:
        return OfflineResult(text=SectionText(blocks=self.blocks, numbers=self.numbers), warnings=self.warnings)


def change(w: Writer, now: Decimal, before: Decimal, unit: Unit, diff_path: str, ratio_path: str) -> str:
    """增减 against last year in words chosen by the data: 增加 x，增长 y% / 减少 … / 持平.
    A rate changes by 个百分点 (提高/降低), with no relative ratio. ``diff_path``/``ratio_path`` name
    the derived facts (``sangong.change.total``)."""
    diff = now - before
    if diff == 0:
        return "与上年持平"
    if unit == Unit.PERCENT:
        return f"{'提高' if diff > 0 else '降低'}{w.q(abs(diff), Unit.POINTS, diff_path)}"
    word, rate_word = ("增加", "增长") if diff > 0 else ("减少", "下降")
    amount = w.q(abs(diff), unit, diff_path)
    if before == 0:
        return f"{word}{amount}"
    rate = round_half_up(abs(diff) / before * HUNDRED, 2)
    return f"{word}{amount}，{rate_word}{w.q(rate, Unit.PERCENT, ratio_path)}"


def numbered(w: Writer, texts: list[str]) -> None:
    """One paragraph per text, numbered （一）（二）…"""
    for i, text in enumerate(texts):
        w.para(f"（{ordinal(i)}）{text}")
