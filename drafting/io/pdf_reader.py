"""PDF reports: each page's text layer, read as text copied out of a PDF is read.

Why: most published 绩效自评报告 are PDFs, and a finance officer often has nothing else. The text
reader already knows PDF-shaped text (lines broken at the page width, page numbers and running heads
between pages: ``pdf_text``, ``page_furniture``), so a PDF's text goes through that same reader; only
getting the text out is this module's. pypdf's layout mode is used: it places each piece of text by
its position on the page, so a line drawn glyph by glyph or a form's cells drawn apart come out as one
line with blanks between the cells (its plain mode put each such piece on a line of its own). A page
layout mode cannot read is read in plain mode. A table the page draws with ruling lines (a 自评表) is
read as a table (``pdf_tables``), cell by cell, and given to the text reader as Word's text writes a
table; the page's other lines stay as layout mode lays them out.

A PDF that has no text to review is refused with what to do, never reviewed as if empty: a password,
pages without characters (a scan), a damaged file, or a font whose characters come out unmapped
(text in no script a report is written in). pypdf's own warnings about slightly broken files are kept
off the user's terminal: the text read is what counts.
"""

from __future__ import annotations

import logging
import re
import warnings
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputWarning, ReportFileError
from ..report import Report, Table
from .limits import check_limit
from .text_reader import read_text_string, strip_controls

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

__all__ = ["DAMAGED", "GARBLED", "NO_TEXT", "PROTECTED", "block_pages", "garbled", "pdf_pages", "read_pdf"]

PROTECTED = ("这份 PDF 设有打开密码（或加密方式无法读取）；请用 PDF 阅读器输入密码后“另存为”不加密的副本，"
             "或提供报告的 .docx")
DAMAGED = "PDF 文件已损坏，无法读取；请重新下载或导出 PDF，或提供报告的 .docx"
NO_TEXT = ("PDF 中没有文字（可能是扫描件，每页只是图片）；请先做文字识别（OCR）或提供 .docx")
GARBLED = ("PDF 中的文字无法正确读出（字体没有文字映射，读出的是乱码）；请在 Word/WPS 中打开报告原稿另存为 .docx，"
           "或用 WPS 的“PDF 转 Word”转成 .docx")

MIN_PAGE_CHARS = 20  # visible characters a page with a text layer has (a scan's only text: a stamp's number)
MAX_STRANGE = 0.2  # of the visible characters: a report's text in no script a Chinese report uses is unmapped
MIN_HAN_TOLD = 300  # Han characters before their mix is judged
_LINE_END = re.compile(r"[ \t]+$", re.MULTILINE)
_INDENT = re.compile(r"^ +", re.MULTILINE)


def read_pdf(path: str | Path) -> Report:
    """Read a PDF report through the text reader (``read_text_string``); ``report.source`` is the path."""
    p = Path(path)
    pages = pdf_pages(p)
    text = strip_controls("\n".join(pages), p)
    check_limit("text_bytes", len(text.encode("utf-8")), p)  # as a text report's: the review is not linear in it
    report = read_text_string(text, sandwiched=False)  # a table's cells are written whole (``pdf_tables``)
    report.mark_pages(*block_pages(report, pages))
    report.source = str(p)
    return report


PROBE = 12  # characters of a block's text looked up in the pages
_UNSEEN = re.compile(r"[\s\x00-\x1f]+")  # what the reader may have joined over or taken out


def block_pages(report: Report, pages: list[str]) -> tuple[list[int], dict[int, list[int]]]:
    """The page each block starts on, and each table's rows' pages (a form runs over many pages): its
    first characters looked up, in order, in the pages' text without blanks (the reader joined lines; a
    page's furniture is passed over). A block or row whose text reading changed (a reading removed) is
    given the page of the one before."""
    flat = [_UNSEEN.sub("", page) for page in pages]
    starts = list(accumulate((len(f) for f in flat[:-1]), initial=0))
    whole = "".join(flat)
    cursor, page = 0, 1

    def look(text: str) -> int:
        nonlocal cursor, page
        probe = _UNSEEN.sub("", text)[:PROBE]
        found = whole.find(probe, cursor) if probe else -1
        if found >= 0:
            page, cursor = bisect_right(starts, found), found + len(probe)
        return page

    out: list[int] = []
    rows: dict[int, list[int]] = {}
    for k, block in enumerate(report.blocks):
        if not isinstance(block, Table):
            out.append(look(block.text))
            continue
        rows[k] = [look(next((c.text for c in row if c.text.strip()), "")) for row in block.rows]
        out.append(rows[k][0] if rows[k] else page)
    return out, rows


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, or ``ReportFileError`` when there is none to review (see the module)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    broken: tuple[type[Exception], ...] = (PyPdfError, *_BROKEN)
    with _quiet_pypdf():
        try:
            reader = PdfReader(path)
            _unlock(reader, path)
            check_limit("pdf_pages", len(reader.pages), path)
            pages: list[str] = []
            carried: list[list[float]] = []
            for page in reader.pages:
                text, carried = _page_text(page, carried)
                pages.append(text)
            pictured = [i + 1 for i, (page, text) in enumerate(zip(reader.pages, pages, strict=True))
                        if _visible(text) < MIN_PAGE_CHARS and _has_image(page)]
        except (FileNotDecryptedError, DependencyError):  # (AES without the cryptography package: DependencyError)
            raise ReportFileError(PROTECTED, path=path) from None
        except broken:
            raise ReportFileError(DAMAGED, path=path) from None
    _check_text(pages, pictured, path)
    return pages


# what pypdf lets out of a file broken in a way it does not check (a stream's bytes, an object's type)
_BROKEN: tuple[type[Exception], ...] = (ValueError, KeyError, IndexError, TypeError, AttributeError,
                                        RecursionError, EOFError)


def _unlock(reader: PdfReader, path: Path) -> None:
    """Open a PDF encrypted with an empty password (restrictions on copying or printing only, as many
    published PDFs are); one that asks for a password is refused."""
    from pypdf import PasswordType

    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise ReportFileError(PROTECTED, path=path)


def _page_text(page: PageObject, carried: list[list[float]]) -> tuple[str, list[list[float]]]:
    """One page's text in layout mode (no blank lines for vertical gaps: a paragraph's spacing is no
    paragraph end), plain mode where layout mode fails; trailing blanks and blank edges removed, and a
    line of text the page draws turned (``_turned``) left out. Layout mode measures a line's indent in
    characters of the page's average width, a Chinese character's on a report's page: each becomes a
    full-width space, so an indented first line is as wide as the page's full lines, as the text reader
    measures it (two characters' indent, four columns). A ruled table the page draws is read as a table
    (``pdf_tables``: its column edges returned, ``carried`` to the next page), the rest as before."""
    try:
        text = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False)
    except _BROKEN:
        text = page.extract_text()
    else:
        parts, edges = _tabled(page, text, carried)
        if parts is not None:
            marks = _turned(page)
            return "\n".join(part if table else _laid_out(part, marks) for table, part in parts), edges
    return _laid_out(text, _turned(page)), []


def _tabled(page: PageObject, text: str, carried: list[list[float]]) -> tuple[list[tuple[bool, str]] | None, list[list[float]]]:
    """The page's ruled tables read as tables (``pdf_tables``), or None: none, or the page not read so."""
    from .pdf_tables import tabled

    try:
        return tabled(page, text, carried)
    except _BROKEN:
        return None, []


def _laid_out(text: str, marks: list[str]) -> str:
    """Layout mode's text of a page (or of its lines outside its tables) as the reader takes it."""
    text = _LINE_END.sub("", text).strip("\n")
    for mark in marks:  # laid out where it crosses a line, or on a line of its own
        text = re.sub(r"\s*".join(map(re.escape, mark)), "", text)
    text = "\n".join(ln for ln in text.splitlines() if ln.strip() or not ln)
    return _INDENT.sub(lambda m: "\u3000" * len(m.group()), text)


MIN_MARK = 2  # characters of a turned text taken out of the page's lines


def _turned(page: PageObject) -> list[str]:
    """The texts the page draws turned off the horizontal (a watermark across the page, 内部资料) and
    nowhere else upright, blanks left out: layout mode leaves out only text turned by its own matrix,
    and lays the rest out where it crosses the page's lines, inside a sentence. A text the page also
    draws upright is kept (it may be the report's own words)."""
    turned: list[str] = []
    upright: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]  # the text's direction on the page
        (turned if abs(b) > 1e-3 * max(abs(a), 1e-9) else upright).append(_UNSEEN.sub("", text))

    try:
        page.extract_text(visitor_text=visit)
    except _BROKEN:
        return []
    words = "".join(upright)
    return sorted({t for t in turned if len(t) >= MIN_MARK and t not in words}, key=len, reverse=True)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf's log and warnings off for the read: they speak of the file's structure, not the report."""
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", module="pypdf")
            yield
    finally:
        log.setLevel(level)


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _has_image(page: PageObject) -> bool:
    """Whether the page draws a picture (an image XObject among its resources): a scanned page does."""
    try:
        return bool(page.images)
    except _BROKEN:
        return False


def _check_text(pages: list[str], pictured: list[int], path: Path) -> None:
    """Refuse a PDF without text (a scan: no page holds a line's worth of characters) or with unmapped
    text; a report with some scanned pages is read, a warning naming those pages (``pictured``)."""
    if all(_visible(page) < MIN_PAGE_CHARS for page in pages):
        raise ReportFileError(NO_TEXT, path=path)
    if garbled("".join(pages)):
        raise ReportFileError(GARBLED, path=path)
    if pictured:
        warnings.warn(InputWarning(f"{path}: 第{_page_list(pictured)}页只有图片、没有文字（可能是扫描页），未审核这些页；"
                                   "需要审核时请先做文字识别（OCR）"), stacklevel=3)


def _page_list(pages: list[int]) -> str:
    """1、3-5、8: the pages, runs written as ranges."""
    runs: list[list[int]] = []
    for n in pages:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "、".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


# a character in no script a Chinese report's text is in, which are: ASCII, Latin-1's signs (×, °), Greek (α), general punctuation
# (—, …), letter-like signs and number forms (℃, Ⅱ), arrows and mathematical signs (≥), enclosed numbers (①),
# box drawing and shapes (■, ○), CJK marks, Han, the full-width forms
_STRANGE = re.compile(r"[^\s\x20-\x7e\xa0-\xff\u0370-\u03ff\u2000-\u206f\u2100-\u23ff\u2460-\u27bf\u3000-\u303f"
                       r"\u30fb\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
# the characters Chinese prose cannot go a page without: of, year, and, in, is, for, has, yuan, one, 项目
_COMMON_HAN = frozenset("的年和在是为了有元一项目")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def garbled(text: str) -> bool:
    """Whether ``text`` is a font's codes rather than words: a fifth of its visible characters outside
    the scripts a report is written in (glyph numbers read as characters), or hundreds of Han characters
    without one of the commonest (codes that happen to fall among the Han)."""
    visible = _visible(text)
    if not visible:
        return False
    if len(_STRANGE.findall(text)) > MAX_STRANGE * visible:
        return True
    han = _HAN.findall(text)
    return len(han) >= MIN_HAN_TOLD and not _COMMON_HAN.intersection(han)
