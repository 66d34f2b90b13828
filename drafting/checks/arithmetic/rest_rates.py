"""A rate of money used given with what was used and what is left (支付18,501万元，未支703万元，支付率95%).

Part of the arithmetic check (see ``sentence_rates``, which finds the rate). Why a rule of its own: a
report often names no budget beside the rate, only the money used and the money not used (未支付,
尚未拨付, 结余, 剩余); the two add up to the money there was, and the rate is the used part of that sum.
Read only where the rate's sentence names exactly one sum used and one sum left and no budget at all
(a budget named is ``rates``' base, whatever the rest adds up to), and reported only where no ratio of
the sentence's money gives the rate and the shown precision of the figures cannot explain it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from .grid import make_finding
from .prose import _Fig
from .rates import _BUDGET_ANY, _SPENT_ANY, _TRAIL, _any_ratio_gives, _clause, _gives

__all__ = ["over_used_and_left"]

# what is left of the money: not paid, not allotted, not used, carried over as a balance
_LEFT = re.compile(r"(?:尚)?未(?:支付|支出|拨付|使用|执行|发放|兑付|支)(?:资金|金额|部分)?$|(?:结余|剩余)(?:资金|金额)?$")


def _named(fig: _Fig) -> str:
    """What a figure's clause names it, without the verbs that lead to it (结余为 is 结余): ``rates``' reading."""
    return _TRAIL.sub("", _clause(fig))


def over_used_and_left(rate: _Fig, before: list[_Fig], around: list[_Fig]) -> Finding | None:
    """The rate against used ÷ (used + left), where its sentence gives exactly those two sums of money
    before it. ``around``: the money of the paragraph and the one before; a budget there that gives
    the rate over the sum used is its base (the rest may count other money)."""
    money = [f for f in before if f.money]
    left = [f for f in money if _LEFT.search(_named(f))]  # (结余 reads as a change of the sum before: here it is a sum)
    used = [f for f in money if f not in left and f.change is None and _SPENT_ANY.search(_named(f))
            and not _BUDGET_ANY.search(_named(f))]
    if len(left) != 1 or len(used) != 1 or len(money) != 2 or any(_BUDGET_ANY.search(f.words) for f in money):
        return None
    u, rest = used[0], left[0]
    whole = u.yuan + rest.yuan
    if whole <= 0 or _gives(rate, u.yuan, whole) or _any_ratio_gives(rate, money):
        return None
    if any(_gives(rate, u.yuan, f.yuan) for f in around if f.money and f is not u and f is not rest):
        return None
    if _explained(rate, u, rest):
        return None  # figures shown in 万元 to one place stand for a range: the rate may lie within it
    ratio = u.yuan * 100 / whole
    expected = format_decimal(round_half_up(ratio, rate.m.places), rate.m.places)
    shown = f"{u.num.text} ÷ （{u.num.text} + {rest.num.text}）"
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{_name(rate)}写作 {rate.num.text}，按同句已用 {u.num.text}、未用 {rest.num.text} 应为 {expected}%",
        rate.num, [u.num, rest.num],
        f"已用与未用之和 {format_decimal(whole / u.factor, max(u.m.places, rest.m.places))}{_unit(u)}是可用的资金；"
        f"{shown} × 100% = {format_decimal(ratio, rate.m.places + 4)}%，按报告精度为 {expected}%",
        f"将 {rate.num.text} 改为 {expected}%，或核对 {u.num.text} 与 {rest.num.text}", "sentence_rate_used_left",
    )


def _explained(rate: _Fig, u: _Fig, rest: _Fig) -> bool:
    """Whether some values the two shown figures may stand for (each within half its last digit) give
    the rate."""
    half = Decimal("0.5").scaleb(-rate.m.places)
    lo_u, hi_u = u.yuan - u.half, u.yuan + u.half
    lo_r, hi_r = max(rest.yuan - rest.half, Decimal(0)), rest.yuan + rest.half
    lo = lo_u * 100 / (lo_u + hi_r) if lo_u + hi_r > 0 else Decimal(0)
    hi = hi_u * 100 / (hi_u + lo_r) if hi_u + lo_r > 0 else Decimal(100)
    return lo <= rate.m.value + half and hi >= rate.m.value - half


def _name(rate: _Fig) -> str:
    m = re.search(r"([\u4e00-\u9fff]{0,4}(?:率|进度|比例))(?:为|达|是|达到)?$", rate.words)
    return m.group(1) if m else "使用率"


def _unit(fig: _Fig) -> str:
    """The money unit as the figure shows it (万元 of 18,501.096万元)."""
    return re.sub(r"^[\d.,，．\s]+", "", fig.num.text)
