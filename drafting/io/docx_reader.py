"""Reading Word (.docx) — with ``docx_writer``, the only modules that import python-docx.

``read_docx`` walks the body XML in document order (paragraphs, tables, content controls), resolves
merged table cells onto the grid, and lists nested tables right after their parent. The walk
(``walk_document``) also records where each run of each text unit sits, so the writer can anchor a
comment on the characters a ``Location`` from this reader points at.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ReportFileError
from ..report import Block, Cell, Heading, Paragraph, Report, Table
from .docx_numbering import join_label, numbering_labels
from .limits import check_limit
from .text_reader import heading_level

__all__ = ["ENCRYPTED_OR_DOC", "OLE2_MAGIC", "W_NS", "Segment", "Unit", "W", "Walk", "open_docx", "read_docx", "styled_block",
           "walk_document"]

OLE2_MAGIC = b"\xd0\xcf\x11\xe0"
ENCRYPTED_OR_DOC = "文件已加密或为旧版 .doc 格式，请在 Word/WPS 中另存为未加密的 .docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
"""The WordprocessingML namespace as a tag prefix: ``W + "p"`` is a paragraph element."""
SKIP_RUN_ANCESTORS = {W + "del", W + "moveFrom", W + "txbxContent"}
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


# -- walking a document ----------------------------------------------------------------------------


@dataclass
class Segment:
    """One run of a unit and the offset of its first character in the unit's text."""

    run: Any  # CT_R element
    start: int  # offset of the run's first character in the unit text
    text: str


@dataclass
class Unit:
    """One text unit of the walk: a paragraph (or a cell's paragraphs) and where each run sits."""

    paragraphs: list[Any]
    text: str = ""
    lead: int = 0  # characters stripped from the front of the joined text
    shifts: list[int] = field(default_factory=list)  # per paragraph: its label's length less the blanks dropped after it

    def segments(self) -> list[Segment]:
        segs: list[Segment] = []
        pos = -self.lead
        for k, p in enumerate(self.paragraphs):
            if k:
                pos += 1  # the "\n" between paragraphs
            if k < len(self.shifts):
                pos += self.shifts[k]
            for r in _runs_of(p):
                t = _run_text(r)
                segs.append(Segment(r, pos, t))
                pos += len(t)
        return segs


@dataclass
class Walk:
    """A walked document: its blocks, and the text unit behind each (block, row, col) place."""

    blocks: list[Block] = field(default_factory=list)
    units: dict[tuple[int, int | None, int | None], Unit] = field(default_factory=dict)


def _runs_of(p: Any) -> Iterator[Any]:
    for r in p.iter(W + "r"):
        anc = r.getparent()
        skip = False
        while anc is not None and anc is not p:
            if anc.tag in SKIP_RUN_ANCESTORS or anc.tag == W + "r":
                skip = True
                break
            anc = anc.getparent()
        if not skip:
            yield r


def _run_text(r: Any) -> str:
    out = []
    for child in r:
        tag = child.tag
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _make_unit(paragraphs: list[Any], labels: dict[Any, tuple[str, str]] | None = None) -> Unit:
    """The unit's text as Word shows it: a numbered paragraph's label (二、) before its text, the blanks
    typed after the label dropped; ``shifts`` keeps each run's offset in that text."""
    parts: list[str] = []
    shifts: list[int] = []
    for p in paragraphs:
        own = "".join(_run_text(r) for r in _runs_of(p))
        label = labels.get(p) if labels else None
        body = own.lstrip()
        if label is None or not body:
            parts.append(own)
            shifts.append(0)
            continue
        prefix = label[0] + join_label(label[0], body, label[1])
        parts.append(prefix + body)
        shifts.append(len(prefix) - (len(own) - len(body)))
    joined = "\n".join(parts)
    stripped = joined.lstrip()
    lead = len(joined) - len(stripped)
    return Unit(paragraphs=paragraphs, text=stripped.rstrip(), lead=lead, shifts=shifts if any(shifts) else [])


def _body_children(parent: Any) -> Iterator[Any]:
    for child in parent:
        if child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _body_children(content)
        elif child.tag in (W + "p", W + "tbl"):
            yield child


def walk_document(doc: Any) -> Walk:
    """Walk a python-docx ``Document``'s body in document order into blocks and text units."""
    walk = Walk()
    styles = _style_names(doc)
    labels = numbering_labels(doc.element.body, _numbering_root(doc), doc.styles.element)
    contents = _toc_paragraphs(doc.element.body)
    for child in _body_children(doc.element.body):
        if child.tag == W + "p":
            unit = _make_unit([child], labels)
            if not unit.text:
                continue
            index = len(walk.blocks)
            walk.blocks.append(_paragraph_block(child, unit.text, styles, child in contents))
            walk.units[(index, None, None)] = unit
        else:
            _walk_table(child, walk, None, labels)
    return walk


def _numbering_root(doc: Any) -> Any | None:
    """The w:numbering element, or None when the package has no numbering part (never created here:
    python-docx's ``numbering_part`` would add one to the commented copy)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = doc.part.part_related_by(RT.NUMBERING)
    except KeyError:
        return None
    return getattr(part, "element", None)


def _style_names(doc: Any) -> dict[str, str]:
    names: dict[str, str] = {}
    for s in doc.styles.element.iter(W + "style"):
        name = s.find(W + "name")
        names[s.get(W + "styleId")] = name.get(W + "val") if name is not None else ""
    return names


def _paragraph_block(p: Any, text: str, styles: dict[str, str], toc_entry: bool = False) -> Block:
    """The block of a body paragraph, by its style and outline level (``styled_block``)."""
    ppr = p.find(W + "pPr")
    style_id = None
    outline = None
    if ppr is not None:
        ps = ppr.find(W + "pStyle")
        style_id = ps.get(W + "val") if ps is not None else None
        el = ppr.find(W + "outlineLvl")
        if el is not None and (lvl := el.get(W + "val", "")).isdigit() and int(lvl) < 9:
            outline = int(lvl)
    name = styles.get(style_id, style_id) if style_id else None
    return styled_block(text, name, outline, toc_entry)


def styled_block(text: str, style: str | None, outline: int | None = None, toc_entry: bool = False) -> Block:
    """Heading level from the style (Title / Heading N / outline level); explicit body styles are
    trusted; unstyled (Normal) paragraphs fall back to 公文 numbering patterns. A line of Word's table
    of contents is never a heading, whatever its style: it says a heading again, with a page number.
    Shared by the .doc reader, whose styles and outline levels say the same."""
    if toc_entry:
        return Paragraph(text=text, style=style or "toc")
    if outline is not None:
        return Heading(text=text, level=outline + 1)
    if style:
        low = style.strip().lower()
        if low in ("title", "标题"):
            return Heading(text=text, level=0)
        m = _HEADING_STYLE.match(low)
        if m:
            return Heading(text=text, level=max(1, int(m.group(1))))
        if low not in ("normal", "正文", "default"):
            return Paragraph(text=text, style=style)
    level = heading_level(text)
    return Heading(text=text, level=level) if level is not None else Paragraph(text=text)


_TOC_FIELD = re.compile(r"^\s*(?:PAGEREF|TOC)\b", re.IGNORECASE)


def _toc_paragraphs(body: Any) -> set[Any]:
    """The lines of Word's table of contents, by Word's own marks: the paragraphs inside the content
    control Word puts the table in (docPartGallery "Table of Contents"), and those holding its PAGEREF
    / TOC field. One pass over those few elements, not a question to every paragraph."""
    out: set[Any] = set()
    for el in body.iter(W + "instrText", W + "fldSimple", W + "docPartGallery"):
        if el.tag == W + "docPartGallery":
            if "contents" in (el.get(W + "val") or "").lower():
                sdt = _enclosing(el, W + "sdt")
                content = sdt.find(W + "sdtContent") if sdt is not None else None
                out.update(content.iter(W + "p") if content is not None else ())
        elif _TOC_FIELD.match((el.text if el.tag == W + "instrText" else el.get(W + "instr")) or ""):
            p = _enclosing(el, W + "p")
            if p is not None:
                out.add(p)
    return out


def _int_attr(parent: Any, tag: str, default: int) -> int:
    el = parent.find(tag) if parent is not None else None
    val = el.get(W + "val") if el is not None else None
    return int(val) if val and val.isdigit() else default


def _walk_table(tbl: Any, walk: Walk, nested_in: tuple[int, int, int] | None,
                labels: dict[Any, tuple[str, str]]) -> None:
    index = len(walk.blocks)
    walk.blocks.append(Table(nested_in=None))  # placeholder keeps document order; filled below
    rows: list[list[Cell]] = []
    v_origin: dict[int, tuple[int, int]] = {}
    nested: list[tuple[Any, int, int]] = []
    for r, tr in enumerate(tbl.findall(W + "tr")):
        trpr = tr.find(W + "trPr")
        row: list[Cell] = [Cell() for _ in range(_int_attr(trpr, W + "gridBefore", 0))]
        for tc in tr.iter(W + "tc"):
            if _enclosing(tc, W + "tr") is not tr:
                continue  # a cell of a nested table
            tcpr = tc.find(W + "tcPr")
            span = max(1, _int_attr(tcpr, W + "gridSpan", 1))
            vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
            col = len(row)
            if vmerge is not None and vmerge.get(W + "val", "continue") == "continue" and col in v_origin:
                r0, c0 = v_origin[col]
                rows[r0][c0].row_span += 1
                row.extend(Cell(merged=True) for _ in range(span))
                continue
            paragraphs = [p for p in tc if p.tag == W + "p"]
            unit = _make_unit(paragraphs, labels)
            row.append(Cell(text=unit.text, col_span=span))
            row.extend(Cell(merged=True) for _ in range(span - 1))
            walk.units[(index, r, col)] = unit
            if vmerge is not None:
                v_origin[col] = (r, col)
            else:
                v_origin.pop(col, None)
            nested.extend((t, r, col) for t in tc if t.tag == W + "tbl")
        rows.append(row)
    width = max((len(rw) for rw in rows), default=0)
    for rw in rows:
        rw.extend(Cell() for _ in range(width - len(rw)))
    walk.blocks[index] = Table(rows=rows, nested_in=nested_in)
    for t, r, c in nested:
        _walk_table(t, walk, (index, r, c), labels)


def _enclosing(el: Any, tag: str) -> Any:
    anc = el.getparent()
    while anc is not None and anc.tag != tag:
        anc = anc.getparent()
    return anc


# -- reading ---------------------------------------------------------------------------------------


def open_docx(path: Path) -> Any:
    from docx import Document

    if not path.exists():
        raise ReportFileError("文件不存在；请检查路径是否正确", path=path)
    raw_head = path.read_bytes()[:8]
    if not raw_head:
        raise ReportFileError("文件为空；请提供含报告正文的 .docx 文件", path=path)
    if raw_head.startswith(OLE2_MAGIC):
        raise ReportFileError(ENCRYPTED_OR_DOC, path=path)
    if not raw_head.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise ReportFileError("不是有效的 .docx 文件（文件已损坏或格式不符）；请在 Word/WPS 中重新另存为 .docx", path=path)
    _check_package(path)
    try:
        return Document(str(path))
    except Exception as exc:  # python-docx raises several types for broken packages
        from .file_kinds import REPORT_IS_WORKBOOK, package_kind

        if package_kind(path) == "excel":  # the data workbook given as the report
            raise ReportFileError(REPORT_IS_WORKBOOK, path=path) from None
        raise ReportFileError(
            f"无法打开 .docx（文件已损坏或不是 Word 文档：{type(exc).__name__}）；请在 Word/WPS 中重新另存为 .docx",
            path=path,
        ) from None


def _check_package(path: Path) -> None:
    """Refuse, before python-docx inflates anything, a package over the size limits (a 1.6 MB file
    can inflate to 1 GB) or with a DTD in an XML part: Word never writes one, and its entities would
    make the commented copy ill-formed."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            total = sum(i.file_size for i in infos)
            check_limit("docx_bytes", total, path)
            check_limit("docx_ratio", total // max(1, path.stat().st_size), path)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with z.open(info) as part:
                        if b"<!DOCTYPE" in part.read(4096).upper():
                            raise ReportFileError(f"文件部件 {info.filename} 含 DTD（<!DOCTYPE>），Word 不会写出这样的文件，"
                                                  "可能被改动过；请在 Word/WPS 中打开后另存为 .docx", path=path)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise ReportFileError(f"无法打开 .docx（压缩包已损坏：{type(exc).__name__}）；请在 Word/WPS 中重新另存为 .docx",
                              path=path) from None


def read_docx(path: str | Path) -> Report:
    """Read a .docx into a ``Report`` (paragraphs and tables in document order)."""
    p = Path(path)
    walk = walk_document(open_docx(p))
    return Report(source=str(p), blocks=walk.blocks)
