"""Two readings of a list of parts that show it is no plain list of a total's parts: a part followed by
its own breakdown, and parts whose shares name another whole.

Part of the arithmetic check (``prose._judge_sum`` asks them); moved out of ``prose`` unchanged, to keep
that module within its size. A part is read through ``Part``, the few things ``prose._Fig`` gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from ...report import TextUnit
from .grid import Num

__all__ = ["Part", "broken_down", "shares_point_elsewhere"]


class Part(Protocol):
    """A listed figure: its value in 元 (or units), its rounding, where it stands."""

    num: Num
    unit: TextUnit

    @property
    def yuan(self) -> Decimal: ...

    @property
    def half(self) -> Decimal: ...

    def same(self, computed: Decimal) -> bool: ...


def broken_down(parts: Sequence[Part]) -> bool:
    """A part followed by two or more that add up to it exactly: its own breakdown written into the list
    without a mark (基本支出860.20万元，人员经费780.10万元，公用经费80.10万元，项目支出320.20万元)."""
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
