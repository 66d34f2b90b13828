"""A rate of any name over a figure its sentence names as the whole: 建制村总数230个 … 通达率95.48%.

Part of the arithmetic check (see ``sentence_rates``, which asks here when a rate's name is none the
rate rules know and none of its figures names the rate's stem). Premise: a report that states a rate
(通达率, 覆盖率, 参保率, 入学率 …) after the population it is over and the part it counts — the whole named
as such (X总数, 总量, 总计, 全部, 应X…) — means the part over the whole, or the rest over the whole (合格率
after a count of the failed). Only two figures of one measure may stand in the rate's clause chain
before it, the whole the larger, and the whole must name what the part counts (建制村总数 … 建制村通硬化路;
户籍人口总数 is no base of 参保38万人); the rate stands when any ratio of them gives it.
"""

from __future__ import annotations

from ...findings import Finding
from .prose import _Fig
from .rates import _WHOLE_NAMED, _any_ratio_gives, _gives, _measured, _names_part, _unbracketed, _verdict

__all__ = ["whole_rate"]


def whole_rate(rate: _Fig, name: str, before: list[_Fig]) -> Finding | None:
    """``name``: the rate's own name (通达率), as the finding gives it."""
    figs = [f for f in before if f.chunk == rate.chunk and f.change is None and not f.pct and _measured(f, True)]
    if len(figs) != 2 or figs[0].m.unit_text != figs[1].m.unit_text or figs[0].m.scale != figs[1].m.scale:
        return None
    wholes = [f for f in figs if _WHOLE_NAMED.search(_unbracketed(f))]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    part = next(f for f in figs if f is not whole)
    if not _names_part(whole, part):
        return None  # 户籍人口总数…参保38万人: a whole that names other things than the part counts is no base of it
    if part.yuan > whole.yuan or whole.yuan <= 0 or _gives(rate, whole.yuan - part.yuan, whole.yuan):
        return None  # (a part above its whole is no share of it; the rest over the whole is its complement)
    if _any_ratio_gives(rate, figs):
        return None
    return _verdict(rate, part, whole, figs, name=name)
