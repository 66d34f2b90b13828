"""A report's own arithmetic, checked without source data.

Reviewers often have only the report. Its tables carry relations a careful reader recomputes:
totals against their parts (合计 = 其中…), differences (节约数 = 预算数 − 决算数, 增减数 = 本年 − 上年) and
the percentages built on them (节约比例 = 节约数 ÷ 预算数). The narrative restates table figures,
sometimes in another unit (14,293.93元 vs 1.43万元), and the same metric may be stated twice.

Rules are generic and cautious: a relation is discovered in the numbers themselves (a − b = c
exactly at the shown precision) or declared by a header (合计/总计/小计); a figure is flagged only when
a relation pins it down. Severity is ``error`` when no rounding of the inputs explains the gap and
``warning`` when interval arithmetic over the inputs' rounding could (the evidence says which).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ...findings import Finding, FindingLocation, Kind, Severity
from ...quantities import Unit, format_decimal, places_of, round_half_up
from ...report import Location, Paragraph, Report, Table

__all__ = ["check_arithmetic"]

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－％", "0123456789.,-%")
_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$|^[+-]?\d+(?:\.\d+)?%?$")
_TOTAL_WORDS = ("合计", "总计", "小计", "总额", "汇总")
_SUB_ROW = re.compile(r"^\s*其中")
_UNIT_HINT = re.compile(r"[（(]\s*(?:单位[:：]\s*)?(亿元|万元|元)\s*[)）]|单位[:：]\s*(亿元|万元|元)")
_LOOSE_PP = Decimal(1)  # a percentage within 1 percentage point of a relation is "meant" by it


@dataclass(frozen=True)
class Num:
    """A number as shown in a cell: value, decimals shown, percent or not, and where it is."""

    value: Decimal
    places: int
    percent: bool
    loc: Location
    text: str

    @property
    def half(self) -> Decimal:
        """Half a unit of the last shown digit: how far rounding can have moved the figure."""
        if self.value == 0 and not self.percent:
            return Decimal(0)
        return Decimal("0.5").scaleb(-self.places)

    def shown(self) -> str:
        return self.text


@dataclass
class Row:
    label: str
    label_loc: Location | None
    cells: list[Num | None]  # positional; None for blank or non-numeric cells

    def nums(self) -> list[Num]:
        return [c for c in self.cells if c is not None]


@dataclass
class Grid:
    """One table segment: header rows, then data rows with a label and numeric cells."""

    headers: list[list[str]]
    rows: list[Row] = field(default_factory=list)
    col_labels: dict[int, str] = field(default_factory=dict)
    total_col: int | None = None
    unit: Unit | None = None


def parse_number(text: str) -> tuple[Decimal, int, bool] | None:
    """A bare table number ("1,209.14", "27.45%", "９％") as (value, places, is_percent), else None."""
    t = text.translate(_FULLWIDTH).strip().replace(" ", "")
    if not t or not _NUMBER.match(t):
        return None
    percent = t.endswith("%")
    value = Decimal(t.rstrip("%").replace(",", ""))
    return value, places_of(value), percent


def _num(text: str, loc: Location) -> Num | None:
    parsed = parse_number(text)
    if parsed is None:
        return None
    # point at the number itself, not surrounding blanks
    stripped = text.strip()
    start = text.index(stripped)
    return Num(parsed[0], parsed[1], parsed[2], loc.span(start, start + len(stripped)), stripped)


def _norm(text: str) -> str:
    return re.sub(r"[\s“”\"'‘’「」:：]", "", text)


def _unit_in(texts: list[str]) -> Unit | None:
    for t in texts:
        m = _UNIT_HINT.search(t)
        if m:
            return Unit(m.group(1) or m.group(2))
    return None


# ---------------------------------------------------------------- reading tables into grids


def grids(report: Report) -> list[Grid]:
    """Every table segment of the report, from real tables and from runs of one-cell-per-line text."""
    out: list[Grid] = []
    blocks = report.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Table):
            before = [b.text for b in blocks[max(0, i - 2) : i] if not isinstance(b, Table)]
            out.extend(_table_grids(i, block, before))
            i += 1
            continue
        j = i
        while j < len(blocks) and isinstance(blocks[j], Paragraph) and _short(_text(blocks[j])):
            j += 1
        if j - i >= 8:
            run = list(range(i, j))
            if sum(parse_number(_text(blocks[k])) is not None for k in run) * 3 >= len(run):
                before = [b.text for b in blocks[max(0, i - 2) : i] if not isinstance(b, Table)]
                out.extend(_paragraph_grid(report, run, before))
            i = j
        else:
            i = max(j, i + 1)
    return out


def _text(block: object) -> str:
    return block.text if isinstance(block, Paragraph) else ""


def _short(text: str) -> bool:
    return 0 < len(text.strip()) <= 30


def _table_grids(b: int, table: Table, before: list[str]) -> list[Grid]:
    """Split a table into segments (header rows + data rows); a text row after data starts a new one."""
    segments: list[Grid] = []
    headers: list[list[str]] = []
    current: Grid | None = None
    pending: list[Row] = []
    for r, row in enumerate(table.rows):
        texts = [c.text if not c.merged else "" for c in row]
        cells = [_num(t, Location(block=b, row=r, col=c)) if t else None for c, t in enumerate(texts)]
        rest = texts[1:]
        has_num = any(x is not None for x in cells[1:])
        has_text = any(t.strip() and parse_number(t) is None for t in rest)
        if has_num and not has_text:
            if current is None:
                current = Grid(headers=headers)
                segments.append(current)
            current.rows.extend(pending)
            pending = []
            label = texts[0].strip() if texts and cells[0] is None else ""
            label_loc = Location(block=b, row=r, col=0, end=len(texts[0])) if label else None
            current.rows.append(Row(label, label_loc, [None, *cells[1:]] if label else cells))
        elif len(texts) >= 3 and not any(t.strip() for t in rest):
            # a labelled row with nothing filled in (二级机构1, 汇总 left blank): keeps the segment going
            if texts[0].strip():
                pending.append(Row(texts[0].strip(), None, [None] * len(texts)))
            continue
        else:
            if current is not None:
                current.rows.extend(pending)
                current, headers = None, []
            pending = []
            headers = [*headers, texts]
    if current is not None:
        current.rows.extend(pending)
    for g in segments:
        g.headers = g.headers[-4:]
        flat = [t for h in g.headers for t in h]
        g.unit = _unit_in(flat) or _unit_in(before) or _unit_in([table.caption or ""])
        _align_headers(g)
    return segments


def _paragraph_grid(report: Report, run: list[int], before: list[str]) -> list[Grid]:
    """A table that lost its tabs: a label line starts a row, the numeric lines after it are its cells."""
    labels: list[str] = []
    rows: list[Row] = []
    for k in run:
        text = report.blocks[k].text  # type: ignore[union-attr]
        loc = Location(block=k, start=0, end=len(text))
        n = _num(text, loc)
        if n is None:
            rows.append(Row(text.strip(), loc, [None]))
        elif rows:
            rows[-1].cells.append(n)
    while rows and not any(rows[0].cells[1:]):
        labels.append(rows.pop(0).label)
    rows = [r for r in rows if any(r.cells[1:])]
    if not rows:
        return []
    g = Grid(headers=[labels], rows=rows, unit=_unit_in(labels) or _unit_in(before))
    _align_headers(g)
    return [g]


def _align_headers(g: Grid) -> None:
    """Column labels from header rows whose width equals the data width (others cannot be aligned)."""
    width = max((len(r.cells) for r in g.rows), default=0)
    used = {i for r in g.rows for i, c in enumerate(r.cells) if c is not None}
    for h in g.headers:
        # a row of another width, or one labelling columns no data row uses, is not aligned
        if len(h) != width or any(t.strip() and c not in used and c > 0 for c, t in enumerate(h)):
            continue
        for c, t in enumerate(h):
            if t.strip() and c > 0 and len(_norm(t)) <= 20:
                g.col_labels[c] = _norm(t)
    first_num = min((i for r in g.rows for i, c in enumerate(r.cells) if c is not None), default=None)
    if first_num is None:
        return
    for c, label in sorted(g.col_labels.items()):
        if c > 0 and c in used and any(w in label for w in _TOTAL_WORDS):
            g.total_col = c
            return
    # the header cell right above the first numeric column, in rows whose left part is not merged
    for h in reversed(g.headers):
        label = _norm(h[first_num]) if first_num > 0 and len(h) > first_num else ""
        if len(label) <= 20 and any(w in label for w in _TOTAL_WORDS):
            g.total_col = first_num
            g.col_labels.setdefault(first_num, _norm(h[first_num]))
            return


# ---------------------------------------------------------------- numeric helpers


def _fmt(v: Decimal, places: int) -> str:
    return format_decimal(v, places)


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


def _fl(loc: Location, text: str) -> FindingLocation:
    return FindingLocation(location=loc, quote=text, label=loc.label())


def _finding(kind: Kind, severity: Severity, message: str, at: Num, inputs: list[Num], evidence: str,
             suggestion: str | None, rule: str) -> Finding:
    return Finding(
        kind=kind, severity=severity, message=message, location=_fl(at.loc, at.text),
        related=[_fl(n.loc, n.text) for n in inputs], evidence=evidence, suggestion=suggestion, rule=rule,
    )


_EXPLAINED = "；按各输入数四舍五入前的取值范围（区间运算）计算，报告数仍可能成立，请核对未取整的原始数"
_NOT_EXPLAINED = "；即使考虑各输入数的四舍五入误差（区间运算）也无法得到报告数"


# ---------------------------------------------------------------- row relations


def _row_sums(g: Grid, row: Row) -> list[Finding]:
    """A total column (header 合计/总计…) against the columns after it; nested 其中 groups collapse."""
    t = g.total_col
    if t is None or t >= len(row.cells) or row.cells[t] is None or row.cells[t].percent:  # type: ignore[union-attr]
        return []
    total = row.cells[t]
    assert total is not None
    after = [c for c in row.cells[t + 1 :] if c is not None and not c.percent]
    if len(after) < 2 or all(c.value == 0 for c in after):
        return []
    top = _collapse(after)
    candidates = [top[:n] for n in range(len(top), 1, -1)] + [after]
    if any(_same(sum((p.value for p in parts), Decimal(0)), total) for parts in candidates):
        return []
    wrong_parent = _wrong_subtotal(row, total, after)
    if wrong_parent is not None:
        return [wrong_parent]
    loose = [p for p in candidates if _close(sum((x.value for x in p), Decimal(0)), total.value)]
    flat = len(_collapse(after, loose=True)) == len(after)  # no 其中 group at all, even a loose one
    parts = loose[0] if loose else (after if flat else None)
    if parts is None:
        return []
    expected = sum((p.value for p in parts), Decimal(0))
    places = max(total.places, *(p.places for p in parts))
    lo, hi = _sum_interval(parts)
    explained = _overlaps(lo, hi, total)
    formula = " + ".join(p.text for p in parts)
    name = g.col_labels.get(t, "合计")
    return [_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
        f"{row.label or '该行'}的{name}应为 {_fmt(expected, places)}（{formula}），报告为 {total.text}",
        total, parts,
        f"{name} = {formula} = {_fmt(expected, places)}" + (_EXPLAINED if explained else _NOT_EXPLAINED),
        f"核对{name}与各组成部分，将其改为 {_fmt(expected, places)} 或更正有误的分项", "table_row_total",
    )]


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
        return _finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
            f"{row.label or '该行'}的小计应为 {_fmt(kid_sum, places)}（{formula}），报告为 {parent.text}",
            parent, [*kids, total],
            f"{parent.text} 之后的分项合计 {formula} = {_fmt(kid_sum, places)}；以 {_fmt(kid_sum, places)} 代入时"
            f"总数 {total.text} 恰好成立" + (_EXPLAINED if explained else _NOT_EXPLAINED),
            f"将 {parent.text} 改为 {_fmt(kid_sum, places)}", "table_row_subtotal",
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
        near = sorted((abs(r - p.value), r, base) for r, base in ratios)
        gap, ratio, base = near[0]
        if gap > _LOOSE_PP:
            continue
        out.append(_percent_finding(row, c, base, p, ratio))
    return out


def _percent_finding(row: Row, part: Num, base: Num, p: Num, ratio: Decimal) -> Finding:
    expected = _fmt(ratio, p.places)
    bounds = _ratio_interval(part, base)
    explained = bounds is not None and _overlaps(bounds[0], bounds[1], p)
    rng = f"（区间 {_fmt(bounds[0], p.places + 2)}% ~ {_fmt(bounds[1], p.places + 2)}%）" if bounds else ""
    name = f"{row.label}的比例" if row.label else "比例"
    return _finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
        f"{name}应为 {expected}%（{part.text} ÷ {base.text}），报告为 {p.text}", p, [part, base],
        f"{part.text} ÷ {base.text} × 100% = {_fmt(ratio, p.places + 4)}%，按报告精度四舍五入为 {expected}%"
        + rng + (_EXPLAINED if explained else _NOT_EXPLAINED),
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
                    expected = _fmt(diff, max(a.places, b.places, c.places))
                    return [_finding(
                        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
                        f"{row.label or '该行'}的差额应为 {expected}（{big.text} − {small.text}），报告为 {c.text}",
                        c, [big, small, p],
                        f"{big.text} − {small.text} = {expected}；其后的 {p.text} 也由 {expected} ÷ {base.text} 得出"
                        + (_EXPLAINED if explained else _NOT_EXPLAINED),
                        f"将 {c.text} 改为 {expected}", "table_row_difference",
                    )]
    return []


# ---------------------------------------------------------------- column totals


def _column_totals(g: Grid) -> list[Finding]:
    """A row labelled 合计/总计/小计 against the rows it closes (其中 rows and nested groups excluded)."""
    out: list[Finding] = []
    start = 0
    for r, row in enumerate(g.rows):
        label = _norm(row.label)
        if not any(label.startswith(w) or label.endswith(w) for w in _TOTAL_WORDS):
            continue
        parts_rows = [x for x in g.rows[start:r] if not _SUB_ROW.match(x.label)]
        if not parts_rows and r == start:
            parts_rows = [x for x in g.rows[r + 1 :] if not _SUB_ROW.match(x.label)]
        start = r + 1
        if len(parts_rows) < 2:
            continue
        for c, total in enumerate(row.cells):
            if total is None or total.percent:
                continue
            col = [x.cells[c] if c < len(x.cells) else None for x in parts_rows]
            if any(x is not None and x.percent for x in col):
                continue
            # rows too short to reach this column are fine only when all they hold is zero
            short = [x for x in parts_rows if c >= len(x.cells) or x.cells[c] is None]
            if any(any(n.value != 0 for n in x.nums()) for x in short):
                continue
            parts = [x for x in col if x is not None]
            if len(parts) < 2 or all(p.value == 0 for p in parts):
                continue
            expected = sum((p.value for p in parts), Decimal(0))
            if _same(expected, total) or _same(sum((p.value for p in _collapse(parts)), Decimal(0)), total):
                continue
            places = max(total.places, *(p.places for p in parts))
            lo, hi = _sum_interval(parts)
            explained = _overlaps(lo, hi, total)
            formula = " + ".join(p.text for p in parts)
            name = g.col_labels.get(c, f"第{c + 1}列")
            out.append(_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
                f"{row.label}行{name}应为 {_fmt(expected, places)}（{formula}），报告为 {total.text}",
                total, parts,
                f"{row.label} = {formula} = {_fmt(expected, places)}" + (_EXPLAINED if explained else _NOT_EXPLAINED),
                f"核对{row.label}行与各分项，将其改为 {_fmt(expected, places)} 或更正有误的分项", "table_column_total",
            ))
    return out


# ---------------------------------------------------------------- entry point


def check_arithmetic(report: Report) -> list[Finding]:
    """Every arithmetic finding in the report's own tables and narrative (no source data needed)."""
    findings: list[Finding] = []
    all_grids = grids(report)
    for g in all_grids:
        for row in g.rows:
            findings.extend(_row_sums(g, row))
            findings.extend(_row_differences(row))
        findings.extend(_column_totals(g))
    from .prose import check_sentences  # late: both build on this module
    from .text import check_narrative

    in_sentences, facts = check_sentences(report)
    findings.extend(in_sentences)
    findings.extend(check_narrative(report, all_grids, facts))
    return _dedupe(findings)


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
