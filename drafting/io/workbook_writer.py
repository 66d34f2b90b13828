"""The data-entry workbook (.xlsx): an empty template for an officer to fill, or a department's data
laid out in it (``jixiao template data.xlsx [--data data.yaml]``).

Why a workbook: officers keep these figures in Excel or WPS, not YAML. Each sheet is one part of the
form, headers carry their units, choices are drop-down lists, examples sit in the header comments
(never as values, so nothing invented reaches a draft), and each number keeps its decimals through
its cell format so the reader gets back exactly what was written.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..department import DepartmentData
from ..errors import OutputPathError
from .atomic import write_bytes
from .workbook_layout import (
    INFO_ROWS,
    INFO_SHEET,
    MONEY,
    SANGONG_MONEY,
    SANGONG_ROWS,
    TABLES,
    TEXT_KINDS,
    Column,
    Table,
)

__all__ = ["workbook_bytes", "write_workbook"]

EMPTY_ROWS = 60  # rows of an empty template given formats and drop-downs (more can be added)
VALIDATED_ROWS = 500
_HEAD_FONT = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")

GUIDE = (
    "部门整体支出绩效自评数据表 — 填写说明",
    "",
    "1. 每张表填写自评表的一部分：基本情况、人员、文字材料（职能职责、内设机构、问题、措施、结果应用）、任务、"
    "收入、支出、资产、三公、指标、关键数字、评价人员。",
    "2. 第一行是表头，不要改动、删除或调换；表头括号里是单位（如“收入合计（万元）”），数字只填数字本身，"
    "不要带单位或“万元”字样。把鼠标停在表头上可看到填写说明和示例。",
    "3. 金额单位：收入、支出、资产三张表和「基本情况」中的预算数用同一个单位；如需改用元或亿元，"
    "把这些表头括号中的“万元”一并改掉。「三公」表的单位单独看它自己的表头。",
    "4. 不知道或没有的数字请留空：留空表示“未说明”，报告中不会写成 0。确实为 0 的才填 0。",
    "5. 带下拉箭头的单元格请从列表中选择（如行政级别、计量单位、评价等次）。",
    "6. 一条内容一行；「任务」表的“完成情况”一句一行（单元格内换行：Excel/WPS 按 Alt+Enter，LibreOffice 按 Ctrl+Enter），"
    "写做了什么、取得什么成效；指标的完成值和偏差原因填在「指标」表，不必在这里重复，没有可写的就留空。",
    "7. 选中一个单元格时会显示这一栏的填写提示。填好后先检查：jixiao check 本文件.xlsx —— 每个问题都会写明表名、单元格和应填什么；"
    "再起草：jixiao draft 本文件.xlsx -o 草稿.docx。",
    "8. 各表内容：「基本情况」单位、年度、联系人、人数、预算数、自评得分；「人员」分类编制和实有人数；"
    "「文字材料」职能职责、内设机构、存在问题、改进措施、结果应用，每条一行；「任务」年度主要任务及完成情况；"
    "「收入」「支出」「资产」决算数，每个单位一行；「三公」决算数、预算数、上年数各一行；"
    "「指标」绩效指标，每个三级指标一行（目标值、完成值各有文字和数值两栏，两者应一致；未完成的写偏差原因；"
    "复合单位如 万元/公里 在计量单位中选 万元，文字栏写全；佐证材料写完成值的依据，如 问卷调查620份）；"
    "「关键数字」报告正文要写到的其他数字（如新增就业2141人），每个一行——正文只写各表中有的数字；"
    "「评价人员」姓名和职务。",
    "9. 必须相符的数字：收入合计 = 上年结转 + 本年各项收入；支出合计 = 基本支出 + 项目支出；基本支出 = 人员支出 + 公用支出；"
    "当年结余 = 收入合计 − 支出合计（收入合计含上年结转，报告正文另写本年收入 = 收入合计 − 上年结转）；三公合计 = 四项之和；"
    "指标的目标值（文字）与目标值（数值）、计量单位一致。",
)


def write_workbook(path: str | Path, data: DepartmentData | None = None) -> Path:
    """Write the workbook atomically: empty, or holding ``data``."""
    if Path(path).suffix.lower() != ".xlsx":
        raise OutputPathError("工作簿的文件名应以 .xlsx 结尾（Excel、WPS 和 LibreOffice 都能打开）", path=path)
    return write_bytes(path, workbook_bytes(data))


def workbook_bytes(data: DepartmentData | None = None) -> bytes:
    wb = Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = "说明"
    for i, line in enumerate(GUIDE, start=1):
        guide.cell(i, 1, line).alignment = _WRAP
    guide["A1"].font = Font(bold=True, size=14)
    guide.column_dimensions["A"].width = 110
    money = data.finance.unit.value if data else "万元"
    sangong = data.sangong.unit.value if data else "万元"
    _info_sheet(wb.create_sheet(INFO_SHEET), data, money, sangong)
    for table in TABLES:
        rows = list(_rows(table, data)) if data else [{table.columns[0].key: label} for label in table.labels]
        _table_sheet(wb.create_sheet(table.sheet), table, rows, money, sangong)
    wb.properties.creator = "jixiao"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _info_sheet(ws: Worksheet, data: DepartmentData | None, money: str, sangong: str) -> None:
    """基本情况: one field per row — 项目 | 内容 | 填写说明."""
    for c, (head, width) in enumerate((("项目", 22), ("内容", 44), ("填写说明", 70)), start=1):
        _head(ws.cell(1, c, head))
        ws.column_dimensions[get_column_letter(c)].width = width
    for r, col in enumerate(INFO_ROWS, start=2):
        _head(ws.cell(r, 1, col.shown(money, sangong)))
        value = _dig(data, col.key) if data else None
        _put(ws.cell(r, 2), col, value)
        ws.cell(r, 3, col.note).alignment = _WRAP
        _validation(ws, col, f"B{r}")
    ws.freeze_panes = "B2"


def _table_sheet(ws: Worksheet, table: Table, rows: list[dict[str, Any]], money: str, sangong: str) -> None:
    for c, col in enumerate(table.columns, start=1):
        cell = ws.cell(1, c, col.shown(money, sangong))
        _head(cell)
        note = col.note + (f"\n（{table.note}）" if table.note and c == 1 else "")
        if note:
            cell.comment = Comment(note, "jixiao", width=260, height=120)
        letter = get_column_letter(c)
        ws.column_dimensions[letter].width = col.width
        for r in range(2, max(len(rows), EMPTY_ROWS) + 2):
            row = rows[r - 2] if r - 2 < len(rows) else {}
            _put(ws.cell(r, c), col, row.get(col.key))
        _validation(ws, col, f"{letter}2:{letter}{VALIDATED_ROWS}")
    ws.freeze_panes = "A2"


def _head(cell: Any) -> None:
    cell.font = _HEAD_FONT
    cell.fill = _HEAD_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="center")


def _put(cell: Any, col: Column, value: Any) -> None:
    """A value with the format that shows it as written: a number's own decimals, text as text."""
    if col.kind in ("number", "int"):
        exponent = value.as_tuple().exponent if isinstance(value, Decimal) else None
        places = max(0, -exponent) if isinstance(exponent, int) else (2 if col.unit in (MONEY, SANGONG_MONEY) else 0)
        if col.kind == "int":
            cell.number_format = "0"
        elif value is None and col.unit not in (MONEY, SANGONG_MONEY):
            cell.number_format = "General"  # a score or target typed as 92.5 shows as 92.5, not 93
        else:
            cell.number_format = "#,##0" + ("." + "0" * places if places else "")
    elif col.kind == "date":
        cell.number_format = "yyyy-mm-dd"
    else:
        cell.number_format = "@"
        cell.alignment = _WRAP
    if value is not None and value != "":
        cell.value = value


def _validation(ws: Worksheet, col: Column, where: str) -> None:
    """The column's hint shown when a cell is selected; for choices, a drop-down (where the model
    allows other values, a wrong one only warns)."""
    if not col.choices and not col.note:
        return
    choices = {"type": "list", "formula1": '"' + ",".join(col.choices) + '"'} if col.choices else {}
    dv = DataValidation(**choices, allow_blank=True, showErrorMessage=bool(col.choices),
                        errorStyle="stop" if col.strict else "warning", errorTitle=col.header[:32],
                        error="请从下拉列表中选择" + ("" if col.strict else "（也可填写其他值）"),
                        promptTitle=col.header[:32], prompt=col.note[:250] or None, showInputMessage=bool(col.note))
    ws.add_data_validation(dv)
    dv.add(where)


# -- data → rows ------------------------------------------------------------------------------------


def _dig(data: Any, path: str) -> Any:
    """The value at a dotted path, enums as their Chinese value; None where a part is missing."""
    value = data
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return getattr(value, "value", value) if not isinstance(value, Decimal | int | str) else value


def _rows(table: Table, d: DepartmentData) -> Iterator[dict[str, Any]]:
    if table.path == "staffing":
        s = d.staffing
        for kind in dict.fromkeys([*s.authorized_by_kind, *s.actual_by_kind]):
            yield {"kind": kind, "authorized": s.authorized_by_kind.get(kind), "actual": s.actual_by_kind.get(kind)}
    elif table.path == "texts":
        for kind, path in TEXT_KINDS.items():
            for text in _dig(d, path) or []:
                yield {"kind": kind, "text": text}
    elif table.path == "tasks":
        for t in d.tasks:
            yield {"id": t.id, "title": t.title, "achievements": "\n".join(t.achievements),
                   "figures": "、".join(t.figures)}
    elif table.path == "sangong":
        for label, key in SANGONG_ROWS.items():
            column = getattr(d.sangong, key)
            if column is not None:
                yield {"row": label, **column.model_dump()}
    else:
        for item in _dig(d, table.path) or []:
            yield {k: getattr(v, "value", v) if k in ("unit",) else v for k, v in item.model_dump().items()}
