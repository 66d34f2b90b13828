"""Writing Word (.docx) — with ``docx_reader``, the only modules that import python-docx.

* ``write_docx`` writes a report in conventional 公文 layout (A4, 仿宋_GB2312 三号, 28pt lines).
* ``write_commented_docx`` anchors one Word comment on the exact text of each finding, splitting
  runs at the quote's boundaries. A duplicate cluster is one finding, and each of its copies gets a
  comment of its own naming the other copies, so a reader meets the problem wherever a copy sits.
  Findings on the same words share one comment (numbered （1）（2）), in Chinese (【警告】错别字：…). Locations are mapped with the same walk that ``read_docx`` uses
  (``docx_reader.walk_document``), so a ``Location`` from a report read from a .docx points at the
  same characters in Word.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import ReportFileError
from ..findings import Finding, FindingLocation, Kind
from ..report import Heading, Paragraph, Report, Table
from .atomic import write_atomic
from .docx_layout import add_page_numbers, lay_out_table, title_lines
from .docx_reader import Unit, W, Walk, open_docx, walk_document

__all__ = ["COMMENT_AUTHOR", "comment_text", "copy_comment_text", "write_commented_docx", "write_docx"]

COMMENT_AUTHOR = "jixiao"
COMMENT_INITIALS = "JX"

# 公文 layout (GB/T 9704): fonts as (east Asian, fallback) — fallbacks go to the font table's altName.
TITLE_FONT = ("方正小标宋简体", "宋体")
H1_FONT = ("黑体", "黑体")
H2_FONT = ("楷体_GB2312", "楷体")
BODY_FONT = ("仿宋_GB2312", "仿宋")
LATIN_FONT = "Times New Roman"
BODY_STYLE = "Body Text"
TABLE_TEXT_STYLE = "Table Text"
TITLE_PT = 22            # 二号
TABLE_TEXT_PT = 10.5      # 五号: an eight-column table fits the page without breaking a number
TEXT_WIDTH_MM = 156       # A4 less the 28 mm and 26 mm side margins
# Paragraph.style of the draft → (Word style, alignment): captions centred, the unit line and the
# signature block (落款) right-aligned.
PARAGRAPH_STYLES = {"table_caption": "Table Caption", "table_unit": "Table Unit", "signature": "Signature Line"}


# -- writing ---------------------------------------------------------------------------------------


def _set_fonts(rpr_owner: Any, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Set w:rFonts (ascii/hAnsi/eastAsia) and drop theme fonts, which would override them."""
    rpr = rpr_owner.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rfonts.attrib.pop(W + attr, None)
    rfonts.set(W + "ascii", latin)
    rfonts.set(W + "hAnsi", latin)
    rfonts.set(W + "eastAsia", east_asia)
    rfonts.set(W + "cs", latin)


def _style_paragraph(style: Any, font: tuple[str, str], size: float, *, indent: bool, exact: float | None,
                     center: bool = False, bold: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(style.element, font[0])
    pf = style.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if exact is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(W + "pBdr"):
        ppr.remove(old)  # the template's Title has a bottom border
    ind = ppr.find(W + "ind")
    if indent:
        if ind is None:
            ind = ppr._add_ind()
        ind.set(W + "firstLineChars", "200")  # two characters, whatever the font size
        ind.set(W + "firstLine", str(int(size * 2 * 20)))
    elif ind is not None:
        ppr.remove(ind)


def _setup(doc: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Mm

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    styles = doc.styles
    _style_paragraph(styles["Normal"], BODY_FONT, 16, indent=False, exact=28)
    _style_paragraph(styles[BODY_STYLE], BODY_FONT, 16, indent=True, exact=28)
    _style_paragraph(styles["Title"], TITLE_FONT, TITLE_PT, indent=False, exact=None, center=True)
    styles["Title"].paragraph_format.space_after = Mm(10)
    _style_paragraph(styles["Heading 1"], H1_FONT, 16, indent=True, exact=28)
    _style_paragraph(styles["Heading 2"], H2_FONT, 16, indent=True, exact=28)
    for n in range(3, 10):
        _style_paragraph(styles[f"Heading {n}"], BODY_FONT, 16, indent=True, exact=28)
    if TABLE_TEXT_STYLE not in [s.name for s in styles]:
        table_text = styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        table_text.base_style = styles["Normal"]
    _style_paragraph(styles[TABLE_TEXT_STYLE], BODY_FONT, TABLE_TEXT_PT, indent=False, exact=None)
    _add_placed_styles(doc)
    _add_font_fallbacks(doc)
    add_page_numbers(doc, BODY_FONT[0])


def _add_placed_styles(doc: Any) -> None:
    """表N captions (bold, centred, a line of space above), 单位 lines and 落款 lines (right-aligned)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    styles = doc.styles
    names = [s.name for s in styles]
    for key, name in PARAGRAPH_STYLES.items():
        if name not in names:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
        style = styles[name]
        if key == "table_caption":
            _style_paragraph(style, H1_FONT, 14, indent=False, exact=None, center=True)
            style.paragraph_format.space_before = Pt(12)
            style.paragraph_format.keep_with_next = True
        elif key == "table_unit":
            _style_paragraph(style, BODY_FONT, 12, indent=False, exact=None)
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            style.paragraph_format.keep_with_next = True
        else:
            _style_paragraph(style, BODY_FONT, 16, indent=False, exact=28)
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            style.paragraph_format.right_indent = Pt(32)


def _add_font_fallbacks(doc: Any) -> None:
    """Declare each Chinese font with an altName (宋体/仿宋/楷体) so Word substitutes a font that
    exists when 方正小标宋简体 or the _GB2312 fonts are not installed."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    try:
        part = doc.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return
    blob = getattr(part, "_blob", None)
    if blob is None:
        return
    root = etree.fromstring(blob)
    present = {f.get(W + "name") for f in root.findall(W + "font")}
    for name, alt in (TITLE_FONT, H1_FONT, H2_FONT, BODY_FONT):
        if name in present:
            continue
        font = etree.SubElement(root, W + "font")
        font.set(W + "name", name)
        if alt != name:
            etree.SubElement(font, W + "altName").set(W + "val", alt)
        etree.SubElement(font, W + "charset").set(W + "val", "86")  # GB2312
        etree.SubElement(font, W + "family").set(W + "val", "auto")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _fill_cell(cell: Any, text: str) -> None:
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    first.style = TABLE_TEXT_STYLE
    if lines[0]:
        first.add_run(lines[0])
    for line in lines[1:]:
        cell.add_paragraph(line, style=TABLE_TEXT_STYLE)


TEXT_WIDTH_MM = 156  # A4 less the 公文 margins (28 + 26 mm)


def _spans(table: Table) -> list[list[int]]:
    """Each cell's column span; a short row (a text export drops trailing merged cells) has its last
    cell fill the row, so a long answer is not squeezed into one of eight narrow columns."""
    width = table.n_cols
    return [[cell.col_span + (width - len(row) if c == len(row) - 1 else 0) for c, cell in enumerate(row)]
            for row in table.rows]


def column_widths(table: Table, total_mm: float = TEXT_WIDTH_MM) -> list[float]:
    """Column widths in mm, by the longest text each column holds in cells of its own (between 2 and
    16 characters' worth), so labels stay narrow and text columns get the room."""
    spans = _spans(table)
    need = [2.0] * table.n_cols
    for row, row_spans in zip(table.rows, spans, strict=True):
        for c, (cell, span) in enumerate(zip(row, row_spans, strict=True)):
            if span == 1 and not cell.merged:
                longest = max((len(line) for line in cell.text.split("\n")), default=0)
                need[c] = max(need[c], min(16.0, float(longest)))
    total = sum(need) or 1.0
    return [total_mm * n / total for n in need]


def _write_table(container: Any, table: Table, fit: bool = False) -> Any:
    """``fit``: size columns to their text and let a short row's last cell fill the row (the review
    copy of a text report); otherwise the plain grid that ``write_docx`` has always written."""
    from docx.shared import Mm

    n_rows, n_cols = len(table.rows), table.n_cols
    t = container.add_table(n_rows, n_cols)
    t.style = "Table Grid"
    if fit:
        t.autofit = False
        for c, w in enumerate(column_widths(table)):
            t.columns[c].width = Mm(w)
            for r in range(n_rows):
                t.cell(r, c).width = Mm(w)
    spans = _spans(table) if fit else [[cell.col_span for cell in row] for row in table.rows]
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.merged or (cell.row_span == 1 and spans[r][c] == 1):
                continue
            r2 = min(n_rows, r + cell.row_span) - 1
            c2 = min(n_cols, c + spans[r][c]) - 1
            t.cell(r, c).merge(t.cell(r2, c2))
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if not cell.merged:
                _fill_cell(t.cell(r, c), cell.text)
    if table.nested_in is None:
        lay_out_table(t, table, TEXT_WIDTH_MM, TABLE_TEXT_PT)
    return t


def _build(report: Report, fit: bool = False, printed: bool = False) -> Any:
    from docx import Document

    doc = Document()
    _setup(doc)
    tables: dict[int, Any] = {}
    for i, block in enumerate(report.blocks):
        if isinstance(block, Heading) and block.level == 0 and printed:
            _title(doc, block.text)
        elif isinstance(block, Heading):
            p = doc.add_paragraph(block.text, style="Title" if block.level == 0 else f"Heading {block.level}")
            _space_after_table(report, i, p, printed)
        elif isinstance(block, Paragraph):
            _paragraph(doc, report, i, block, printed)
        elif block.rows:
            parent = tables.get(block.nested_in[0]) if block.nested_in else None
            if parent is not None and block.nested_in is not None:
                _, r, c = block.nested_in
                tables[i] = _write_table(parent.cell(r, c), block, fit)
            else:
                tables[i] = _write_table(doc, block, fit)
    return doc


def _paragraph(doc: Any, report: Report, i: int, block: Paragraph, printed: bool) -> None:
    from docx.shared import Pt

    style = PARAGRAPH_STYLES.get(block.style or "", BODY_STYLE)
    p = doc.add_paragraph(block.text, style=style)
    _space_after_table(report, i, p, printed)
    if printed and style == BODY_STYLE and block.text.rstrip().endswith(("：", ":")):
        p.paragraph_format.keep_with_next = True  # a lead-in (…如下：) never ends a page without what it leads to
    if _before_signature(report, i):
        p.paragraph_format.keep_with_next = True  # the 落款 is never alone on a page, nor split
    if style == PARAGRAPH_STYLES["signature"] and not _after_signature(report, i):
        p.paragraph_format.space_before = Pt(56)  # two blank lines before 落款


def _space_after_table(report: Report, i: int, p: Any, printed: bool) -> None:
    """Half a line between a table and the text after it, which otherwise touches its last rule."""
    from docx.shared import Pt

    before = report.blocks[i - 1] if i else None
    if printed and isinstance(before, Table) and before.nested_in is None:
        p.paragraph_format.space_before = Pt(8)


def _title(doc: Any, text: str) -> None:
    """The title, broken between phrases when it takes two lines (a line break, not a new paragraph)."""
    p = doc.add_paragraph(style="Title")
    for n, line in enumerate(title_lines(text, TITLE_PT, TEXT_WIDTH_MM)):
        if n:
            p.runs[-1].add_break()
        p.add_run(line)


def _before_signature(report: Report, i: int) -> bool:
    nxt = report.blocks[i + 1] if i + 1 < len(report.blocks) else None
    return isinstance(nxt, Paragraph) and nxt.style == "signature"


def _after_signature(report: Report, i: int) -> bool:
    prev = report.blocks[i - 1] if i else None
    return isinstance(prev, Paragraph) and prev.style == "signature"


def write_docx(report: Report, path: str | Path, *, printed: bool = False) -> Path:
    """Write a report as .docx in 公文 layout, atomically (temp file + rename). ``printed`` (a draft,
    laid out for print): a long title broken between phrases with a line break, a lead-in (…如下：)
    kept with what follows, space after each table. Off, the document holds the report's text
    exactly as before (a copy of a report keeps its offsets; the fixtures' .docx their bytes)."""
    doc = _build(report, printed=printed)
    return write_atomic(path, lambda tmp: doc.save(str(tmp)))


# -- review comments -------------------------------------------------------------------------------


def _split_run(r: Any, k: int) -> Any:
    """Split run ``r`` after its k-th character; return the new run holding the rest."""
    right = copy.deepcopy(r)
    pos = 0
    left_children = [c for c in r if c.tag != W + "rPr"]
    right_children = [c for c in right if c.tag != W + "rPr"]
    for lc, rc in zip(left_children, right_children, strict=True):
        n = len(_run_text_of_child(lc))
        if pos + n <= k:
            right.remove(rc)  # wholly left
        elif pos >= k:
            r.remove(lc)  # wholly right
        else:  # a w:t that straddles the split
            cut = k - pos
            text = lc.text or ""
            lc.text, rc.text = text[:cut], text[cut:]
            for t in (lc, rc):
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        pos += n
    r.addnext(right)
    return right


def _run_text_of_child(child: Any) -> str:
    tag = child.tag
    if tag == W + "t":
        return child.text or ""
    if tag in (W + "tab", W + "br", W + "cr", W + "noBreakHyphen"):
        return "x"
    return ""


def _split_at(unit: Unit, offset: int) -> None:
    for seg in unit.segments():
        if seg.start < offset < seg.start + len(seg.text):
            _split_run(seg.run, offset - seg.start)
            return


def _anchor_runs(unit: Unit, start: int, end: int) -> list[Any]:
    start, end = max(0, start), min(len(unit.text), end)
    if end <= start:
        start, end = 0, len(unit.text)
    _split_at(unit, start)
    _split_at(unit, end)
    runs = [s.run for s in unit.segments() if s.text and s.start >= start and s.start + len(s.text) <= end]
    if not runs:  # the words lie in Word's numbering label (二、), which no run holds: the text after it
        runs = [s.run for s in unit.segments() if s.text.strip() and s.start + len(s.text) > start][:1]
    return runs


def comment_text(finding: Finding) -> str:
    """``【警告】错别字：message`` then the evidence and the suggestion, one paragraph each."""
    parts = [f"【{finding.severity.zh}】{finding.kind_zh}：{finding.message}"]
    if finding.evidence:
        parts.append(f"依据：{finding.evidence}")
    if finding.suggestion:
        parts.append(f"建议：{finding.suggestion}")
    if finding.id:
        parts.append(f"编号：{finding.id}（如确认无误，可用 jixiao review --accept {finding.id} 不再提示）")
    return "\n".join(p.replace("\n", " ") for p in parts)


def copy_comment_text(finding: Finding, place: FindingLocation) -> str:
    """The comment on one copy of a duplicate cluster other than the finding's own place: which
    other places hold the same text, where the full comment is, and the suggestion."""
    places = [finding.location, *finding.related]
    others = "、".join(p.where for p in places if p is not place)
    text = (f"【{finding.severity.zh}】{finding.kind_zh}：本处文字与{others}重复（同一问题，全文共{len(places)}处；"
            f"详见{finding.location.where}的批注）")
    return text + (f"\n建议：{finding.suggestion}" if finding.suggestion else "")


def _comments(finding: Finding) -> list[tuple[FindingLocation, str]]:
    """Where a finding is commented and with what: its own place, and each copy of a duplicate."""
    out = [(finding.location, comment_text(finding))]
    if finding.kind is Kind.DUPLICATE_PARAGRAPH:
        out += [(p, copy_comment_text(finding, p)) for p in finding.related]
    return out


def _locate(walk: Walk, place: FindingLocation) -> tuple[Unit, int, int, bool] | None:
    """Where to anchor: the location if its text is the quote, else the quote found nearby or
    anywhere; the last value says whether the quote itself was found."""
    loc = place.location
    quote = place.quote
    unit = walk.units.get((loc.block, loc.row, loc.col))
    if unit is not None:
        if unit.text[loc.start : loc.end] == quote:
            return unit, loc.start, loc.end, True
        if quote and (k := unit.text.find(quote)) >= 0:
            return unit, k, k + len(quote), True
    if quote:  # the source differs from the report: find the quote anywhere
        for other in walk.units.values():
            if (k := other.text.find(quote)) >= 0:
                return other, k, k + len(quote), True
    return (unit, 0, len(unit.text), False) if unit is not None else None


def _add_comment(doc: Any, runs: Sequence[Any], text: str) -> None:
    from docx.text.run import Run

    doc.add_comment([Run(runs[0], doc), Run(runs[-1], doc)], text=text,
                    author=COMMENT_AUTHOR, initials=COMMENT_INITIALS)


def write_commented_docx(
    report: Report, findings: Sequence[Finding], path: str | Path, source: str | Path | None = None
) -> Path:
    """A copy of the report with one Word comment per finding, anchored on the finding's quote, and
    for a duplicate cluster one more on each of its other copies, pointing to the rest.

    With a .docx ``source`` the original document is copied (the input is never modified);
    otherwise the report is laid out as ``write_docx`` does. Findings whose text cannot be found
    are still commented, on the first paragraph, with the place they refer to.
    """
    src = Path(source) if source is not None else None
    doc = open_docx(src) if src is not None and src.suffix.lower() == ".docx" else _build(report, fit=True)
    walk = walk_document(doc)
    first_unit = next(iter(walk.units.values()), None)
    for unit, start, end, text in _comment_spans(walk, findings):
        runs = _anchor_runs(unit, start, end)  # split and commented one at a time: later splits keep earlier ranges
        if not runs and first_unit is not None:
            runs = _anchor_runs(first_unit, 0, len(first_unit.text))
        if runs:
            _add_comment(doc, runs, text)
    out = Path(path)
    if src is not None and out.resolve() == src.resolve():
        raise ReportFileError("批注稿不能覆盖原报告；请指定另一个输出文件名", path=out)
    saver: Callable[[Path], None] = lambda tmp: doc.save(str(tmp))  # noqa: E731
    return write_atomic(out, saver)


def _comment_spans(walk: Walk, findings: Sequence[Finding]) -> list[tuple[Unit, int, int, str]]:
    """Where to anchor and the comment text: one comment per stretch of text, so two findings on
    the same words (a copy of a duplicate that is also last year's text) read as one comment."""
    first_unit = next(iter(walk.units.values()), None)
    spans: list[tuple[Unit, int, int, list[str]]] = []
    for finding in findings:
        for place, text in _comments(finding):
            found = _locate(walk, place)
            if not found or not found[3]:
                text = f"（未能在文中定位引文“{place.quote}”，原位置：{place.where}）\n{text}"
            if found:
                unit, start, end = found[:3]
            elif first_unit is not None:
                unit, start, end = first_unit, 0, len(first_unit.text)
            else:
                continue
            same = next((k for k, (u, s0, e0, _) in enumerate(spans) if u is unit and _same_words(s0, e0, start, end)), None)
            if same is None:
                spans.append((unit, start, end, [text]))
            else:
                u, s0, e0, texts = spans[same]
                spans[same] = (u, min(s0, start), max(e0, end), texts if text in texts else [*texts, text])
    return [(unit, start, end, texts[0] if len(texts) == 1 else "\n".join(f"（{i}）{t}" for i, t in enumerate(texts, 1)))
            for unit, start, end, texts in spans]


SAME_WORDS_SLACK = 5  # characters either end: a splice and the duplicate it belongs to cover the same words


def _same_words(s0: int, e0: int, s1: int, e1: int) -> bool:
    """Two spans a reader sees as one stretch of text (equal, or off by a few characters each end)."""
    return abs(s0 - s1) <= SAME_WORDS_SLACK and abs(e0 - e1) <= SAME_WORDS_SLACK and s1 < e0 and s0 < e1
