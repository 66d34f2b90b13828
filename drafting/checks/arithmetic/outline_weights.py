"""The weights of a frame's classes given in its outline, one heading a class — （一）产出指标（50分）,
（二）效益指标（30分）, （三）满意度指标（22分）, （四）预算执行率（10分） — that do not add up to 100.

Part of the arithmetic check (``class_weights`` and ``project_weights`` read the same weights said in one
sentence; ``score_lines`` reads an outline whose brackets give scores too). Why: a frame's weights are
copied from a template and one is changed without the others. Premises, each general, precision first:

* a heading that is a class's name and its weight in brackets and nothing else gives that class's weight;
  the report's outline names each class once (a class named twice — two projects, two sections — and the
  outline is not read);
* the classes of a frame are every indicator: a department's 决策/过程/产出/效益 (or 投入 for 决策), or a
  project's 产出/效益/满意度 with its 预算执行率 — their weights add up to 100; a project's three without
  执行率 may leave its weight to the budget block, so only a sum above 100 is wrong there.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width
from ...quantities import format_decimal
from ...report import Report, TextUnit
from .grid import Num, make_finding

__all__ = ["check_outline_weights"]

_HEADING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}\s*[、.．])?\s*"
                      r"((?:预算(?:资金)?)?执行率|(?:服务对象)?满意度|决策|投入|过程|产出|效益)(?:类)?(?:指标)?\s*"
                      r"[（(]\s*(?:权重|分值|满分)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]\s*$")
_FRAMES = ({"决策", "过程", "产出", "效益"}, {"投入", "过程", "产出", "效益"}, {"产出", "效益", "满意度", "执行率"})
_OPEN = {"产出", "效益", "满意度"}  # a project's frame whose 执行率 may be weighed in the budget block
_FULL = Decimal(100)


def _key(name: str) -> str:
    return next(k for k in ("执行率", "满意度", "决策", "投入", "过程", "产出", "效益") if name.endswith(k))


def check_outline_weights(report: Report) -> list[Finding]:
    """The outline's class headings, each with its weight, against the full marks."""
    found: list[tuple[TextUnit, re.Match[str], str]] = []
    for unit in report.units():
        if unit.kind != "cell" and len(unit.text) <= 30 and "分" in unit.text:
            m = _HEADING.match(fold_width(unit.text))
            found += [(unit, m, _key(m.group(1)))] if m else []
    keys = [k for _, _, k in found]
    named = set(keys)
    if len(keys) != len(named) or not (named in _FRAMES or named == _OPEN):
        return []
    weights = [Num(Decimal(m.group(2)), len(m.group(2).partition(".")[2]), False, u.at(m.start(2), m.end(2)), m.group(2))
               for u, m, _ in found]
    total = sum((w.value for w in weights), Decimal(0))
    if total == _FULL or (named == _OPEN and total < _FULL):
        return []
    names = "、".join(m.group(1) for _, m, _ in found)
    return [make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"提纲中{names}的分值之和为{format_decimal(total, max(w.places for w in weights))}分，与满分100分不符",
        weights[-1], weights[:-1], f"{names}即全部指标，各类指标的分值之和应等于满分",
        "核对各类指标的分值，使其合计等于100分", "outline_weights_total")]
