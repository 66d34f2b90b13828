"""What the arithmetic checks share: a report's tables read as grids of numbers, and how a finding
is worded.

A table (or a run of one-cell-per-line paragraphs that lost its tabs) becomes ``Grid`` segments of
header rows and data rows; each cell that holds a bare number becomes a ``Num`` that knows its shown
precision and where it is (the measured reading, for the rate check only, also takes a cell that
carries its unit or comparator: 10公里, ≥90%, 50万元). ``tables`` checks relations inside grids, ``text`` compares narrative
figures with grid cells, ``prose`` checks relations inside sentences; all three build findings with
``make_finding`` and the same interval-arithmetic wording. This module imports none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ...calibration import calibrated
from ...findings import Finding, FindingLocation, Kind, Severity
from ...io.text_reader import EMPTY_CELL
from ...numbers.memo import text_cache
from ...quantities import Unit, places_of
from ...report import Location, Paragraph, Report, Table, TextUnit, whole_unit
from .form_parts import part_break
from .remarks import remark_row, serial_column
from .text_rows import group_row as _group_row
from .text_rows import pipe_row as _pipe_row
from .text_rows import row_spans, spaced_cells, spaced_end, spaced_start
from .text_rows import rule_row as _rule_row

__all__ = [
    "EXPLAINED", "NOT_EXPLAINED", "TOTAL_WORDS", "YUAN", "Fact", "Grid", "Num", "Row", "finding_location",
    "grids", "make_finding", "norm", "parse_number", "parts_without_subtotals", "row_spans", "units_differ",
]

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－％", "0123456789.,-%")
_WIDE = re.compile("[" + re.escape("".join(map(chr, _FULLWIDTH))) + "]")  # what it changes: most cells hold none
_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$|^[+-]?\d+(?:\.\d+)?%?$")
TOTAL_WORDS = ("合计", "总计", "小计", "总额", "汇总")
# 达 before a figure leads to it (预算达120万元); in 下达, 到达, 送达… it is part of the verb that names the money
REACH = r"(?<![下到送传转抵通直])达"
_UNIT_HINT = re.compile(r"[（(]\s*(?:单位[:：]\s*)?(亿元|万元|元)\s*[)）]|单位[:：]\s*(亿元|万元|元)")
YUAN = {Unit.YUAN: Decimal(1), Unit.WAN_YUAN: Decimal(10_000), Unit.YI_YUAN: Decimal(100_000_000)}
EXPLAINED = "；按各输入数四舍五入前的取值范围（区间运算）计算，报告数仍可能成立，请核对未取整的原始数"
NOT_EXPLAINED = "；即使考虑各输入数的四舍五入误差（区间运算）也无法得到报告数"


@dataclass(frozen=True)
class Num:
    """A number as shown in a cell: value, decimals shown, percent or not, and where it is."""

    value: Decimal
    places: int
    percent: bool
    loc: Location
    text: str
    unit: str | None = None  # a measured cell's own unit (10公里); only ``grids(report, measured=True)`` reads one
    comparator: str = ""  # a target's own comparator (≥10公里): "≥" a floor, "≤" a ceiling

    @property
    def half(self) -> Decimal:
        """Half a unit of the last shown digit: how far rounding can have moved the figure."""
        if self.value == 0 and not self.percent:
            return Decimal(0)
        return Decimal("0.5").scaleb(-self.places)

    def shown(self) -> str:
        return self.text


@dataclass
class Row:
    """A table row: its label and its cells' figures, by column."""
    label: str
    label_loc: Location | None
    cells: list[Num | None]  # positional; None for blank or non-numeric cells

    def nums(self) -> list[Num]:
        return [c for c in self.cells if c is not None]


@dataclass
class Grid:
    """One table segment: header rows, then data rows with a label and numeric cells."""

    headers: list[list[str]]
    rows: list[Row] = field(default_factory=list)
    col_labels: dict[int, str] = field(default_factory=dict)
    total_col: int | None = None
    unit: Unit | None = None


@text_cache
@lru_cache(maxsize=1 << 16)
def parse_number(text: str) -> tuple[Decimal, int, bool] | None:
    """A bare table number ("1,209.14", "27.45%", "９％") as (value, places, is_percent), else None.
    Cached (the answer is immutable): the grids and two narrative checks each ask of every cell."""
    t = (text.translate(_FULLWIDTH) if _WIDE.search(text) else text).strip().replace(" ", "")
    if not t or not _NUMBER.match(t):
        return None
    percent = t.endswith("%")
    value = Decimal(t.rstrip("%").replace(",", ""))
    return value, places_of(value), percent


_new_location = Location.__new__
_LOCATION_FIELDS = set(Location.model_fields)
_setattr = object.__setattr__


def span_at(loc: Location, start: int, end: int) -> Location:
    """``loc.span(start, end)``, the same model, without pydantic validating five ints it was given
    as ints (the arithmetic check places about 300,000 figures in a 10 MB report; its
    ``Location(...)`` calls took a tenth of the check)."""
    out = _new_location(Location)
    _setattr(out, "__dict__", {"block": loc.block, "row": loc.row, "col": loc.col, "start": start, "end": end})
    _setattr(out, "__pydantic_fields_set__", _LOCATION_FIELDS)  # every field given, as ``span`` does
    _setattr(out, "__pydantic_extra__", None)
    _setattr(out, "__pydantic_private__", None)
    return out


def cell_unit(block: int, row: int, col: int, text: str) -> TextUnit:
    """``TextUnit(location=Location(block=…, row=…, col=…, start=0, end=len(text)), text=text,
    kind="cell")``, the same model, built without validating what is given as ints and a str (the
    score checks build one for each cell of every table, 300,000 in a 10 MB report): ``whole_unit``."""
    return whole_unit(block, row, col, text, "cell")


def _num(text: str, loc: Location, offset: int = 0) -> Num | None:
    """The number a cell holds, located at itself (not its blanks); ``offset`` is where the cell's
    text starts in its unit (a "|" row's cell inside its paragraph)."""
    parsed = parse_number(text)
    if parsed is None:
        return None
    stripped = text.strip()
    start = offset + text.index(stripped)
    return Num(parsed[0], parsed[1], parsed[2], span_at(loc, start, start + len(stripped)), stripped)


# a cell that carries its unit or its comparator: (≥)(10)(公里); money converts, other units do not
_MEASURE_UNITS = ("亿元", "万元", "元", "万人次", "人次", "万人", "人", "个", "家", "户", "座", "次", "场次", "场", "项", "件",
                  "台", "套", "辆", "所", "处", "条", "篇", "本", "册", "份", "公里", "千米", "平方米", "米", "公顷", "亩",
                  "吨", "天", "批", "期", "类", "张", "株", "棵", "头", "只", "间", "栋", "名", "位", "份次", "课时", "学时")
_FLOOR = ("≥", ">=", "＞=", "不低于", "不少于", "不小于", "大于等于")
_CEILING = ("≤", "<=", "＜=", "不高于", "不超过", "不大于", "小于等于")
_MEASURED = re.compile(
    "^(" + "|".join(map(re.escape, _FLOOR + _CEILING)) + r")?\s*([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[+-]?\d+(?:\.\d+)?%?)\s*("
    + "|".join(map(re.escape, sorted(dict.fromkeys(_MEASURE_UNITS), key=len, reverse=True))) + ")?$")
# (longest first, ties in the list's order: a set's order follows the hash seed, and a pattern that
# reads differently in every process is compiled in every one and never kept, ``io/regex_cache``)


def _measured(text: str, loc: Location, offset: int = 0) -> Num | None:
    """A cell's number with the unit or comparator it carries (10公里, ≥90%, 50万元); a bare number as ``_num``
    reads it; a cell with both a unit and a percent sign, or anything more, is no figure."""
    bare = _num(text, loc, offset)
    if bare is not None:
        return bare
    t = (text.translate(_FULLWIDTH) if _WIDE.search(text) else text).strip()
    m = _MEASURED.match(t)
    if m is None or not (m.group(1) or m.group(3)) or (m.group(3) and m.group(2).endswith("%")):
        return None
    parsed = parse_number(m.group(2))
    assert parsed is not None
    stripped = text.strip()
    start = offset + text.index(stripped)
    sense = "≥" if m.group(1) in _FLOOR else "≤" if m.group(1) else ""
    return Num(parsed[0], parsed[1], parsed[2], span_at(loc, start, start + len(stripped)), stripped, m.group(3), sense)


def has_measured_cells(report: Report) -> bool:
    """Whether any cell (a table's, a "|" or tab row's, or a short line's) carries its unit or comparator:
    only then can ``grids(report, measured=True)`` read more than ``grids(report)`` (the sample has none,
    and a second reading of its tables cost 1% of its review)."""
    for text in report.texts():
        cells = re.split(r"[|\t]", text) if "|" in text or "\t" in text else (text,) if len(text) <= 40 else ()
        for cell in cells:
            t = cell.strip()
            if t and (m := _MEASURED.match(t.translate(_FULLWIDTH) if _WIDE.search(t) else t)) \
                    and (m.group(1) or m.group(3)):
                return True
    return False


_NORM = re.compile(r"[\s“”\"'‘’「」:：]")


def norm(text: str) -> str:
    return _NORM.sub("", text)


def units_differ(labels: list[str]) -> bool:
    """Whether the labels name two money units (人员经费（元） beside 合计（万元））: no sum adds them."""
    return len({m.group(1) or m.group(2) for label in labels for m in _UNIT_HINT.finditer(label)}) > 1


def unit_in(texts: list[str]) -> Unit | None:
    """The first money unit the texts name (金额（万元）)."""
    for t in texts:
        m = _UNIT_HINT.search(t)
        if m:
            return Unit(m.group(1) or m.group(2))
    return None


@dataclass(frozen=True)
class Fact:
    """A department-level figure whose role an exact relation confirmed (追加预算 = 537.18万元):
    found by ``prose``, compared with other statements by ``text``."""

    metric: str
    value: Decimal  # in 元
    step: Decimal
    num: Num


# ---------------------------------------------------------------- reading tables into grids


def grids(report: Report, measured: bool = False) -> list[Grid]:
    """Every table segment of the report, from real tables, runs of "|" rows and runs of
    one-cell-per-line text. ``measured``: cells that carry their unit or comparator (10公里, ≥90%) are
    figures too, and only the segments that hold such a cell are kept (for the checks that read units;
    the others never see them, so no column sums 10公里 and 200人)."""
    read = _measured if measured else _num
    out: list[Grid] = []
    blocks = report.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Table):
            before = [b.text for b in blocks[max(0, i - 2) : i] if not isinstance(b, Table)]
            cells = [[_Cell(c.text if not c.merged else "", Location(block=i, row=r, col=k), 0)
                      for k, c in enumerate(row)] for r, row in enumerate(block.rows)]
            out.extend(_table_grids(cells, [*before, block.caption or ""], read))
            i += 1
            continue
        if (j := spaced_end(blocks, i)) > i:  # rows run together on lines, cells parted by blanks
            rows = [[_Cell(t, Location(block=k), a) for t, a in spaced_cells(_text(blocks[k]))] for k in range(i, j)]
            out.extend(_table_grids(rows, [b.text for b in blocks[max(0, i - 2) : i] if not isinstance(b, Table)], read))
            i = j
            continue
        while j < len(blocks) and isinstance(blocks[j], Paragraph) and (
                _pipe_row(_text(blocks[j])) or (j > i and _group_row(_text(blocks[j])))):
            j += 1
        if j - i >= 2:  # a table copied as text, one "|" (or tab) row per paragraph
            before = [b.text for b in blocks[max(0, i - 2) : i] if not isinstance(b, Table)]
            rows = [_pipe_cells(k, _text(blocks[k])) for k in range(i, j) if not _rule_row(_text(blocks[k]))]
            out.extend(_table_grids(rows, before, read))
            i = j
            continue
        # a run of one-cell-per-line text; a "|" table after a short caption (表1 …) starts its own grid
        while j < len(blocks) and isinstance(blocks[j], Paragraph) and _short(_text(blocks[j])) \
                and not (j > i and (_pipe_row(_text(blocks[j])) or spaced_start(blocks, j))):
            j += 1
        if j - i >= 8:
            run = list(range(i, j))
            if sum(read(_text(blocks[k]), _NOWHERE) is not None for k in run) * 3 >= len(run):
                before = [b.text for b in blocks[max(0, i - 2) : i] if not isinstance(b, Table)]
                out.extend(_paragraph_grid(report, run, before, read))
            i = j
        else:
            i = max(j, i + 1)
    if measured:
        return [g for g in out if any(c is not None and (c.unit or c.comparator) for r in g.rows for c in r.cells)]
    return out


_NOWHERE = Location(block=0)


def _text(block: object) -> str:
    return block.text if isinstance(block, Paragraph) else ""


def _short(text: str) -> bool:
    return 0 < len(text.strip()) <= 30


@dataclass(frozen=True)
class _Cell:
    """A cell's text, the unit it is in, and where its text starts there (0 for a table cell)."""

    text: str
    loc: Location
    offset: int


def _pipe_cells(k: int, text: str) -> list[_Cell]:
    """The cells of one "|" or tab row, each located inside its paragraph."""
    return [_Cell(text[a:b], Location(block=k), a) for a, b in row_spans(text)]


_Read = Callable[[str, Location, int], "Num | None"]
_HEADER_LINES = 3  # label rows with nothing filled after a row of figures: a form's header (一级指标 / 二级指标 / …)


def _table_grids(table: list[list[_Cell]], before: list[str], read: _Read = _num) -> list[Grid]:
    """Split a table into segments (header rows + data rows); a text row after data starts a new one, and so
    do ``_HEADER_LINES`` label rows with nothing filled: a flattened form's next header, whose rows are no
    parts of a total above it (the budget row's 预算数 over the indicators' targets)."""
    if serial_column([[c.text for c in row] for row in table]):  # |序号|项目|…: the names are the labels
        table = [row[1:] if len(row) > 1 and (row[1].text.strip() or not row[0].text.strip()) else [row[0], *row[2:]]
                 for row in table]
    segments: list[Grid] = []
    headers: list[list[str]] = []
    current: Grid | None = None
    pending: list[Row] = []
    for row in table:
        texts = [c.text for c in row]
        cells = [read(c.text, c.loc, c.offset) if c.text else None for c in row]
        rest = ["" if EMPTY_CELL.match(t) else t for t in texts[1:]]
        brk = part_break(texts)  # a new part's caption, or an identifier field: no row of a sum
        has_num = any(x is not None for x in cells[1:]) and not brk
        has_text = any(t.strip() and cells[k] is None for k, t in enumerate(rest, 1)) \
            and not remark_row(rest, cells, current.rows[-1].cells if current and current.rows else None,
                               headers[-1] if headers and current is None else None)
        if has_num and has_text and read is _measured and any(x is not None and (x.unit or x.comparator) for x in cells[1:]):
            current = _measured_row(current, segments, headers, pending, row, cells)
            pending = []
        elif has_num and not has_text:
            if current is not None and len(pending) >= _HEADER_LINES:  # a new form's header: another segment
                current, headers, pending = None, [[r.label] for r in pending], []
            if current is None:
                current = Grid(headers=headers)
                segments.append(current)
            current.rows.extend(pending)
            pending = []
            label = texts[0].strip() if texts and cells[0] is None else ""
            label_loc = span_at(row[0].loc, row[0].offset, row[0].offset + len(texts[0])) if label else None
            current.rows.append(Row(label, label_loc, [None, *cells[1:]] if label else cells))
        elif (len(texts) >= 3 or current is not None) and not any(t.strip() for t in rest) and not brk:
            # a labelled row with nothing filled in (二级机构1, 汇总 left blank): keeps the segment going
            if texts[0].strip():
                pending.append(Row(texts[0].strip(), None, [None] * len(texts)))
            continue
        else:
            if current is not None:
                current.rows.extend(pending)
                current, headers = None, []
            pending = []
            headers = [*headers, texts]
    if current is not None:
        current.rows.extend(pending)
    for g in segments:
        g.headers = g.headers[-4:]
        flat = [t for h in g.headers for t in h]
        g.unit = unit_in(flat) or unit_in(before)
        _align_headers(g, read is _measured)
    return segments


def _measured_row(current: Grid | None, segments: list[Grid], headers: list[list[str]], pending: list[Row],
                  row: list[_Cell], cells: list[Num | None]) -> Grid:
    """An indicator row whose figures carry their units, among text cells (| 产出指标 | 数量指标 | 道路养护里程 |
    ≥10公里 | 9公里 | 90% | 偏差原因 |): a data row of its figures, labelled by the last text before them."""
    if current is None:
        current = Grid(headers=headers)
        segments.append(current)
    current.rows.extend(pending)
    first = next(k for k, c in enumerate(cells) if k > 0 and c is not None)
    lead = [k for k in range(first) if cells[k] is None and row[k].text.strip()]
    at = row[lead[-1]] if lead else None
    label_loc = span_at(at.loc, at.offset, at.offset + len(at.text)) if at is not None else None
    figures: list[Num | None] = [None] * first
    current.rows.append(Row(at.text.strip() if at is not None else "", label_loc, figures + cells[first:]))
    return current


def _paragraph_grid(report: Report, run: list[int], before: list[str], read: _Read = _num) -> list[Grid]:
    """A table that lost its tabs: a label line starts a row, the numeric lines after it are its cells; a
    form's next header (``_next_header``) starts a grid of its own."""
    labels: list[str] = []
    rows: list[Row] = []
    for k in run:
        text = report.blocks[k].text  # type: ignore[union-attr]
        loc = Location(block=k, start=0, end=len(text))
        n = read(text, loc, 0)
        if n is None and rows and EMPTY_CELL.match(text):
            rows[-1].cells.append(None)  # a dash or 无 is the row's empty cell, not the label of a new row
        elif n is None:
            rows.append(Row(text.strip(), loc, [None]))
        elif rows:
            rows[-1].cells.append(n)
    if (cut := _next_header(rows)) is not None:  # a flattened form's next header: its rows add to nothing above
        at = run.index(rows[cut].label_loc.block)  # type: ignore[union-attr]
        return _paragraph_grid(report, run[:at], before, read) + _paragraph_grid(report, run[at:], [], read)
    while rows and not any(rows[0].cells[1:]):
        labels.append(rows.pop(0).label)
    rows = [r for r in rows if any(r.cells[1:])]
    if not rows:
        return []
    if len(rows) == 1 and labels:
        labels, rows = _header_over_figures(labels, rows[0])
    g = Grid(headers=[labels], rows=rows, unit=unit_in(labels) or unit_in(before))
    _align_headers(g)
    return [g]


def _next_header(rows: list[Row]) -> int | None:
    """Where a form's next header starts among one-cell-a-line rows, as ``_table_grids`` tells it in a table:
    ``_HEADER_LINES`` label rows or more with nothing filled after a row of figures (一级指标 / 二级指标 / …
    under the budget block), figures after them again."""
    filled = [any(r.cells[1:]) for r in rows]
    return next((i for i in range(1, len(rows) - _HEADER_LINES) if filled[i - 1] and not any(filled[i:i + _HEADER_LINES])
                 and any(filled[i + _HEADER_LINES:])), None)


def _header_over_figures(labels: list[str], row: Row) -> tuple[list[str], list[Row]]:
    """A form's header flattened, its figures after it (中央资金 / 省级资金 / 合计 / 60 / 30 / 90): the
    last label heads a column, not a row, when the figures fill whole rows of every label's column,
    none blank; the rows then have no label cell. Otherwise the reading stands."""
    header = [*labels, row.label]
    figures = row.cells[1:]
    if len(header) < 2 or len(figures) % len(header) or None in figures:
        return labels, [row]
    w = len(header)
    return header, [Row("", None, figures[k:k + w]) for k in range(0, len(figures), w)]


_ROW_NAMES = re.compile(r"年度|年份|序号|编号|代码|编码|No|^\d")


def _unlabelled(g: Grid) -> bool:
    """Whether no data row has a label cell and each with a figure opens with one."""
    filled = [r for r in g.rows if r.nums()]
    firsts = [r.cells[0] for r in filled]
    if not filled or any(r.label or c is None for r, c in zip(filled, firsts, strict=True)):
        return False
    # (a column of years names the rows, whatever its header says: 时间 | 基本支出 … over 2025 | 640.7 …)
    return not all(c is not None and c.places == 0 and 1950 <= c.value <= 2100 for c in firsts)


def _labels_unused(h: list[str], used: set[int], inner: range) -> bool:  # (then it cannot be aligned)
    return any(t.strip() and c not in used and c > 0 and c in inner for c, t in enumerate(h))


def _align_headers(g: Grid, measured: bool = False) -> None:
    """Column labels from header rows whose width equals the data width (others cannot be aligned);
    ``measured``: an indicator table's text columns (三级指标, 偏差原因) may stand before or after its figures."""
    width = max((len(r.cells) for r in g.rows), default=0)
    used = {i for r in g.rows for i, c in enumerate(r.cells) if c is not None}
    inner = range(min(used), max(used) + 1) if measured and used else range(1, width)
    # no row has a label cell and every one opens with a figure (基本支出 | 项目支出 | 合计 over
    # 640.7 | 300 | 950.7): the first column is a figure's too, named by its header — unless it names rows
    # (年度, 序号), which is no figure to add
    first = 0 if _unlabelled(g) else 1
    for h in g.headers:
        # a row of another width, or one labelling columns no data row uses, is not aligned
        if len(h) != width or _labels_unused(h, used, inner):
            continue
        for c, t in enumerate(h):
            if t.strip() and c >= first and len(norm(t)) <= 20 and not (c == 0 and _ROW_NAMES.search(norm(t))):
                g.col_labels[c] = norm(t)
    first_num = min((i for r in g.rows for i, c in enumerate(r.cells) if c is not None), default=None)
    if first_num is None:
        return
    totals = [c for c, label in sorted(g.col_labels.items()) if c in used and any(w in label for w in TOTAL_WORDS)]
    if totals:  # (column 0 is labelled only when no row is)
        # 一季度 | 二季度 | 上半年小计 | … | 全年合计: 小计 columns close the columns before them, no column opens the row
        g.total_col = None if "小计" in g.col_labels[totals[0]] and len(totals) > 1 else totals[0]
        return
    # the header cell right above the first numeric column, in rows whose left part is not merged (not one
    # naming columns no figure fills: 预算数 | 决算数 … flattened over one row, which figure is whose unknown)
    for h in (h for h in reversed(g.headers) if not _labels_unused(h, used, inner)):
        label = norm(h[first_num]) if first_num > 0 and len(h) > first_num else ""
        if len(label) <= 20 and any(w in label for w in TOTAL_WORDS):
            g.total_col = first_num
            g.col_labels.setdefault(first_num, norm(h[first_num]))
            return

# ---------------------------------------------------------------- wording a finding


def finding_location(loc: Location, text: str) -> FindingLocation:
    return FindingLocation(location=loc, quote=text, label=loc.label())


def make_finding(kind: Kind, severity: Severity, message: str, at: Num, inputs: list[Num], evidence: str,
                 suggestion: str | None, rule: str) -> Finding:
    return Finding(
        kind=kind, severity=calibrated(severity, rule), message=message, location=finding_location(at.loc, at.text),
        related=[finding_location(n.loc, n.text) for n in inputs], evidence=evidence, suggestion=suggestion, rule=rule,
    )


def parts_without_subtotals(g: Grid, row: Row, t: int) -> list[Num] | None:
    """The parts after the total column with its 小计 columns left out, when it has any: 合计 | 中央 | 省级 |
    小计 | 县级 — a 小计 column sums the columns before it, it is no part of the row's total."""
    cols = [i for i in range(t + 1, len(row.cells)) if (c := row.cells[i]) is not None and not c.percent]
    if not any("小计" in g.col_labels.get(i, "") for i in cols):
        return None
    return [c for i in cols if "小计" not in g.col_labels.get(i, "") and (c := row.cells[i]) is not None]
