"""The data-entry workbook (.xlsx) → ``DepartmentData``, every problem named by sheet and cell.

Why it reads the whole workbook before complaining: an officer fixing a workbook wants every
problem at once — 「指标」表 F7 应为数字, 「收入」表 B1 表头不符 — not one per run. Columns are
found by their header (so an inserted column does not shift the rest), each cell is converted by
``workbook_cells`` (exact Decimals), the records become the same plain data a YAML file gives,
and the model's own validation is mapped back to the cell each value came from.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import ValidationError

from ..department import DepartmentData
from ..errors import DataFileError
from .data_problems import MAX_DIGITS, expected_of
from .file_kinds import DATA_IS_DOCUMENT, DATA_IS_PDF, PDF_MAGIC, package_kind
from .limits import check_limit
from .paths import read_input_bytes
from .workbook_cells import cell_date, cell_ids, cell_lines, cell_number, cell_text
from .workbook_layout import (
    INFO_ROWS,
    INFO_SHEET,
    MONEY,
    MONEY_UNITS,
    SANGONG_MONEY,
    SHEETS,
    TABLES,
    Column,
    Table,
)
from .workbook_records import Place, Records, records_of

__all__ = ["load_workbook_data", "workbook_places"]

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def load_workbook_data(path: str | Path) -> DepartmentData:
    """Load a department workbook; raise one ``DataFileError`` listing every problem (sheet and cell each)."""
    p = Path(path)
    values, formulas = _open(p)
    reading = _Reading(values, formulas)
    data = reading.read()
    try:
        validated = DepartmentData.model_validate(data)
    except ValidationError as exc:
        reading.model_problems(exc)
    if reading.problems:
        raise _error(p, reading)
    return validated


def _open(p: Path) -> tuple[Any, Any]:
    raw = read_input_bytes(p, DataFileError)
    if raw.startswith(OLE2_MAGIC):
        raise DataFileError("这是旧版 Excel（.xls）或加密的工作簿；请在 Excel/WPS 中另存为 .xlsx（不设密码）", path=p)
    if raw.startswith(PDF_MAGIC):
        raise DataFileError(DATA_IS_PDF, path=p)
    if not raw.startswith(b"PK"):
        raise DataFileError("不是 Excel 工作簿（.xlsx）；请用 jixiao template 生成模板填写，或提供 YAML/JSON 数据文件", path=p)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
        raise _unreadable(p, exc) from None
    check_limit("docx_bytes", total, p)
    check_limit("docx_ratio", total // max(1, len(raw)), p)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
            values = load_workbook(io.BytesIO(raw), data_only=True)
            formulas = load_workbook(io.BytesIO(raw), data_only=False)
    except MemoryError:
        raise
    except Exception as exc:  # openpyxl raises many types for a broken or foreign package
        raise _unreadable(p, exc, raw) from None
    return values, formulas


def _unreadable(p: Path, exc: BaseException, raw: bytes = b"") -> DataFileError:
    if package_kind(io.BytesIO(raw)) == "word":  # the report given as the data
        return DataFileError(DATA_IS_DOCUMENT, path=p)
    return DataFileError(f"无法打开工作簿（不是有效的 .xlsx，或文件已损坏：{type(exc).__name__}）；"
                         "请在 Excel/WPS 中另存为 .xlsx 后重试", path=p)


def _error(p: Path, reading: _Reading) -> DataFileError:
    found = sorted(reading.problems, key=lambda x: x[0])
    problems = [text for _, text in found]
    message = problems[0] + (f"。另有 {len(problems) - 1} 处问题：" + "；".join(problems[1:]) if len(problems) > 1 else "")
    return DataFileError(message, path=p, problems=problems)


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def workbook_places(path: str | Path, paths: list[str]) -> list[str]:
    """Where each data path (``finance.income[0].carryover``, as a warning names it) was filled in:
    「收入」表 D3（上年结转（万元））, so that a workbook's warnings point at cells, not at fields."""
    values, formulas = _open(Path(path))
    reading = _Reading(values, formulas)
    reading.read()
    out = []
    for dotted in paths:
        loc = tuple(int(i) if i else name for name, i in _STEP.findall(dotted))
        place = reading.records.place_of(loc)
        out.append(place.where() + (f"（{place.header}）" if place.header and place.col else ""))
    return out


class _Reading:
    """One pass over the workbook: the records, where each value came from, and every problem."""

    def __init__(self, values: Any, formulas: Any) -> None:
        self.values, self.formulas = values, formulas
        self.problems: list[tuple[tuple[int, int, int], str]] = []
        self.units: dict[str, tuple[str, Place]] = {}
        self.absent: set[tuple[str, str]] = set()  # missing sheets (sheet, "") and columns (sheet, header)

    def problem(self, place: Place, text: str) -> None:
        order = (SHEETS.index(place.sheet) if place.sheet in SHEETS else 99, place.row or 0, place.col or 0)
        if (order, place.label(text)) not in self.problems:
            self.problems.append((order, place.label(text)))

    def read(self) -> dict[str, Any]:
        missing = [s for s in SHEETS if s not in self.values.sheetnames]
        for sheet in missing:
            self.absent.add((sheet, ""))
            self.problem(Place(sheet), f"缺少工作表“{sheet}”；请勿删除或改名（可用 jixiao template 重新生成模板，把数据复制过去）")
        sheets: dict[str, list[dict[str, Any]]] = {}
        info = self._info() if INFO_SHEET not in missing else {}
        for table in TABLES:
            if table.sheet not in missing:
                sheets[table.sheet] = self._table(table)
        self.records: Records = records_of(info, sheets, self.units, self.problem)
        return self.records.data

    # -- sheets -------------------------------------------------------------------------------------

    def _info(self) -> dict[str, tuple[Any, Place]]:
        ws, wf = self.values[INFO_SHEET], self.formulas[INFO_SHEET]
        by_label = _header_lookup(INFO_ROWS)
        out: dict[str, tuple[Any, Place]] = {}
        for r in range(2, ws.max_row + 1):
            label = cell_text(ws.cell(r, 1).value)
            if label is None:
                continue
            found = by_label.get(_norm(label))
            if found is None:
                self.problem(Place(INFO_SHEET, r, 1), f"“{label}”不是本表的项目；请勿改动第一列（可用 jixiao template 重新生成模板）")
                continue
            col, unit = found
            self._unit(col, unit, Place(INFO_SHEET, r, 1))
            place = Place(INFO_SHEET, r, 2, col.header)
            out[col.key] = (self._value(ws, wf, col, place), place)
        for col in INFO_ROWS:
            out.setdefault(col.key, (None, Place(INFO_SHEET, None, None, col.header)))
        return out

    def _table(self, table: Table) -> list[dict[str, Any]]:
        ws, wf = self.values[table.sheet], self.formulas[table.sheet]
        columns = self._headers(ws, table)
        rows = []
        for r in range(2, ws.max_row + 1):
            if all(cell_text(ws.cell(r, c).value) is None and wf.cell(r, c).value is None for c in columns):
                continue
            row: dict[str, tuple[Any, Place]] = {"_row": (r, Place(table.sheet, r))}
            for c, col in columns.items():
                place = Place(table.sheet, r, c, col.header)
                row[col.key] = (self._value(ws, wf, col, place), place)
            for col in table.columns:
                row.setdefault(col.key, (None, Place(table.sheet, r, None, col.header)))
            rows.append(row)
        return rows

    def _headers(self, ws: Worksheet, table: Table) -> dict[int, Column]:
        """Column number → column, found by header text; unknown and missing headers are problems."""
        lookup = _header_lookup(table.columns)
        found: dict[int, Column] = {}
        for c in range(1, ws.max_column + 1):
            head = cell_text(ws.cell(1, c).value)
            if head is None:
                continue
            hit = lookup.get(_norm(head))
            if hit is None:
                expected = "、".join(col.header for col in table.columns)
                self.problem(Place(table.sheet, 1, c), f"表头“{head}”不是本表的栏目；本表栏目：{expected}（请勿改动表头）")
                continue
            found[c] = hit[0]
            self._unit(hit[0], hit[1], Place(table.sheet, 1, c))
        for col in table.columns:
            if col not in found.values():
                self.absent.add((table.sheet, col.header))
                self.problem(Place(table.sheet, 1), f"缺少“{col.header}”列；请勿删除或改动表头（可用 jixiao template 重新生成模板）")
        return found

    def _unit(self, col: Column, unit: str | None, place: Place) -> None:
        """The money unit a header states; all finance headers (and all 三公 headers) must agree."""
        if col.unit not in (MONEY, SANGONG_MONEY) or unit is None:
            return
        first = self.units.setdefault(col.unit, (unit, place))
        if first[0] != unit:
            self.problem(place, f"金额单位“{unit}”与{first[1].where()}的“{first[0]}”不一致；"
                                "收入、支出、资产和预算数应使用同一金额单位")

    def _value(self, ws: Worksheet, wf: Worksheet, col: Column, place: Place) -> Any:
        cell = ws.cell(place.row, place.col)
        raw = cell.value
        if raw is None and isinstance(wf.cell(place.row, place.col).value, str):
            self.problem(place, "公式没有保存计算结果；请在 Excel/WPS 中打开并保存后再检查（或改填数值）")
            return None
        if col.kind in ("number", "int"):
            value = cell_number(raw, cell.number_format)
            if isinstance(value, Decimal) and len(value.as_tuple().digits) > MAX_DIGITS:
                self.problem(place, f"数值位数过多（最多 {MAX_DIGITS} 位数字）；请检查是否多打了数字")
                return None
            if col.kind == "int" and isinstance(value, Decimal) and value == value.to_integral_value():
                return int(value)
            return value
        if col.kind == "date":
            return cell_date(raw)
        if col.kind == "lines":
            return cell_lines(raw)
        if col.kind == "ids":
            return cell_ids(raw)
        return cell_text(raw)

    # -- the model's own problems -------------------------------------------------------------------

    def model_problems(self, exc: ValidationError) -> None:
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            place = self.records.place_of(loc)
            if (place.sheet, "") in self.absent or (place.sheet, place.header) in self.absent:
                continue  # already named: the sheet or column is missing
            if err["type"] == "missing":
                text = "必填，不能为空" if place.col else f"缺少“{place.header}”（必填）；请补上这一行"
            else:
                text = expected_of(err["type"], err.get("ctx") or {}, err)
            self.problem(place, text)


def _norm(text: str) -> str:
    return "".join(str(text).split()).replace("(", "（").replace(")", "）")


def _header_lookup(columns: tuple[Column, ...]) -> dict[str, tuple[Column, str | None]]:
    """Every accepted spelling of each header: the label alone, or with its unit (any money unit)."""
    out: dict[str, tuple[Column, str | None]] = {}
    for col in columns:
        out[_norm(col.header)] = (col, None)
        units = MONEY_UNITS if col.unit in (MONEY, SANGONG_MONEY) else (col.unit,) if col.unit else ()
        for unit in units:
            out[_norm(f"{col.header}（{unit}）")] = (col, unit)
    return out
