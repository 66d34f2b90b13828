"""A report's text printed as a PDF (reportlab, A4, the built-in STSong-Light CJK font): the PDFs the PDF
reader's tests and ``evals.real_pdf`` read.

Why made here and not kept as files: a test's report is text in the test, readable as a
specification, and the PDF is laid out as a word processor prints one: paragraphs wrapped at the page
width with a first-line indent, the title centred, a table's cells drawn in columns (a "|"-row or a
TAB-row of the text), a page number at each page's foot and a running head at the top of the pages
after the first. Needs reportlab (the dev extras).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile
from pathlib import Path

__all__ = ["Layout", "blocks_of", "print_pdf"]

FONT = "STSong-Light"
_CLOSING = frozenset("。，、；：！？）》」』”’,.;:!?)]")


@dataclass(frozen=True)
class Layout:
    """How the page is laid out: font size and leading (points), margins, the page number's form
    ({n}: the page), the running head (None: none), the paragraphs' first-line indent (characters), and
    whether a table's rows are ruled (a grid of lines around its cells, as a form is printed from Word;
    a row with fewer cells than the table has columns has its last cell spanning the rest) or its cells
    only set in columns."""
    size: float = 12
    leading: float = 20
    margin: float = 72
    number: str = "— {n} —"
    head: str | None = None
    indent: int = 2
    ruled: bool = False  # a table's rows drawn as a ruled table (reportlab's Table, a grid of lines)


def blocks_of(text: str) -> list[str | list[str]]:
    """The text's paragraphs (a line each) and table rows (their cells): a row of "|"-parted cells on
    one line, or Word's "save as text" row, cells on TAB-led lines one after the other (an untabbed line
    right after a cell goes on that cell)."""
    out: list[str | list[str]] = []
    in_row = False
    for line in text.splitlines():
        row = out[-1] if out and isinstance(out[-1], list) else None
        if line.startswith("\t"):
            if in_row and row is not None:
                row.append(line.strip())
            else:
                out.append([line.strip()])
            in_row = True
        elif line.count("|") >= 2:
            out.append([c.strip() for c in line.strip().strip("|").split("|")])
            in_row = False
        elif line.strip() and in_row and row is not None:
            row[-1] = f"{row[-1]}{line.strip()}"
        else:
            in_row = False
            if line.strip():
                out.append(line.strip())
    return out


def tables_of(text: str) -> list[str | list[str]]:
    """The text's blocks as the text reader reads them (``read_text_string``): a paragraph's text, or a
    table's row (its cells; a cell's paragraphs on lines of their own), a "|"-row a row too. What a
    ruled printing draws: the tables the text holds, as they are read from it."""
    from drafting.io.text_reader import read_text_string
    from drafting.report import Table

    out: list[str | list[str]] = []
    for block in read_text_string(text).blocks:
        if isinstance(block, Table):
            out.extend([c.text for c in row] for row in block.rows)
        elif block.text.count("|") >= 2:
            out.append([c.strip() for c in block.text.strip().strip("|").split("|")])
        else:
            out.append(block.text)
    return out


class _Pages:
    """The canvas and where the next line goes; a new page when the page is full."""

    def __init__(self, path: Path, layout: Layout) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        self.layout, self.width, self.height = layout, *A4
        self.canvas = canvas.Canvas(str(path), pagesize=A4, invariant=True)
        self.page = 1
        self.y = self.height - layout.margin
        self._start()

    def _start(self) -> None:
        self.canvas.setFont(FONT, self.layout.size)
        if self.page > 1 and self.layout.head:
            self.canvas.setFont(FONT, self.layout.size * 0.75)
            self.canvas.drawCentredString(self.width / 2, self.height - self.layout.margin / 2, self.layout.head)
            self.canvas.setFont(FONT, self.layout.size)

    def room(self, lines: int = 1) -> None:
        """A new page unless ``lines`` more lines fit on this one."""
        if self.y - (lines - 1) * self.layout.leading < self.layout.margin:
            self._foot()
            self.page += 1
            self.y = self.height - self.layout.margin
            self._start()

    def _foot(self) -> None:
        self.canvas.setFont(FONT, self.layout.size * 0.75)
        self.canvas.drawCentredString(self.width / 2, self.layout.margin / 2, self.layout.number.format(n=self.page))
        self.canvas.showPage()

    def line(self, text: str, x: float, centred: bool = False) -> None:
        self.room()
        if centred:
            self.canvas.drawCentredString(self.width / 2, self.y, text)
        else:
            self.canvas.drawString(x, self.y, text)
        self.y -= self.layout.leading

    def finish(self) -> None:
        self._foot()  # the last page's number
        self.canvas.save()


def _wrap(text: str, width: float, size: float, first_indent: float = 0) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points (the first ``first_indent`` narrower); a
    closing mark never opens a line, it hangs at the end of the line before (as word processors print)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur, used, room = [], "", 0.0, width - first_indent
    for ch in text:
        w = stringWidth(ch, FONT, size)
        if cur and used + w > room and ch not in _CLOSING:
            lines.append(cur)
            cur, used, room = "", 0.0, width
        cur, used = cur + ch, used + w
    return [*lines, cur]


def _row(pages: _Pages, cells: list[str]) -> None:
    """A table's row: each cell wrapped in its column, the row as tall as its tallest cell."""
    lay = pages.layout
    inner = pages.width - 2 * lay.margin
    slot = inner / max(len(cells), 1)
    wrapped = [_wrap(c, slot - lay.size, lay.size) if c else [""] for c in cells]
    height = max(len(w) for w in wrapped)
    pages.room(height)
    for k in range(height):
        for col, lines in enumerate(wrapped):
            if k < len(lines) and lines[k]:
                pages.canvas.drawString(lay.margin + col * slot, pages.y, lines[k])
        pages.y -= lay.leading


TABLE_SIZE = 9  # points: a form's cells are set smaller than the text


def _ruled(pages: _Pages, rows: list[list[str]]) -> None:
    """Rows drawn as a ruled table (``Layout.ruled``), split over pages where it does not fit."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    lay = pages.layout
    inner = pages.width - 2 * lay.margin
    width = max(len(r) for r in rows)
    style = ParagraphStyle("cell", fontName=FONT, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.3, wordWrap="CJK")
    cells = [[Paragraph(c.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>"), style)
              for c in r]
             + [""] * (width - len(r)) for r in rows]
    spans = [("SPAN", (len(r) - 1, i), (width - 1, i)) for i, r in enumerate(rows) if len(r) < width]
    table: Table | None = Table(cells, colWidths=[inner / width] * width, repeatRows=0)
    assert table is not None
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               *spans]))
    pages.y += lay.leading - lay.size  # the table's top where the next line's top would be
    while table is not None:
        room = pages.y - lay.margin
        _, height = table.wrapOn(pages.canvas, inner, room)
        if height <= room:
            table.drawOn(pages.canvas, lay.margin, pages.y - height)
            pages.y -= height + lay.leading
            break
        parts = table.split(inner, room)
        if len(parts) == 2:
            parts[0].wrapOn(pages.canvas, inner, room)
            parts[0].drawOn(pages.canvas, lay.margin, pages.y - parts[0]._height)
        pages.y = lay.margin - 1  # the page is full
        pages.room()
        pages.y += lay.leading - lay.size
        table = parts[1] if len(parts) == 2 else table


def print_pdf(text: str, path: str | Path, layout: Layout = Layout()) -> Path:
    """Write ``text`` (one paragraph a line) to ``path`` as a printed report; returns the path."""
    p = Path(path)
    pages = _Pages(p, layout)
    inner = pages.width - 2 * layout.margin
    indent = layout.indent * layout.size
    blocks = tables_of(text) if layout.ruled else blocks_of(text)
    for k, block in enumerate(blocks):
        if isinstance(block, list):
            if not layout.ruled:
                _row(pages, block)
            elif k == 0 or not isinstance(blocks[k - 1], list):  # a run of rows: one table
                _ruled(pages, list(takewhile(lambda b: isinstance(b, list), blocks[k:])))  # type: ignore[arg-type]
            continue
        for n, piece in enumerate(_wrap(block, inner, layout.size, 0 if k == 0 else indent)):
            pages.line(piece, layout.margin + (indent if n == 0 and k else 0), centred=k == 0)
    pages.finish()
    return p
