"""Legacy Word (.doc, and WPS's .doc/.wps in the Word 97 format): the main document's text, as blocks.

Why: county finance officers write in Word/WPS, and many still save the binary Word 97–2003 format
(WPS does by default on many installs); a reviewer with forty .doc files should not convert each by
hand. The file is an OLE2 compound file (read with olefile) whose ``WordDocument`` stream opens with
the FIB ([MS-DOC] 2.5): it says which table stream holds the piece table (``0Table``/``1Table``),
whether the file is encrypted, and how many characters the main document has (ccpText: footnotes,
headers, comments and text boxes follow it and are not read). The piece table (the CLX's PlcPcd) maps
those characters onto the stream, each piece 8-bit (cp1252) or UTF-16LE. Paragraph marks' properties
(``doc_properties``) say which paragraphs are a table's cells and which mark closes a row, and their
styles say what a .docx's Heading N says; the blocks are made as ``docx_reader`` makes them (the same
``styled_block``), so a .doc reads as the .docx of the same document. A field keeps its result (what
Word shows), not its code; pictures and objects are dropped. Tracked changes: insertions read, text
deleted left out (a .doc keeps it in place, marked only in its character properties: read for that
mark alone), as a .docx read leaves out w:del.
"""

from __future__ import annotations

import logging
import struct
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReportFileError
from ..report import Block, Report
from .doc_properties import PapxRuns, ParaProps, Style, deleted_ranges, papx_runs, styles
from .doc_tables import Row, make_table
from .docx_reader import styled_block
from .limits import check_limit

__all__ = ["DAMAGED", "ENCRYPTED", "NOT_WORD", "OLD_WORD", "doc_text", "read_doc"]

ENCRYPTED = ("文件已加密（设有打开密码）；请在 Word/WPS 中输入密码打开，“另存为”不加密的 .docx 或 .doc 后再审核")
NOT_WORD = ("这是旧版 Office 文件，但不是 Word 文档（{kind}）；请提供报告的 .docx、.doc、.pdf 或 .txt")
# (a file this reader cannot follow may be sound: written by a program in a way not met in testing)
DAMAGED = "无法读取这个 Word 文档（.doc）：文件可能已损坏，或其写法本工具读不了；请在 Word/WPS 中打开后另存为 .docx，或重新获取文件"
OLD_WORD = "这是 Word 6.0/95 或更早格式的 .doc，无法读取；请在 Word/WPS 中打开后另存为 .docx"

WIDENT = 0xA5EC  # the FIB's first word in every Word 97-2003 document
NFIB_97 = 0x00C1  # FibBase's nFib from Word 97 on (later versions say theirs further on); Word 6/95: 0x65-0x68
_F_ENCRYPTED = 0x0100  # encrypted, or XOR-obfuscated (fObfuscated says which; either is unreadable without the password)
_F_WHICH_TABLE = 0x0200
_STSHF, _PLCF_BTE_CHPX, _PLCF_BTE_PAPX, _CLX = 1, 12, 13, 33  # entries of the FIB's FibRgFcLcb97
_OTHER_KINDS = (("workbook", "Excel 工作簿 .xls"), ("book", "Excel 工作簿 .xls"),
                ("powerpoint document", "PowerPoint 演示文稿 .ppt"))
_CELL, _PARA, _PAGE = "\x07", "\r", "\x0c"
_FIELD_BEGIN, _FIELD_SEP, _FIELD_END = "\x13", "\x14", "\x15"
_SHOWN = {"\t": "\t", "\x0b": "\n", "\x1e": "-"}  # the control characters kept: a tab, a line break, a hyphen
_BROKEN = (struct.error, IndexError, ValueError, KeyError, UnicodeDecodeError, OverflowError, EOFError)


@dataclass(frozen=True)
class Piece:
    cp: int  # first character
    end: int  # past the last character
    offset: int  # byte offset of the first character in the WordDocument stream
    width: int  # bytes a character: 1 (compressed, cp1252) or 2 (UTF-16LE)


@dataclass
class _Field:
    """An open field: its code until the separator, then its result (shown); a TOC's result is Word's table of contents."""

    showing: bool = False
    code: list[str] = field(default_factory=list)
    toc: bool = False


@dataclass(frozen=True)
class Para:
    """A paragraph of the main text: its characters as shown, its mark and the mark's properties."""

    text: str
    mark: str
    props: ParaProps
    toc: bool = False


def read_doc(path: str | Path) -> Report:
    """Read a Word 97–2003 document into a ``Report`` (paragraphs and tables in document order)."""
    p = Path(path)
    paras, style_sheet = doc_text(p)
    check_limit("text_bytes", sum(len(x.text.encode("utf-8")) + 1 for x in paras), p)
    return Report(source=str(p), blocks=_blocks(paras, style_sheet))


def doc_text(path: Path) -> tuple[list[Para], dict[int, Style]]:
    """The main document's paragraphs and the style sheet, or ``ReportFileError`` (encrypted, not a
    Word document, damaged) in one line with what to do."""
    word, table = _streams(path)
    try:
        ident, nfib = struct.unpack_from("<HH", word, 0)
        if ident == WIDENT and nfib < NFIB_97 - 1:  # another FIB layout: its fields are elsewhere
            raise ReportFileError(OLD_WORD, path=path)
        fib = _Fib(word)
        if fib.flags & _F_ENCRYPTED:
            raise ReportFileError(ENCRYPTED, path=path)
        tbl = table["1table" if fib.flags & _F_WHICH_TABLE else "0table"]
        pieces = _pieces(tbl, *fib.entry(_CLX))
        text = _characters(word, pieces, fib.ccp_text)
        runs = papx_runs(word, tbl, *fib.entry(_PLCF_BTE_PAPX))
        deleted = _deleted(pieces, deleted_ranges(word, tbl, *fib.entry(_PLCF_BTE_CHPX)), len(text))
        paras = _paragraphs(text, pieces, runs, deleted)
        sheet = _styles(tbl, fib)
    except _BROKEN:
        raise ReportFileError(DAMAGED, path=path) from None
    return paras, sheet


def _streams(path: Path) -> tuple[bytes, dict[str, bytes]]:
    """The WordDocument stream and the table streams, by name in lower case."""
    import olefile

    log = logging.getLogger("olefile")
    level = log.level
    log.setLevel(logging.CRITICAL + 1)  # olefile's log speaks of the container's structure, not the report
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptedPackage"):  # an encrypted .docx/.xlsx is an OLE2 file holding the package
                raise ReportFileError(ENCRYPTED, path=path)
            if not ole.exists("WordDocument"):
                kind = next((k for s, k in _OTHER_KINDS if ole.exists(s)), "可能是 .xls、.ppt 或其他程序的文件")
                raise ReportFileError(NOT_WORD.format(kind=kind), path=path)
            word = ole.openstream("WordDocument").read()
            table = {n.lower(): ole.openstream(n).read() for n in ("0Table", "1Table") if ole.exists(n)}
    except ReportFileError:
        raise
    except (OSError, RecursionError, NotImplementedError, TypeError, AttributeError, *_BROKEN):
        # olefile raises OSError for a container that does not hold together, the rest for one it does not check
        raise ReportFileError(DAMAGED, path=path) from None
    finally:
        log.setLevel(level)
    return word, table


class _Fib:
    """The FIB fields read: FibBase's flags, FibRgLw97's ccpText, FibRgFcLcb's (fc, lcb) pairs; the
    variable parts located by their counts (csw, cslw, cbRgFcLcb), as Word's later versions grow them."""

    def __init__(self, word: bytes):
        if struct.unpack_from("<H", word, 0)[0] != WIDENT:
            raise ValueError("not a Word FIB")
        self.flags = struct.unpack_from("<H", word, 0x0A)[0]
        csw = struct.unpack_from("<H", word, 0x20)[0]
        lw = 0x22 + 2 * csw
        cslw = struct.unpack_from("<H", word, lw)[0]
        self.ccp_text = struct.unpack_from("<i", word, lw + 2 + 12)[0]
        fclcb = lw + 2 + 4 * cslw
        self.count = struct.unpack_from("<H", word, fclcb)[0]
        self.blob = fclcb + 2
        self.word = word
        if self.ccp_text < 0 or self.count <= _CLX:
            raise ValueError("FIB fields out of range")

    def entry(self, index: int) -> tuple[int, int]:
        return struct.unpack_from("<II", self.word, self.blob + 8 * index)


def _pieces(table: bytes, fc: int, lcb: int) -> list[Piece]:
    """The CLX's piece table: its Prc entries (property lists) passed over, then the PlcPcd."""
    clx = table[fc:fc + lcb]
    if len(clx) != lcb or not lcb:
        raise ValueError("CLX out of the table stream")
    i = 0
    while clx[i] == 0x01:  # a Prc: clxt, cbGrpprl, grpprl
        i += 3 + struct.unpack_from("<h", clx, i + 1)[0]
    if clx[i] != 0x02:
        raise ValueError("no Pcdt in the CLX")
    size = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + size]
    if len(plc) != size or (size - 4) % 12:
        raise ValueError("PlcPcd of a wrong size")
    n = (size - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    pieces = []
    for k in range(n):
        fc_compressed = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        compressed = bool(fc_compressed & 0x40000000)
        fc_value = fc_compressed & 0x3FFFFFFF
        pieces.append(Piece(cps[k], cps[k + 1], fc_value // 2 if compressed else fc_value, 1 if compressed else 2))
    return pieces


def _characters(word: bytes, pieces: list[Piece], ccp_text: int) -> str:
    """The main document's characters: the first ccpText of the pieces, each decoded by its kind."""
    out: list[str] = []
    for piece in pieces:
        if piece.cp >= ccp_text:
            break
        count = min(piece.end, ccp_text) - piece.cp
        raw = word[piece.offset:piece.offset + count * piece.width]
        if len(raw) != count * piece.width:
            raise ValueError("a piece out of the WordDocument stream")
        out.append(raw.decode("cp1252" if piece.width == 1 else "utf-16-le", errors="replace"))
    text = "".join(out)
    if len(text) < ccp_text:
        raise ValueError("the pieces hold fewer characters than ccpText")
    return text


def _deleted(pieces: list[Piece], ranges: list[tuple[int, int]], count: int) -> bytearray | None:
    """Which of the main text's characters were deleted with changes tracked (1), from the stream's
    deleted byte ranges; None where nothing was."""
    if not ranges:
        return None
    mask = bytearray(count)
    for piece in pieces:
        end = piece.offset + (min(piece.end, count) - piece.cp) * piece.width
        for start, stop in ranges:
            lo, hi = max(start, piece.offset), min(stop, end)
            if lo < hi:
                first = piece.cp + (lo - piece.offset) // piece.width
                last = min(count, piece.cp - (-(hi - piece.offset) // piece.width))  # (the one hi falls in, too)
                mask[first:last] = b"\x01" * (last - first)
    return mask


def _paragraphs(text: str, pieces: list[Piece], runs: PapxRuns, deleted: bytearray | None = None) -> list[Para]:
    """Split at paragraph marks (\\r, \\x07 a cell's or a row's end, \\x0c a page or section break),
    fields reduced to their results, each mark's properties looked up by its place in the stream;
    ``deleted`` characters (tracked deletions) left out, their marks kept (as a .docx read keeps them)."""
    starts = [p.cp for p in pieces]
    paras: list[Para] = []
    fields: list[_Field] = []  # the fields open here, innermost last
    chars: list[str] = []
    toc_at_start: bool | None = None
    for cp, ch in enumerate(text):
        if ch in (_PARA, _CELL, _PAGE):
            piece = pieces[bisect_right(starts, cp) - 1]
            fc = piece.offset + (cp - piece.cp) * piece.width
            props = runs.at(fc) if ch != _PAGE else ParaProps()
            if props is None:
                props = _guessed(ch, not chars, paras[-1] if paras else None)
            paras.append(Para("".join(chars), ch, props, bool(toc_at_start)))
            chars, toc_at_start = [], None
            continue
        if deleted is not None and deleted[cp]:
            continue
        if ch == _FIELD_BEGIN:
            fields.append(_Field())
        elif ch == _FIELD_SEP and fields:
            fields[-1].showing = True
            fields[-1].toc = "".join(fields[-1].code).strip().upper().startswith("TOC")
        elif ch == _FIELD_END and fields:
            fields.pop()
        elif fields and not fields[-1].showing:
            fields[-1].code.append(ch)  # the field's code: read, never shown
        elif all(f.showing for f in fields):
            if ch < " " and ch not in _SHOWN:
                continue  # a picture, an object, a footnote's or comment's reference mark
            if toc_at_start is None:
                toc_at_start = any(f.toc for f in fields)
            chars.append(_SHOWN.get(ch, ch))
    if chars:
        paras.append(Para("".join(chars), _PARA, ParaProps(), bool(toc_at_start)))
    return paras


def _guessed(mark: str, empty: bool, before: Para | None) -> ParaProps:
    """A mark's properties where no FKP says (none read): a \\x07 is a table's, an empty one right after
    a cell's closes the row (an empty cell there is taken for a row's end); a \\r inside a row, after a
    cell and before the row closed, is a cell's earlier paragraph."""
    open_row = before is not None and before.props.in_table and not before.props.row_end
    if mark == _CELL:
        return ParaProps(in_table=True, row_end=empty and open_row and before is not None and before.mark == _CELL)
    return ParaProps(in_table=open_row)


def _styles(table: bytes, fib: _Fib) -> dict[int, Style]:
    """The style sheet; one that does not read leaves every paragraph unstyled (its text still reads)."""
    try:
        return styles(table, *fib.entry(_STSHF))
    except _BROKEN:
        return {}


def _style_name(style: Style | None) -> str | None:
    """A built-in style by what it is (its name is localised: 标题 1, 正文), a user's style by name."""
    if style is None:
        return None
    if 1 <= style.sti <= 9:
        return f"heading {style.sti}"
    return {0: "Normal", 62: "Title"}.get(style.sti, style.name)


def _blocks(paras: list[Para], sheet: dict[int, Style]) -> list[Block]:
    """Body paragraphs as headings or paragraphs (``styled_block``), table paragraphs as rows of cells
    (``doc_tables``): a cell's paragraphs up to its \\x07 joined by line breaks, a row closed by its
    row-end mark, whose properties lay the row's cells on the table's grid."""
    blocks: list[Block] = []
    rows: list[Row] = []
    row: list[str] = []
    cell: list[str] = []

    def close_table() -> None:
        nonlocal rows, row, cell
        if cell:
            row.append("\n".join(cell).strip())
        if row:
            rows.append((row, ParaProps()))
        if rows:
            blocks.append(make_table(rows))
        rows, row, cell = [], [], []

    for para in paras:
        if para.props.in_table or para.mark == _CELL:
            if para.props.row_end:
                if cell:
                    row.append("\n".join(cell).strip())
                rows.append((row, para.props))
                row, cell = [], []
            elif para.mark == _CELL:
                row.append("\n".join([*cell, para.text]).strip())
                cell = []
            else:
                cell.append(para.text)
            continue
        close_table()
        text = para.text.strip()
        if text:
            style = sheet.get(para.props.istd)
            outline = para.props.outline if para.props.outline is not None else (style.outline if style else None)
            blocks.append(styled_block(text, _style_name(style), outline, para.toc))
    close_table()
    return blocks
