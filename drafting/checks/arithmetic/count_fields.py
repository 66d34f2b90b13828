"""A count that a form or a table sets out apart from it: a count field against the names field next
to it (内设机构数：5个 / 内设机构名称：办公室、…, four names), and a count leading into a table numbered
by 序号 (下设5个站所，具体如下： then rows 1 to 4).

Part of the count check (``counts`` reads a list in the count's own sentence or in numbered lines).
Why: the form's two fields and the table are edited apart from the count — a unit is merged or added
and one of them is not. Premises, precision first:

* a field labelled X数 (X个数, X数量) holding a bare count (5, 5个) and, among the next three fields, one
  labelled X名称 (X名单) holding names parted by 、 (or ，；) are one list and its count; an open list
  (…等), one whose items hold figures or are long (a sentence, not a name), or one of fewer than two
  items is not read. A form's fields are ``标签：值`` lines, or the cells of a row (bars, tabs, a table);
* a sentence ending with a colon that holds one count of units, only the counted noun and 具体如下 (如下表,
  名单如下) between the count and the colon, leads into the table right after it when the table's
  first row heads a 序号 column; its rows numbered 1, 2, 3 … up to a total row or the table's end are
  the count's list. Not when the table runs to the end of the text (an
  excerpt may be cut there) nor when a row in it is numbered otherwise (groups, sub-rows).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.chinese import to_int
from ...report import Location, Report, TextUnit
from .grid import Num, make_finding

__all__ = ["check_count_fields"]

_CJK = "\u4e00-\u9fff"
_COUNT_LABEL = re.compile(rf"^([{_CJK}]{{2,12}}?)(?:个数|数量|数)$")
_COUNT_VALUE = re.compile(r"^\s*(\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|所|处|项|名|人|座)?\s*$")
_NAMES_LABEL = r"(?:名称|名单|具体名称)"
_FIELD = re.compile(rf"([{_CJK}]{{2,20}})\s*[：:]\s*([^：:\n|\t]*?)\s*[，,；;。]?\s*(?=$|\s{{2,}}|[|\t]|[{_CJK}]{{2,20}}\s*[：:])")
_FIELD_MARK = re.compile(r"[：:|\t]")
_SPLIT = re.compile(r"[、，,；;]")
_MAX_ITEM = 16
_LOOK = 3  # fields after a count field read for its names field


class _Field:
    """A label and its value, and where the value stands."""

    def __init__(self, label: str, value: str, unit: TextUnit, start: int, end: int) -> None:
        self.label, self.value, self.unit, self.start, self.end = label.strip(), value.strip(), unit, start, end


def _cells(unit: TextUnit) -> list[tuple[int, int]]:
    """[start, end) of each cell of a row written as text (bars or tabs), or the whole text."""
    text, out, start = unit.text, [], 0
    for m in re.finditer(r"[|\t]", text + "|"):
        cell = text[start : m.start()]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            out.append((start + lead, start + lead + len(cell.strip())))
        start = m.end()
    return out


def _fields(units: list[TextUnit]) -> Iterator[_Field]:
    """Every ``标签：值`` of the report and every label cell followed by its value cell, in order."""
    for k, unit in enumerate(units):
        if unit.kind != "cell" and not _FIELD_MARK.search(unit.text):
            continue  # no colon, bar or tab: prose, whose one cell holds no field
        cells = [(unit, s, e) for s, e in _cells(unit)] if unit.kind != "cell" else [(unit, 0, len(unit.text))]
        if unit.kind == "cell" and k + 1 < len(units) and units[k + 1].kind == "cell":
            cells.append((units[k + 1], 0, len(units[k + 1].text)))
        for i, (u, s, e) in enumerate(cells):
            text = u.text[s:e]
            found = list(_FIELD.finditer(text))
            for m in found:
                yield _Field(m.group(1), m.group(2), u, s + m.start(2), s + m.end(2))
            if not found and i + 1 < len(cells) and re.fullmatch(rf"\s*[{_CJK}]{{2,20}}\s*", text):
                v, vs, ve = cells[i + 1]
                yield _Field(text, v.text[vs:ve], v, vs, ve)
                if u.kind == "cell":
                    break


def _count(value: str) -> int | None:
    m = _COUNT_VALUE.match(value)
    return None if m is None else int(m.group(1)) if m.group(1).isdigit() else to_int(m.group(1))


def _names(value: str) -> list[str] | None:
    """The names a names field lists, or None where it is no closed list of names."""
    items = [x.strip() for x in _SPLIT.split(value.rstrip("。；; "))]
    if len(items) < 2 or "等" in items[-1][-2:] or any(not x or len(x) > _MAX_ITEM or re.search(r"\d", x) for x in items):
        return None
    return items


_BEFORE_NAMES = re.compile(rf"([{_CJK}]{{2,12}})(?:名称|名单)")


def _may_pair(units: list[TextUnit]) -> bool:
    """Whether some names field can have a count field: a names label is its stem and 名称 (or 名单), and the
    count label that stem and 数 (or 个数), so some stem written before 名称 must also be written before 数.
    (Reading every field of a long form costs more than the whole check otherwise.)"""
    whole = "\n".join(u.text for u in units)
    if "名称" not in whole and "名单" not in whole:
        return False  # no names label at all (most reports): the pattern need not be tried at every character
    # (X具体名称: X's names) read only on the lines holding a label: a match never crosses a line, and the
    # pattern tried at every Chinese character of the report cost more than the rest of the check
    stems = {m.group(1).removesuffix("具体") for line in whole.split("\n") if "名称" in line or "名单" in line
             for m in _BEFORE_NAMES.finditer(line)}
    return any(stem[-k:] + tail in whole for stem in stems for k in range(2, len(stem) + 1) for tail in ("数", "个数"))


def check_count_fields(report: Report) -> list[Finding]:
    units = list(report.units())
    fields = list(_fields(units)) if _may_pair(units) else []
    out = []
    for k, f in enumerate(fields):
        label = _COUNT_LABEL.match(f.label)
        n = _count(f.value) if label else None
        if label is None or n is None or n < 2:
            continue
        names = re.compile(re.escape(label.group(1)) + _NAMES_LABEL + "$")
        other = next((g for g in fields[k + 1 : k + 1 + _LOOK] if names.match(g.label)), None)
        items = _names(other.value) if other is not None else None
        if other is not None and items is not None and len(items) != n:
            out.append(_finding(f, n, other.unit.at(other.start, other.end), other.value, items, f"“{other.label}”栏"))
    return out + _tables(units)


def _finding(f: _Field, n: int, where: Location, listed_text: str, items: list[str], how: str) -> Finding:
    count = Num(Decimal(n), 0, False, f.unit.at(f.start, f.end), f.value)
    listed = Num(Decimal(len(items)), 0, False, where, listed_text)
    shown = "、".join(items) if len(items) <= 8 else "、".join(items[:6]) + "…"
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"“{f.label}”{'为' + f.value if f.value not in f.label else ''}，与{how}列出的{len(items)}项不符",
        count, [listed], f"{f.label}{f.value}，而{how}：{shown}，共{len(items)}项",
        f"核对“{f.label}”与{how}，改正数目或补全、删去名称", "count_list",
    )


_LEAD_COUNT = re.compile(r"(\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(个|家|所|处|座)")
# what may stand between the count and its colon: the counted noun, then 具体如下 or 如下表 at most
_LEADS_IN = re.compile(rf"[{_CJK}]{{0,8}}(?:[，,]?\s*(?:具体|分别|名单|明细|详见|见)?(?:如下表?|下表))?\s*[：:]")
_SERIAL = re.compile(r"^\s*序\s*号\s*$")
_TOTAL = re.compile(r"^\s*(?:合\s*计|小\s*计|总\s*计|共\s*计)")


def _rows(units: list[TextUnit], k: int) -> Iterator[list[str]]:
    """The rows of the table right after unit ``k``: bar or tab rows of text, or a table's cells."""
    j = k + 1
    while j < len(units):
        u = units[j]
        if u.kind == "cell":
            # a row's cells stand together in reading order: take them while they last (looking through
            # every later unit for each row grew with the square of a long report)
            key, end = (u.location.block, u.location.row), j
            while end < len(units) and units[end].kind == "cell" and (units[end].location.block,
                                                                        units[end].location.row) == key:
                end += 1
            yield [x.text for x in units[j:end]]
            j = end
        elif len(cells := _cells(u)) >= 2:
            yield [u.text[s:e].strip() for s, e in cells]
            j += 1
        else:
            return


def _tables(units: list[TextUnit]) -> list[Finding]:
    out = []
    for k, unit in enumerate(units[:-1]):
        text = unit.text.rstrip()
        if not text.endswith(("：", ":")) or unit.kind == "cell":
            continue
        sentence = text[max(text.rfind(c, 0, len(text) - 1) for c in "。；;\n") + 1 :]
        counts = list(_LEAD_COUNT.finditer(sentence))
        if len(counts) != 1:
            continue
        m = counts[0]
        if not _LEADS_IN.fullmatch(sentence, m.end()):
            continue  # the colon introduces something else (…12个乡镇，资金分配如下：)
        n = int(m.group(1)) if m.group(1).isdigit() else to_int(m.group(1))
        rows = list(_rows(units, k))
        numbered = _numbered(rows)
        if n is None or numbered is None or len(numbered) == n:
            continue
        end_unit = k + 1 + sum(len(r) if units[k + 1].kind == "cell" else 1 for r in rows)
        if end_unit >= len(units):
            continue  # the table runs to the end of the text: an excerpt may be cut there
        at = text.rfind(sentence) + m.start()
        f = _Field(sentence[max(0, m.start() - 4) : m.end() + 2].strip(), m.group(0), unit, at, at + len(m.group(0)))
        head = units[k + 1]
        out.append(_finding(f, n, head.at(0, len(head.text)), head.text, numbered, "其后表格按序号"))
    return out


def _numbered(rows: list[list[str]]) -> list[str] | None:
    """The names of rows numbered 1, 2, 3 … under a 序号 header, up to a total row or the table's end."""
    if len(rows) < 3 or not rows[0] or not _SERIAL.match(rows[0][0]):
        return None
    names: list[str] = []
    for row in rows[1:]:
        if _TOTAL.match(row[0]):
            break
        if row[0].strip() != str(len(names) + 1) or len(row) < 2:
            return None
        names.append(row[1])
    return names if len(names) >= 2 else None
