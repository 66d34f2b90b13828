"""A total whose 其中 list is set out below it, one numbered paragraph a part: 共支出1,250.00万元，其中： then
（一）基本支出860.00万元… （二）项目支出300.00万元… （三）… — the parts that do not add up to it.

Part of the arithmetic check (``prose`` holds a total against the parts its own sentence lists; here the
list runs on over the paragraphs after it). Why: the lead sentence and the items are edited apart — an
item's amount is corrected and the total is not. Premises, each general, precision first:

* a paragraph that ends with its total and 其中： (nothing after the colon, nothing between the figure and
  the mark, no other amount in its sentence where a full stop parts them) sets out that total's parts in
  the numbered paragraphs right after it — markers of one sequence from the first ((一)(二)(三), 1. 2. 3.,
  一是 二是), each opening with the part's name and its amount in its first clause; the list ends where the
  numbering does;
* money parts of one total cannot exceed it beyond their rounding; parts that fall short are wrong only
  when the wording shows they are all of it (``parts.complete_reason``: 其他, 人员经费 and 公用经费 …), never
  where the lead says 主要 or an item says 等 — a list of some parts only;
* an item whose first amount is a change (较上年增加…), a budget where the total is spent (or the reverse),
  a share, a whole or plan of its own (A项目（总投资800万元）…, 计划投资) is no part: the list is not read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.chinese import to_int
from ...numbers.extract import EXACT
from ...quantities import format_decimal
from ...report import Report, TextUnit
from .grid import NOT_EXPLAINED, make_finding
from .parts import complete_reason
from .prose import _Fig, _figures, _label

__all__ = ["check_listed_items"]

_LEAD = re.compile(r"[，,。]?\s*(?:其中|包括|包含|分别为|分别是)\s*[:：]\s*$")
_MARKERS = (re.compile(r"^\s*[（(]([一二三四五六七八九十]{1,3})[)）]"), re.compile(r"^\s*(\d{1,2})\s*[、.．](?!\d)"),
            re.compile(r"^\s*([一二三四五六七八九十]{1,3})是"))
_CLAUSE = re.compile(r"[，,。；;：:！!？?]")
_NOT_A_PART = re.compile(r"较|比|同比|增加|减少|增长|下降|节约|结余|超支|占|人均|平均|每|总|累计|计划|[（(]")
_SOME = re.compile(r"主要|部分|重点|等")
_BUDGET = re.compile(r"预算")


def _ordinal(marker: str) -> int:
    return int(marker) if marker.isdigit() else to_int(marker) or 0


def _items(units: list[TextUnit], k: int) -> list[TextUnit]:
    """The numbered paragraphs right after ``units[k]``, of one sequence from the first."""
    first = units[k + 1] if k + 1 < len(units) else None
    style = next((p for p in _MARKERS if first is not None and p.match(first.text)), None)
    out: list[TextUnit] = []
    for unit in units[k + 1:]:
        m = style.match(unit.text) if style is not None and unit.kind in ("paragraph", "heading") else None
        if m is None or _ordinal(m.group(1)) != len(out) + 1:
            break
        out.append(unit)
    return out


def _part(unit: TextUnit, total: _Fig) -> _Fig | None:
    """The item's amount, named in its first clause right after its marker, in the total's measure."""
    start = next(p.match(unit.text) for p in _MARKERS if p.match(unit.text)).end()  # type: ignore[union-attr]
    figs = _figures(unit, start, len(unit.text))
    if not figs or not figs[0].money or figs[0].m.qualifier is not EXACT:
        return None
    first = figs[0]
    words = unit.text[start:first.start]
    if _CLAUSE.search(words) or _NOT_A_PART.search(words) or not _label(first.words):
        return None
    if bool(_BUDGET.search(words)) != bool(_BUDGET.search(total.words)):
        return None
    return first


def _total(unit: TextUnit, lead: re.Match[str]) -> _Fig | None:
    """The money figure the 其中 closes: the last of its clause."""
    figs = [f for f in _figures(unit, 0, lead.start()) if f.m.is_claim]
    if not figs or not figs[-1].money or figs[-1].change is not None or figs[-1].m.qualifier is not EXACT:
        return None
    t, end = figs[-1], figs[-1].num.loc.end
    if end is None or unit.text[end:lead.start()].strip():
        return None  # (节余资金25.82万元已上缴市财政。其中： — the list is of the sentence, not of the figure)
    sentence = unit.text[unit.text.rfind("。", 0, t.start) + 1:t.start]
    if lead.group(0).lstrip().startswith("。") and any(f.money and f.start >= t.start - len(sentence) for f in figs[:-1]):
        return None  # 。其中： after a sentence of two amounts: which one it lists is not said
    return t


def _judge(t: _Fig, parts: list[_Fig], items: list[TextUnit], lead: TextUnit) -> Finding | None:
    total = sum((p.yuan for p in parts), Decimal(0))
    lo = sum((p.yuan - p.half for p in parts), Decimal(0))
    hi = sum((p.yuan + p.half for p in parts), Decimal(0))
    names = [_label(p.words) for p in parts]
    some = _SOME.search(lead.text) or any(_SOME.search(p.words) for p in parts)
    reason = None if some else complete_reason(_label(t.words), names, [p.m.value for p in parts], lead.text)
    if lo > t.yuan + t.half:
        why = "各分项之和超过总数"
    elif reason is not None and hi < t.yuan - t.half:
        why = f"分项已列全（{reason}），其和应等于总数"
    else:
        return None
    places = max(f.m.places for f in (t, *parts))
    shown = format_decimal(total / t.factor, places) + t.unit_name
    formula = " + ".join(p.num.text for p in parts)
    whole = _label(t.words) or "总数"
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING, f"{whole} {t.num.text} 与其下逐条列出的分项之和 {shown}（{formula}）不符",
        t.num, [p.num for p in parts], f"{why}：{formula} = {shown}，报告总数为 {t.num.text}" + NOT_EXPLAINED,
        "核对总数与各条所列金额，更正有误的一处", "listed_items_sum")


def check_listed_items(report: Report) -> list[Finding]:
    """Each total closed by 其中： against the amounts of the numbered paragraphs below it."""
    units = [u for u in report.units() if u.kind != "cell"]
    out: list[Finding] = []
    for k, unit in enumerate(units):
        lead = _LEAD.search(unit.text) if "其中" in unit.text else None
        t = _total(unit, lead) if lead is not None else None
        items = _items(units, k) if t is not None else []
        if t is None or len(items) < 2:
            continue
        parts = [_part(u, t) for u in items]
        found = _judge(t, [p for p in parts if p is not None], items, unit) \
            if all(p is not None for p in parts) else None
        out += [found] if found is not None else []
    return out
