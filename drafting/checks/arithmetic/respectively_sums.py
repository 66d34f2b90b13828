"""A total followed by its parts with no names, one per item listed before it: 项目资金共计1,184.50万元，
分别为520.00万元、390.00万元、284.50万元 — the parts are the whole, their sum must be the total.

Part of the arithmetic check (``changes.check_sentences`` runs it on each sentence's figures, read by
``prose``); moved out of ``prose`` unchanged, to keep that module within its size.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.extract import MentionKind, Qualifier
from ...quantities import format_decimal
from .grid import EXPLAINED, NOT_EXPLAINED, Num, make_finding
from .prose import _ROUNDED, _explained, _Fig, _same_kind

__all__ = ["respectively_sums"]

_RESPECTIVELY = re.compile(r"[，,]\s*(?:分别为|分别是|依次为)[：:]?\s*")
# …or some of its items named after 其中, then their figures: 共计28600万元，其中2020、2021、2022年分别为3500万元、
# 10500万元、14600万元 (其中 may name only some items: their sum may fall short of the total, never exceed it)
_AMONG_RESPECTIVELY = re.compile(r"[，,]\s*其中[：:]?\s*([^，,。；;：:]{3,40}?)(?:分别为|分别是|依次为)[：:]?\s*")
_ITEM_GAP = re.compile(r"、|和|及|与")
_TOTAL_WORD = re.compile(r"(?:共计|合计|总计|总额|总共|累计|共)(?:为|达|是)?$")
_BARE_GAP = re.compile(r"^\s*(?:[、，,]|和|及|与|以及)\s*$")


def respectively_sums(figs: list[_Fig], text: str) -> list[Finding]:
    """A total followed by its parts with no names, one per item listed before it: 项目资金共计1,184.50万元，
    分别为520.00万元、390.00万元、284.50万元. The parts are the whole: their sum must be the total."""
    out: list[Finding] = []
    for k, t in enumerate(figs[:-2]):
        if not (t.money or (t.m.kind is MentionKind.COUNT and t.m.scale == 1)) or t.m.qualifier is not Qualifier.EXACT:
            continue
        mark = (_RESPECTIVELY.match(text, t.num.loc.end or 0) if _TOTAL_WORD.search(t.words) else None) \
            or _AMONG_RESPECTIVELY.match(text, t.num.loc.end or 0)  # 其中 says the figure before is a total
        if mark is None:
            continue
        # the first figure after the mark (years named in it, 其中2020、2021年分别为, are no parts)
        first = next((i for i in range(k + 1, len(figs)) if figs[i].start >= mark.end()), None)
        if first is None or figs[first].start != mark.end():
            continue
        parts = [figs[first]]
        for f in figs[first + 1:]:
            if not _BARE_GAP.match(text[parts[-1].num.loc.end or 0:f.start]):
                break
            parts.append(f)
        if len(parts) < 2 or not all(_same_kind(p, t) and p.m.qualifier is Qualifier.EXACT for p in parts):
            continue
        total = sum((p.yuan for p in parts), Decimal(0))
        if mark.re is _AMONG_RESPECTIVELY:  # named items, one figure each, perhaps only some of the total's
            one_each = len(_ITEM_GAP.split(mark.group(1))) == len(parts)
            beyond = total - sum((p.half for p in parts), Decimal(0)) > t.yuan + t.half
            if not (one_each and (beyond or (t.money and total > t.yuan))):
                continue  # only a sum beyond the total is wrong (within the parts' rounding, a 尾差 to check)
        lo, hi = total - sum((p.half for p in parts), Decimal(0)), total + sum((p.half for p in parts), Decimal(0))
        # within the parts' rounding a mismatch is a 尾差 to check, said at info level (not where the
        # paragraph says its figures are rounded)
        tail = _explained(lo, hi, t.yuan, t.half)
        if t.same(total) or (tail and (not t.money or _ROUNDED.search(text))):
            continue
        places = max(f.m.places for f in (t, *parts))
        shown = format_decimal(total / t.factor, places) + t.unit_name
        formula = " + ".join(p.num.text for p in parts)
        end = parts[-1].num.loc.end or 0
        span = Num(t.num.value, t.num.places, False, t.unit.at(t.start, end), text[t.start:end])
        out.append(make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.INFO if tail else Severity.WARNING,
            f"总数 {t.num.text} 与其后“分别为”列出的各项之和 {shown}（{formula}）不符", span,
            [t.num, *(p.num for p in parts)],
            f"“分别为”逐项列出了总数的各部分：{formula} = {shown}，报告总数为 {t.num.text}"
            + (EXPLAINED if tail else NOT_EXPLAINED),
            "核对总数与各分项，更正有误的一处", "sentence_respectively_sum"))
    return out
