"""A form's total score written on the line after its table (总分：95分, 自评得分为95分) rather than in a
总分 row: the sum of the table's scores where its weights make full marks.

Part of the arithmetic check (see ``scores``, whose ``check_score_total`` reads a 总分 row inside the
table). Why: a form copied as text, or drawn without a total row, gives the total as a line of its own
right below. Premises, precision first: the table (a Word table, a form flattened one cell per line, or
lines of "|" or tab cells) has 分值 (or 权重) and 得分 columns and no total row of its own; the weights of its
scored rows add up to 100 (every indicator is in it, the budget block's row too); the very next line
holds only the total's label and one number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ...findings import Finding
from ...numbers.textnorm import fold_width
from ...report import Location, Report, Table, TextUnit
from .grid import cell_unit, row_spans
from .scores import _TOTAL_ROW, Scored, _bare, _points, _score_columns, _total_finding

__all__ = ["check_score_after"]

_LINE = re.compile(r"^\s*(?:项目|部门|单位)?(?:自评)?(?:总分|总得分|综合得分|自评得分|合计得分|得分合计|评价得分)"
                   r"(?:为|是|[:：])?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分?\s*[。.]?\s*$")
_FULL = Decimal(100)
_Cells = list[tuple[TextUnit, int, int]]  # a row: each cell's unit and the span of its text there


def _tables(report: Report) -> Iterator[tuple[list[_Cells], TextUnit]]:
    """Each table's rows with the line right after it: a Table block, or a run of "|" or tab lines."""
    rows: list[_Cells] = []
    for i, block in enumerate(report.blocks):
        if isinstance(block, Table):
            rows = [[(cell_unit(i, r, c, t), 0, len(t)) for c, cell in enumerate(cells) for t in ["" if cell.merged else cell.text]]
                    for r, cells in enumerate(block.rows)]
            continue
        text = getattr(block, "text", "")
        unit = TextUnit(location=Location(block=i, start=0, end=len(text)), text=text, kind="paragraph")
        if ("|" in text or "\t" in text) and "\n" not in text and len(row_spans(text)) > 1:
            rows.append([(unit, a, b) for a, b in row_spans(text)])
            continue
        if rows and text:
            yield rows, unit
        rows = []


def _scored(rows: list[_Cells]) -> list[Scored] | None:
    """The scored rows under the 分值/得分 header, or None where the table has a total row of its own."""
    cols: tuple[int, int] | None = None
    out: list[Scored] = []
    for row in rows:
        texts = [u.text[a:b] for u, a, b in row]
        if cols is None:
            cols = _score_columns([_bare(t) for t in texts])
            continue
        if max(cols) >= len(texts):
            continue
        if _TOTAL_ROW.match(next((_bare(t) for t in texts if t.strip()), "")):
            return None
        weight, score = _points(texts[cols[0]]), _points(texts[cols[1]])
        if weight is not None and score is not None:
            out.append((weight, score, row[cols[1]]))
    return out


def check_score_after(report: Report) -> list[Finding]:
    """Each table closed by a total line right after it, the total against the rows' scores."""
    out: list[Finding] = []
    for rows, after in _tables(report):
        m = _LINE.match(fold_width(after.text))
        if m is None or (scored := _scored(rows)) is None or len(scored) < 2:
            continue
        if sum(r[0] for r in scored) != _FULL:
            continue  # the weights short of full marks: the budget block's row, or another, is not in it
        found = _total_finding(report, [scored], _FULL, Decimal(m.group(1)), (after, m.start(1), m.end(1)))
        out += [found] if found else []
    return out
