"""A project form's funds line: 实际到位资金 A, 实际支出 B, 结余 C — the balance is what arrived less what
was spent, C = A − B.

Part of the arithmetic check (see ``tables``). Why: the project 自评表 of many provinces opens with
计划安排资金 | 实际到位资金 | 实际支出 | 结余 (万元), and a copy edited in one cell and not the others
shows spending above the money that arrived with 结余 0. Read as the stream of cells ``form_cells``
gives, however the copy flattened the form (one cell per line, "(万元)" on a line of its own): the
three fields must stand in that order, each label followed by its value and nothing else between.
Some forms count 结余 against the plan instead (计划安排资金 − 实际支出): where the plan stands right
before and makes the balance, the line is consistent. Within the three figures' rounding it is too.
"""

from __future__ import annotations

from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, places_of
from ...report import Report
from .form_cells import FormCell, cell_name, cell_value, form_cells
from .grid import Num, make_finding, span_at

__all__ = ["check_fund_balance"]

_PLAN = {"计划安排资金", "计划投入资金", "计划资金", "预算安排资金"}
_ARRIVED = {"实际到位资金", "到位资金", "实际到位"}
_SPENT = {"实际支出", "实际支出资金", "实际支出数", "实际使用资金"}
_LEFT = {"结余", "结余资金", "资金结余"}
_Field = tuple[str, FormCell, Decimal]


def _fields(cells: list[FormCell]) -> list[_Field | None]:
    """(label, value cell, value) for each label cell whose next non-empty cell is a number; None for
    any other cell, so that fields with something between are not adjacent."""
    out: list[_Field | None] = []
    i = 0
    while i < len(cells):
        name = cell_name(cells[i].text)
        j = i + 1
        while j < len(cells) and not cell_name(cells[j].text):
            j += 1  # a unit note alone, (万元)
        if name in _PLAN | _ARRIVED | _SPENT | _LEFT and j < len(cells):
            is_value, value = cell_value(cells[j])
            shares = [c.text for c in cells[i:j + 1] if "%" in c.text or "％" in c.text]
            if is_value and value is not None and not shares:  # 结余(%) | 1.3%: a share, no balance
                out.append((name, cells[j], value))
                i = j + 1
                continue
        out.append(None)
        i += 1
    return out


def _half(f: _Field) -> Decimal:
    return Decimal("0.5").scaleb(-places_of(f[2]))


def check_fund_balance(report: Report) -> list[Finding]:
    """One warning per 实际到位资金 | 实际支出 | 结余 run whose balance is neither arrived − spent nor,
    where the plan stands right before, plan − spent."""
    if not any("到位" in t and ("实际到位" in t or "到位资金" in t) for t in report.texts()) \
            or not any("结余" in t for t in report.texts()):
        return []  # (the form's cells are read only where its fields are named)
    fields = _fields(form_cells(report))
    out: list[Finding] = []
    for k in range(len(fields) - 2):
        a, b, c = fields[k], fields[k + 1], fields[k + 2]
        if a is None or b is None or c is None or a[0] not in _ARRIVED or b[0] not in _SPENT or c[0] not in _LEFT:
            continue
        tol = _half(a) + _half(b) + _half(c)
        plan = fields[k - 1] if k else None
        if abs(a[2] - b[2] - c[2]) <= tol or (plan is not None and plan[0] in _PLAN and abs(plan[2] - b[2] - c[2]) <= tol):
            continue
        nums = [Num(f[2], places_of(f[2]), False, span_at(f[1].unit.location, f[1].start, f[1].end), f[1].text)
                for f in (c, a, b)]
        left = format_decimal(a[2] - b[2], max(n.places for n in nums))
        out.append(make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
            f"结余 {c[1].text} 不等于实际到位资金 {a[1].text} 减实际支出 {b[1].text}（{left}）", nums[0], nums[1:],
            f"结余是到位资金未支出的部分：{a[1].text} − {b[1].text} = {left}，报告结余为 {c[1].text}",
            "核对实际到位资金、实际支出与结余，更正有误的一处", "form_fund_balance"))
    return out
