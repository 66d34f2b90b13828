"""A form's field written ``label：`` in a cell of its own with nothing after its colon (项目负责人: |
财务负责人: |), in a copy that keeps the form's cells apart by bars: a row on one line (项目负责人: |
财务负责人: | | |) or one cell a line.

Why: a label closed by a colon asks for its value after the colon, in the same cell — the copies that
fill it write 项目负责人:张某 | 财务负责人:李某; a column's title carries no colon, its values standing in
the rows below. So a colon-closed cell whose next filled cell is another label, or that ends its row
or the form, was not filled. Only the form's own fields are read: the required ones of ``blank_rows``
and the people the form names as answering for it (项目负责人, 财务负责人) — names typed like the rest of
the form. Dates and signatures (填报日期, …签字:) are left: they are filled by hand after printing.
Part of the structure check; ``blank_rows`` reads the same layouts for fields without their colon.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Report, TextUnit
from .blank_rows import FORM_LABEL, REQUIRED

__all__ = ["blank_colon_fields"]

# the people a form names as answering for it, whose names are typed like its other fields
_ANSWERING = re.compile(r"^(?:项目负责人|财务负责人)$")
# a cell that is a label: a name closed by its colon (项目负责人:, 实施单位(盖章):)
_COLON_LABEL = re.compile(r"^[\u4e00-\u9fa5（）()]{2,14}[:：]$")


def blank_colon_fields(report: Report, found: list[Finding]) -> list[Finding]:
    """Colon-closed cells of the form's fields (required, or the people answering for it) with nothing
    after the colon, in bar rows and in one-cell-a-line copies; places in ``found`` are not told again."""
    known = {f.location.location for f in found}
    lines = [u for u in report.units() if u.kind == "paragraph" and "\n" not in u.text.strip() and u.text.strip()]
    out = []
    for k, unit in enumerate(lines):
        if "|" not in unit.text:
            continue
        cells, row = _cells(unit.text), []
        if _titles_over_values(cells, lines[k + 1] if k + 1 < len(lines) else None):
            continue
        for j, (at, cell) in enumerate(cells):
            flat = no_blanks(cell)
            if not _COLON_LABEL.match(flat) or not (REQUIRED.match(flat[:-1]) or _ANSWERING.match(flat[:-1])):
                continue
            nxt = next((c for _, c in cells[j + 1:] if c.strip()), None)
            if nxt is None:
                nxt = _next_cell(lines, k, sum(1 for _, c in cells if c.strip()) > 1)
            if nxt is not None and not _a_label(nxt):
                continue  # its value in the next cell, or the form's text goes on there
            label = flat[:-1]
            start = at + cell.index(cell.strip())
            finding = _missing(report, unit, start, label)
            if finding.location.location not in known:
                row.append(finding)
        if row:
            out.append(_one_row(row))
    return out


def _one_row(row: list[Finding]) -> Finding:
    """The fields left blank on one line (项目负责人: | 财务负责人:) as one finding: the line was not filled."""
    if len(row) == 1:
        return row[0]
    labels = "”“".join(f.quote for f in row)
    return row[0].model_copy(update={
        "message": f"“{labels}”未填写", "related": [f.location for f in row[1:]],
        "evidence": f"表中同一行的“{labels}”各格冒号后为空，其后是下一项或表格结束；填写的表在冒号后写明姓名",
        "suggestion": "在各冒号后填写相应内容"})


def _a_label(cell: str) -> bool:
    """Another field's label: closed by its colon, or one of the form's labels."""
    flat = no_blanks(cell)
    return bool(_COLON_LABEL.match(flat) or REQUIRED.match(flat) or FORM_LABEL.match(flat) or _ANSWERING.match(flat))


def _titles_over_values(cells: list[tuple[int, str]], below: TextUnit | None) -> bool:
    """A row of colon-closed labels only, over a row of as many values and no label: the columns' titles,
    their values in the row below (项目负责人: | 联系电话: over 张某 | 1234567)."""
    filled = [c for _, c in cells if c.strip()]
    if len(filled) < 2 or below is None or "|" not in below.text or not all(_COLON_LABEL.match(no_blanks(c)) for c in filled):
        return False
    values = [c for _, c in _cells(below.text) if c.strip()]
    return len(values) >= len(filled) and not any(_a_label(c) for c in values)


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a bar row with their offsets; a leading bar opens none."""
    cells, start = [], 0
    for part in line.split("|"):
        cells.append((start, part))
        start += len(part) + 1
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    return cells


def _next_cell(lines: list[TextUnit], k: int, row: bool) -> str | None:
    """The next filled cell after the line ``lines[k]`` ends. A one-cell line's next cell is the first filled
    cell of a later line, past lines of empty cells; a row of cells on one line goes on only as a value
    wrapped onto the next line (no bar there). None where nothing goes on."""
    for unit in lines[k + 1:]:
        if row:
            return unit.text.strip() if "|" not in unit.text else None
        filled = [c for c in unit.text.split("|") if c.strip()]
        if filled:
            return filled[0]
    return None


def _missing(report: Report, unit: TextUnit, start: int, label: str) -> Finding:
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
        message=f"“{label}”未填写",
        location=FindingLocation.of(report, unit.at(start, start + len(label))),
        evidence=f"表中“{label}：”一格冒号后为空，其后是下一项或表格结束；填写的表在冒号后写明（如“{label}：张某”）",
        suggestion=f"在冒号后填写{label}",
        rule="structure.blank_colon_cell")
