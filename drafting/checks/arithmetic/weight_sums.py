"""A scoring form's weights (分值) that add up to more than its full marks: 102 over 总分 100.

Part of the arithmetic check (see ``scores``, whose ``check_score_total`` holds the 总分 row's 得分 against
the rows only once their weights make its 分值, and stays quiet otherwise). Why: a form's weights are
copied from a template and one of them is changed without the others (8 made 10), so the form weighs
102 marks for a frame of 100. Premises, each general, precision first:

* the scored rows of a form (those giving both 分值 and 得分, under its 分值/得分 header: the indicator
  table, with the budget block's 执行率 row where the form scores it) make the form's full marks — the
  分值 of its 总分 row, or 100 where the row leaves it blank or the report has no 总分 row;
* which rows a total counts is read as ``check_score_total`` reads it: the block under the last header,
  or that block with the one before (the budget block's row); either making the full marks is clean;
* weights above the full marks by less than the smallest row's weight (and beyond the rounding of
  weights shown with decimals) cannot be rows counted twice or a group's subtotal read as a row — those
  add a whole row's weight or more: one weight is off. Weights that fall short are never read: a row
  the reading missed, or a page left out of an excerpt, looks the same;
* a form flattened one cell a line has its budget block read by ``forms``, not as a scored row: where the
  report's one frame holds one block of rows, the one budget block's 分值 (its first row's) is read with
  them. Were that weight an indicator row's already, the excess would be that row's weight: no finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal
from ...report import Report, TextUnit
from .forms import budget_blocks
from .scores import _TOTAL_ROW, Scored, _at, _places, scored_form_rows

__all__ = ["check_weight_sums"]

_FULL_MARKS = Decimal(100)
_Cell = tuple[TextUnit, int, int]
_Frame = tuple[list[list[Scored]], Decimal, _Cell | None]  # the blocks, the full marks, the 总分 row's 分值 cell


def _frames(report: Report) -> Iterator[_Frame]:
    """Each form's scored blocks with the full marks they make: closed by a 总分 row, or by the report's end."""
    blocks: list[list[Scored]] = []
    for line in scored_form_rows(report):
        if line.opens:
            blocks.append([])
            continue
        if not blocks:
            continue  # after a 总分 row, until the next header
        weight, score, cell = line.weight, line.score, line.row[line.cols[0]]
        if _TOTAL_ROW.match(line.label):
            full = weight if weight is not None else _FULL_MARKS
            if score is None or score <= full:  # (a 得分 above it is ``check_indicator_scores``'s finding there)
                yield blocks[-2:], full, cell if weight is not None else None
            blocks = []
        elif weight is not None and score is not None:
            blocks[-1].append((weight, score, cell))
    if any(blocks):
        yield blocks[-2:], _FULL_MARKS, None


def _over(rows: list[Scored], full: Decimal) -> Decimal | None:
    """By how much the rows' weights exceed the full marks, when no whole row's weight explains it."""
    if len(rows) < 3:
        return None
    weights = [r[0] for r in rows]
    excess = sum(weights, Decimal(0)) - full
    rounding = sum((Decimal(1).scaleb(-_places(w)) / 2 for w in weights if _places(w)), Decimal(0))
    return excess if rounding < excess < min(weights) else None


def _finding(report: Report, rows: list[Scored], full: Decimal, excess: Decimal, cell: _Cell | None) -> Finding:
    places = max(_places(r[0]) for r in rows)
    shown = format_decimal(full + excess, places)
    said = f"总分行的分值{format_decimal(full, places)}分" if cell is not None else "满分100分"
    related = [_at(report, r[2]) for r in rows]
    return Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
        message=f"评分表{len(rows)}项的分值之和为{shown}分，超过{said}",
        location=_at(report, cell) if cell is not None else related[0], related=related if cell is not None else related[1:],
        evidence=f"各项分值之和比{said}多{format_decimal(excess, places)}分，少于任何一项的分值：不是某项重复计入，"
                 "而是有一项分值写错",
        suggestion=f"核对各项指标的分值，使其合计等于{format_decimal(full, 0)}分", rule="weights_over_full_marks")


def _budget_row(report: Report) -> Scored | None:
    """The one budget block's weight and score (its first row's), where ``forms`` reads one with a 分值."""
    blocks = [(roles, rows) for roles, rows, _ in budget_blocks(report) if "weight" in roles]
    if len(blocks) != 1:
        return None
    roles, rows = blocks[0]
    col = dict(zip(roles, rows[0][1], strict=True))
    (cell, weight), score = col["weight"], col["score"][1] if "score" in col else None
    return (weight, score if score is not None else Decimal(0), (cell.unit, cell.start, cell.end)) if weight else None


def check_weight_sums(report: Report) -> list[Finding]:
    """Each form's weights against its full marks (see the module docstring)."""
    out: list[Finding] = []
    frames = list(_frames(report))
    if len(frames) == 1 and len(frames[0][0]) == 1 and (budget := _budget_row(report)) is not None \
            and all(budget[2] != r[2] for r in frames[0][0][0]):
        frames = [([[budget], frames[0][0][0]], *frames[0][1:])]  # (a flattened form: its budget block apart)
    for blocks, full, cell in frames:
        readings = [blocks[-1], [r for b in blocks for r in b]] if blocks else []
        if any(sum(r[0] for r in rows) == full for rows in readings if rows):
            continue
        for rows in reversed(readings):
            excess = _over(rows, full)
            if excess is not None:
                out.append(_finding(report, rows, full, excess, cell))
                break
    return out
