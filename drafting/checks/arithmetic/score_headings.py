"""An outline's heading weighed more or less than the headings under it: 一、投入(分值18分,自评得18分) over
(一)项目立项(分值10分…) and (二)资金落实(分值10分…) — 10 + 10 is 20, not 18.

Part of the arithmetic check (``score_lines`` reads the same outline's scores, held only where the weights
already agree). Why: an outline of the scoring frame copies the template's weights, and one is changed
without its parent or its siblings. Premises, precision first:

* a heading is a short line opening with an outline's marker (一、 (一) 1. (1)) whose bracket gives its
  weight (分值/权重/满分 N分, or N分 before its score);
* the headings under it are those of the next marker after it, up to the next heading of its own rank or
  above — which must stand (the group is closed: an excerpt cut after two of three sub-items is not read);
* every one of them must give a weight (a sub-heading without one may carry the missing points), and there
  must be two or more; then their weights add up to the heading's.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width
from ...quantities import format_decimal
from ...report import TextUnit
from .grid import Num, make_finding

__all__ = ["heading_weights"]

_LEVELS = (re.compile(r"[一二三四五六七八九十]+\s*[、.．]"), re.compile(r"[（(]\s*[一二三四五六七八九十]+\s*[)）]"),
           re.compile(r"\d{1,2}\s*[、.．](?!\d)"), re.compile(r"[（(]\s*\d{1,2}\s*[)）]"))
_WEIGHT = re.compile(r"[（(]\s*(?:(?:分值|权重|满分)\s*[:：为]?\s*)?(\d{1,3}(?:\.\d{1,2})?)\s*分\s*"
                     r"(?:[,，;；]\s*(?:实际|自评)?得分?(?:为|是)?\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*)?[)）]")
_HEADING_LEN = 40


def _entries(units: list[TextUnit]) -> list[tuple[int, Num | None, str]]:
    """(rank, weight or None, name) of every outline heading, in order."""
    out: list[tuple[int, Num | None, str]] = []
    for unit in units:
        text = fold_width(unit.text).strip()
        if unit.kind == "cell" or len(text) > _HEADING_LEN:
            continue
        rank = next((k for k, lv in enumerate(_LEVELS) if lv.match(text)), None)
        if rank is None:
            continue
        m = _WEIGHT.search(text)
        if m is None:
            out.append((rank, None, ""))
            continue
        start = unit.text.find(m.group(1), m.start(1))
        weight = Num(Decimal(m.group(1)), len(m.group(1).partition(".")[2]), False,
                     unit.at(start, start + len(m.group(1))), m.group(1))
        out.append((rank, weight, _LEVELS[rank].sub("", text[:m.start()], count=1).strip()))
    return out


def heading_weights(units: list[TextUnit]) -> list[Finding]:
    entries, out = _entries(units), []
    for i, (rank, weight, name) in enumerate(entries):
        if weight is None:
            continue
        below, closed = [], False
        for entry in entries[i + 1:]:
            if entry[0] <= rank:
                closed = True
                break
            below.append(entry)
        kids = [e for e in below if e[0] == below[0][0]] if below else []
        if not closed or len(kids) < 2 or any(k[1] is None for k in kids):
            continue
        weights = [k[1] for k in kids if k[1] is not None]
        total = sum((w.value for w in weights), Decimal(0))
        if total == weight.value:
            continue
        places = max(w.places for w in [weight, *weights])
        terms = " + ".join(f"{k[2]}{w.text}" for k, w in zip(kids, weights, strict=True))
        out.append(make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
            f"“{name}”分值{weight.text}分，其下{len(kids)}项分值之和为{format_decimal(total, places)}分（{terms}），两者不符",
            weight, weights, "一项的分值等于其下各项分值之和；下一项同级标题之前的各项即其全部下级",
            "核对该项及其下各项的分值，使下级之和等于上级", "outline_heading_weights"))
    return out
