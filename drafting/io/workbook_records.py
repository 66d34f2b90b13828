"""The workbook's records → the plain data a YAML file would give, and where each value came from.

Apart from the reader so that the shape of ``DepartmentData`` (nested parts, lists, the 人员 and
文字材料 sheets folded into maps and lists) lives in one place, and so that every path the model
may complain about (``finance.income[0].total``) maps back to a sheet and cell. A blank cell is
left out, exactly as a field left out of YAML: not stated, never 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from .workbook_layout import INFO_SHEET, MONEY, SANGONG_MONEY, SANGONG_ROWS, TABLES, TEXT_KINDS

__all__ = ["Place", "Records", "records_of"]

Cells = dict[str, tuple[Any, "Place"]]  # one record: field key → (value, where it came from)
Problem = Callable[["Place", str], None]


@dataclass(frozen=True)
class Place:
    """A sheet, and within it a cell, a row or nothing; with the column's header for messages."""

    sheet: str
    row: int | None = None
    col: int | None = None
    header: str = ""

    def where(self) -> str:
        at = f" {get_column_letter(self.col)}{self.row}" if self.row and self.col else f" 第{self.row}行" if self.row else ""
        return f"「{self.sheet}」表{at}"

    def label(self, text: str) -> str:
        return f"{self.where()}" + (f"（{self.header}）" if self.header and self.col else "") + f"：{text}"


@dataclass
class Records:
    data: dict[str, Any] = field(default_factory=dict)
    places: dict[tuple[Any, ...], Place] = field(default_factory=dict)

    def place_of(self, loc: tuple[Any, ...]) -> Place:
        """The place of the deepest part of ``loc`` the workbook recorded."""
        for n in range(len(loc), 0, -1):
            if loc[:n] in self.places:
                return self.places[loc[:n]]
        return Place(INFO_SHEET)

    def put(self, path: tuple[Any, ...], value: Any, place: Place) -> None:
        """Record where ``path`` comes from; set it unless blank."""
        self.places[path] = place
        if value is None or value == []:
            return
        node = self.data
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value


def records_of(info: Cells, sheets: dict[str, list[Cells]], units: dict[str, tuple[str, Place]],
               problem: Problem) -> Records:
    rec = Records()
    for part in ("department", "staffing", "finance", "sangong"):
        rec.data[part] = {}
    for key, (value, place) in info.items():
        if not key.startswith("contact."):
            rec.put(tuple(key.split(".")), value, place)
    if any(info.get(k, (None,))[0] is not None for k in ("contact.name", "contact.phone")):
        for key in ("contact.name", "contact.phone"):
            rec.put(tuple(key.split(".")), *info[key])
    for key, path in ((MONEY, ("finance", "unit")), (SANGONG_MONEY, ("sangong", "unit"))):
        if key in units:
            rec.put(path, units[key][0], units[key][1])
    by_sheet = {t.sheet: t for t in TABLES}
    for table in TABLES:
        rec.places[tuple(table.path.split("."))] = Place(table.sheet)
    rec.places[("sangong", "actual")] = Place("三公", header="决算数")
    # tasks last: their 关联关键数字 may name a key figure by its 名称
    for sheet, rows in sorted(sheets.items(), key=lambda item: by_sheet[item[0]].path == "tasks"):
        _BUILDERS.get(by_sheet[sheet].path, _plain_list)(rec, by_sheet[sheet].path, sheet, rows, problem)
    return rec


def _value(row: Cells, key: str) -> Any:
    return row[key][0]


def _staffing(rec: Records, path: str, sheet: str, rows: list[Cells], problem: Problem) -> None:
    seen: dict[str, int] = {}
    for row in rows:
        kind, place = row["kind"]
        if kind is None:
            problem(place, "人员类别不能为空（如：行政、事业、工勤）")
            continue
        if kind in seen:
            problem(place, f"人员类别“{kind}”与第{seen[kind]}行重复；每个类别只填一行")
            continue
        seen[kind] = place.row or 0
        if _value(row, "authorized") is None and _value(row, "actual") is None:
            continue  # a template's row label left unfilled
        for key, target in (("authorized", "authorized_by_kind"), ("actual", "actual_by_kind")):
            rec.put(("staffing", target, kind), _value(row, key), row[key][1])


def _texts(rec: Records, path: str, sheet: str, rows: list[Cells], problem: Problem) -> None:
    lists: dict[str, list[str]] = {}
    for row in rows:
        kind, place = row["kind"]
        text, text_place = row["text"]
        if kind not in TEXT_KINDS:
            problem(place, "类别应为以下之一：" + "、".join(TEXT_KINDS) + (f"，实际填写为“{kind}”" if kind else "（不能为空）"))
            continue
        if text is None:
            problem(text_place, "内容不能为空（不用的行请整行删除）")
            continue
        items = lists.setdefault(kind, [])
        rec.places[(*TEXT_KINDS[kind].split("."), len(items))] = text_place
        items.append(text)
    for kind, items in lists.items():
        rec.put(tuple(TEXT_KINDS[kind].split(".")), items, Place(sheet))


def _sangong(rec: Records, path: str, sheet: str, rows: list[Cells], problem: Problem) -> None:
    rec.places[("sangong",)] = Place(sheet)
    for label, key in SANGONG_ROWS.items():
        rec.places[("sangong", key)] = Place(sheet, header=label)
    seen: set[str] = set()
    for row in rows:
        label, place = row["row"]
        if label not in SANGONG_ROWS or label in seen:
            problem(place, "栏目应为决算数、预算数、上年数之一，每栏一行" + (f"，实际填写为“{label}”" if label else "（不能为空）"))
            continue
        seen.add(label)
        key = SANGONG_ROWS[label]
        rec.places[("sangong", key)] = row["total"][1]
        if all(value is None for k, (value, _) in row.items() if k not in ("row", "_row")):
            continue  # a template's row label left unfilled: that column is not stated
        rec.data["sangong"][key] = {}
        for field_key, (value, cell) in row.items():
            if field_key not in ("row", "_row"):
                rec.put(("sangong", key, field_key), value, cell)


def _plain_list(rec: Records, path: str, sheet: str, rows: list[Cells], problem: Problem) -> None:
    """One dict per row (收入, 支出, 资产, 指标, 评价人员)."""
    target = tuple(path.split("."))
    rec.places[target] = Place(sheet)
    items = []
    for i, row in enumerate(rows):
        rec.places[(*target, i)] = Place(sheet, _row_number(row))
        item: dict[str, Any] = {}
        for key, (value, place) in row.items():
            if key == "_row":
                continue
            rec.places[(*target, i, key)] = place
            if key == "unit" and value is None:
                value = ""  # no unit: the figure is a plain count or a unit the list lacks
            if value is not None:
                item[key] = value
        items.append(item)
    node = rec.data
    for part in target[:-1]:
        node = node.setdefault(part, {})
    node[target[-1]] = items


def _row_number(row: Cells) -> int | None:
    return row["_row"][0] if "_row" in row else None


def _key_figures(rec: Records, path: str, sheet: str, rows: list[Cells], problem: Problem) -> None:
    """关键数字: a blank 编号 becomes fig<row>; an 编号 used twice is named at both rows."""
    seen: dict[str, int] = {}
    for row in rows:
        value, place = row["id"]
        if value is None:
            row["id"] = (f"fig{place.row}", place)
        elif value in seen:
            problem(place, f"编号“{value}”与第{seen[value]}行重复；每个编号只能用一次")
        seen.setdefault(row["id"][0], place.row or 0)
    _plain_list(rec, path, sheet, rows, problem)


def _tasks(rec: Records, path: str, sheet: str, rows: list[Cells], problem: Problem) -> None:
    """任务: 关联关键数字 may name a figure by 编号 or by 名称; both become the 编号."""
    figures = rec.data.get("key_figures", [])
    by_name = {f.get("name"): f.get("id") for f in figures}
    ids = {f.get("id") for f in figures}
    for row in rows:
        refs, place = row["figures"]
        resolved = []
        for ref in refs or []:
            if ref in ids or ref in by_name:
                resolved.append(ref if ref in ids else by_name[ref])
            elif re.fullmatch(r"[a-z][a-z0-9_]*", ref):
                resolved.append(ref)  # an id the 关键数字 sheet does not hold yet: kept, as YAML keeps it
            else:
                problem(place, f"“{ref}”不是「关键数字」表中的编号或名称")
        row["figures"] = (resolved, place)
    _plain_list(rec, path, sheet, rows, problem)


_BUILDERS: dict[str, Callable[[Records, str, str, list[Cells], Problem], None]] = {
    "staffing": _staffing, "texts": _texts, "sangong": _sangong, "key_figures": _key_figures, "tasks": _tasks,
}
