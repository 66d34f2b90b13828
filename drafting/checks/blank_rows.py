"""Required fields left blank in a form as copies give it: a row of cells on one line apart by bars
or tabs (评价等次 | with nothing after it; 填报人 | 张某 | 联系电话 |), and a form flattened to one cell per
line where a label is followed at once by the next label (评价等次 / 填报人 / 张某).

Why: the field guide's blank required fields (评价等次, 填报人, 联系电话) are read by ``structure`` in
a table's cells and in ``标签：值`` lines; a copy that keeps a form's rows as bar-separated lines, or
puts each cell on a line of its own, lost them. Premise: a form's head is label, value, label, value;
a required label whose value cell is empty — the next cell is another label, or the row ends — was
not filled. A filled field is never reported: a value wrapped onto the next line, a value after an
empty cell (a cell merged across two columns), a header row of labels with the values in the row
below (the cells are not label, value pairs there). Dates and signatures are left: they are filled by
hand after printing (``structure``'s narrative blanks skip them the same way).

A form kept one cell per line, each closed by a bar, may also leave a whole numbered section empty
(2.项目实施内容及过程概述 |, then a lone |, then 预算执行情况（10分） |): the heading with nothing under it,
in that layout. Only a numbered cell whose empty cells are followed by the next section's own cell
(its number, its weight in 分, or a section's name: …情况, …问题) counts; text after the empty cell
is the value a merged cell leaves there, and an unnumbered cell (其他资金 |) is a figure's label.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Report, TextUnit

__all__ = ["FORM_LABEL", "REQUIRED", "blank_row_fields", "is_label"]

# Labels of fields that must carry a value.
REQUIRED = re.compile(
    r"^(?:评价等次|评价等级|自评等级|(?:绩效)?自评(?:综合)?得分|综合得分|自评总分|联系人|联络电话|联系电话|预算编码|"
    r"填报人|填表人|"
    r"部门\s*[（(]\s*单位\s*[）)]\s*名称|部门名称|单位名称|报告日期|(?:项目)?主管部门(?:[（(]单位[)）])?(?:及代码)?)$"
)
# the other labels of a project form's head: a cell holding one is no field's value
FORM_LABEL = re.compile(r"^(?:项目名称|实施单位|项目单位|预算单位|项目属性|项目期|项目类型|项目负责人|资金用途)$")
# labels a form's head also holds, whose own blanks are not judged here (filled by hand, or optional)
_OTHER_LABEL = re.compile(r"^(?:总分|填报日期|填表日期|评价日期|填报单位|单位负责人|财务负责人|负责人|审核人|评价方式|评价机构)$")
_SEP = re.compile(r"[|\t]")
_VALUE = re.compile(r"^[^\s:：。；;]{1,30}$")


def _label(cell: str) -> str:
    return no_blanks(cell).rstrip(":：")


def is_label(cell: str) -> bool:
    """A label a form prints (its required fields, its head's other labels)."""
    flat = _label(cell)
    return bool(REQUIRED.match(flat) or FORM_LABEL.match(flat) or _OTHER_LABEL.match(flat))


def _is_value(cell: str) -> bool:
    return bool(cell.strip()) and not is_label(cell) and bool(_VALUE.match(no_blanks(cell)))


def _missing(report: Report, unit: TextUnit, start: int, label: str, rule: str) -> Finding:
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
        message=f"必填项“{label}”未填写",
        location=FindingLocation.of(report, unit.at(start, start + len(label))),
        evidence=f"表中“{label}”一格之后的填写栏为空，紧接着是下一项或本行结束",
        suggestion=f"填写{label}",
        rule=rule)


# a form's section cell: numbered (2.项目实施内容及过程概述, 三、, （二）), a name and no sentence
_MARKER = r"(?:\d{1,2}\s*[.．、](?!\d)|[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）])"
_SECTION = re.compile(rf"^\s*{_MARKER}\s*([^，,。；;|]{{2,30}}?)\s*\|\s*$")
# what opens the next section of the form: its number, its weight (（10分）), or a section's name
_NEXT_SECTION = re.compile(rf"^\s*(?:{_MARKER}|[^，,。；;|]{{2,24}}?(?:[（(]\s*\d+\s*分\s*[)）]"
                           r"|(?:情况|概述|说明|分析|问题|原因|措施|建议|结论|目标|指标)\s*\|\s*$))")


# a budget table's line (一、一般公共预算拨款收入, 二、外交支出, 五、单位资金): its amount left blank is nil, no section
# left unwritten
_MONEY_LINE = re.compile(r"(?:收入|支出|资金|经费|拨款)$")


def blank_row_fields(report: Report) -> list[Finding]:
    """Blank required cells in bar-separated rows and in forms flattened one cell per line, and a
    form's numbered section left empty."""
    lines = [u for u in report.units() if u.kind != "cell" and u.text.strip() and "\n" not in u.text.strip()]
    out = [_empty_section(report, unit, section) for k, unit in enumerate(lines)
           if (section := _SECTION.match(unit.text)) and not _MONEY_LINE.search(section.group(1)) and _section_empty(lines, k)]
    units = [u for u in lines if u.kind == "paragraph"]
    closed = _closing_labels(list(report.units()))
    for k, unit in enumerate(units):
        if _SEP.search(unit.text):
            out += _blank_in_row(report, units, k) or _blank_unit_row(report, units, k)
        elif (label := _label(unit.text.strip())) and REQUIRED.match(label) \
                and (_flat_blank(units, k) or (unit.location.block in closed and not _said(label, units, unit))):
            out.append(_missing(report, unit, unit.text.index(unit.text.strip()), unit.text.strip().rstrip(":："),
                                "structure.blank_flat_cell"))
    return out


def _empty_section(report: Report, unit: TextUnit, section: re.Match[str]) -> Finding:
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
        message=f"“{section.group(1)}”一栏未填写",
        location=FindingLocation.of(report, unit.at(section.start(1), section.end(1))),
        evidence="表中此栏之后只有空白单元格，紧接着是表的下一部分",
        suggestion=f"填写{section.group(1)}，或删去此栏",
        rule="structure.blank_section_cell")


def _section_empty(units: list[TextUnit], k: int) -> bool:
    """A form kept one cell per line, each closed by a bar: the section's cell is followed by empty
    cells (lone bars) and then the next section's own cell, not by the text a merged cell leaves after
    an empty one."""
    j = k + 1
    while j < len(units) and units[j].text.strip() == "|":
        j += 1
    return k + 1 < j < len(units) and bool(_NEXT_SECTION.match(units[j].text))


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a line apart by bars or tabs, with their offsets; a leading bar (| a | b |) opens none."""
    cells, start = [], 0
    for part in _SEP.split(line):
        cells.append((start, part))
        start += len(part) + 1
    if line.lstrip().startswith("|"):
        cells = cells[1:]
        if line.rstrip().endswith("|"):
            cells = cells[:-1]
    return cells


def _read_row(cells: list[str]) -> tuple[int, list[int]] | None:
    """A form head's row read as label, value, label, value: the number of filled pairs and the indexes
    of the required labels whose value is missing (the next filled cell is another label, or none is
    left). None when the row is no such row: a cell where a label belongs holds none, or a label stands
    right beside another with no cell between (a header row of labels, the values in the row below)."""
    pairs, blanks, i, n = 0, [], 0, len(cells)
    while i < n:
        if not cells[i].strip():
            i += 1
            continue
        if not is_label(cells[i]):
            return None
        j = i + 1
        while j < n and not cells[j].strip():
            j += 1
        if j < n and not is_label(cells[j]):
            pairs, i = pairs + 1, j + 1  # its value, maybe after an empty cell a merged cell left
            continue
        if j < n and j == i + 1:
            return None
        if REQUIRED.match(_label(cells[i])):
            blanks.append(i)
        i = j
    return pairs, blanks


def _blank_in_row(report: Report, units: list[TextUnit], k: int) -> list[Finding]:
    unit = units[k]
    cells = _cells(unit.text)
    read = _read_row([c for _, c in cells])
    if read is None or not read[1]:
        return []
    if read[0] == 0 and not (0 < k < len(units) - 1 and _a_pair_row(units[k - 1]) and _a_pair_row(units[k + 1])):
        return []  # a label alone on its line is a row only between rows of label and value
    out = []
    for j in read[1]:
        start, cell = cells[j]
        last = not any(c.strip() for _, c in cells[j + 1:])
        if last and k + 1 < len(units) and not _SEP.search(units[k + 1].text) and _is_value(units[k + 1].text):
            continue  # the row's last value wrapped onto the next line
        at = start + cell.index(cell.strip())
        out.append(_missing(report, unit, at, cell.strip().rstrip(":："), "structure.blank_row_cell"))
    return out


# a form's own title (…绩效自评表, …评价表), and the row under it naming who fills the form in
_FORM_TITLE = re.compile(r"^[^|\t，,。；;]{4,40}(?:自评表|评价表|评分表|情况表)\s*$")
_UNIT_LABEL = re.compile(r"^(?:填报|评价|预算|实施)?单位(?:名称)?(?:[（(]盖章[)）])?$|^部门(?:[（(]单位[)）])?名称$")


def _blank_unit_row(report: Report, units: list[TextUnit], k: int) -> list[Finding]:
    """The row right under a form's title that names the unit filling it in (单位 | | | |): its label and
    nothing else, the next line no value wrapped onto it but the form's next row. Premise: every form's
    head names its unit; a row of that label and empty cells was not filled."""
    cells = _cells(units[k].text)
    filled = [(at, c) for at, c in cells if c.strip()]
    if k == 0 or len(cells) < 2 or len(filled) != 1 or not cells[0][1].strip():
        return []
    label = _label(filled[0][1])
    if not _UNIT_LABEL.match(label) or not _FORM_TITLE.match(units[k - 1].text.strip()):
        return []
    if k + 1 < len(units) and not _SEP.search(units[k + 1].text) and _is_value(units[k + 1].text):
        return []  # the unit's name wrapped onto the next line
    at, cell = filled[0]
    return [_missing(report, units[k], at + cell.index(cell.strip()), cell.strip().rstrip(":："), "structure.blank_row_cell")]


def _a_pair_row(unit: TextUnit) -> bool:
    read = _read_row([c for _, c in _cells(unit.text)]) if _SEP.search(unit.text) else None
    return read is not None and read[0] > 0


def _said(label: str, units: list[TextUnit], own: TextUnit) -> bool:
    """The field's value said in the report's text (评价等次为“优”): given, as ``structure`` reads a bare label."""
    said = re.compile(re.escape(label) + r"\s*(?:为|是|[:：])\s*[^\s|，,。；;]")
    return any(said.search(u.text) for u in units if u is not own)


def _closing_labels(units: list[TextUnit]) -> set[int]:
    """The blocks of label lines that close a flattened form with nothing after them: right after the form's
    last cell (a table's cell, or a short value line) and right before a numbered heading (一、项目概况)."""
    out = set()
    for k in range(1, len(units) - 1):
        prev, nxt = units[k - 1], units[k + 1]
        if nxt.kind == "heading" and (prev.kind == "cell" or _is_value(prev.text)) and units[k].kind == "paragraph":
            out.add(units[k].location.block)
    return out


def _flat_blank(units: list[TextUnit], k: int) -> bool:
    """label / value / LABEL / label / value / label: the required label's own line is followed at once
    by the next label, in a run of lines that alternate label and value around it."""
    if k < 2 or k + 2 >= len(units) or any(_SEP.search(units[i].text) for i in range(k - 2, min(k + 4, len(units)))):
        return False
    before, value, nxt, after = units[k - 2].text, units[k - 1].text, units[k + 1].text, units[k + 2].text
    later = units[k + 3].text if k + 3 < len(units) else ""
    return (is_label(before) and _is_value(value) and is_label(nxt) and _is_value(after)
            and (not later or is_label(later)))
