"""Comparison: what a clause claims a number compares — its base (预算/上年/目标) and its direction.

“比上年减少0.45万元，下降7.03%” claims two figures *below last year*; “节约比例7.43%” claims a
ratio *below the budget*. A derived fact carries the same two things (``Fact.base``,
``Fact.direction``: 节约数 is the actual below the budget, 比上年增加数 above last year), so a
number is supported only by a fact whose base and direction agree with its clause: the true
figure with the wrong direction, or a true figure of another comparison (the year-on-year change
written as the savings ratio), is contradicted. A clause that says nothing (no base or direction
word) claims nothing, and a fact without a base (a table figure) fits any claim.

Words followed by 到/至/为 state a level, not a change (提高到89元, 降至2.1%).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..extract import Mention, MentionKind
from ..factindex import Fact

__all__ = ["Claim", "claimed_name", "comparison_name", "direction_word", "read_claim"]

_BASES = (("budget", re.compile(r"预算")),
          ("prior", re.compile(r"上年|去年|同期|同比|上一年|比\d{4}年|较\d{4}年")),
          ("target", re.compile(r"目标")))
_IMPLIED_BUDGET = re.compile(r"节约|节省|超支")  # 节约 compares with the budget unless the clause names another base
_UP = "增加|增长|上升|提高|增幅|超出|超过|高于|超支|调增|追加|多支|多于|多出|(?<=目标)多"
# a shortfall against a target: 比目标少6名, 未完成比例, 缺口140人, 差288人 (not 相差, which has no direction)
_DOWN = "减少|下降|降低|降幅|减幅|低于|节约|节省|调减|压减|少支|少于|(?<=目标)少|未完成|未达|缺口|(?<!相)差$"
_DIRECTION = re.compile(rf"({_UP})|({_DOWN})|(持平)(?![到至为])")
_LEVEL_AFTER = re.compile(r"[到至为]")
_SHARE = re.compile(r"占")


class Claim(NamedTuple):
    """What a clause says of the number after it: base (budget/prior/target) and direction (up/down/flat)."""

    base: str | None
    direction: str | None
    word: str  # the direction word as written ("" when none)

    def fits(self, f: Fact) -> bool:
        """Whether fact ``f`` is the comparison the clause claims (a fact without a base fits any claim)."""
        if f.base is None and f.direction is None:
            return True
        if self.base is not None and f.base is not None and self.base != f.base:
            return False
        return self.direction is None or f.direction in (None, "flat") or self.direction == f.direction

    def flipped(self, f: Fact) -> bool:
        """Whether ``f`` is the claimed comparison with the direction reversed."""
        return (self.direction is not None and f.direction not in (None, "flat", self.direction)
                and (self.base is None or f.base in (None, self.base)))


def read_claim(clause: str) -> Claim | None:
    """The base and direction the clause before a number claims; None when it claims neither."""
    base = None
    at = -1
    for name, pattern in _BASES:
        for mm in pattern.finditer(clause):
            if mm.start() > at:
                base, at = name, mm.start()
    if base is None and _IMPLIED_BUDGET.search(clause):
        base = "budget"
    direction, word = None, ""
    for mm in _DIRECTION.finditer(clause):
        if _LEVEL_AFTER.match(clause, mm.end()):
            continue  # 提高到89元: a level
        direction, word = ("up" if mm[1] else "down" if mm[2] else "flat"), mm[0]
    if _SHARE.search(clause) and direction is None:
        return None  # 占支出合计的…: a share, bound by ``binding``
    if base is None and direction is None:
        return None
    return Claim(base, direction, word)


def direction_word(f: Fact, kind: MentionKind) -> str:
    """How a reviewer writes ``f``'s direction before a number of ``kind`` (节约, 增长, 低于目标 …)."""
    up = f.direction == "up"
    if f.base == "budget":
        return "超支" if up else "节约"
    if f.base == "target":
        return "超出目标" if up else "低于目标"
    if kind is MentionKind.POINTS:
        return "提高" if up else "降低"
    if kind is MentionKind.PERCENT:
        return "增长" if up else "下降"
    return "增加" if up else "减少"


def claimed_name(claim: Claim, m: Mention) -> str:
    """What the clause calls the number: 节约比例, 同比变化 …"""
    ratio = m.kind is MentionKind.PERCENT
    if claim.base == "budget":
        return "与预算相比的节约（超支）比例" if ratio else "与预算相比的节约（超支）数"
    if claim.base == "prior":
        return "同比变化（比上年增减比例）" if ratio else "同比变化（比上年增减数）"
    if claim.base == "target":
        return "与目标之差" if not ratio else "与目标相比的比例"
    return f"“{claim.word}”的数"


def comparison_name(f: Fact) -> str:
    """``f`` named with its comparison and path, for messages: “…比上年减少比例（同比变化，sangong…）”."""
    tag = {"budget": "与预算相比，", "prior": "同比变化，", "target": "与目标相比，"}.get(f.base or "", "")
    return f"{f.label}（{tag}{f.path}）"
