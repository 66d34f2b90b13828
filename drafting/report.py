"""The report model: an ordered list of blocks, each piece of text with a stable location.

A ``Report`` holds headings, paragraphs and tables in document order. Checks never look at files;
they iterate ``Report.units()`` — every paragraph, heading and table cell as a ``TextUnit`` — and
point at text with a ``Location`` (block index, optional cell, character span). ``Report.quote``
turns a location back into the exact text, so every finding can be verified against the report.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal

from .model_base import BaseModel, ConfigDict, Field, PrivateAttr


def new_list() -> list[Any]:
    """``default_factory`` of the models' list fields, in place of ``list``: pydantic reads the
    factory's signature, and for a built-in type Python parses it from text with ``tokenize``, whose
    pattern is built anew in every process (about 1 ms a field, and a pattern no run can keep)."""
    return []


def new_dict() -> dict[Any, Any]:
    """``default_factory`` of the models' dict fields, in place of ``dict`` (see ``new_list``)."""
    return {}


class Location(BaseModel):
    """Where a span of text sits: block index, table cell (row, col) if any, and [start, end) in that text."""

    model_config = ConfigDict(frozen=True)

    block: int
    row: int | None = None
    col: int | None = None
    start: int = 0
    end: int = 0

    def span(self, start: int, end: int) -> Location:
        """A location inside the same text unit, offsets relative to the unit's text."""
        return Location(block=self.block, row=self.row, col=self.col, start=start, end=end)

    def label(self) -> str:
        """Human-readable position, e.g. 第12段 or 第3个表格第2行第4列."""
        if self.row is None:
            return f"第{self.block + 1}段"
        return f"第{self.block + 1}块(表格)第{self.row + 1}行第{(self.col or 0) + 1}列"


class Heading(BaseModel):
    kind: Literal["heading"] = "heading"
    text: str
    level: int = Field(1, ge=0, le=9, description="0 = document title, 1 = 一、, 2 = （一）, 3 = 1.")


class Paragraph(BaseModel):
    kind: Literal["paragraph"] = "paragraph"
    text: str
    style: str | None = None


class Cell(BaseModel):
    """A table cell. Merged cells are resolved: the merged area's top-left cell holds the text and
    spans; the other grid positions it covers are ``merged=True`` with empty text."""

    text: str = ""
    row_span: int = 1
    col_span: int = 1
    merged: bool = False


class Table(BaseModel):
    kind: Literal["table"] = "table"
    rows: list[list[Cell]] = Field(default_factory=new_list)
    nested_in: tuple[int, int, int] | None = Field(
        None, description="(block, row, col) of the cell that holds this table, for nested tables"
    )
    caption: str | None = None

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


Block = Annotated[Heading | Paragraph | Table, Field(discriminator="kind")]


class TextUnit(BaseModel):
    """One piece of text a check reads: a heading, a paragraph or one table cell."""

    # built on first validation: a review makes its units with ``whole_unit``, never validating one
    model_config = ConfigDict(frozen=True, defer_build=True)

    location: Location
    text: str
    kind: Literal["heading", "paragraph", "cell"]

    def at(self, start: int, end: int) -> Location:
        return self.location.span(start, end)


_new_location, _new_unit, _setattr = Location.__new__, TextUnit.__new__, object.__setattr__
_ALL_FIELDS = set(Location.model_fields)
_UNIT_FIELDS = set(TextUnit.model_fields)
_PARAGRAPH_FIELDS = {"block", "start", "end"}  # a paragraph's or heading's place names no row or column


def whole_unit(block: int, row: int | None, col: int | None, text: str, kind: str) -> TextUnit:
    """``TextUnit(location=Location(block=…, row=…, col=…, start=0, end=len(text)), text=text,
    kind=kind)`` (a paragraph's or heading's without ``row`` and ``col``), the same model with the same
    fields set, built without pydantic validating what is given as ints and a str: a review makes a
    unit of every text of the report, and the checks one of every cell of every table again."""
    loc = _new_location(Location)
    _setattr(loc, "__dict__", {"block": block, "row": row, "col": col, "start": 0, "end": len(text)})
    _setattr(loc, "__pydantic_fields_set__", _ALL_FIELDS if row is not None else _PARAGRAPH_FIELDS)
    _setattr(loc, "__pydantic_extra__", None)
    _setattr(loc, "__pydantic_private__", None)
    out = _new_unit(TextUnit)
    _setattr(out, "__dict__", {"location": loc, "text": text, "kind": kind})
    _setattr(out, "__pydantic_fields_set__", _UNIT_FIELDS)
    _setattr(out, "__pydantic_extra__", None)
    _setattr(out, "__pydantic_private__", None)
    return out


class Report(BaseModel):
    """A parsed or drafted report. ``source`` is the file it came from, if any."""

    source: str | None = None
    blocks: list[Block] = Field(default_factory=new_list)
    # the units of ``blocks`` while they are held still (``held_still``): a review walks them often
    _held: tuple[list[Block], list[TextUnit]] | None = PrivateAttr(default=None)
    # each place's label while held still: the duplicate check labels every copy of a cluster, and
    # finding a label walks back to the section's heading (131,092 labels for a 10 MB text)
    _labels: dict[tuple[int, int | None, int | None], str] | None = PrivateAttr(default=None)
    # the page each block starts on, in a report read from a PDF (``pdf_reader``): its places name the page
    _pages: list[int] | None = PrivateAttr(default=None)
    _row_pages: dict[int, list[int]] = PrivateAttr(default_factory=dict)

    def mark_pages(self, pages: list[int], rows: dict[int, list[int]] | None = None) -> None:
        """Say on which page (1 on) each block starts, and each table's rows (``rows``: by block, a
        form runs over pages): ``place_label`` then opens with 第N页, where a reader of a PDF looks first."""
        self._pages, self._row_pages = pages, rows or {}

    def units(self) -> Iterator[TextUnit]:
        """Every non-empty text in document order: headings, paragraphs, table cells row by row."""
        held = self._held
        if held is not None and held[0] is self.blocks:
            return iter(held[1])
        return self._walk_units()

    @contextmanager
    def held_still(self, like: Report | None = None) -> Iterator[Report]:
        """While the blocks are not changed (a review's checks only read them), ``units()`` is
        built once and shared: the checks of one review walk every unit about ten times. ``like``:
        a report held still whose blocks this one shares where ``mapped`` left them (their units
        are taken as they are, not built again)."""
        self._held = (self.blocks, list(self._walk_units(like)))
        self._labels = {}
        try:
            yield self
        finally:
            self._held = self._labels = None

    def texts(self) -> Iterator[str]:
        """The text of each of ``units()``, in the same order, without making the units: a reader
        that only counts or measures the texts need not build two models for each (reading the sample
        walked its units three times so before the review, each walk about 1 ms of its 0.4 s)."""
        held = self._held
        if held is not None and held[0] is self.blocks:
            yield from (unit.text for unit in held[1])
            return
        for block in self.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row:
                        if cell.text and not cell.merged:
                            yield cell.text
            elif block.text:
                yield block.text

    def _walk_units(self, like: Report | None = None) -> Iterator[TextUnit]:
        shared: dict[int, list[TextUnit]] = {}
        if like is not None and like._held is not None and like._held[0] is like.blocks:
            for unit in like._held[1]:
                shared.setdefault(unit.location.block, []).append(unit)
        for i, block in enumerate(self.blocks):
            if like is not None and i < len(like.blocks) and like.blocks[i] is block and shared:
                yield from shared.get(i, ())
            elif isinstance(block, Table):
                for r, row in enumerate(block.rows):
                    for c, cell in enumerate(row):
                        if cell.text and not cell.merged:
                            yield whole_unit(i, r, c, cell.text, "cell")
            elif block.text:
                yield whole_unit(i, None, None, block.text, block.kind)

    def text_of(self, loc: Location) -> str:
        """The whole text of the unit a location points into."""
        block = self.blocks[loc.block]
        if isinstance(block, Table):
            if loc.row is None or loc.col is None:
                raise ValueError(f"location {loc} points at a table without a cell")
            return block.rows[loc.row][loc.col].text
        return block.text

    def quote(self, loc: Location) -> str:
        """The exact text a location points at."""
        return self.text_of(loc)[loc.start : loc.end]

    def plain_text(self) -> str:
        """All text, one unit per line (for similarity and token counting, not for locations)."""
        return "\n".join(u.text for u in self.units())

    def place_label(self, loc: Location) -> str:
        """Where ``loc`` is, as a reader of the document says it: the heading path and the paragraph
        number under the nearest heading (``二、部门整体支出情况 › 第3段``), a table by its caption or
        first header row (``表《年度收入情况》第6行 第2列``). Block indices mean nothing in Word.
        While the report is held still each place's label is found once."""
        labels, held = self._labels, self._held
        if labels is None or held is None or held[0] is not self.blocks:
            return self._paged(loc, place_label(self.blocks, loc))
        key = (loc.block, loc.row, loc.col)
        label = labels.get(key)
        if label is None:
            label = labels[key] = self._paged(loc, place_label(self.blocks, loc))
        return label

    def _paged(self, loc: Location, label: str) -> str:
        pages = self._pages
        if pages is None or not 0 <= loc.block < len(pages):
            return label
        rows = self._row_pages.get(loc.block, [])
        page = rows[loc.row] if loc.row is not None and 0 <= loc.row < len(rows) else pages[loc.block]
        return f"第{page}页{PLACE_SEPARATOR}{label}"

    def mapped(self, fold: Callable[[str], str]) -> Report:
        """This report with every text passed through ``fold``, which must keep lengths (full-width
        digits read as ASCII, traditional characters as simplified): a check reads the folded
        report at the same offsets. ``self`` when nothing changes; blocks nothing changes in are
        shared (a report is read, never changed, while it is reviewed)."""
        if all(fold(text) == text for text in self.texts()):
            return self

        def one(block: Block) -> Block:  # a block the fold leaves as it is is shared, not copied
            if isinstance(block, Table):
                if all(fold(c.text) == c.text for row in block.rows for c in row):
                    return block
                rows = [[c.model_copy(update={"text": fold(c.text)}) for c in row] for row in block.rows]
                return block.model_copy(update={"rows": rows})
            folded = fold(block.text)
            return block if folded == block.text else block.model_copy(update={"text": folded})

        return self.model_copy(update={"blocks": [one(b) for b in self.blocks]})

    def title(self) -> str | None:
        for block in self.blocks:
            if isinstance(block, Heading) and block.level == 0:
                return block.text
        return None


_IN_NUMBER = set("0123456789.,%％．０１２３４５６７８９")


class _Widths(dict[str, int]):
    """Each character's columns, looked up once: reading a text measures every line (``pdf_text``)."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_WIDTHS = _Widths()


class _PrintedWidths(dict[str, int]):
    """``_Widths`` with the East Asian ambiguous characters (“”—…≥°①■) wide: a Chinese font prints them a
    character wide, so a printed line holding them is that much wider than its count on a screen."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WFA" else 1
        return width


_PRINTED_WIDTHS = _PrintedWidths()


# Characters whose width is known without asking (ASCII: one column; the CJK punctuation block, the
# Chinese characters and the full-width forms: two; ``tests/test_report.py`` checks each against
# ``unicodedata``). Why: looking up each character (``_WIDTHS``) makes a new string object of every
# Chinese one and hashes it; reading the sample's text measured its lines at 31 M instructions (1.3 % of
# its review). A run of wide characters is counted at once, only the rest (“”, …) looked up.
_NARROW = "\x00-\x7f"
_WIDE = "\u3000-\u303e\u4e00-\u9fff\uff01-\uff60"
_WIDE_RUN = re.compile(f"[{_WIDE}]+")
_ASKED = re.compile(f"[^{_NARROW}{_WIDE}]")


def display_width(text: str) -> int:
    """Columns ``text`` takes on screen or a printed line: a Chinese (wide) character takes two."""
    width = len(text)
    for m in _WIDE_RUN.finditer(text):
        width += m.end() - m.start()
    rest = _ASKED.findall(text)
    return width + sum(map(_WIDTHS.__getitem__, rest)) - len(rest) if rest else width


def printed_width(text: str) -> int:
    """Columns ``text`` takes on a page printed in a Chinese font: ``display_width`` with the ambiguous
    characters (“”—…≥) two columns, as wide as a Chinese character (a PDF's line measured as printed)."""
    width = len(text)
    for m in _WIDE_RUN.finditer(text):
        width += m.end() - m.start()
    rest = _ASKED.findall(text)
    return width + sum(map(_PRINTED_WIDTHS.__getitem__, rest)) - len(rest) if rest else width


# A table copied as text parts its cells with a bar: "|" from a web page or markdown, "｜" typed on a
# Chinese keyboard (U+FF5C), "│"/"┃" from box drawing, whose rules (├──┼──┤) are drawn with "─"/"━".
# A row pasted from a spreadsheet parts its cells with tabs. The checks read one bar, "|", and one
# rule, "-" (``fold_bars`` through ``Report.mapped``: one character for one, so every finding still
# quotes the text as written).
OTHER_BARS = "｜│┃┼├┤┬┴┌┐└┘╋┣┫┳┻┏┓┗┛"
_RULES = "─━"
_BAR_TABLE = str.maketrans(OTHER_BARS + _RULES, "|" * len(OTHER_BARS) + "-" * len(_RULES))
_BAR_FOUND = re.compile(f"[{OTHER_BARS}]")  # a search in C: a set's ``isdisjoint`` makes an object of each character


def has_other_bars(text: str) -> bool:
    """Whether ``text`` parts cells with a bar other than "|" (told in one pass in C)."""
    return _BAR_FOUND.search(text) is not None


def folds_bars(text: str) -> bool:
    """Whether ``fold_bars`` changes ``text``: a bar other than "|", or a spreadsheet row's tabs."""
    return _BAR_FOUND.search(text) is not None or ("\t" in text and _tab_row(text))


def _tab_row(text: str) -> bool:
    """A row pasted from a spreadsheet (Excel, WPS): one line, two or more filled cells apart by tabs."""
    return "\n" not in text and sum(1 for cell in text.split("\t") if cell.strip()) >= 2


def fold_bars(text: str) -> str:
    """``text`` with every cell bar written "|" and every box rule "-", and a spreadsheet row's tabs
    written "|" (same length)."""
    if _BAR_FOUND.search(text) is not None:
        text = text.translate(_BAR_TABLE)
    return text.replace("\t", "|") if "\t" in text and _tab_row(text) else text


# Characters NFKC keeps as they are and never joins to the character before them (combining class 0,
# no composition takes one as its second part: tests/test_nfkc.py checks each against the Unicode
# tables): ASCII, the Chinese characters and the marks and symbols Chinese text is written with.
_STABLE_RANGES = "\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff"
_STABLE_MARKS = "".join(
    c for c in "¥°·×÷–—―‖‘’“”•‰←↑→↓−≤≥■□▲△◆◇○●★☆√、。〃々〆〇〈〉《》「」『』【】〔〕〖〗・"
    if unicodedata.normalize("NFKC", c) == c and not unicodedata.combining(c))
_STABLE = re.compile(f"[{_STABLE_RANGES}{_STABLE_MARKS}]*")
# Characters NFKC turns into stable ones whatever stands around them (full-width forms, the
# ideographic and no-break spaces, ①, ㎡, ℃, …), each with its NFKC form.
_SIMPLE = {ord(c): n for c in map(chr, (0xA0, 0x2025, 0x2026, 0x2103, 0x3000, *range(0x2160, 0x216C),
                                         *range(0x2460, 0x2474), *range(0x3380, 0x33E0), *range(0xFF01, 0xFF5F),
                                         0xFFE0, 0xFFE1, 0xFFE5))
           if (n := unicodedata.normalize("NFKC", c)) != c and not unicodedata.combining(c)
           and _STABLE.fullmatch(n)}
_UNSIMPLE = re.compile(f"[^{_STABLE_RANGES}{re.escape(_STABLE_MARKS)}{re.escape(''.join(map(chr, _SIMPLE)))}]")


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``. Text made of stable and simple characters only (most
    of a report) is mapped one character at a time, which is what NFKC gives it: nothing there is
    reordered or composed. NFKC decomposed and composed every character of every line (about 600
    instructions a character, 1.2% of a review of the sample, most of it on Chinese characters that
    stay as they are)."""
    if _UNSIMPLE.search(text) is None:
        return text.translate(_SIMPLE)
    return unicodedata.normalize("NFKC", text)


def clip(text: str, n: int) -> str:
    """The first ``n`` characters of ``text``, blanks collapsed, … when cut; never cut inside a number
    (“覆盖率达到88…” would state a figure the report does not)."""
    t = " ".join(text.split())
    if len(t) <= n:
        return t
    cut = n
    while cut < len(t) and t[cut] in _IN_NUMBER and t[cut - 1] in _IN_NUMBER:
        cut += 1
    return t if cut >= len(t) else t[:cut] + "…"


PLACE_SEPARATOR = " › "
_HEADING_WIDTH = 20


def _short_heading(text: str) -> str:
    return clip(text, _HEADING_WIDTH - 1)


def table_name(table: Table) -> str:
    """A table as a reader names it: its caption, else its first header row's first cells."""
    if table.caption and table.caption.strip():
        return f"表《{_short_heading(table.caption.strip())}》"
    head = [c.text.strip() for c in (table.rows[0] if table.rows else []) if c.text.strip() and not c.merged]
    if not head:
        return "表格"
    name = "｜".join(" ".join(h.split()) for h in head[:3])
    return f"表《{clip(name, _HEADING_WIDTH - 1)}》"


def place_label(blocks: list[Block], loc: Location) -> str:
    """``Report.place_label`` over a list of blocks (walks back from the block; no index kept)."""
    if not 0 <= loc.block < len(blocks):
        return loc.label()
    block = blocks[loc.block]
    path: list[str] = []
    level = block.level if isinstance(block, Heading) else 99
    count = 0  # paragraphs (or tables) of the same kind between the nearest heading and this block
    counting = True
    for i in range(loc.block - 1, -1, -1):
        b = blocks[i]
        if isinstance(b, Heading):
            counting = False
            if 0 < b.level < level:
                path.append(_short_heading(b.text))
                level = b.level
            if b.level <= 1:
                break
        elif counting and isinstance(b, type(block)) and (not isinstance(b, Table) or b.nested_in is None):
            if not isinstance(b, Paragraph) or b.text.strip():
                count += 1
    path.reverse()
    if isinstance(block, Heading):
        here = f"标题“{_short_heading(block.text)}”"
        return PLACE_SEPARATOR.join([*path, here]) if block.level > 0 else here
    if isinstance(block, Table):
        row = "" if loc.row is None else f"第{loc.row + 1}行 第{(loc.col or 0) + 1}列"
        name = table_name(block)
        here = f"{name}{row}" if count == 0 else f"{name}（本节第{count + 1}个表格）{row}"
        return PLACE_SEPARATOR.join([*path, here])
    here = f"第{count + 1}段"
    return PLACE_SEPARATOR.join([*path, here])
