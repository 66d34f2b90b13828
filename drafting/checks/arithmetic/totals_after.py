"""A total that closes the parts listed before it: 人员经费60万元、公用经费40万元，合计100万元.

Part of the arithmetic check (``changes.check_sentences`` runs it on each sentence's figures, read by
``prose``). Where ``prose._sums`` reads a total and the 其中 list after it, here the list comes first
and the total names it as its sum: the words between the last part and the total are only a comma
and a closing word (合计, 共计, 总计, 以上两项合计 …). A label of its own (支出合计500万元) names
another figure, not the sum of what came before, and is left. The parts are the money figures back
to the sentence's start or to the 其中/包括 that opens them, figures in brackets being details of the
part before them; a change (增加, 节约), a share or a count among them leaves the sentence alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal
from .grid import EXPLAINED, NOT_EXPLAINED, Num, make_finding
from .prose import _depth, _explained, _Fig

__all__ = ["totals_after"]

# (after a comma, or a ； between 标签：值 fields run on one line: 人员经费：60万元；公用经费：40万元；合计：100万元)
_CLOSING = re.compile(r"^[，,；;](?:以上|上述)?(?:[两二三四五六七八九十]项|各项)?(?:合计|共计|总计)(?:为|达|是)?[：:]?$")
_OPENS = re.compile(r"其中|包括|包含|分别为|分别是")


def totals_after(figs: list[_Fig], text: str) -> list[Finding]:
    for k, t in enumerate(figs):
        if k < 2 or not t.money or t.change is not None:
            continue
        if not _CLOSING.match(t.words) and not (figs[k - 1].chunk < t.chunk and _CLOSING.match("；" + t.words)):
            continue  # (a figure's words start after its clause's ；)
        parts: list[_Fig] = []
        for f in reversed(figs[:k]):
            if f.pct or _depth(text, f.start, t.start) < 0:
                continue  # a share, or a detail in brackets after its part
            if not f.money or f.change is not None:
                return []  # a count or a change among the parts: not a plain list
            parts.insert(0, f)
            if _OPENS.search(f.words):
                break  # 其中A…、B…，合计: the list opens here, the figure before it is another total
        if len(parts) < 2 or any(f.money and f.same(t.yuan) for f in figs[:k] if f.start < parts[0].start):
            return []  # the total stated before its 其中 too: ``prose._sums`` holds the list against it
        return _judge(t, parts)
    return []


def _judge(t: _Fig, parts: list[_Fig]) -> list[Finding]:
    total = sum((p.yuan for p in parts), Decimal(0))
    if t.same(total):
        return []
    lo = sum((p.yuan - p.half for p in parts), Decimal(0))
    hi = sum((p.yuan + p.half for p in parts), Decimal(0))
    explained = _explained(lo, hi, t.yuan, t.half)
    places = max(f.m.places for f in (t, *parts))
    shown = format_decimal(total / t.factor, places) + t.unit_name
    formula = " + ".join(p.num.text for p in parts)
    start, end = parts[0].start, t.num.loc.end
    assert end is not None
    span = Num(t.num.value, t.num.places, False, t.unit.at(start, end), t.unit.text[start:end])
    return [make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"合计 {t.num.text} 与前面所列各项之和 {shown}（{formula}）不符",
        span, [p.num for p in parts],
        f"“{t.words.strip('，,')}”指前面所列各项的和：{formula} = {shown}，写作 {t.num.text}"
        + (EXPLAINED if explained else NOT_EXPLAINED),
        f"核对各项与合计，将合计改为 {shown} 或改正有误的分项", "sentence_total_after")]
