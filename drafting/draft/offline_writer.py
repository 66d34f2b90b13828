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

from ..department import DepartmentData
from ..numbers.textnorm import char_shingles, containment, normalize
from ..quantities import Unit, format_decimal, places_of, round_half_up
from ..report import clip
from .phrasing import Voice
from .sections import DraftBlock, NumberSource, SectionText

__all__ = [
    "CN_ORDINALS",
    "HUNDRED",
    "MARKER",
    "Accept",
    "Gap",
    "OfflineResult",
    "Seen",
    "Writer",
    "change",
    "compared",
    "fmt",
    "numbered",
    "ordinal",
    "sentence",
    "sentences",
    "wan_style",
]

Accept = Callable[[str], list[str]]
HUNDRED = Decimal(100)
CN_ORDINALS = "一二三四五六七八九十"
MARKER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、．.]|\d+[、．.])\s*")


class Gap(BaseModel):
    """A part of the outline the data does not give: named in the draft (a visible 待补充 line, never
    a default text), in the warnings and in the sidecar, so the officer knows what to fill in."""

    section: str = Field(description="the outline part, e.g. 改进措施")
    fields: list[str] = Field(description="the data fields that would fill it, e.g. measures")
    message: str


class OfflineResult(BaseModel):
    text: SectionText
    warnings: list[str] = Field(default_factory=list)
    gaps: list[Gap] = Field(default_factory=list)


# -- formatting ---------------------------------------------------------------------------------------


def wan_style(*values: Decimal) -> bool:
    """Whether counts of one metric read best in 万: every one of them is a round large count."""
    return bool(values) and all(v >= 10_000 and v == v.to_integral_value() and v % 100 == 0 for v in values)


def fmt(value: Decimal, unit: Unit, places: int | None = None, *, wan: bool | None = None,
        thousands: bool = False) -> str:
    """A figure as a finance officer writes it: 万元 with two decimals, 元 at the precision the data
    shows (19184元, not 19184.00元), large round counts in 万, everything else at the data's
    precision. No thousands separators — 公文 prose writes 7602.48万元 — unless ``thousands`` (a
    comparison joining a text that uses them). ``wan`` forces the count style (so one metric's
    figures in a paragraph share it)."""
    if unit == Unit.WAN_YUAN:
        return format_decimal(value, 2 if places is None else places, thousands=thousands)
    if unit == Unit.YUAN:
        return format_decimal(value, places_of(value) if places is None else places, thousands=thousands)
    if unit in (Unit.PERCENT, Unit.POINTS, Unit.SCORE, Unit.YI_YUAN, Unit.NONE):
        return format_decimal(value, places_of(value) if places is None else places)
    if wan if wan is not None else wan_style(value):
        return format_decimal((value / 10_000).normalize()) + "万"
    return format_decimal(value, places)


def ordinal(i: int) -> str:
    return CN_ORDINALS[i] if i < 10 else f"十{CN_ORDINALS[i - 10]}" if i < 19 else str(i + 1)


def sentence(text: str) -> str:
    text = text.strip().rstrip("；;，,。.")
    return text + "。" if text else ""


def _grams(text: str) -> set[str]:
    return char_shingles(normalize(text).text, 4)


class Seen:
    """Texts already written — earlier in this report, or in last year's report — that a new
    sentence is tested against, compared as the duplicate checker does (normalised text, numbers
    masked, 4-character shingles), so a sentence that would be reported as a repeat is caught
    before it is written. Each text carries the label a reference to it would use."""

    MIN_GRAMS = 8      # shorter sentences (a phrase, a name) are never taken for a copy
    CONTAINED = 0.7    # this share of a sentence's shingles inside one earlier text: a repeat

    def __init__(self) -> None:
        self.items: list[tuple[str, set[str]]] = []

    def add(self, label: str, text: str) -> None:
        grams = _grams(text)
        if grams:
            self.items.append((label, grams))

    def where(self, text: str) -> str | None:
        """The label of the earlier text that ``text`` repeats, or None."""
        grams = _grams(text)
        if len(grams) < self.MIN_GRAMS:
            return None
        best: tuple[float, str] | None = None
        for label, seen in self.items:
            share = containment(grams, seen)
            if share >= self.CONTAINED and (best is None or share > best[0]):
                best = (share, label)
        return best[1] if best else None

    def inside(self, text: str, share: float = 0.8) -> list[set[str]]:
        """Earlier texts lying (nearly) whole inside ``text``: a paragraph assembled from several
        sentences can hold last year's paragraph even when no one sentence repeats it."""
        grams = _grams(text)
        return [seen for _, seen in self.items
                if len(seen) >= self.MIN_GRAMS and containment(seen, grams) >= share]

    def overlap(self, text: str, seen: set[str]) -> float:
        return containment(_grams(text), seen)


SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.findall(text) if s.strip("。；;，, ")]


class Writer:
    """Collects one section's blocks and the source of every number written into them."""

    def __init__(self, accept: Accept, prior: Seen | None = None, voice: Voice | None = None) -> None:
        self.blocks: list[DraftBlock] = []
        self.numbers: list[NumberSource] = []
        self.warnings: list[str] = []
        self.gaps: list[Gap] = []
        self.accept = accept
        self.prior = prior or Seen()
        self.voice = voice or Voice("", "")

    def say(self, kind: str, turn: int = 0, **slots: object) -> str:
        """A sentence of ``kind`` in this draft's phrasing (``phrasing.Voice``); the slots carry the
        figures, already formatted and recorded with ``q``."""
        return self.voice.say(kind, turn, **slots)

    def unheld(self, title: str, kept: list[str], where: str) -> list[str]:
        """``kept`` minus the sentences that together rebuild one of last year's paragraphs."""
        for _ in range(3):
            held = self.prior.inside(title + "".join(kept))
            if not held:
                break
            drop = [s for s in kept if any(self.prior.overlap(s, h) >= 0.3 for h in held)]
            if not drop:
                break
            for s in drop:
                self.warnings.append(f"{where}的表述“{clip(s, 30)}”与上年报告的段落基本相同，正文改为只写本年数据；请按本年实际工作补写")
            kept = [s for s in kept if s not in drop]
        return kept

    def fresh(self, text: str, where: str) -> bool:
        """False (with a warning) when ``text`` repeats last year's report: it is then not copied."""
        if self.prior.where(text) is None:
            return True
        self.warnings.append(f"{where}的表述“{clip(text, 30)}”与上年报告基本相同，正文改为只写本年数据；请按本年实际工作补写")
        return False

    def q(self, value: Decimal, unit: Unit, path: str, *, places: int | None = None, qualifier: str | None = None,
          unit_text: str | None = None, wan: bool | None = None, thousands: bool = False) -> str:
        """Format a figure, record where it comes from, and return the text."""
        number = fmt(value, unit, places, wan=wan, thousands=thousands)
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

    def gap(self, section: str, fields: list[str], *, placeholder: bool = True) -> None:
        """Record that the data does not give ``section``; with ``placeholder`` the draft says so in
        a 待补充 line where the text would stand (what the officer must write, not a default)."""
        names = "、".join(fields)
        message = f"数据未提供“{section}”（{names}），本部分未起草；请在数据中补充后重新生成"
        self.gaps.append(Gap(section=section, fields=fields, message=message))
        self.warnings.append(message)
        if placeholder:
            self.para(f"【待补充】数据未提供{section}，请据实填写。")

    def result(self) -> OfflineResult:
        return OfflineResult(text=SectionText(blocks=self.blocks, numbers=self.numbers), warnings=self.warnings,
                             gaps=self.gaps)


def change(w: Writer, now: Decimal, before: Decimal, unit: Unit, diff_path: str, ratio_path: str, *,
           wan: bool | None = None, thousands: bool = False) -> str:
    """增减 against last year in words chosen by the data: 增加 x，增长 y% / 减少 … / 持平.
    A rate changes by 个百分点 (提高/降低), with no relative ratio. ``diff_path``/``ratio_path`` name
    the derived facts (``sangong.change.total``)."""
    diff = now - before
    if diff == 0:
        return "与上年持平"
    if unit == Unit.PERCENT:
        return f"{'提高' if diff > 0 else '降低'}{w.q(abs(diff), Unit.POINTS, diff_path)}"
    word, rate_word = ("增加", "增长") if diff > 0 else ("减少", "下降")
    amount = w.q(abs(diff), unit, diff_path, wan=wan, thousands=thousands)
    if before == 0:
        return f"{word}{amount}"
    rate = round_half_up(abs(diff) / before * HUNDRED, 2)
    return f"{word}{amount}，{rate_word}{w.q(rate, Unit.PERCENT, ratio_path)}"


def compared(w: Writer, now: Decimal, before: Decimal, unit: Unit, path: str, *, wan: bool | None = None,
             thousands: bool = False, unit_text: str | None = None) -> str:
    """``较上年（91.36%）提高0.69个百分点``: last year's figure in brackets, then the change, in the
    style of the figure it follows. ``path`` is the key figure's path (``key_figures.enrolment``)."""
    before_text = w.q(before, unit, f"{path}.prior_value", wan=wan, thousands=thousands, unit_text=unit_text)
    if now == before:
        return f"与上年（{before_text}）持平"
    return f"较上年（{before_text}）" + change(w, now, before, unit, f"{path}.change", f"{path}.change_ratio",
                                             wan=wan, thousands=thousands)


def numbered(w: Writer, texts: list[str]) -> None:
    """One paragraph per text, numbered （一）（二）… — a lone text is not numbered: a （一） with no
    （二） reads as something missing."""
    for i, text in enumerate(texts):
        w.para(text if len(texts) == 1 else f"（{ordinal(i)}）{text}")
