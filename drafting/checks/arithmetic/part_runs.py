"""Two readings of a list of parts that show it is no plain list of a total's parts: a part followed by
its own breakdown, parts whose shares name another whole, an item whose figure is blank; and one part
larger than its whole.

Part of the arithmetic check (``prose._judge_sum`` asks them, and ``part_over_whole`` tells a part over its
whole with ``part_finding``); moved out of ``prose`` to keep that module within its size. A part is read through ``Part``, the few things ``prose._Fig`` gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise
from typing import Any, Protocol

from ...findings import Finding, Kind, Severity
from ...report import TextUnit
from .grid import Num, make_finding

__all__ = ["Part", "blank_item", "broken_down", "one_part_over", "part_finding", "shares_point_elsewhere"]


class Part(Protocol):
    """A listed figure: its value in 元 (or units), its rounding, where it stands."""

    num: Num
    unit: TextUnit
    words: str

    @property
    def yuan(self) -> Decimal: ...

    @property
    def half(self) -> Decimal: ...

    def same(self, computed: Decimal) -> bool: ...


def broken_down(parts: Sequence[Part], whole: Any = None) -> bool:
    """A part followed by two or more that add up to it exactly: its own breakdown written into the list
    without a mark (基本支出860.20万元，人员经费780.10万元，公用经费80.10万元，项目支出320.20万元); or by one of the
    same amount, its one item, where the list less that item makes the ``whole`` (文化旅游体育与传媒支出286.85万元，群众文化
    支出286.85万元，社会保障和就业支出107.16万元 …)."""
    total = sum((p.yuan for p in parts), Decimal(0))
    if whole is not None and any(a.yuan == b.yuan and whole.same(total - b.yuan) for a, b in pairwise(parts)):
        return True
    for i, p in enumerate(parts[:-2]):
        run = Decimal(0)
        for q in parts[i + 1:]:
            run += q.yuan
            if run > p.yuan + p.half:
                break
            # (a part rounded coarser than the run must equal it: 270万元 is no sum of 86 and 183.66万元,
            # whose writer would give 269.66)
            finer = any(r.num.places > p.num.places for r in parts[i + 1:parts.index(q) + 1])
            if q is not parts[i + 1] and p.yuan > 0 and (p.yuan == run if finer else p.same(run)):
                return True
    return False


# a part's own share of its whole, right after it: 通用设备195.56万元，占固定资产的40.53%
_OWN_SHARE = re.compile(r"\s*[，,]?\s*占[^，,；;。\d]{0,12}?(\d+(?:\.\d+)?)\s*[%％]")


def shares_point_elsewhere(t: Part, parts: Sequence[Part]) -> bool:
    """Every part states its share of a whole, and that whole (part ÷ share) is not ``t``: the parts
    belong to another figure of the sentence (原值482.46万元，…，净值320.32万元。其中：房屋134.67万元，
    占固定资产的27.91%…: 134.67 ÷ 27.91% is 482.5, the 原值)."""
    wholes = []
    for p in parts:
        end = p.num.loc.end
        assert end is not None
        m = _OWN_SHARE.match(p.unit.text, end)
        if m is None or not Decimal(m.group(1)):
            return False
        wholes.append(p.yuan * 100 / Decimal(m.group(1)))
    return all(abs(w - t.yuan) > t.yuan / 50 for w in wholes)


# an item whose figure is a template's placeholder or a blank (协管员XX人, 其他＿＿万元)
_BLANK_FIGURE = re.compile(r"(?:[XＸ×＿_]{2,}|□{2,})[ \u3000]*(?:万元|亿元|元|人次|人|名|个|项|户|家|所|件|[%％])")


def blank_item(text: str, start: int, whole: Any = None, parts: Sequence[Part] = ()) -> bool:
    """The list from ``start`` to its sentence's end names an item whose figure was never typed
    (在职在编139人、退休人员8人、协管员XX人), or one whose figure lost its unit and makes the sum exact (编制数为39名,其中
    公务员20事业编制17名,工勤编制2名): the parts written are not all of them, their sum says nothing."""
    end = re.search(r"[。；;\n]", text[start:])
    stop = start + end.start() if end else len(text)
    if _BLANK_FIGURE.search(text, start, stop) is not None:
        return True
    if whole is None or not parts:
        return False
    short = whole.yuan - sum((p.yuan for p in parts), Decimal(0))
    return any(abs(Decimal(m.group(1)) * whole.factor - short) <= whole.half for m in _UNITLESS.finditer(text, start, stop))


# a figure with no unit before the next item's name (公务员20事业编制17名): its unit was dropped
_UNITLESS = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=[\u4e00-\u9fff])(?![\d年月日号个名人元万亿%％])")


def one_part_over(t: Part, parts: Sequence[Part]) -> Finding | None:
    """The first part larger than its whole beyond rounding (实有人数106人，其中财政拨款在职人员1004人，自收自支事业人员
    2人): parts that may overlap need not add up, but no one of them can be more than the whole."""
    over = next((p for p in parts if p.yuan - p.half > t.yuan + t.half), None)
    if over is None or _details_another(t, parts):
        return None
    return part_finding(t, over)


def _details_another(t: Part, parts: Sequence[Part]) -> bool:
    """The parts add up to another count said before the whole in its sentence (在职14名，其中…事业编制3名(领导班子
    成员4名，改非领导1名，职工9名)): a bracket that details that count, written after the last kind."""
    total = sum((p.yuan for p in parts), Decimal(0))
    if t.num.loc.start is None or total != total.to_integral_value() or len(parts) < 2:
        return False
    unit = re.search(r"[人名个家项户]", t.num.text)
    if unit is None:
        return False
    before = t.unit.text[:t.num.loc.start]
    return re.search(rf"(?<![\d.]){int(total)}\s*{unit.group()}", before) is not None


_DIGITS = re.compile(r"[\d,，.]+")


def part_finding(t: Part, p: Part) -> Finding:
    """Part ``p`` after 其中 larger than its whole ``t``: the finding quotes the part's digits."""
    digits = _DIGITS.match(p.num.text)
    loc = p.num.loc if digits is None or p.num.loc.start is None else \
        p.num.loc.model_copy(update={"end": p.num.loc.start + digits.end()})
    at = Num(p.num.value, p.num.places, False, loc, p.num.text[:digits.end()] if digits else p.num.text)
    name = re.sub(r"^.*其中\s*[:：]?\s*", "", p.words) or "其中一项"  # (as written: 行为 keeps its 为)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING, f"其中{name}{p.num.text}多于总数{t.num.text}",
        at, [t.num], f"“其中”所列的部分不能多于它所属的总数：{p.num.text} > {t.num.text}",
        "核对总数和其中所列的数", "part_over_whole")
