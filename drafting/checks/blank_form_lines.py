"""A self-evaluation form copied as lines of cells apart by blanks whose indicator rows all stop at their
target: no 完成值 and no 得分 in any row, and its 总分 line empty too. The form was published before it
was filled in.

Why apart from ``blank_columns``: that reads a table's cells, where a blank cell is held as one; a form
copied from a PDF as spaced lines keeps no blank cells, only the cells that hold text. Premise: a row of
such a form is its names, then one cell for each filled column after them, in the header's order (目标值,
完成值, 分值, 得分); a row whose only figure is its last cell, under a header naming the target and after it
the actual and the score, was filled up to its target only. One such row may be a text target or a wrap;
every row of the table so, three at least, and the 总分 line under them with no figure, is the form left
unfilled. A form whose rows carry figures after their target (200 200余人 10 10) is filled; a row whose
last cell is no figure (a text target) leaves the table unread.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit, nfkc

__all__ = ["blank_form_lines"]

_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_TARGET = re.compile(r"^(?:年初|年度|全年|预期|计划)?(?:目标值|指标值)$")
_ACTUAL = re.compile(r"^(?:全年)?(?:实际完成值|实际值|完成值)$")
_SCORE = re.compile(r"^(?:自评|实际)?得分$")
_TOTAL = re.compile(r"^(?:总分|合计|总计)\s*(.*)$")
_FIGURE = re.compile(r"\d")
_MIN_ROWS = 3
_SPAN = 40  # rows read under a header


def _cells(text: str) -> list[str]:
    return text.split()


def _header(text: str) -> tuple[int, str] | None:
    """The actual column's head when the line names, in order, the target, the actual and the score."""
    words = [_BRACKETS.sub("", nfkc(c)) for c in _cells(text)]
    t = next((k for k, w in enumerate(words) if _TARGET.match(w)), None)
    a = next((k for k, w in enumerate(words) if _ACTUAL.match(w)), None)
    s = next((k for k, w in enumerate(words) if _SCORE.match(w)), None)
    if t is None or a is None or s is None or not t < a < s:
        return None
    return a, _cells(text)[a]


def _target_only(text: str) -> bool | None:
    """True for a row whose one figure is its last cell after its names; False for a row with figures after
    its target; None for no indicator row (no figure last, or nothing but figures)."""
    cells = _cells(text)
    if len(cells) < 2 or not _FIGURE.search(cells[-1]):
        return None
    trailing = 0
    while trailing < len(cells) and _FIGURE.search(cells[-1 - trailing]):
        trailing += 1
    if trailing == len(cells):
        return None
    return trailing == 1


def blank_form_lines(report: Report) -> list[Finding]:
    lines = [u for u in report.units() if u.kind != "cell" and "|" not in u.text and "\t" not in u.text
             and "\n" not in u.text.strip()]
    out = []
    for k, unit in enumerate(lines):
        head = _header(unit.text)
        if head is None:
            continue
        rows: list[TextUnit] = []
        for line in lines[k + 1:k + 1 + _SPAN]:
            total = _TOTAL.match(line.text.strip())
            if total:
                if len(rows) >= _MIN_ROWS and not _FIGURE.search(total.group(1)):
                    out.append(_finding(report, unit, head[1], rows))
                break
            only = _target_only(line.text)
            if not only:
                break  # a row filled after its target, or no row: the table is not read as unfilled
            rows.append(line)
    return out


def _finding(report: Report, header: TextUnit, actual: str, rows: list[TextUnit]) -> Finding:
    first = rows[0]
    lead = first.text.index(first.text.strip())
    at = header.text.index(actual)
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
        message=f"绩效指标表未填写：{len(rows)}项指标都只填了指标值，没有实际完成值和得分，总分也空白",
        location=FindingLocation.of(report, first.at(lead, lead + len(first.text.strip()))),
        related=[FindingLocation.of(report, header.at(at, at + len(actual)))]
                + [FindingLocation.of(report, r.at(0, len(r.text.rstrip()))) for r in rows[1:]],
        evidence="表头列有实际完成值和得分，但每行在指标值之后都没有内容，总分一行也没有数字；自评表须逐项填写实际完成值并评分",
        suggestion="逐项填写实际完成值和得分并计算总分，未达到指标值的说明原因",
        rule="structure.blank_column")
