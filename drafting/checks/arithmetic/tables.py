"""A report's own arithmetic, checked without source data.

Reviewers often have only the report. Its tables carry relations a careful reader recomputes:
totals against their parts (合计 = 其中…), differences (节约数 = 预算数 − 决算数, 增减数 = 本年 − 上年) and
the percentages built on them (节约比例 = 节约数 ÷ 预算数). The narrative restates table figures,
sometimes in another unit (14,293.93元 vs 1.43万元), and the same metric may be stated twice.

Rules are generic and cautious: a relation is discovered in the numbers themselves (a − b = c
exactly at the shown precision) or declared by a header (合计/总计/小计); a figure is flagged only when
a relation pins it down. Severity is ``error`` when no rounding of the inputs explains the gap and
``warning`` when interval arithmetic over the inputs' rounding could (the evidence says which).

The relations inside tables live here, with the entry point that runs every arithmetic check: grids and wording from ``grid``, sentences' relations from ``prose``, narrative figures against cells from ``text``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.extract import shared_mentions
from ...quantities import format_decimal, round_half_up
from ...report import Location, Report
from .allocations import check_allocations
from .averages import check_averages
from .by_nature import check_by_nature
from .change_rates import check_change_rates, check_line_change_rates
from .changes import check_sentences
from .continued import join_continued
from .counts import check_count_lists
from .divisions import check_divisions
from .dropped_wan import check_dropped_wan
from .fields import check_breakdowns_below, check_field_totals
from .forms import check_forms
from .fund_balance import check_fund_balance
from .fund_uses import check_fund_uses
from .grid import (
    EXPLAINED,
    NOT_EXPLAINED,
    TOTAL_WORDS,
    Grid,
    Num,
    Row,
    grids,
    has_measured_cells,
    make_finding,
    norm,
    parts_without_subtotals,
    unit_in,
    units_differ,
)
from .grid_rates import check_grid_rates
from .line_rates import check_line_rates
from .listed_items import check_listed_items
from .magnitudes import check_magnitudes, with_column_units
from .members import column_parts, groups, groups_disagree, members_add_up, one_figure_off, shifted_parts
from .mirrored_splits import check_mirrored_splits
from .nature_grid import check_nature_grid
from .pairs import check_paired_parts
from .part_over_whole import check_part_over_whole
from .points import check_points
from .remarks import column_unknown, misread_rows
from .row_units import NOT_ADDITIVE, other_quantity
from .score_classes import check_score_classes
from .score_lines import check_score_lines
from .score_met import check_met_but_deducted
from .score_parts import check_score_parts
from .score_twice import check_score_twice
from .scores import (
    check_indicator_scores,
    check_missed_full_score,
    check_score_total,
    check_scores,
    shared_rows,
)
from .sentence_rates import check_sentence_rates
from .source_funds import check_source_funds
from .sub_lists import sub_list_verdict
from .surveys import check_surveys
from .text import check_narrative
from .unit_kinds import check_unit_kinds
from .weight_sums import check_weight_sums

__all__ = ["check_arithmetic"]

_SUB_ROW = re.compile(r"^\s*其中")
_NUMBERED_ROW = re.compile(r"^\s*(?:\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")
_LOOSE_PP = Decimal(1)  # a percentage within 1 percentage point of a relation is "meant" by it


# ---------------------------------------------------------------- numeric helpers

def _sum_interval(parts: list[Num]) -> tuple[Decimal, Decimal]:
    return sum((p.value - p.half for p in parts), Decimal(0)), sum((p.value + p.half for p in parts), Decimal(0))


def _overlaps(lo: Decimal, hi: Decimal, stated: Num) -> bool:
    return lo <= stated.value + stated.half and hi >= stated.value - stated.half


def _same(computed: Decimal, stated: Num) -> bool:
    return round_half_up(computed, stated.places) == stated.value


def _ratio_interval(num: Num, den: Num) -> tuple[Decimal, Decimal] | None:
    lo_d, hi_d = den.value - den.half, den.value + den.half
    if lo_d <= 0:
        return None
    lo_n, hi_n = abs(num.value) - num.half, abs(num.value) + num.half
    return lo_n * 100 / hi_d, hi_n * 100 / lo_d


# ---------------------------------------------------------------- row relations


def _row_sums(g: Grid, row: Row) -> list[Finding]:
    """A total column (header 合计/总计…) against the columns after it, or before it when it closes the
    row (``_parts_before``: all, or the run right before it: 编制数 | 在编 | 编外 | 小计); 其中 groups collapse."""
    t = g.total_col
    if t is None or t >= len(row.cells) or row.cells[t] is None or row.cells[t].percent:  # type: ignore[union-attr]
        return []
    if NOT_ADDITIVE.search(row.label):
        return []  # a row of rates or per-head figures (执行率 95, 人均经费 2.24): its 合计 is the whole's, no sum
    total = row.cells[t]
    assert total is not None
    after = [c for c in row.cells[t + 1 :] if c is not None and not c.percent]
    after = parts_without_subtotals(g, row, t) or after  # 合计 | 中央 | 省级 | 小计 | 县级: no 小计 is a part
    if before := (not after and _parts_before(g, t)):
        after = [c for c in row.cells[:t] if c is not None and not c.percent]  # 基本支出 | 项目支出 | 合计
    if len(after) < 2 or all(c.value == 0 for c in after) or units_differ(list(g.col_labels.values())):
        return []
    top = _collapse(after)
    candidates = [top[:n] for n in range(len(top), 1, -1)] + [after]
    candidates += [after[k:] for k in range(1, len(after) - 1) if before]
    if any(_same(sum((p.value for p in parts), Decimal(0)), total) for parts in candidates):
        return []
    if (wrong_parent := _wrong_subtotal(row, total, after)) is not None:
        return [wrong_parent]
    loose = [p for p in candidates if _close(sum((x.value for x in p), Decimal(0)), total.value)]
    flat = len(_collapse(after, loose=True)) == len(after)  # no 其中 group at all, even a loose one
    if (parts := loose[0] if loose else (after if flat else None)) is None:
        return []
    expected = sum((p.value for p in parts), Decimal(0))
    places = max(total.places, *(p.places for p in parts))
    lo, hi = _sum_interval(parts)
    explained = _overlaps(lo, hi, total)
    formula = " + ".join(p.text for p in parts)
    name = g.col_labels.get(t, "合计")
    return [make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
        f"{row.label or '该行'}的{name}应为 {format_decimal(expected, places)}（{formula}），报告为 {total.text}",
        total, parts,
        f"{name} = {formula} = {format_decimal(expected, places)}" + (EXPLAINED if explained else NOT_EXPLAINED),
        f"核对{name}与各组成部分，将其改为 {format_decimal(expected, places)} 或更正有误的分项", "table_row_total",
    )]


# a column that is a stage, a period or a change of the same money, not a part of it
_NOT_PART = re.compile(r"预算|决算|执行|结转|结余|上年|本年|年初|年末|调整|完成|实际|目标|计划|增减|同比|差额|比上|变动|累计")


def _parts_before(g: Grid, t: int) -> bool:
    """Whether a total column closing its row (基本支出 | 项目支出 | 合计) sums the columns before it: two
    or more, each headed, none a stage, period or change of the money (预算数 | 决算数 | 合计 is no sum)."""
    used = {i for r in g.rows for i, c in enumerate(r.cells) if c is not None}
    before = sorted(i for i in used if i < t)
    return len(before) >= 2 and not any(i > t for i in used) and all(
        (label := g.col_labels.get(i)) and not _NOT_PART.search(label) and not any(w in label for w in TOTAL_WORDS)
        for i in before)


def _close(a: Decimal, b: Decimal) -> bool:
    """Loosely equal (within 1%): enough to say which relation a wrong figure was meant to follow."""
    return b != 0 and abs(a - b) <= abs(b) / 100


def _collapse(vals: list[Num], loose: bool = False) -> list[Num]:
    """Drop the 其中 children: a value followed by ≥2 values summing to it (exactly, or within 1%
    when ``loose``) keeps only the parent."""
    return [parent for parent, _ in _groups(vals, loose)]


def _groups(vals: list[Num], loose: bool = False) -> list[tuple[Num, list[Num]]]:
    out: list[tuple[Num, list[Num]]] = []
    i = 0
    while i < len(vals):
        nxt, kids_found = i + 1, []
        for m in range(len(vals), i + 2, -1):
            kids = vals[i + 1 : m]
            kid_sum = sum((k.value for k in kids), Decimal(0))
            if vals[i].value != 0 and (_same(kid_sum, vals[i]) or (loose and _close(kid_sum, vals[i].value))):
                nxt, kids_found = m, kids
                break
        out.append((vals[i], kids_found))
        i = nxt
    return out


def _wrong_subtotal(row: Row, total: Num, after: list[Num]) -> Finding | None:
    """A 其中 subtotal off its children while the total holds with the children's sum: flag the subtotal."""
    groups = _groups(after, loose=True)
    for parent, kids in groups:
        if not kids:
            continue
        kid_sum = sum((k.value for k in kids), Decimal(0))
        if _same(kid_sum, parent):
            continue
        fixed = [kid_sum if p is parent else p.value for p, _ in groups]
        if not any(_same(sum(fixed[:n], Decimal(0)), total) for n in range(len(fixed), 1, -1)):
            continue
        places = max(parent.places, *(k.places for k in kids))
        lo, hi = _sum_interval(kids)
        explained = _overlaps(lo, hi, parent)
        formula = " + ".join(k.text for k in kids)
        return make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
            f"{row.label or '该行'}的小计应为 {format_decimal(kid_sum, places)}（{formula}），报告为 {parent.text}",
            parent, [*kids, total],
            f"{parent.text} 之后的分项合计 {formula} = {format_decimal(kid_sum, places)}；以 {format_decimal(kid_sum, places)} 代入时"
            f"总数 {total.text} 恰好成立" + (EXPLAINED if explained else NOT_EXPLAINED),
            f"将 {parent.text} 改为 {format_decimal(kid_sum, places)}", "table_row_subtotal",
        )
    return None


def _row_differences(row: Row) -> list[Finding]:
    """Discover c = |a − b| in a row and check the percentage right after c (c ÷ a or c ÷ b)."""
    out: list[Finding] = []
    cells = row.cells
    for k, c in enumerate(cells):
        if c is None or c.percent or k + 1 >= len(cells):
            continue
        p = cells[k + 1]
        if p is None or not p.percent:
            continue
        before = [x for x in cells[:k] if x is not None and not x.percent]
        pairs = [(a, b) for i, a in enumerate(before) for b in before[i + 1 :]
                 if a.value != b.value and _same(abs(a.value - b.value), c)]
        bases = [x for a, b in pairs for x in (a, b) if x.value != 0]
        if not pairs:
            out.extend(_difference_wrong(row, before, c, p))
            continue
        if not bases:
            continue
        ratios = [(abs(c.value) * 100 / base.value, base) for base in bases if base.value > 0]
        if any(_same(r, p) for r, _ in ratios):
            continue
        # the nearest ratio (two equal bases tie: 年初预算数 = 全年预算数; the first is taken, Nums do not compare)
        ratio, base = min(ratios, key=lambda rb: (abs(rb[0] - p.value), rb[0]))
        gap = abs(ratio - p.value)
        if gap > _LOOSE_PP:
            continue
        out.append(_percent_finding(row, c, base, p, ratio))
    return out


def _percent_finding(row: Row, part: Num, base: Num, p: Num, ratio: Decimal) -> Finding:
    expected = format_decimal(ratio, p.places)
    bounds = _ratio_interval(part, base)
    explained = bounds is not None and _overlaps(bounds[0], bounds[1], p)
    rng = f"（区间 {format_decimal(bounds[0], p.places + 2)}% ~ {format_decimal(bounds[1], p.places + 2)}%）" if bounds else ""
    name = f"{row.label}的比例" if row.label else "比例"
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
        f"{name}应为 {expected}%（{part.text} ÷ {base.text}），报告为 {p.text}", p, [part, base],
        f"{part.text} ÷ {base.text} × 100% = {format_decimal(ratio, p.places + 4)}%，按报告精度四舍五入为 {expected}%"
        + rng + (EXPLAINED if explained else NOT_EXPLAINED),
        f"将 {p.text} 改为 {expected}%，或核对 {part.text} 与 {base.text}", "table_row_percent",
    )


def _difference_wrong(row: Row, before: list[Num], c: Num, p: Num) -> list[Finding]:
    """c is off while the percentage after it agrees with the true |a − b|: the difference is wrong."""
    for i, a in enumerate(before):
        for b in before[i + 1 :]:
            diff = abs(a.value - b.value)
            if diff == 0 or abs(diff - c.value) > diff / 10:  # the stated difference must be near the true one
                continue
            for base in (a, b):
                if base.value > 0 and _same(diff * 100 / base.value, p) and not _same(c.value * 100 / base.value, p):
                    lo = abs(a.value - b.value) - a.half - b.half
                    hi = abs(a.value - b.value) + a.half + b.half
                    explained = _overlaps(lo, hi, c)
                    big, small = (a, b) if a.value >= b.value else (b, a)
                    expected = format_decimal(diff, max(a.places, b.places, c.places))
                    return [make_finding(
                        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
                        f"{row.label or '该行'}的差额应为 {expected}（{big.text} − {small.text}），报告为 {c.text}",
                        c, [big, small, p],
                        f"{big.text} − {small.text} = {expected}；其后的 {p.text} 也由 {expected} ÷ {base.text} 得出"
                        + (EXPLAINED if explained else NOT_EXPLAINED),
                        f"将 {c.text} 改为 {expected}", "table_row_difference",
                    )]
    return []


_DIFF_COLUMN = re.compile(r"增减|差额|变动额|增加额|减少额|增长额|比上年增减|较上年增减")


def _labelled_differences(g: Grid) -> list[tuple[int, Decimal, Finding]]:
    """A column headed 增减额/差额 after exactly two amount columns (2022年 | 2023年 | 增减额), or 增减（百分点）
    after two rates: each row's cell must be the later minus the earlier (either sign). Returns (column, the correction the cell
    needs, 0 on a total row, finding) so a column total that only follows a wrong cell is not reported twice."""
    out: list[tuple[int, Decimal, Finding]] = []
    for c, label in g.col_labels.items():
        if not _DIFF_COLUMN.search(label) or "率" in label or "%" in label:
            continue
        points = "百分点" in label  # 增减（百分点）: two rates' difference, in points
        for row in g.rows:
            cells = [x for x in row.cells[:c] if x is not None]
            d = row.cells[c] if c < len(row.cells) else None
            if d is None or d.percent or len(cells) != 2 or any(x.percent != points for x in cells):
                continue
            a, b = cells
            diff = b.value - a.value
            if any(_same(v, d) for v in (diff, -diff)):
                continue
            lo, hi = abs(diff) - a.half - b.half, abs(diff) + a.half + b.half
            explained = _overlaps(lo, hi, d) or _overlaps(-hi, -lo, d)
            places = max(a.places, b.places, d.places)
            want = abs(diff) if d.value >= 0 else -abs(diff)  # the sign the table writes its changes with
            expected = format_decimal(want, places)
            is_total = any(w in norm(row.label) for w in TOTAL_WORDS)
            out.append((c, Decimal(0) if is_total else want - d.value, make_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
                f"{row.label or '该行'}的{label}应为 {expected}（{b.text} − {a.text}），报告为 {d.text}", d, [b, a],
                f"{b.text} − {a.text} = {format_decimal(diff, places)}" + (EXPLAINED if explained else NOT_EXPLAINED),
                f"将 {d.text} 改为 {expected}", "table_difference_column")))
    return out


# ---------------------------------------------------------------- column totals


def _closed_groups(g: Grid) -> list[tuple[Row, list[list[Row]]]]:
    """Each total row with the groups of rows it may close, the likeliest first. A table whose first
    total opens it (收入合计 over its parts, then 支出合计 over its own) reads every total over the rows
    below it, up to the next total; otherwise each total closes the rows since the one before it.
    The other reading (and, for a total on top, every row below it) is kept as an alternative: a
    total is reported only when no reading adds up to it."""
    totals = [r for r, row in enumerate(g.rows)
              if any(norm(row.label).startswith(w) or norm(row.label).endswith(w) for w in TOTAL_WORDS)]
    # a 其中 row lists the parts of the row above it: right under a total, the total's own parts begin
    # there (年度资金总额 / 其中：中央财政资金 / 自治区财政资金 / …), and it is one of them
    keep = [not _SUB_ROW.match(x.label) or (t - 1 in totals) for t, x in enumerate(g.rows)]

    def rows(a: int, b: int) -> list[Row]:
        return [x for x, k in zip(g.rows[a:b], keep[a:b], strict=True) if k]

    def with_sub_rows(a: int, b: int) -> list[list[Row]]:
        """For a 其中 list that runs on past its first row (其中：全额拨款28 / 差额拨款4 under 事业32): the
        rows 其中 included, their nesting read from the figures (``_collapse``); and the rows with the
        whole list left out, up to the next numbered row (1. / 2、 / （三）)."""
        if all(keep[a:b]):
            return []
        numbered, inside = [], False
        for x, k in zip(g.rows[a:b], keep[a:b], strict=True):
            inside = (inside or not k) and not _NUMBERED_ROW.match(x.label)
            if not inside:
                numbered.append(x)
        return [g.rows[a:b], numbered]

    on_top = bool(totals) and not any(keep[: totals[0]])
    out = []
    for i, r in enumerate(totals):
        a, b = totals[i - 1] + 1 if i else 0, totals[i + 1] if i + 1 < len(totals) else len(g.rows)
        above, below = rows(a, r), rows(r + 1, b)
        readings = [below, above] if on_top else [above, below]
        nested = with_sub_rows(r + 1, b) if on_top else with_sub_rows(a, r)
        if nested and sum(1 for x in nested[1] if _NUMBERED_ROW.match(x.label)) >= 2:
            readings.insert(0, nested.pop())  # numbered rows: the 其中 list is what lies between them
        readings += nested
        subtotals = [g.rows[t] for t in totals[:i] if "小计" in norm(g.rows[t].label)]
        if (not on_top or len(below) < 2) and "小计" not in norm(g.rows[r].label) and len(subtotals) >= 2:
            # 总计 under groups closed (or headed: 基本支出小计 over its rows) by 小计: the 小计 rows (or every row)
            readings.insert(0 if len(above) < 2 or on_top else 1, subtotals)
            readings.append([x for t, x in enumerate(g.rows[:r]) if keep[t] and t not in totals])
        if i == 0 and on_top:
            readings.append(rows(r + 1, len(g.rows)))
        out.append((g.rows[r], [x for x in readings if len(x) >= 2]))
    return out


def _adds_up(parts: list[Num], total: Num) -> bool:
    return _same(sum((p.value for p in parts), Decimal(0)), total) \
        or _same(sum((p.value for p in _collapse(parts)), Decimal(0)), total)


def _column_totals(g: Grid, corrections: dict[int, Decimal] | None = None,
                   corrected: dict[Location, Decimal] | None = None) -> list[Finding]:
    """A row labelled 合计/总计/小计 against the rows it closes (其中 rows and nested groups excluded);
    each total found wrong is put in ``corrected`` with the sum it should be."""
    out: list[Finding] = []
    for row, readings in _closed_groups(g):
        if not readings:
            continue
        for c, total in enumerate(row.cells):
            if total is None or total.percent or NOT_ADDITIVE.search(g.col_labels.get(c, "")):
                continue  # (a rate or a per-head column: its 合计 row holds the whole's rate, no sum)
            if readings and (unit_in([g.col_labels.get(c, "")]) is not None or g.unit is not None):
                readings = [[x for x in rd if not other_quantity(x.label)] for rd in readings]
            parts = column_parts(readings[0], c)
            if parts is None or _adds_up(parts, total) or units_differ([row.label, *(r.label for r in readings[0])]):
                continue  # (人员经费（元） and 合计（万元）: rows in two money units are added by no column sum)
            # (a blank is a zero in these: 其中：行政运行 600 | 600 | blank under 200 of projects; or ``members_add_up``)
            zeroed = [alt for alt in (column_parts(x, c, blank_zero=True) for x in readings[1:]) if alt is not None]
            grouped = groups(readings[0], row, c)
            if any(_adds_up(alt, total) for alt in zeroed) or members_add_up(grouped, total):
                if grouped is not None and not grouped.consistent and (off := one_figure_off(g, total, grouped)):
                    out.append(off)  # the members add up, a heading over some of them does not
                continue  # another reading of which rows the total closes adds up
            others = [alt for alt in (column_parts(x, c) for x in readings[1:]) if alt is not None]
            # a reading whose figures show the 其中 nesting (a row over the rows that add up to it) may say best what
            # was meant; of the readings, the one whose sum lies nearest the total (a wrong total is off by a slip,
            # not by a whole group: 中央320/省150/市100/县60/其他40 under 680 is 670, not 570 with 100 = 60 + 40)
            nested = [_collapse(alt) for alt in [parts, *zeroed, *others] if len(_collapse(alt)) < len(alt)]
            parts = min([*nested[:1], parts], key=lambda ps: abs(sum((p.value for p in ps), Decimal(0)) - total.value))
            parts = [p for p in parts if p.text] or parts  # (a blank read as 0 adds nothing to show)
            if column_unknown(parts, [x for rd in readings for x in rd], row.nums(), total):
                continue  # one figure a row, adding up to another of the total row's figures: that column's
            if (shifted := shifted_parts(row, readings[0], total, _adds_up)) is None:
                continue
            parts = shifted or parts
            if grouped is not None and not grouped.consistent:  # (merged headings disagreeing with their members)
                out.append(one_figure_off(g, total, grouped) or groups_disagree(g, row, c, total, grouped))
                continue
            listed = next((rd for rd in readings if any(_SUB_ROW.match(x.label) for x in rd)), None)
            if grouped is None and listed and (v := sub_list_verdict(listed, c, total, row, g.col_labels.get(c, f"第{c + 1}列"))):
                out.extend([v.finding] if v.finding else [])  # a 其中 list running on for rows: its end pins the figure
                continue
            parts = grouped.members if grouped is not None else parts
            expected = sum((p.value for p in parts), Decimal(0))
            if corrections and c in corrections and _same(expected + corrections[c], total):
                continue  # a wrong 增减额 cell above, reported on its own: the total follows once it is fixed
            places = max(total.places, *(p.places for p in parts))
            explained = _overlaps(*_sum_interval(parts), total)
            formula = " + ".join(p.text for p in parts)
            name = g.col_labels.get(c, f"第{c + 1}列")
            if corrected is not None:
                corrected[total.loc] = expected
            out.append(make_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
                f"{row.label}行{name}应为 {format_decimal(expected, places)}（{formula}），报告为 {total.text}",
                total, parts,
                f"{row.label} = {formula} = {format_decimal(expected, places)}" + (EXPLAINED if explained else NOT_EXPLAINED),
                f"核对{row.label}行与各分项，将其改为 {format_decimal(expected, places)} 或更正有误的分项", "table_column_total",
            ))
    return out


def check_arithmetic(report: Report) -> list[Finding]:
    """Every arithmetic finding in the report's own tables and narrative (no source data needed)."""
    with shared_mentions(), shared_rows():  # each check below reads the same texts' figures and table rows again
        return _dedupe(_arithmetic(report))


def _arithmetic(report: Report) -> list[Finding]:
    findings: list[Finding] = []
    all_grids = join_continued(report, grids(report))  # (a table's part after its page break: one table)
    corrected: dict[Location, Decimal] = {}  # a total cell a finding corrects, and the value it gives
    for g in all_grids:
        for row in g.rows:
            findings.extend(_row_sums(g, row))
            findings.extend(_row_differences(row))
        corrections: dict[int, Decimal] = {}
        for c, delta, finding in _labelled_differences(g):  # a total row's own correction does not change the parts
            corrections[c] = corrections.get(c, Decimal(0)) + delta
            findings.append(finding)
        nature = check_nature_grid(g)  # a total over the form's two breakdowns of it: read there, not as a column sum
        findings.extend(misread_rows(_column_totals(g, corrections, corrected), g) if nature is None else nature)
    in_sentences, facts = check_sentences(report)
    findings.extend(in_sentences)
    findings.extend(check_narrative(report, all_grids, facts))
    for check in (check_paired_parts, check_count_lists, check_listed_items, check_part_over_whole, check_sentence_rates, check_forms):
        findings.extend(check(report))
    findings.extend(check_line_rates(report))  # after the forms' own 执行率 (one finding per cell)
    findings.extend(check_grid_rates(all_grids, corrected))  # after the forms' own 执行率: that finding is kept
    findings.extend(check_change_rates(all_grids))
    findings = with_column_units(all_grids, findings)  # after the row rule: a rate it reports is not reported again
    if has_measured_cells(report):
        findings.extend(check_grid_rates(grids(report, measured=True), corrected, measured=True))  # | 10公里 | 9公里 | 90% |
    for check in (check_field_totals, check_breakdowns_below, check_fund_balance, check_allocations, check_scores, check_indicator_scores,
                  check_score_total, check_weight_sums, check_score_lines, check_score_parts, check_score_twice, check_missed_full_score, check_met_but_deducted,
                  check_surveys, check_fund_uses, check_source_funds, check_magnitudes, check_averages, check_by_nature, check_points, check_line_change_rates,
                  check_score_classes, check_divisions, check_mirrored_splits, check_dropped_wan, check_unit_kinds):  # the report-level checks, in the order their findings merge
        findings.extend(check(report))
    return findings


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    out = []
    for f in findings:
        loc = f.location.location
        key = (f.kind, loc.block, loc.row, loc.col, loc.start, loc.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
