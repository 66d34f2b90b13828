"""The budget block's 得分 against its 分值 and its 执行率.

Part of the form check (``forms``). Why: the template (财预〔2020〕10号 and the provinces' copies) scores
the block's row as 分值 × 执行率 — a 76% execution of a 10-point row earns 7.6 — so no rule gives the
row more than its weight, nor more than its weight times its rate (a rate above 100% counts as 100%).
A score below that is left alone: provinces deduct by bands or for other faults, and a lower score is
no arithmetic slip. Where the rate cell itself is wrong, the rate the money gives counts as well: the
score is held against the higher of the two, so only a score neither can give is reported, and a score
rounded up to its own precision (8.6 written as 9) is no slip either.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from ...calibration import calibrated
from ...findings import Finding, FindingLocation, Kind, Severity
from ...quantities import places_of
from ...report import Report
from .form_cells import FormCell

__all__ = ["score_findings"]

Cells = list[tuple[FormCell, Decimal | None]]
_FULL = Decimal(100)


def _at(report: Report, cell: FormCell) -> FindingLocation:
    return FindingLocation.of(report, cell.unit.at(cell.start, cell.end))


def score_findings(report: Report, roles: list[str], label: FormCell, row: Cells) -> list[Finding]:
    """A row's score above its weight, or above its weight times its rate."""
    col = dict(zip(roles, row, strict=True))
    if "weight" not in col or "score" not in col:
        return []
    (weight_cell, weight), (cell, score) = col["weight"], col["score"]
    if weight is None or score is None or weight <= 0:
        return []
    name = f"“{label.text}”的" if label.text else ""
    if score > weight:
        rule = "form_score_over_weight"
        return [Finding(
            kind=Kind.ARITHMETIC_MISMATCH, severity=calibrated(Severity.WARNING, rule),
            message=f"{name}得分{cell.text}高于其分值{weight_cell.text}",
            location=_at(report, cell), related=[_at(report, weight_cell)],
            evidence="得分不能超过该项的分值", suggestion="核对得分（执行率超过100%的，得分按分值计）", rule=rule)]
    rate = _rate(col)
    if rate is None or rate >= _FULL:
        return []
    earned = weight * rate / _FULL
    q = Decimal(1).scaleb(-places_of(score))
    if score <= earned.quantize(q, ROUND_CEILING):
        return []
    rate_cell = col["rate"][0]
    shown = earned.quantize(Decimal("0.01")).normalize()
    rule = "form_score_over_rate"
    return [Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=calibrated(Severity.WARNING, rule),
        message=f"{name}执行率{rate_cell.text}、分值{weight_cell.text}，得分却写作{cell.text}，按分值×执行率至多{shown:f}分",
        location=_at(report, cell), related=[_at(report, rate_cell), _at(report, weight_cell)],
        evidence=f"{weight_cell.text} × {rate_cell.text} = {shown:f}（得分 = 分值 × 执行率）",
        suggestion=f"改为{shown:f}（或说明评分办法）", rule=rule)]


def _rate(col: dict[str, tuple[FormCell, Decimal | None]]) -> Decimal | None:
    """The row's rate in per cent: the higher of the written one and 执行数 ÷ 预算数 (None if unwritten)."""
    if "rate" not in col or (stated := col["rate"][1]) is None:
        return None
    text = col["rate"][0].text.rstrip()
    if not text.endswith(("%", "％")) and stated <= 1:
        stated *= 100  # the ratio itself (0.958 for 95.8%)
    budget, spent = (col[r][1] if r in col else None for r in ("budget", "spent"))
    if budget is not None and spent is not None and budget > 0:
        return max(stated, spent / budget * 100)
    return stated
