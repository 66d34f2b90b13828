"""A 自评表 budget row whose 全年执行数 was copied in 元 while its 预算数 is in 万元: 3.68 | 3.68 | 36800.

Part of the forms check (see ``forms``). Why: the form's money is in 万元 and the accounts the officer
copies from are in 元 (DEFECTS.md: an amount in the wrong unit). Premise: money spent is at most the
budget and seldom under half of it, so an 执行数 five to ten thousand times its own row's 预算数 (neither
cell naming a unit of its own) is the same money in 元: the ratio read in one unit is an execution rate
of 50% to 100.5%. A row whose cells name their units is read by the rate check instead.
"""

from __future__ import annotations

from decimal import Decimal

from ...findings import Finding, FindingLocation, Kind, Severity
from ...quantities import format_decimal
from ...report import Report
from .form_cells import FormCell

__all__ = ["unit_slips"]

_LOW, _HIGH = Decimal(5_000), Decimal(10_050)


def _bare(cell: FormCell) -> bool:
    return not cell.text.rstrip().endswith("元")


def unit_slips(report: Report, roles: list[str], rows: list[tuple[FormCell, list[tuple[FormCell, Decimal | None]]]],
               ) -> list[Finding]:
    """One warning per row whose 执行数 reads as 元 beside a 预算数 in 万元, at the 执行数."""
    out: list[Finding] = []
    for label, row in rows:
        col = dict(zip(roles, row, strict=True))
        if "budget" not in col or "spent" not in col:
            continue
        (b_cell, budget), (s_cell, spent) = col["budget"], col["spent"]
        if budget is None or spent is None or budget <= 0 or not (_bare(b_cell) and _bare(s_cell)):
            continue
        if not _LOW <= spent / budget <= _HIGH:
            continue
        wan = (spent / 10_000).normalize()
        out.append(Finding(
            kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
            message=f"“{label.text}”的全年执行数{s_cell.text}疑为以元填写：预算数为{b_cell.text}（万元），"
                    f"执行数按万元读是预算的数千倍",
            location=FindingLocation.of(report, s_cell.unit.at(s_cell.start, s_cell.end)),
            related=[FindingLocation.of(report, b_cell.unit.at(b_cell.start, b_cell.end))],
            evidence=f"{s_cell.text} ÷ {b_cell.text} = {format_decimal(spent / budget, 0)}；按元读为{format_decimal(wan)}万元，"
                     f"执行率{format_decimal(spent / budget / 100, 2)}%",
            suggestion=f"核对单位，可能应为{format_decimal(wan)}（万元）", rule="form_amount_unit"))
    return out
