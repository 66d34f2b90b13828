"""Required fields left blank in a form's head or cover: a table cell, a line of bar-separated cells, or
``label：`` in running text with nothing after it (``structure`` gathers them with the other blanks).

Why apart from ``structure``: it reads labels and their values, where ``structure`` reads sections and
their headings. A value may sit on a later line in a form flattened one cell per line, so a label is
blank only where the layout shows its value would be on its own line.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Cell, Report, Table, TextUnit
from .blank_rows import FORM_LABEL as _FORM_LABEL
from .blank_rows import REQUIRED as _REQUIRED
from .blank_rows import is_label

__all__ = ["blank_fields"]

# a cover's line holding its label and value together: 项目单位 某县民政局, 评价方式：自评
_PAIR_LINE = re.compile(r"^[\u4e00-\u9fa5（）()]{2,12}(?:[:：][ \u3000]*|[ \u3000]+)\S")
_ANY_LABEL = re.compile(r"[\u4e00-\u9fa5（）()]{2,12}[:：]")
_SEAL_ONLY = re.compile(r"[（(]\s*(?:公章|盖章|签章)\s*[)）]")


def _flat(text: str) -> str:
    return no_blanks(text)  # \u3000 is one of ``\s``'s blanks


def _missing(report: Report, unit: TextUnit, start: int, end: int, label: str, rule: str) -> Finding:
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.ERROR,
        message=f"必填项“{label}”未填写",
        location=FindingLocation.of(report, unit.at(start, end)),
        evidence=f"“{label}”后的填写栏为空",
        suggestion=f"填写{label}",
        rule=rule)


def blank_fields(report: Report) -> list[Finding]:
    """The required labels of the report's tables, bar-separated lines and paragraphs with no value."""
    out: list[Finding] = []
    units = list(report.units())
    following = [""] * len(units)  # the text of the next unit that is not blank
    for k in range(len(units) - 2, -1, -1):
        after = units[k + 1].text
        following[k] = after if after.strip() else following[k + 1]
    for k, unit in enumerate(units):
        if unit.kind == "cell":
            out += _blank_cell_field(report, unit)
        elif (bar := _blank_bar_cell(units, k)) is not None:
            out.append(_missing(report, unit, *bar, "structure.blank_cell"))
        elif "|" not in unit.text:  # a row of bar-separated cells is read by ``blank_row_fields``
            preceding = units[k - 1].text if k and unit.text.count("\n") == 0 else ""
            found = _blank_inline_field(report, unit, following[k], preceding)
            if not following[k].strip():
                # the text's last words are a label: an excerpt cut there, its value past the cut
                end = len(unit.text.rstrip())
                found = [f for f in found if f.location.location.end < end - 1]
            out += found
    return [f for f in out if not _head_field_given(f, units)]


# a bare label's value given anyway: said in the text (主管部门为某县水利局, 联系人为张某), or alone on a line
# near the label (a cover's value pushed past the next line by the copy)
_VALUE_LINE = re.compile(r"^(?:[^\s|:：，,。；;！？!?]{2,30}|[优良中差])$")  # a grade is one character (评价等次 / 优)


def _head_field_given(finding: Finding, units: list[TextUnit]) -> bool:
    """A blank field with no colon (a bare label between cover lines, or a form's cell closed by a bar)
    whose value the report gives anyway: said in its text, or standing alone — no label, no sentence — on
    one of the three lines after the label, not as the value of a label just above it."""
    at = finding.location.location
    k = next((i for i, u in enumerate(units) if u.location.block == at.block and u.location.row == at.row
              and u.location.col == at.col), None)
    label = finding.location.quote
    if k is None or units[k].kind == "cell" or re.search(r"[:：]", units[k].text):
        return False  # a table's cell, or ``label：`` with nothing after it: a blank as it always was
    core = re.sub(r"及代码$", "", label)
    said = re.compile(re.escape(core) + r"(?:及代码)?\s*(?:为|是|[:：])\s*[^\s|，,。；;]{2,}")
    if any(said.search(u.text) for i, u in enumerate(units) if i != k):
        return True
    return any(units[i].kind != "heading" and _VALUE_LINE.match(_bare(units[i].text)) and not _bare_label(units[i].text)
               and not _PAIR_LINE.match(units[i].text.strip()) and not _bare_label(units[i - 1].text)
               for i in range(k + 1, min(k + 4, len(units))))


def _bare_label(text: str) -> bool:
    """A line holding a form's label alone (实施单位 |): the line after it is that label's value."""
    label = _flat(_bare(text).rstrip(":："))
    return bool(_FORM_LABEL.match(label) or _REQUIRED.match(label))


_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])")  # a heading's number


def _value_row_below(below: list[Cell], col: int) -> bool:
    """The row under a label holds, in the label's column and nowhere else, a value: no label, no sentence."""
    texts = [c.text.strip() for c in below]
    return col < len(texts) and not any(t for k, t in enumerate(texts) if k != col) \
        and bool(_VALUE_LINE.match(_bare(texts[col]))) and not _bare_label(texts[col]) and not _ORDINAL.match(texts[col])


def _blank_cell_field(report: Report, unit: TextUnit) -> list[Finding]:
    label = re.sub(r"[:：]\s*$", "", unit.text.strip())
    if not _REQUIRED.match(_flat(label)):
        return []
    block = report.blocks[unit.location.block]
    assert isinstance(block, Table) and unit.location.row is not None and unit.location.col is not None
    row = block.rows[unit.location.row]
    value_cells = []
    for cell in row[unit.location.col + 1 :]:
        if cell.merged:
            continue
        if cell.text.strip() and _REQUIRED.match(_flat(re.sub(r"[:：]\s*$", "", cell.text.strip()))):
            break  # the next label: this label's value cells end here
        value_cells.append(cell)
    if not value_cells or any(c.text.strip() for c in value_cells):
        return []
    below = block.rows[unit.location.row + 1] if unit.location.row + 1 < len(block.rows) else []
    if unit.location.col < len(below) and re.search(r"\d", below[unit.location.col].text):
        return []  # a column's title with its figures under it (a form's header row), not a blank field
    if _value_row_below(below, unit.location.col):
        return []  # label and value flattened into two rows of one cell (评价等次 / 优, 联系人 / 李某)
    start = len(unit.text) - len(unit.text.lstrip())
    return [_missing(report, unit, start, start + len(label), _flat(label), "structure.blank_cell")]


def _starts_with_label(text: str) -> bool:
    first = re.split(r"[\s\u3000:：]+", text.strip(), maxsplit=1)[0]
    return bool(_ANY_LABEL.match(text.strip())) or bool(_REQUIRED.match(_flat(first)))


def _bare(line: str) -> str:
    return line.strip().removesuffix("|").strip()


def _blank_bar_cell(units: list[TextUnit], k: int) -> tuple[int, int, str] | None:
    """A required label whose cell is empty in a form flattened one cell per line with bars: cells
    closed by a bar (主管部门 | then a lone | then 实施单位 |), or bars on lines of their own between
    cells (主管部门及代码, |, |, 实施单位). Only an empty cell followed by another label of the form's
    head is a blank: a cell merged across two columns leaves an empty cell before its value."""
    text = units[k].text
    label = _bare(text)
    if "\n" in text or not _REQUIRED.match(_flat(label)):
        return None
    nxt = [u.text.strip() for u in units[k + 1 : k + 4]]
    closed = text.rstrip().endswith("|")
    empty, after = (nxt[:1], nxt[1:2]) if closed else (nxt[:2], nxt[2:3])
    if len(after) != 1 or any(c != "|" for c in empty) or len(empty) != (1 if closed else 2):
        return None
    if closed != after[0].endswith("|"):
        return None  # not one layout throughout
    head = _flat(_bare(after[0]))
    if not (_FORM_LABEL.match(head) or _REQUIRED.match(head)):
        return None
    start = text.index(label)
    return start, start + len(label), _flat(label)


def _blank_inline_field(report: Report, unit: TextUnit, following: str = "", preceding: str = "") -> list[Finding]:
    """``label：value`` in a paragraph (cover lines, 填报人…联系电话…): the value is what follows
    the label up to the next label or the end of the line. A label alone on its line is blank only
    when it ends in a colon and the next line is another label: in a form flattened one cell per
    line the value comes on a later line. Without its colon it is blank only between lines that
    each hold a label with its value (项目单位 某局 / 主管部门 / 评价方式：自评): there the cover
    gives each value on its label's line."""
    out = []
    text = unit.text
    for line_m in re.finditer(r"[^\n]+", text):
        line = line_m.group(0)
        for m in re.finditer(r"(?:^|(?<=[\s\u3000]))([\u4e00-\u9fa5（）() ]{2,14}?)\s*([:：]|[\s\u3000]{2,}|$)", line):
            label = m.group(1).strip()
            if not _REQUIRED.match(_flat(label)):
                continue
            rest = line[m.end():]
            nxt = _ANY_LABEL.search(rest)
            value = rest[: nxt.start() + _label_start(nxt.group()[:-1])] if nxt else rest
            if value.strip() and not _SEAL_ONLY.fullmatch(value.strip()):
                continue  # (a cover's printed seal mark alone, 主管部门(单位):(公章), is no value: the name goes before it)
            if not line[m.end():].strip() and not line[: m.start(1)].strip():  # the label alone on its line
                next_line = text[line_m.end():].strip() or following
                if m.group(2) and m.group(2) in ":：":
                    if not _starts_with_label(next_line):
                        continue
                elif m.group(2) or not _between_pairs(preceding, next_line):
                    continue
            start = line_m.start() + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            out.append(_missing(report, unit, start, start + len(label), _flat(label), "structure.blank_inline"))
    return out


def _label_start(run: str) -> int:
    """Where the next label begins in the characters before its colon: a value written with no blank before
    the next label (主管部门:湖北省交通运输厅评价机构:…) ends where a form's label does (评价机构); a run that
    ends in no label the forms print is all label."""
    for i in range(len(run) - 2, 0, -1):
        if is_label(run[i:]):
            return i
    return 0


def _between_pairs(preceding: str, following: str) -> bool:
    """The lines around a bare label each hold a label and its value, the next one with its colon."""
    nxt = following.strip().split("\n", 1)[0]
    return bool(_PAIR_LINE.match(preceding.strip())) and bool(re.match(r"[\u4e00-\u9fa5（）()]{2,12}[:：][ \u3000]*\S", nxt))
