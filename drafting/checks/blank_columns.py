"""An indicator table whose 完成值 (actual) or 得分 (score) column is blank in every row: the form was
published before it was filled in.

Why: a self-evaluation form states each indicator's target, what was achieved and the score it earned;
a table that gives targets and weights but no actual or no score at all says nothing of the year. A
cell is blank only where the table holds it as a cell with no text (a document's table, or a flattened
form whose blank cells are written as such: ``io.flat_forms``): a merged cell in the column, or a row
that states no target (a group's heading) is not read, and two indicator rows at least must be; a
column filled on such rows (a group's 小计 row with its score) is the form's way of scoring, not a blank.
A table set out as the year's targets (under 绩效目标 / 年初设定的目标, a 申报表, next year's
targets) has its 完成值 and 得分 blank by design: the words just above it (its caption, and the lines back to
its section's heading or the previous table) naming targets, and not an evaluation (自评, 评价, 完成, 执行),
leave it alone. Nor a table whose header row holds an indicator class's name (the first row's cells taken
into the header: the form was read shifted). One finding per column, at its header, listing the rows.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Heading, Location, Report, Table, nfkc

__all__ = ["blank_columns"]

_BRACKETS = re.compile(r"[(（][^()（）]*[)）]|\s")
_TARGET = {"年度指标值", "指标值", "目标值", "年度目标值", "预期指标值", "全年指标值", "预期目标值", "计划指标值"}
_COLUMNS = {
    "actual": ({"实际完成值", "实际值", "完成值", "全年实际值", "全年完成值", "全年实际完成值"}, "完成值"),
    "score": ({"得分", "自评得分", "实际得分"}, "得分"),
}
_MIN_ROWS = 2
# an indicator class (产出指标, 数量指标 …) is a value of the 一级/二级指标 columns, never a header's name: a header
# row that holds one took in the first row's cells (a form flattened a cell a line, its merged cells lost), and
# every row's cells stand left of their columns — the 完成值 read blank is a misreading, not a blank form
_CLASS_VALUE = re.compile(r"(?:产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标")
_SETTING = re.compile(r"申报|下一?年度?|明年|次年|目标表|绩效目标|预期目标|年初设定|设定的目标")
_EVALUATED = re.compile(r"自评|评价|完成|实现|执行|达成")
_LOOK_BACK = 6


def _word(text: str) -> str:
    return _BRACKETS.sub("", nfkc(text))


def blank_columns(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for b, block in enumerate(report.blocks):
        if not isinstance(block, Table) or len(block.rows) <= _MIN_ROWS:
            continue
        header = [_word(c.text) for c in block.rows[0]]
        target = next((c for c, w in enumerate(header) if w in _TARGET), None)
        if target is None or _sets_targets(report, b, block) or any(_CLASS_VALUE.fullmatch(w) for w in header):
            continue
        rows = [r for r, row in enumerate(block.rows[1:], start=1)
                if target < len(row) and not row[target].merged and row[target].text.strip()]
        for words, shown in _COLUMNS.values():
            col = next((c for c, w in enumerate(header) if w in words), None)
            if col is None or len(rows) < _MIN_ROWS:
                continue
            cells = [block.rows[r][col] if col < len(block.rows[r]) else None for r in rows]
            if any(c is None or c.merged or c.text.strip() for c in cells):
                continue
            if any(col < len(row) and row[col].text.strip() for row in block.rows[1:]):
                continue  # filled on the group's own rows (产出指标小计 … 48): the form scores each group
            out.append(_finding(report, b, block, col, rows, shown))
    return out


def _sets_targets(report: Report, b: int, block: Table) -> bool:
    """The lines just above the table (to the previous table) present it as targets, not their result."""
    texts = [block.caption or ""]
    for k in range(b - 1, max(-1, b - 1 - _LOOK_BACK), -1):
        above = report.blocks[k]
        if isinstance(above, Table):
            break
        texts.append(above.text)
        if isinstance(above, Heading):
            break  # the table's own section
    words = nfkc("\n".join(texts))
    return bool(_SETTING.search(words)) and not _EVALUATED.search(words)


def _finding(report: Report, b: int, block: Table, col: int, rows: list[int], shown: str) -> Finding:
    head = block.rows[0][col].text
    names = [_name_place(report, b, block, r) for r in rows]
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
        message=f"绩效指标表的“{shown}”栏全部空白：{len(rows)}项指标都只填了指标值，没有{shown}",
        location=FindingLocation.of(report, Location(block=b, row=0, col=col, start=0, end=len(head))),
        related=[n for n in names if n is not None],
        evidence=f"表中各项指标均列有指标值，“{shown}”一栏却没有任何内容；自评表须逐项填写实际完成值并评分",
        suggestion=f"逐项填写{shown}" + ("，并据此计算总分" if shown == "得分" else "，未达到指标值的说明原因"),
        rule="structure.blank_column")


def _name_place(report: Report, b: int, block: Table, r: int) -> FindingLocation | None:
    """The row's indicator: its last filled cell before the target (the 三级指标 name)."""
    header = [_word(c.text) for c in block.rows[0]]
    target = next(c for c, w in enumerate(header) if w in _TARGET)
    row = block.rows[r]
    for c in range(min(target, len(row)) - 1, -1, -1):
        text = row[c].text
        if not row[c].merged and text.strip() and not re.fullmatch(r"\s*[≥≤<>=＞＜]=?\s*|\s*\S{0,2}\s*", text):
            return FindingLocation.of(report, Location(block=b, row=r, col=c, start=0, end=len(text)))
    return None
