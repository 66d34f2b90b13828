"""Two rows of a 自评表's budget block with the same figures, the same weight and two scores: 年度资金总额 |
200 | 200 | 179.43 | 10 | 89.7% | 9 above 其中：当年财政拨款 | 200 | 200 | 179.43 | 10 | 89.7% | 8.

Why: the block's 得分 is the form's formula (执行率 × 分值, or the province's bands) applied to the row's own
figures; two rows whose budget, execution and rate are all equal and whose weights are equal must score
the same, whatever the formula. One of the two scores was typed by hand or kept from another year.

Precision first: only the budget block (``arithmetic.forms.budget_blocks``, however the form was
flattened), only rows whose every figure but the score is written and equal — at least the budget, the
execution and the rate —, whose weights are both written and equal (a 其中 row's weight is often blank or
—: then nothing is known), and whose two scores are both written.
"""

from __future__ import annotations

from decimal import Decimal

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report
from .arithmetic.forms import FormCell, budget_blocks

__all__ = ["check_twin_scores"]

_NEEDED = {"budget", "spent", "rate", "weight", "score"}


def _at(report: Report, cell: FormCell) -> FindingLocation:
    return FindingLocation.of(report, cell.unit.at(cell.start, cell.end))


def check_twin_scores(report: Report) -> list[Finding]:
    """One finding for each pair of such rows, at the later row's label, the two scores related."""
    out = []
    for roles, rows, _ in budget_blocks(report):
        if not _NEEDED <= set(roles):
            continue
        read = [(label, dict(zip(roles, row, strict=True))) for label, row in rows]
        for k, (label, cols) in enumerate(read):
            values = {role: value for role, (_, value) in cols.items()}
            if any(values[role] is None for role in _NEEDED):
                continue
            for other_label, other in read[:k]:
                same = {role: value for role, (_, value) in other.items()}
                if any(same[role] != values[role] for role in roles if role != "score") or same["score"] is None \
                        or same["score"] == values["score"]:
                    continue
                figures = "/".join(cols[r][0].text for r in roles if r not in ("score", "weight") and cols[r][0].text)
                out.append(_finding(report, (label, cols["score"][0]), (other_label, other["score"][0]),
                                    figures, values["weight"]))
                break
    return out


def _finding(report: Report, row: tuple[FormCell, FormCell], other: tuple[FormCell, FormCell], figures: str,
             weight: Decimal | None) -> Finding:
    (label, score), (other_label, other_score) = row, other
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
        message=f"“{label.text}”与“{other_label.text}”两行的数字完全相同（{figures}），分值同为{weight}，"
                f"得分却分别为{score.text}和{other_score.text}",
        location=_at(report, label),
        related=[_at(report, score), _at(report, other_label), _at(report, other_score)],
        evidence="得分按该行的执行率和分值计算；预算数、执行数、执行率和分值都相同的两行，得分应当相同",
        suggestion="按评分规则重新计算两行的得分，使之一致",
        rule="form_twin_rows_scored_apart")
