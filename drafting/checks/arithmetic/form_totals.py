"""The budget block's total row against its sources: 年度资金总额 = the rows its 其中 lists.

Part of the form check (``forms``). Why: the template lists every source of the year's money under the
total — a 部门整体/项目 form 财政拨款, 上年结转资金, 其他资金 (or 基本支出 and 项目支出), a 转移支付 form
中央财政资金, 地方资金 (or its levels: 自治区, 盟市, 旗县 …), 其他资金 — so the rows add up to it, column by
column. A source row left blank (其他资金 | | |) holds nothing only where the block shows it: the
全年预算数 column adds up without it, and money not budgeted is not spent; then the 全年执行数 column
must add up too (a 中央财政资金 row, the only source filled, equal to the total). Otherwise a blank row
may hold money a copy lost, and only a total below one of its sources is sure to be wrong.
"""

from __future__ import annotations

from decimal import Decimal

from ...calibration import calibrated
from ...findings import Finding, FindingLocation, Kind, Severity
from ...quantities import places_of
from ...report import Report
from .form_cells import BY_USE, LEVELS, PARTS, SOURCE_SETS, TOTALS, FormCell, cell_name

__all__ = ["total_findings"]

Cells = list[tuple[FormCell, Decimal | None]]
_MONEY = ("initial", "budget", "spent")


def _name(label: str) -> str:
    return cell_name(label).removeprefix("其中").lstrip(":：")


def _complete(kinds: list[str]) -> bool:
    """Whether source kinds, one row each, are all the template's rows: one of ``SOURCE_SETS``, or
    中央 and 其他 with the local levels' rows standing for 地方资金."""
    found = set(kinds)
    if len(found) != len(kinds):
        return False  # two rows of one kind (财政拨款 and 当年财政拨款): which is a sub-row is unsaid
    return found in SOURCE_SETS or (found - LEVELS == {"central", "other"} and bool(found & LEVELS))


def total_findings(report: Report, roles: list[str], rows: list[tuple[FormCell, Cells]],
                   blanks: list[FormCell] | None = None) -> list[Finding]:
    """The total row against its complete list of sources (see the module); blank ones as set out there."""
    named = {_name(label.text): row for label, row in rows}
    total_name = next((n for n in TOTALS if n in named), "")
    total = named.get(total_name)
    if total is None:
        return []
    empty = list(dict.fromkeys(n for c in blanks or [] if (n := _name(c.text)) in PARTS and n not in named))
    sources = [n for n in named if n in PARTS]
    if _complete([PARTS[n] for n in sources + empty]) and not _other_money(roles, named, total_name):
        parts = {n: named[n] for n in sources}
    elif not empty and {BY_USE[n] for n in named if n in BY_USE} == {"basic", "project"}:
        parts, empty = {n: named[n] for n in named if n in BY_USE}, []
    else:
        return _below_a_source(report, roles, total_name, total, named)
    columns = [k for k, role in enumerate(roles) if role in _MONEY and total[k][1] is not None
               and all(row[k][1] is not None for row in parts.values())]
    if empty and not any(roles[k] == "budget" and _adds_up(total, parts, k) for k in columns):
        return _below_a_source(report, roles, total_name, total, named)  # the blank rows may hold money
    return [_finding(report, total_name, total, parts, empty, k) for k in columns
            if (not empty or roles[k] == "spent") and not _adds_up(total, parts, k)]


def _other_money(roles: list[str], named: dict[str, Cells], total_name: str) -> bool:
    """Whether a row the template does not name holds money (社会资金 | 50 | 50): it may be one more
    source, and the listed ones are then not the whole (a row of zeros, 彩票公益金 | 0 | 0, changes nothing)."""
    return any(n != total_name and n not in PARTS and n not in BY_USE
               and any(v for k, (_, v) in enumerate(row) if roles[k] in _MONEY) for n, row in named.items())


def _adds_up(total: Cells, parts: dict[str, Cells], k: int) -> bool:
    """Whether column ``k``'s parts add up to its total: to one unit of the finest precision shown, or,
    where some figures are shown coarser (1157.9 beside 1157.97), within the rounding of each."""
    whole = total[k][1]
    values = [v for row in parts.values() if (v := row[k][1]) is not None]
    assert whole is not None
    diff = abs(sum(values, Decimal(0)) - whole)
    places = [places_of(v) for v in (whole, *values)]
    if diff < Decimal(1).scaleb(-max(places)):
        return True
    return len(set(places)) > 1 and diff <= sum(Decimal(5).scaleb(-p - 1) for p, v in zip(places, (whole, *values), strict=True) if v)


def _finding(report: Report, total_name: str, total: Cells, parts: dict[str, Cells], empty: list[str], k: int) -> Finding:
    cell = total[k][0]
    got = sum((v for row in parts.values() if (v := row[k][1]) is not None), Decimal(0))
    kinds = {PARTS.get(n) or BY_USE[n] for n in parts}
    if "basic" in kinds:
        names = "基本支出与项目支出"
    elif kinds <= {"fiscal", "carry", "other"} and not empty:
        names = "财政拨款、上年结转资金与其他资金"
    else:
        listed = [*parts, *empty]
        names = "、".join(listed[:-1]) + "与" + listed[-1]
    note = (f"；{'、'.join(empty)}一行空白，全年预算数一栏不计它也相符，按没有这项资金计" if empty else "")
    rule = "form_total"
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=calibrated(Severity.WARNING, rule),
        message=f"{total_name if total_name != '总额' else '其中各项之上的总额'}（{cell.text}）不等于{names}之和（{got}）",
        location=FindingLocation.of(report, cell.unit.at(cell.start, cell.end)),
        related=[FindingLocation.of(report, row[k][0].unit.at(row[k][0].start, row[k][0].end)) for row in parts.values()],
        evidence=" + ".join(row[k][0].text for row in parts.values()) + f" = {got}" + note,
        suggestion="核对总额与各来源金额", rule=rule)


def _below_a_source(report: Report, roles: list[str], total_name: str, total: Cells,
                    named: dict[str, Cells]) -> list[Finding]:
    """A total below one of its sources, where some source rows are blank or missing: a blank row may
    hold money a copy lost, never less than none, so a total under any one source is wrong (the form's
    年度资金总额 left at 0 over a filled 财政拨款 row). One finding for the row, listing its columns."""
    hits: list[tuple[FormCell, str, FormCell]] = []  # (total's cell, the source, the source's cell), by column
    for k, role in enumerate(roles):
        whole = total[k][1]
        if role not in _MONEY or whole is None:
            continue
        hits += [(total[k][0], name, row[k][0]) for name, row in named.items()
                 if name in PARTS and (v := row[k][1]) is not None and v >= whole + _step(whole, v)][:1]
    if not hits:
        return []
    (cell, name, part), rule = hits[0], "form_total"
    return [Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=calibrated(Severity.WARNING, rule),
        message=f"{total_name}（{cell.text}）小于其中的{name}（{part.text}）"
                + (f"，同一行另有{len(hits) - 1}栏如此" if len(hits) > 1 else ""),
        location=FindingLocation.of(report, cell.unit.at(cell.start, cell.end)),
        related=[FindingLocation.of(report, c.unit.at(c.start, c.end)) for c in
                 [part, *(x for t, _, p in hits[1:] for x in (t, p))]],
        evidence="；".join(f"{t.text} < {n} {p.text}" for t, n, p in hits)
                 + f"。来源是{total_name}的一部分，总额不能小于它；空白的来源行最多再加上金额，不会减少",
        suggestion="核对总额与各来源金额", rule=rule)]


def _step(*values: Decimal) -> Decimal:
    """One unit of the finest precision shown among ``values``."""
    return Decimal(1).scaleb(-max(places_of(v) for v in values))
