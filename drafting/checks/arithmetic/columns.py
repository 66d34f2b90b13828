"""A table's rate column against the two columns its header names: 执行率 = 支出数 ÷ 预算数 in each row.

Part of the arithmetic check (see ``tables``). Why: a project table (项目名称 | 预算数 | 支出数 | 执行率)
is edited row by row, and a rate copied from the row above or last year's table no longer follows
its own row. The header says what is divided by what: 执行率/支出率/使用率/支出进度 are spent ÷
budgeted, 拨付率 paid ÷ budgeted, 到位率 arrived ÷ allotted, 完成率 done ÷ planned. Precision first:
exactly one column of each side (a second budget column, 年初 beside 全年, is a reading the rate may
follow, and then it must follow neither); half-up or truncated at the shown precision, within the
rounding of the figures, or 100% over a spending above its budget (forms cap it) all pass.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_DOWN, Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from ...report import Location
from .grid import EXPLAINED, NOT_EXPLAINED, Grid, Num, Row, make_finding

__all__ = ["check_rate_columns"]

_RATE = re.compile(r"(执行|支出|使用|拨付|支付|到位|完成)(?:率|进度)")
_SPENT = re.compile(r"支出|执行|实际|使用|拨付|支付|到位|完成|决算")
_BUDGET = re.compile(r"预算|计划|安排|下达|目标|批复|应到")
_OTHER = re.compile(r"率|比|%|％|增减|差额|结余|节约|分值|得分|权重")


def _sides(g: Grid, rate_col: int) -> tuple[int, list[int]] | None:
    """The one spent column and the budget columns before the rate column, read from their headers."""
    before = {c: label for c, label in g.col_labels.items() if c < rate_col and not _OTHER.search(label)}
    budgets = [c for c, label in before.items() if _BUDGET.search(label) and not _SPENT.search(label)]
    spent = [c for c, label in before.items() if _SPENT.search(label) and not _BUDGET.search(label)]
    if len(spent) != 1 or not budgets:
        return None
    return spent[0], sorted(budgets, key=lambda c: ("全年" not in g.col_labels[c] and "调整" not in g.col_labels[c], -c))


def _gives(rate: Num, spent: Num, budget: Num) -> bool:
    if budget.value <= 0:
        return True  # nothing to divide by: not this check's question
    exact = spent.value * 100 / budget.value
    if rate.value in (round_half_up(exact, rate.places), exact.quantize(Decimal(1).scaleb(-rate.places), ROUND_DOWN)):
        return True
    return rate.value == 100 and spent.value >= budget.value


def _within_rounding(rate: Num, spent: Num, budget: Num) -> bool:
    lo_d = budget.value - budget.half
    if lo_d <= 0:
        return True
    lo = (spent.value - spent.half) * 100 / (budget.value + budget.half)
    hi = (spent.value + spent.half) * 100 / lo_d
    return lo <= rate.value + rate.half and hi >= rate.value - rate.half


def check_rate_columns(g: Grid, corrected: dict[Location, Decimal] | None = None) -> list[Finding]:
    """Each row's rate against its spent and budget cells; ``corrected`` holds the values a total
    finding already gives for its cells (a rate that follows the corrected total is not reported again)."""
    out: list[Finding] = []
    for rate_col, label in g.col_labels.items():
        if _RATE.search(label) is None or re.search(r"增减|同比|变动", label):
            continue
        sides = _sides(g, rate_col)
        if sides is None:
            continue
        for row in g.rows:
            finding = _row_rate(g, row, rate_col, *sides, corrected or {})
            if finding is not None:
                out.append(finding)
    return out


def _cell(row: Row, c: int) -> Num | None:
    return row.cells[c] if c < len(row.cells) else None


def _row_rate(g: Grid, row: Row, rate_col: int, spent_col: int, budget_cols: list[int],
              corrected: dict[Location, Decimal]) -> Finding | None:
    rate, spent = _cell(row, rate_col), _cell(row, spent_col)
    budgets = [b for b in (_cell(row, c) for c in budget_cols) if b is not None and not b.percent]
    if rate is None or not rate.percent or spent is None or spent.percent or not budgets:
        return None
    spents = [spent, *([replace(spent, value=corrected[spent.loc])] if spent.loc in corrected else [])]
    bases = [*budgets, *(replace(b, value=corrected[b.loc]) for b in budgets if b.loc in corrected)]
    if any(_gives(rate, s, b) for s in spents for b in bases):
        return None
    budget = budgets[0]
    ratio = spent.value * 100 / budget.value
    expected = format_decimal(round_half_up(ratio, rate.places), rate.places)
    name = f"{row.label}的{g.col_labels[rate_col]}" if row.label else g.col_labels[rate_col]
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{name}写作 {rate.text}，按{g.col_labels[spent_col]} ÷ {g.col_labels[budget_cols[0]]}"
        f"（{spent.text} ÷ {budget.text}）应为 {expected}%", rate, [spent, budget],
        f"{spent.text} ÷ {budget.text} × 100% = {format_decimal(ratio, rate.places + 4)}%"
        + (EXPLAINED if _within_rounding(rate, spent, budget) else NOT_EXPLAINED),
        f"将 {rate.text} 改为 {expected}%，或核对 {spent.text} 与 {budget.text}", "table_rate_column")
