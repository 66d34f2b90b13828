"""A rate row or column of a table against the budget and spending rows or columns beside it, in
either orientation: | 项目 | 预算（万元） | 实际支出（万元） | 执行率（%） | or rows 调整预算 / 实际支出 /
执行率 under columns 基本支出 | 项目支出 | 合计.

Part of the arithmetic check (see ``tables``; ``forms`` reads the 自评表's own block by its exact
header names first, and a cell it reports is not reported again). Roles are read from the labels:
the rate (执行率, 完成率, 到位率 …), the spending (实际支出, 执行数, 决算, 到位 …), the budget (预算,
计划, 下达 …). Where several budgets stand, the year's full budget (全年, 调整后) is the base, not the
initial one (年初). A role named twice, or not at all, leaves the table alone. A rate is right at its
shown precision (half-up or truncated), within the rounding of its two figures, or capped at 100%
over spending above the budget. In an indicator table whose cells carry their units (| 10公里 | 9公里 |
90% |), a rate is read only over two figures of one unit (元, 万元 and 亿元 convert); a target's ≥ makes
it the base all the same, a ≤ target (a reverse indicator) may be written 100% or either ratio.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_DOWN, Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from ...report import Location
from .grid import EXPLAINED, NOT_EXPLAINED, Grid, Num, make_finding
from .grid_shares import check_grid_shares

__all__ = ["check_grid_rates"]

_RATE = re.compile(r"(执行|支出|完成|到位|拨付|支付|发放|使用)(?:率|进度|比例)")
_SPENT = re.compile(r"实际|执行数|执行金额|执行额|支出数|支出额|决算|完成数|完成额|完成值|到位|拨付数|支付数|发放数|累计支出|^支出|^执行$")
_BUDGET = re.compile(r"预算|计划|下达|批复|安排|目标|指标值")
_FULL_YEAR = re.compile(r"全年|调整|变更")
_TARGET = re.compile(r"目标|指标值")
_INITIAL = re.compile(r"年初")


def _clean(label: str) -> str:
    return re.sub(r"[（(][^（()）]*[)）]|\s", "", label)


def _roles(labels: dict[int, str]) -> tuple[int, int, int, bool, bool] | None:
    """(rate, spent, budget) positions among ``labels``, whether the rate's label says %, and
    whether the base is a target (目标值: a reverse indicator met is written 100% whatever its ratio)."""
    rate = [k for k, t in labels.items() if _RATE.search(_clean(t))]
    if not rate:
        return _due_roles(labels)
    spent = [k for k, t in labels.items() if k not in rate and _SPENT.search(_clean(t))]
    budget = [k for k, t in labels.items() if k not in rate and k not in spent and _BUDGET.search(_clean(t))]
    if len(budget) > 1:  # the year's full budget, not the initial one
        full = [k for k in budget if _FULL_YEAR.search(labels[k])]
        budget = full if full else [k for k in budget if not _INITIAL.search(labels[k])]
    if len(rate) != 1 or len(spent) != 1 or len(budget) != 1:
        return None
    return rate[0], spent[0], budget[0], "%" in labels[rate[0]], bool(_TARGET.search(labels[budget[0]]))


_STEM_RATE = re.compile(r"([\u4e00-\u9fff]{2})率")


def _due_roles(labels: dict[int, str]) -> tuple[int, int, int, bool, bool] | None:
    """A rate of any name over what was due: | 应参保人数 | 实际参保人数 | 参保率 | — the one column named
    应 and the rate's stem is the base, the one other naming the stem the part (a report names the
    population a rate is over by what was due of it: 应参保, 应覆盖, 应发放)."""
    rates = [(k, m.group(1)) for k, t in labels.items() if (m := _STEM_RATE.search(_clean(t)))]
    if len(rates) != 1:
        return None
    (r, stem), = rates
    due = [k for k, t in labels.items() if k != r and f"应{stem}" in _clean(t)]
    done = [k for k, t in labels.items() if k != r and k not in due and stem in _clean(t)]
    if len(due) != 1 or len(done) != 1:
        return None
    return r, done[0], due[0], "%" in labels[r], False


_MONEY = {"元": 0, "万元": 4, "亿元": 8}


def _in_yuan(n: Num) -> Num:
    shift = _MONEY[n.unit or "元"]
    return replace(n, value=n.value.scaleb(shift), places=n.places - shift)


def _alike(rate: Num, spent: Num, budget: Num) -> tuple[Num, Num] | None:
    """Spending and budget (actual and target) in one unit: as they are when they carry the same unit
    (or percent signs alike), in 元 when both are money; None when the units do not convert, the rate
    carries a unit or the actual a comparator."""
    if rate.unit or rate.comparator or spent.comparator or spent.percent != budget.percent:
        return None
    if spent.unit == budget.unit:
        return spent, budget
    if spent.unit in _MONEY and budget.unit in _MONEY:
        return _in_yuan(spent), _in_yuan(budget)
    return None


def _wrong(rate: Num, spent: Num, budget: Num, percent_label: bool, target: bool) -> tuple[Decimal, bool] | None:
    """(the right rate, whether the figures' rounding explains the stated one) when the stated rate
    does not follow, else None. A ceiling target (≤5次) met may be written 100% or either ratio."""
    if not (rate.percent or percent_label) or budget.value <= 0 or spent.value < 0:
        return None
    exact = spent.value * 100 / budget.value
    q = Decimal(1).scaleb(-rate.places)
    if rate.value in (round_half_up(exact, rate.places), exact.quantize(q, ROUND_DOWN)) or abs(rate.value - exact) < q:
        return None
    if (exact > 100 or target) and rate.value == 100:
        return None  # capped, as forms score it; a target met
    if budget.comparator == "≤" and (rate.value == 100 or (spent.value > 0 and _wrong(
            rate, replace(budget, comparator=""), replace(spent, comparator=""), percent_label, target) is None)):
        return None  # a reverse indicator: met is 100%, or the target over the actual
    lo = (spent.value - spent.half) * 100 / (budget.value + budget.half)
    hi_den = budget.value - budget.half
    hi = (spent.value + spent.half) * 100 / hi_den if hi_den > 0 else exact
    half = Decimal("0.5").scaleb(-rate.places)
    return exact, lo <= rate.value + half and hi >= rate.value - half


def _finding(rate: Num, spent: Num, budget: Num, exact: Decimal, explained: bool, name: str) -> Finding:
    expected = format_decimal(round_half_up(exact, rate.places), rate.places)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{name}写作 {rate.text}，按表中 {spent.text} ÷ {budget.text} 应为 {expected}%", rate, [spent, budget],
        f"{spent.text} ÷ {budget.text} × 100% = {format_decimal(exact, rate.places + 4)}%"
        + (EXPLAINED if explained else NOT_EXPLAINED),
        f"将 {rate.text} 改为 {expected}%，或核对 {spent.text} 与 {budget.text}", "table_rate")


def _col_labels(g: Grid) -> dict[int, str]:
    """The grid's column labels; where none were aligned, the last header row read from the left when
    it is wider than the data only by trailing columns no row fills (a 得分 column left blank)."""
    if g.col_labels or not g.headers:
        return g.col_labels
    width = max((len(r.cells) for r in g.rows), default=0)
    header = g.headers[-1]
    if width < 2 or len(header) < width:
        return {}
    return {c: t.strip() for c, t in enumerate(header[:width]) if c > 0 and t.strip()}


def _follows_correction(rate: Num, spent: Num, budget: Num, corrected: dict[Location, Decimal]) -> bool:
    """Whether the rate follows a total another finding already corrects (总计 236.60 reported as
    237.60; its 96.98% is 237.60 ÷ 245.00): one problem, reported once."""
    fixed_s = replace(spent, value=corrected[spent.loc]) if spent.loc in corrected else spent
    fixed_b = replace(budget, value=corrected[budget.loc]) if budget.loc in corrected else budget
    return (fixed_s is not spent or fixed_b is not budget) and _wrong(rate, fixed_s, fixed_b, True, False) is None


def _checked(rate: Num, spent: Num, budget: Num, pct: bool, target: bool, measured: bool,
             corrected: dict[Location, Decimal]) -> tuple[Decimal, bool] | None:
    """What ``_wrong`` finds, with measured cells (``grids(…, measured=True)``) in one unit first; of those
    only a row with a unit or comparator of its own, the rest the plain grids read."""
    if measured:
        if not any(n.unit or n.comparator for n in (rate, spent, budget)) or (alike := _alike(rate, spent, budget)) is None:
            return None
        spent, budget = alike
    w = _wrong(rate, spent, budget, pct, target)
    return None if w is None or _follows_correction(rate, spent, budget, corrected) else w


# a column that may be the base as well as the one ``_roles`` chose: another budget column, or a 小计/合计
# after the budget's parts (年初预算 | 调整预算 | 小计: 调整预算 may be the change, 小计 the year's budget)
_BASE_TOO = re.compile(_BUDGET.pattern + r"|小计|合计|总计")


def _other_base(rate: Num, spent: Num, cells: list[Num | None], labels: dict[int, str], taken: tuple[int, ...],
                pct: bool, target: bool) -> bool:
    """Whether the rate is the spending over another column that may be its base: which one the table
    means is unclear, and a rate one of them gives is no clear mistake."""
    return any(k not in taken and k < len(cells) and (other := cells[k]) is not None
               and _BASE_TOO.search(_clean(t)) and _wrong(rate, spent, other, pct, target) is None
               for k, t in labels.items())


def check_grid_rates(grids: list[Grid], corrected: dict[Location, Decimal] | None = None,
                     measured: bool = False) -> list[Finding]:
    """Each table's rate against its spending and budget; ``corrected`` holds the values total findings
    already give their cells; ``measured``: the grids hold cells with units (10公里), which only a rate
    over two figures of one unit reads."""
    out: list[Finding] = []
    corrected = corrected or {}
    for g in grids:
        # columns named by the header: each data row holds a budget, a spending and a rate
        numeric = {k: t for k, t in _col_labels(g).items()  # the label column (预算执行情况) is no role
                   if any(k < len(row.cells) and row.cells[k] is not None for row in g.rows)}
        if (cols := _roles(numeric)) is not None:
            r, s, b, pct, target = cols
            for row in g.rows:
                cells = row.cells
                if max(r, s, b) < len(cells) and all(cells[k] is not None for k in (r, s, b)):
                    rate, spent, budget = cells[r], cells[s], cells[b]
                    assert rate is not None and spent is not None and budget is not None
                    if (w := _checked(rate, spent, budget, pct, target, measured, corrected)) is not None \
                            and not _other_base(rate, spent, cells, numeric, (r, s, b), pct, target):
                        out.append(_finding(rate, spent, budget, *w, f"{row.label}的{_clean(numeric[r])}"))
        # rows named by their label: each column holds a budget, a spending and a rate; not read in
        # measured cells (预算资金 / 200万元 / 追加资金 / 50万元 … lines: which budget the rate is over is unclear)
        labels = {k: row.label for k, row in enumerate(g.rows)}
        if not measured and (rows := _roles(labels)) is not None:
            r, s, b, pct, target = rows
            for c, rate in enumerate(g.rows[r].cells):
                spent = g.rows[s].cells[c] if c < len(g.rows[s].cells) else None
                budget = g.rows[b].cells[c] if c < len(g.rows[b].cells) else None
                if rate is None or spent is None or budget is None:
                    continue
                if (w := _checked(rate, spent, budget, pct, target, measured, corrected)) is not None:
                    name = g.col_labels.get(c, "")
                    out.append(_finding(rate, spent, budget, *w, f"{name}的{_clean(g.rows[r].label)}" if name
                                        else _clean(g.rows[r].label)))
    return out if measured else out + check_grid_shares(grids, corrected)  # (a 占比 column beside its amounts)
