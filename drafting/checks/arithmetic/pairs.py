"""A budget and a spending total whose 其中 list gives both for each item, clause by clause:
“三公”经费预算12.00万元，决算9.86万元。其中：公务接待费预算3.00万元，决算2.35万元；公务用车运行维护费预算
9.00万元，决算7.61万元；因公出国（境）费0万元 — the 决算 parts must add up to the 决算 total, and the
预算 parts to the 预算 total.

Part of the arithmetic check (see ``tables``). Precision first: the whole is exactly one budget and
one spending figure before 其中; after it, every ；-clause holds one figure of each side, or a
single 0 (an item with nothing, both sides zero); at least two clauses. Each side is compared
within the rounding of its figures.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal
from ...report import Report
from .grid import NOT_EXPLAINED, Num, make_finding
from .prose import _LISTED_SENTENCE, _explained, _Fig, _figures

__all__ = ["check_paired_parts"]

_BUDGET = re.compile(r"(?:预算|安排|计划)(?:数|金额|资金)?(?:为|是)?$")
_SPENT = re.compile(r"(?:决算|支出|执行|使用)(?:数|金额|资金)?(?:为|是)?$")
_MARK = re.compile(r"其中[：:]?")


def _side(fig: _Fig) -> str | None:
    clause = re.split(r"[，,、：:（(）)]", fig.words)[-1]
    return "budget" if _BUDGET.search(clause) else "spent" if _SPENT.search(clause) else None


def _sides(figs: list[_Fig]) -> dict[str, _Fig] | None:
    """One figure of each side, or None."""
    sides = {s: f for f in figs if (s := _side(f)) is not None}
    return sides if len(sides) == 2 and len(figs) == 2 else None


def check_paired_parts(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for unit in report.units():
        if "其中" not in unit.text or unit.kind == "cell":
            continue
        for s in _LISTED_SENTENCE.finditer(unit.text):
            mark = _MARK.search(unit.text, s.start(), s.end())
            if mark is None:
                continue
            figs = [f for f in _figures(unit, s.start(), s.end()) if f.money and f.change is None]
            whole = _sides([f for f in figs if f.start < mark.start()])
            items = _items([f for f in figs if f.start >= mark.end()])
            if whole is None or items is None or len(items) < 2 or "其中" in unit.text[mark.end():s.end()]:
                continue
            for side in ("budget", "spent"):
                finding = _judge(whole[side], [f for i in items if (f := i[side]) is not None], side)
                if finding is not None:
                    out.append(finding)
    return out


def _items(figs: list[_Fig]) -> list[dict[str, _Fig | None]] | None:
    """Each ；-clause's budget and spending figure (a lone 0 gives neither: both are zero)."""
    by_chunk: dict[int, list[_Fig]] = {}
    for f in figs:
        by_chunk.setdefault(f.chunk, []).append(f)
    out: list[dict[str, _Fig | None]] = []
    for chunk in by_chunk.values():
        if len(chunk) == 1 and chunk[0].m.value == 0:
            out.append({"budget": None, "spent": None})
            continue
        pair = _sides(chunk)
        if pair is None:
            return None
        out.append({"budget": pair["budget"], "spent": pair["spent"]})
    return out


def _judge(total: _Fig, parts: list[_Fig], side: str) -> Finding | None:
    if len(parts) < 2:
        return None
    got = sum((p.yuan for p in parts), Decimal(0))
    lo = got - sum((p.half for p in parts), Decimal(0))
    hi = got + sum((p.half for p in parts), Decimal(0))
    if total.same(got) or _explained(lo, hi, total.yuan, total.half):
        return None
    places = max(f.m.places for f in (total, *parts))
    shown = format_decimal(got / total.factor, places) + total.unit_name
    formula = " + ".join(p.num.text for p in parts)
    said = (_BUDGET if side == "budget" else _SPENT).search(re.split(r"[，,、：:（(）)]", total.words)[-1])
    name = re.sub(r"(?:为|是)$", "", said.group(0)) if said else ("预算" if side == "budget" else "支出")
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{name} {total.num.text} 与其中各项的{name}之和 {shown}（{formula}）不符",
        Num(total.num.value, total.num.places, False, total.num.loc, total.num.text), [p.num for p in parts],
        f"其中各项逐一列出了{name}：{formula} = {shown}，合计为 {total.num.text}" + NOT_EXPLAINED,
        f"核对{name}合计与各项{name}，更正有误的一处", "sentence_paired_parts")
