"""The year's funds split two ways in the department form: 按收入性质分 and 按支出性质分 must agree.

Part of the arithmetic check (see ``tables``). The 部门整体支出绩效自评表 gives the year's funds once by
where they came from (一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金) and once by what
they paid for (基本支出, 项目支出): one sum told twice. Each side is its stated total (按收入性质分：2030.12)
or, left blank, the sum of its own lines below; where both sides have a figure, two different figures
are one metric stated with two values. Precision first: the two labels must both be there, each side's
lines are read only by their own labels, and figures agree at the coarser shown precision.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ...findings import Finding, FindingLocation, Kind, Severity
from ...numbers.textnorm import fold_width
from ...quantities import format_decimal
from ...report import Report, TextUnit
from .restated import agree

__all__ = ["check_by_nature"]

_NUM = r"(\d[\d,]*(?:\.\d+)?)?\s*(万元|元)?"
_SIDE = re.compile(r"([\u4e00-\u9fff]*)按(收入|支出)性质分\s*[:：]\s*" + _NUM)
_LINE = re.compile(r"(一般公共预算(?:拨款)?|政府性基金(?:预算)?(?:拨款)?|纳入专户管理的非税收入(?:拨款)?|其他资金|基本支出|项目支出)"
                   r"\s*[:：]\s*" + _NUM)
_SPENDING = ("基本支出", "项目支出")
_LABELLED = re.compile(r"^\s*(?:其中\s*[:：]?\s*)?[\u4e00-\u9fff（）()]{2,20}\s*[:：]\s*\d")
_SPAN = 24  # lines read below the labels: the form's block
_Fig = tuple[Decimal, str, TextUnit, int, int]  # value, as written, where


def _value(m: re.Match[str], unit: TextUnit, g: int = 2) -> _Fig | None:
    if not m.group(g):
        return None
    return Decimal(m.group(g).replace(",", "")), m.group(g), unit, m.start(g), m.end(g)


def _step(written: str) -> Decimal:
    return Decimal(1).scaleb(-len(written.partition(".")[2]))


def check_by_nature(report: Report) -> list[Finding]:
    units = iter(report.units())
    first = next((u for u in units if "按收入性质分" in u.text or "按支出性质分" in u.text), None)
    if first is None:
        return []
    sides: dict[str, _Fig | None] = {}
    lines: dict[str, list[_Fig]] = {"收入": [], "支出": []}
    money: set[str] = set()
    other = False  # a line of the block with a figure under a label not read here (上年结转：…)
    named: dict[str, str] = {}  # the words right before each side's label (本年收入按收入性质分)
    for u in [first, *itertools.islice(units, _SPAN - 1)]:
        text = fold_width(u.text)
        found = [(m, True) for m in _SIDE.finditer(text)] + [(m, False) for m in _LINE.finditer(text)]
        if not found:
            if not text.strip():
                continue
            if not _LABELLED.match(text):
                break  # the form's next block
            other = True
            continue
        for m, side in found:
            fig = _value(m, u, 3 if side else 2)
            money.add(m.group(4 if side else 3) or "")
            if side:
                sides.setdefault(m.group(2), fig)
                named.setdefault(m.group(2), m.group(1))
            elif fig is not None:
                lines["支出" if m.group(1) in _SPENDING else "收入"].append(fig)
    if set(sides) != {"收入", "支出"} or len(money - {""}) > 1 or (other and None in sides.values()):
        return []  # a side's label missing, figures in two units, or a side's sum that may miss a line
    if named["收入"] != named["支出"]:
        return []  # 本年收入按收入性质分 / 本年支出按支出性质分: two sums (income, spending), each split its way
    return _compare(report, sides, lines)


def _compare(report: Report, sides: dict[str, _Fig | None], lines: dict[str, list[_Fig]]) -> list[Finding]:
    told: dict[str, tuple[Decimal, Decimal, list[_Fig]]] = {}
    for side in ("收入", "支出"):
        stated = sides[side]
        if stated is not None:
            told[side] = (stated[0], _step(stated[1]), [stated])
        elif lines[side]:
            step = min(_step(f[1]) for f in lines[side])
            told[side] = (sum((f[0] for f in lines[side]), Decimal(0)), step, lines[side])
    if len(told) < 2:
        return []
    (a, a_step, a_figs), (b, b_step, b_figs) = told["收入"], told["支出"]
    if agree(a, a_step, b, b_step):
        return []
    places = max(-int(a_step.as_tuple().exponent), -int(b_step.as_tuple().exponent))
    said = {side: (f"为{figs[0][1]}" if sides[side] is not None else f"各项之和为{format_decimal(v, places)}")
            for side, (v, _, figs) in told.items()}
    at, other = (b_figs[0], a_figs) if sides["支出"] is not None else (a_figs[0], b_figs)
    return [Finding(
        kind=Kind.NUMBER_CONTRADICTED, severity=Severity.WARNING,
        message=f"年度资金按收入性质分{said['收入']}，按支出性质分{said['支出']}，两者不一致",
        location=FindingLocation.of(report, at[2].at(at[3], at[4])),
        related=[FindingLocation.of(report, f[2].at(f[3], f[4])) for f in other],
        evidence="按收入性质分与按支出性质分是同一笔年度资金的两种分法，合计应相同",
        suggestion="核对两种分法的合计与各分项，更正有误的一处", rule="funds_by_nature")]
