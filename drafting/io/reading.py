"""Pick the reader for a report file by its first bytes, then by its suffix.

Content wins over the name: a .docx renamed .txt is still read as Word, a PDF renamed .txt as PDF, and
an OLE2 compound file is read as a Word 97–2003 document (.doc, WPS's .doc/.wps) whatever it is called;
any other OLE2 file (an encrypted Office file, an .xls, a .ppt) is refused with what to do.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ReportFileError
from ..report import Report
from .file_kinds import PDF_MAGIC
from .limits import check_limit, limit

__all__ = ["TEXT_SUFFIXES", "read_report"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0"
_MARKS = re.compile(r"[，,；;。！？!?\n]")  # a paragraph's stretches between clause or sentence marks


def read_report(path: str | Path) -> Report:
    """Read a .docx, .doc, PDF or plain-text report; sets ``report.source`` to the path."""
    p = Path(path)
    if not p.exists():
        raise ReportFileError("文件不存在；请检查路径是否正确", path=p)
    if p.is_dir():
        raise ReportFileError("这是一个文件夹，不是报告文件；请提供 .docx、.doc、.pdf 或 .txt", path=p)
    try:
        with p.open("rb") as fh:
            head = fh.read(8)
    except PermissionError:
        raise ReportFileError("没有读取权限；请检查文件权限（或复制一份可读的副本）", path=p) from None
    except OSError as exc:
        raise ReportFileError(f"无法读取（{exc.strerror or exc}）；请检查文件", path=p) from None
    if not head:
        raise ReportFileError("文件为空；请提供含报告正文的 .docx、.doc、.pdf 或 .txt 文件", path=p)
    suffix = p.suffix.lower()
    if head.startswith(_OLE2_MAGIC):
        from .doc_reader import read_doc

        report = read_doc(p)
    elif head.startswith(PDF_MAGIC) or (suffix == ".pdf" and not head.startswith(b"PK")):
        from .pdf_reader import read_pdf

        report = read_pdf(p)
    elif head.startswith(b"PK\x03\x04") or suffix == ".docx":
        from .docx_reader import read_docx

        report = read_docx(p)
    elif suffix in TEXT_SUFFIXES:
        from .text_reader import read_text_report

        report = read_text_report(p)
    else:
        shown = suffix or "（无扩展名）"
        raise ReportFileError(f"不支持的文件格式 {shown}，请提供 .docx、.doc、.pdf 或 .txt", path=p)
    report.source = str(p)
    units = sum(1 for _ in report.texts())
    if not units:  # a .docx of pictures (a scanned report) or empty tables: "0 problems" would pass it
        raise ReportFileError("文档中没有文字（可能只有图片，如扫描件，或只有空表格）；"
                              "请提供含文字的 .docx、.doc、.pdf 或 .txt（扫描件请先做文字识别）", path=p)
    check_limit("paragraphs", units, p)
    _check_unpunctuated(report, p)
    return report


def _check_unpunctuated(report: Report, p: Path) -> None:
    """The longest stretch of a paragraph (or cell) without a clause mark, against its limit
    (``limits``), naming the paragraph: one pass over the text."""
    cap = limit("unpunctuated")
    if cap is None or all(len(text) <= cap for text in report.texts()):
        return  # no text that long: no unit need be made to name it
    for unit in report.units():
        if len(unit.text) > cap:
            longest = max(map(len, _MARKS.split(unit.text)))
            if longest > cap:
                check_limit("unpunctuated", longest, f"{p} {unit.location.label()}")
