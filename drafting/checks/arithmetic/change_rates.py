"""A column of change rates against the two columns it compares: | 预算数 | 决算数 | 节约率 | is
(预算 − 决算) ÷ 预算, and | 2022年 | 2023年 | 增长率 | (or 上年 | 本年 | 增减率) is (later − earlier) ÷ earlier.

Part of the arithmetic check (see ``tables``, whose row rule reads a rate only after a difference
cell, and only within a point of one of its two ratios: it does not know the base). Here the labels
say which column is the base, so a rate far from its ratio is read as well. Premises, each general:

* the rate column names a saving (节约/节支/结余 + 率/比例) or a change (增长/增减/增幅/变动/同比 +
  率/幅度/比例), exactly one such column, and its cells are percentages (or its label says %);
* a saving is over exactly one budget column (the year's full budget where an initial one stands
  beside it) with exactly one spending column; a change is over exactly two period columns, each
  label naming one year (2022年) or one side (本年/上年, 本期/上期), and no third amount column
  between them and the rate;
* a change told as a fall (下降/减少 in the label) may be written without its sign; a 增减 column
  may carry either sign of a change whose size is right (the table's own convention);
* the same read in label-then-value lines (a form flattened one cell per line, or 标签：值 lines, as
  ``line_rates`` reads them): the run's figures before the rate, one budget and one spending, or
  exactly two of one period each, of one kind (money in any of 元/万元/亿元, or one count unit);
* a rate is right at its shown precision, half-up or truncated; where the rounding of its two figures
  (interval arithmetic) could give it, the finding says so, as ``grid_rates``' do.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from ...report import Report
from .grid import EXPLAINED, NOT_EXPLAINED, Grid, Num, make_finding
from .line_rates import rates_in_lines
from .prose import _Fig

__all__ = ["check_change_rates", "check_line_change_rates"]

_SAVING = re.compile(r"(?:节约|节支|结余)(?:率|比例|比率)")
_CHANGE = re.compile(r"(?:增长|增减|增幅|变动|同比|下降|减少)(?:率|幅度|比例|比率|%|％)|^增幅|^同比")
_FALL = re.compile(r"下降|减少")
_BUDGET = re.compile(r"预算")
_FULL_YEAR = re.compile(r"全年|调整|变更")
_SPENT = re.compile(r"决算|支出|执行|实际")
_YEAR = re.compile(r"((?:19|20)\d{2})年?")
_LATER, _EARLIER = re.compile(r"本年|本期|当年|今年"), re.compile(r"上年|上期|去年|上一年")


def _clean(label: str) -> str:
    return re.sub(r"[（(][^（()）]*[)）]|\s", "", label)


def _saving_roles(labels: dict[int, str]) -> tuple[int, int, list[int]] | None:
    """(budget, spent, the other budget columns) of a saving rate: the year's full budget where an
    initial one stands beside it; a rate worked out over the initial one is the table's choice too."""
    budget = every = [k for k, t in labels.items() if _BUDGET.search(t) and not _SPENT.search(t)]
    if len(budget) > 1:
        budget = [k for k in budget if _FULL_YEAR.search(labels[k])]
    spent = [k for k, t in labels.items() if _SPENT.search(t) and not _BUDGET.search(t)]
    if len(budget) != 1 or len(spent) != 1:
        return None
    return budget[0], spent[0], [k for k in every if k != budget[0]]


def _period(label: str) -> int | None:
    """Which period a column names: its year, or 1 for 本年 and 0 for 上年; None for neither or both."""
    years = _YEAR.findall(label)
    sides = [1] * bool(_LATER.search(label)) + [0] * bool(_EARLIER.search(label))
    if len(years) + len(sides) != 1:
        return None
    return int(years[0]) if years else sides[0]


def _change_roles(labels: dict[int, str], rate: int) -> tuple[int, int, list[int]] | None:
    """(earlier, later) columns of a change rate: exactly two amount columns before it, each one period."""
    before = [k for k in labels if k < rate]
    if len(before) != 2:
        return None
    a, b = (_period(labels[k]) for k in before)
    if a is None or b is None or a == b or (a in (0, 1)) != (b in (0, 1)):  # two years, or 上年 and 本年
        return None
    return (before[0], before[1], []) if a < b else (before[1], before[0], [])


def _off(rate: Num, part: Decimal, base: Decimal, base_half: Decimal, half: Decimal,
         signs: tuple[int, ...]) -> tuple[Decimal, bool] | None:
    """(the right rate, whether the figures' rounding explains the stated one) when the stated rate is
    not ``part`` ÷ ``base`` at its shown precision in any allowed sign (``half``: the part's rounding)."""
    if base <= base_half:
        return None
    exact = part * 100 / base
    q, r_half = Decimal(1).scaleb(-rate.places), Decimal("0.5").scaleb(-rate.places)
    if any(rate.value in (round_half_up(exact * sign, rate.places), (exact * sign).quantize(q, ROUND_DOWN))
           or abs(rate.value - exact * sign) < q for sign in signs):
        return None
    lo = (abs(part) - half) * 100 / (base + base_half)
    hi = (abs(part) + half) * 100 / (base - base_half)
    explained = any(lo <= abs(rate.value) + r_half and hi >= abs(rate.value) - r_half
                    and (rate.value >= 0) == (exact * sign >= 0) for sign in signs)
    return exact * signs[0], explained


def _finding(rate: Num, a: Num, b: Num, base: Num, exact: Decimal, explained: bool, name: str,
             where: str = "表中") -> Finding:
    expected = format_decimal(round_half_up(exact, rate.places), rate.places)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{name}写作 {rate.text}，按{where} ({a.text} − {b.text}) ÷ {base.text} 应为 {expected}%", rate, [a, b],
        f"({a.text} − {b.text}) ÷ {base.text} × 100% = {format_decimal(exact, rate.places + 4)}%"
        + (EXPLAINED if explained else NOT_EXPLAINED),
        f"将 {rate.text} 改为 {expected}%，或核对 {a.text} 与 {b.text}", "table_change_rate")


def _signs(label: str) -> tuple[int, ...]:
    """The signs a rate's label lets it be written in: a fall (下降率) either, its own first; a 增减率 either."""
    return (-1, 1) if _FALL.search(label) else (1, -1) if "增减" in label or "变动" in label else (1,)


def check_change_rates(grids: list[Grid]) -> list[Finding]:
    """Each table's saving or change rate column against the two columns it compares."""
    out: list[Finding] = []
    for g in grids:
        labels = {k: _clean(t) for k, t in g.col_labels.items()
                  if any(k < len(row.cells) and row.cells[k] is not None for row in g.rows)}
        rates = [k for k, t in labels.items() if _SAVING.search(t) or _CHANGE.search(t)]
        if len(rates) != 1:
            continue
        r = rates[0]
        saving = bool(_SAVING.search(labels[r]))
        amounts = {k: t for k, t in labels.items() if k != r}
        roles = _saving_roles(amounts) if saving else _change_roles(amounts, r)
        if roles is None:
            continue
        first, second, initial = roles  # saving: budget, spent, other budgets; change: earlier, later
        signs = _signs(labels[r])
        for row in g.rows:
            cells = row.cells
            if max(r, first, second) >= len(cells):
                continue
            rate, x, y = cells[r], cells[first], cells[second]
            if rate is None or x is None or y is None or x.percent or y.percent or not (rate.percent or "%" in g.col_labels[r]):
                continue
            part = x.value - y.value if saving else y.value - x.value
            if (off := _off(rate, part, x.value, x.half, x.half + y.half, signs)) is None \
                    or any(_off(rate, o.value - y.value, o.value, o.half, o.half + y.half, signs) is None
                           for k in initial if k < len(cells) and (o := cells[k]) is not None and not o.percent):
                continue  # right over the full budget, or over the initial one beside it
            a, b = (x, y) if saving else (y, x)
            out.append(_finding(rate, a, b, x, *off, f"{row.label}的{labels[r]}" if row.label else labels[r]))
    return out


def _line_rate(rate: _Fig, label: str, before: list[_Fig]) -> Finding | None:
    """A saving or change rate line against the label-then-value lines before it (``check_line_change_rates``)."""
    figs = [f for f in before if not f.pct]
    if _SAVING.search(label):
        budget = [f for f in figs if _BUDGET.search(f.words) and not _SPENT.search(f.words)]
        spent = [f for f in figs if _SPENT.search(f.words) and not _BUDGET.search(f.words)]
        if len(budget) != 1 or len(spent) != 1:
            return None
        base, other = budget[0], spent[0]
        part = base.yuan - other.yuan
    else:
        periods = [(f, p) for f in figs if (p := _period(_clean(f.words))) is not None]
        if len(periods) != 2 or periods[0][1] == periods[1][1] or (periods[0][1] in (0, 1)) != (periods[1][1] in (0, 1)):
            return None
        (base, _), (other, _) = sorted(periods, key=lambda fp: fp[1])
        part = other.yuan - base.yuan
    if base.money != other.money or (not base.money and base.m.unit_text != other.m.unit_text):
        return None  # two figures of one kind: money (元, 万元 convert), or one count unit
    if (off := _off(rate.num, part, base.yuan, base.half, base.half + other.half, _signs(label))) is None:
        return None
    a, b = (base, other) if _SAVING.search(label) else (other, base)
    return _finding(rate.num, a.num, b.num, base.num, *off, label, "前几行").model_copy(update={"rule": "line_change_rate"})


def check_line_change_rates(report: Report) -> list[Finding]:
    """A saving or change rate told in label-then-value lines (本年支出 / 500万元 / 上年支出 / 400万元 /
    增长率 / 30%), or 标签：值 lines: the figures of the run before it, read as the table's columns are."""
    out: list[Finding] = []
    for fig, pairs in rates_in_lines(report):
        label = _clean(fig.words)
        if (_SAVING.search(label) or _CHANGE.search(label)) and (found := _line_rate(fig, label, pairs[-4:])) is not None:
            out.append(found)
    return out

