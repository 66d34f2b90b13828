"""Table and page layout for ``docx_writer``: what makes a drafted report look like one an officer
signs — column widths fitted to the content (a number never breaks across lines), a bold header
row repeated on every page, rows that do not split, page numbers in the footer.

Apart from ``docx_writer`` because it is one concern (measuring and laying out) with its own
arithmetic; the writer decides what goes in the document, this module how it sits on the page.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..report import Table
from .docx_reader import W

__all__ = ["add_page_numbers", "column_widths", "lay_out_table", "text_width_mm", "title_lines"]

# a figure, with its comparator, word (节约) and unit: 92.05%, ≥6000人次, 7.786万人, 节约1.04, 5元/亩, ≤180万元/公里
NUMBER = re.compile(r"^(?:节约|超支|增加|减少|[≥≤><=＝])?[（(]?[-+]?\d[\d,.]*\s*(?:%|[\u4e00-\u9fff]{0,3}(?:/[\u4e00-\u9fff·]{1,4})?)"
                    r"[）)]?$")
PADDING_MM = 4.5          # cell margins left + right (Word 3.8 mm, LibreOffice 3.8 mm), and a little air
MIN_TEXT_CHARS = 4        # a text column is never narrower than four characters
MAX_WANT_CHARS = 12       # nor asks for more than twelve: a long text wraps rather than starve the rest


def text_width_mm(text: str, size_pt: float) -> float:
    """The printed width of ``text`` at ``size_pt``: a CJK character is one em, a digit or Latin
    letter about half of one (Times New Roman)."""
    em = size_pt * 0.3528  # 1pt = 0.3528mm
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")
    return em * (wide + 0.55 * (len(text) - wide))


# where a 公文 title may be broken, best first: before the kind of report, then before the year
_TITLE_BREAKS = (re.compile(r"(?<=年度)(?=部门)|(?<=年)(?=部门)|(?=部门整体支出)|(?=(?:整体支出)?绩效自评报告$)"),
                 re.compile(r"(?=\d{4}年)"))


def title_lines(text: str, size_pt: float, width_mm: float) -> list[str]:
    """The title as the lines it is printed in: one line when it fits; else broken where a phrase
    ends (清溪县水利局2024年度 / 部门整体支出绩效自评报告), never inside one (…绩效自 / 评报告).
    A longer one is broken at each such point as needed; a phrase wider than the page wraps."""
    if text_width_mm(text, size_pt) <= width_mm:
        return [text]
    for pattern in _TITLE_BREAKS:
        for m in pattern.finditer(text):
            head, tail = text[:m.start()], text[m.start():]
            if head and tail and max(text_width_mm(head, size_pt), text_width_mm(tail, size_pt)) <= width_mm:
                return [head, tail]
    # a very long name: three lines or more, each ending where a phrase does, as full as it fits
    cuts = sorted({m.start() for p in _TITLE_BREAKS for m in p.finditer(text)} - {0})
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    lines = [pieces[0]]
    for piece in pieces[1:]:
        if text_width_mm(lines[-1] + piece, size_pt) <= width_mm:
            lines[-1] += piece
        else:
            lines.append(piece)
    return lines


def _unbreakable(text: str) -> bool:
    """A cell that must stay on one line: a number, a percentage, a short word."""
    t = text.strip()
    return bool(NUMBER.match(t)) or len(t) <= 4


def column_widths(table: Table, total_mm: float, size_pt: float) -> list[float]:
    """Widths (mm) summing to ``total_mm``: every column at least as wide as its longest number or
    short word (and four characters for text); what is left goes where the text is longest."""
    n = table.n_cols
    least = [text_width_mm("字" * 2, size_pt) + PADDING_MM] * n
    want = list(least)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row[:n]):
            if cell.merged or cell.col_span > 1 or not cell.text:
                continue
            full = max(text_width_mm(line, size_pt) for line in cell.text.split("\n")) + PADDING_MM
            want[c] = max(want[c], min(full, text_width_mm("字" * MAX_WANT_CHARS, size_pt) + PADDING_MM))
            if r > 0 or _unbreakable(cell.text):
                floor = full if _unbreakable(cell.text) else text_width_mm("字" * MIN_TEXT_CHARS, size_pt) + PADDING_MM
                least[c] = max(least[c], min(floor, full))
                want[c] = max(want[c], least[c])
    if sum(want) <= total_mm:
        return [w * total_mm / sum(want) for w in want]
    spare = total_mm - sum(least)
    if spare <= 0:  # too many columns for the page: shrink evenly, numbers first kept as far as can be
        return [w * total_mm / sum(least) for w in least]
    extra = [w - m for w, m in zip(want, least, strict=True)]
    return [m + spare * e / sum(extra) for m, e in zip(least, extra, strict=True)]


def _set(parent: Any, tag: str, **attrs: str) -> Any:
    from lxml import etree

    el = parent.find(W + tag)
    if el is None:
        el = etree.SubElement(parent, W + tag)
    for k, v in attrs.items():
        el.set(W + k, v)
    return el


def lay_out_table(t: Any, table: Table, total_mm: float, size_pt: float) -> None:
    """Fixed widths from ``column_widths``, the first row bold and repeated on each page, no row
    split across pages, numbers right-aligned and kept on one line, cells centred vertically."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    widths = column_widths(table, total_mm, size_pt)
    tbl_pr = t._tbl.tblPr
    _set(tbl_pr, "tblLayout", type="fixed")
    _set(tbl_pr, "tblW", w=str(int(Mm(sum(widths)).twips)), type="dxa")
    _set(tbl_pr, "jc", val="center")
    for c, col in enumerate(t._tbl.tblGrid.findall(W + "gridCol")):
        col.set(W + "w", str(int(Mm(widths[c]).twips)))
    for r, row in enumerate(t.rows):
        tr_pr = row._tr.get_or_add_trPr()
        _set(tr_pr, "cantSplit")
        if r == 0:
            _set(tr_pr, "tblHeader")
        for c, cell in enumerate(row.cells):
            if c >= len(widths):
                break
            cell.width = Mm(widths[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            source = table.rows[r][c] if c < len(table.rows[r]) else None
            text = source.text if source is not None else ""
            for p in cell.paragraphs:
                if r == 0 or source is None or source.row_span > 1 or NUMBER.match(text.strip()) or len(text) <= 4:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                else:
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                for run in p.runs:
                    if r == 0:
                        run.bold = True
            if NUMBER.match(text.strip()):
                _set(cell._tc.get_or_add_tcPr(), "noWrap")


def add_page_numbers(doc: Any, font: str) -> None:
    """“— 1 —” centred in every page's footer, a PAGE field so Word and WPS count the pages."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    footer = doc.sections[0].footer
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(W + "instr", " PAGE ")
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    inner.append(text)
    field.append(inner)
    p._p.append(field)
    p.add_run(" —")
    for r in p._p.iter(W + "r"):
        rpr = r.find(W + "rPr")
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            r.insert(0, rpr)
        fonts = OxmlElement("w:rFonts")
        for attr in ("ascii", "hAnsi", "eastAsia"):
            fonts.set(W + attr, font)
        size = OxmlElement("w:sz")
        size.set(W + "val", str(int(Pt(14).pt * 2)))
        rpr.append(fonts)
        rpr.append(size)
