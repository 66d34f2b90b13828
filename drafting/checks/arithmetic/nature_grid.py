"""The department form's 年度资金总额 over its two breakdowns, read as a table: | 年度资金总额 | 500 | 520 | 510 |,
then 按收入性质分 with its lines (一般公共预算, 政府性基金拨款, 其他资金 …) and 按支出性质分 with its own (基本支出,
项目支出).

Part of the arithmetic check (see ``tables``, whose column-total rule must not read this block: it would add
both breakdowns under the total, the one sum twice, and report a total of 1,020 for 510). Here each breakdown
is held against the total on its own — its stated figure (the 按收入性质分 row's cell) where it has one, else
the sum of its lines — and a stated figure against its own lines. Precision first: a breakdown's lines are
summed only when every figured row under it is one of the form's own lines (一般公共预算, 政府性基金,
纳入专户管理的非税收入, 国有资本经营收益, 其他资金; 基本支出, 项目支出); figures agree at the coarser shown
precision. Where the two labels stand side by side and their lines are interleaved below, see ``_side_by_side``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal
from .grid import TOTAL_WORDS, Grid, Num, Row, make_finding, norm
from .restated import agree

__all__ = ["check_nature_grid", "two_ways"]

_SIDE = re.compile(r"^(?:其中[:：]?)?按(收入|支出)性质分")
_LINES = {"收入": re.compile(r"^(?:其中[:：]?)?(?:一般公共预算(?:拨款|资金)?|政府性基金(?:预算)?(?:拨款|资金)?|"
                              r"纳入专户管理的非税收入(?:拨款)?|国有资本经营(?:预算|收益)(?:拨款)?|其他资金)$"),
          "支出": re.compile(r"^(?:其中[:：]?)?(?:基本支出|项目支出)$")}


def two_ways(g: Grid) -> tuple[int, int, int] | None:
    """The rows of the total and of its two breakdowns (total, 按收入性质分, 按支出性质分), or None."""
    sides = {m.group(1): r for r, row in enumerate(g.rows) if (m := _SIDE.match(norm(row.label)))}
    if set(sides) != {"收入", "支出"} or sides["收入"] > sides["支出"]:
        return None
    total = next((r for r in range(sides["收入"] - 1, -1, -1)
                  if any(w in norm(g.rows[r].label) for w in TOTAL_WORDS)), None)
    return None if total is None else (total, sides["收入"], sides["支出"])


def _step(n: Num) -> Decimal:
    return Decimal(1).scaleb(-n.places)


def _lines(g: Grid, side: str, start: int, end: int, c: int) -> list[Num] | None:
    """The side's lines in column ``c``, or None where a figured row under it is not one of its lines."""
    rows = [row for row in g.rows[start + 1 : end] if row.nums()]
    if not rows or any(not _LINES[side].match(norm(row.label)) for row in rows):
        return None
    cells = [n for row in rows if c < len(row.cells) and (n := row.cells[c]) is not None]
    return cells or None


def _agree(a: Num, b_value: Decimal, b_step: Decimal) -> bool:
    return agree(a.value, _step(a), b_value, b_step)


def _said(parts: list[Num]) -> tuple[Decimal, Decimal, str]:
    total = sum((p.value for p in parts), Decimal(0))
    step = min(_step(p) for p in parts)
    shown = format_decimal(total, max(p.places for p in parts))
    return total, step, f"各项之和为{shown}（{' + '.join(p.text for p in parts)}）"


def _column(g: Grid, rows: tuple[int, int, int], c: int, name: str) -> list[Finding]:
    t, inc, exp = rows
    total_row: Row = g.rows[t]
    total = total_row.cells[c] if c < len(total_row.cells) else None
    if total is None or total.percent:
        return []
    out: list[Finding] = []
    off: list[tuple[str, tuple[Decimal, Decimal, str, list[Num]]]] = []  # breakdowns that disagree with the total
    for side, start, end in (("收入", inc, exp), ("支出", exp, len(g.rows))):
        row = g.rows[start]
        stated = row.cells[c] if c < len(row.cells) else None
        parts = _lines(g, side, start, end, c)
        if stated is not None and parts is not None and not _agree(stated, *_said(parts)[:2]):
            out.append(make_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
                f"按{side}性质分的{name}写作{stated.text}，而其下{_said(parts)[2]}", stated, parts,
                f"按{side}性质分一行是其下各行之和", f"核对按{side}性质分与其下各行，更正有误的一处", "funds_by_nature"))
            continue
        told = (stated.value, _step(stated), f"为{stated.text}", [stated]) if stated is not None else \
            (*_said(parts), parts) if parts is not None else None
        if told is not None and not _agree(total, told[0], told[1]):
            off.append((side, told))
    label = total_row.label
    why = f"按收入性质分、按支出性质分是{label}的两种分法，每种分法的合计都应等于{label}"
    if len(off) == 2 and agree(off[0][1][0], off[0][1][1], off[1][1][0], off[1][1][1]):
        # both breakdowns agree with each other, not with the total: the total is the odd one out, told once
        return [*out, make_finding(
            Kind.NUMBER_CONTRADICTED, Severity.WARNING,
            f"{label}的{name}为{total.text}，而按收入性质分{off[0][1][2]}，按支出性质分{off[1][1][2]}",
            total, off[0][1][3] + off[1][1][3], why + "；两种分法彼此相符，只有总额不符",
            f"核对{label}的{name}", "funds_by_nature")]
    for side, (_, _, said, figs) in off:
        out.append(make_finding(
            Kind.NUMBER_CONTRADICTED, Severity.WARNING, f"{label}的{name}为{total.text}，按{side}性质分{said}，两者不一致",
            figs[0], [total, *figs[1:]], why, f"核对{label}与按{side}性质分各项，更正有误的一处", "funds_by_nature"))
    return out


def _side_by_side(g: Grid, rows: tuple[int, int, int]) -> list[Finding]:
    """The two breakdowns' labels on one row and their lines interleaved below (a two-column form read one
    cell a line: 其中：一般公共预算 / 700.45 / 其中：基本支出 / 560.12 …): each line goes to its side by its label,
    one figure a line, so which of the total's columns it is in is unknown. A side is reported only when
    its sum is none of the total's figures; the message lists them all, not a column's name it cannot know."""
    t, _, exp = rows
    lines: dict[str, list[Num]] = {"收入": [], "支出": []}
    for row in g.rows[exp + 1 :]:
        side = next((k for k, pattern in _LINES.items() if pattern.match(norm(row.label))), None)
        if side is None:
            if row.nums():
                return []  # a figured line of neither side: which lines add up is unclear
            break
        if len(row.nums()) != 1:
            return []
        lines[side] += row.nums()
    figures = [n for n in g.rows[t].nums() if not n.percent]
    out: list[Finding] = []
    for side, parts in lines.items():
        if len(parts) < 2:
            continue
        value, step, said = _said(parts)
        if any(_agree(n, value, step) for n in figures):
            continue
        shown = "、".join(n.text for n in figures if n.places == max(p.places for p in parts))
        out.append(make_finding(
            Kind.NUMBER_CONTRADICTED, Severity.WARNING,
            f"按{side}性质分{said}，与{g.rows[t].label}一行的{shown}都不相等", parts[0], [*figures, *parts[1:]],
            f"按收入性质分、按支出性质分是{g.rows[t].label}的两种分法，其合计应等于{g.rows[t].label}",
            f"核对按{side}性质分各项与{g.rows[t].label}，更正有误的一处", "funds_by_nature"))
    return out


def check_nature_grid(g: Grid) -> list[Finding] | None:
    """Each column's total against each breakdown (see the module docstring); None for a table that is not
    a total over both breakdowns (the column-total rule reads it)."""
    rows = two_ways(g)
    if rows is None:
        return None
    if rows[2] == rows[1] + 1:
        return _side_by_side(g, rows)
    width = len(g.rows[rows[0]].cells)
    out: list[Finding] = []
    for c in range(width):
        out += _column(g, rows, c, g.col_labels.get(c, f"第{c + 1}列"))
    return out
