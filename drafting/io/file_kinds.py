"""A file of the wrong kind where a report or department data was wanted, said the way a finance
officer can act on: which kind it is and what to give instead.

Why: the readers named only what failed (``无法打开 .docx（…ValueError）`` for the data workbook
given as the report, ``无法打开工作簿（…OSError）`` for the report given as ``--data``, a YAML parser's
English for a PDF), so the one mistake most easily made, two files swapped, read like a broken file.
A package's main part tells Word from Excel; a PDF starts with ``%PDF``. Asked only after a reader
has failed, or before reading a file whose first bytes are already in hand: no extra cost otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

__all__ = ["DATA_IS_DOCUMENT", "DATA_IS_PDF", "PDF_MAGIC", "REPORT_IS_WORKBOOK", "package_kind"]

PDF_MAGIC = b"%PDF"

REPORT_IS_WORKBOOK = ("这是 Excel 工作簿，不是报告；请提供报告的 .docx、.pdf 或 .txt。工作簿是部门数据："
                      "审核时用 --data 传入，或用 jixiao check 检查")
DATA_IS_PDF = "这是 PDF 文件，不是部门数据；请用 jixiao template 生成 .xlsx 工作簿填写，或提供 YAML/JSON 数据文件"
DATA_IS_DOCUMENT = ("这是 Word 文档，不是部门数据；请提供部门数据：jixiao template 生成并填好的 .xlsx 工作簿，"
                    "或 YAML/JSON 数据文件（报告本身是 review、verify 的第一个参数）")


def package_kind(source: str | Path | IO[bytes]) -> str | None:
    """``"word"`` or ``"excel"`` for an Office Open XML package, by its main part; else None. Never
    raises: a broken package is for the reader's own message."""
    import zipfile  # here: asked only after a reader failed or of a package; a text review never is

    try:
        with zipfile.ZipFile(source) as z:
            names = set(z.namelist())
    except Exception:
        return None
    if "word/document.xml" in names:
        return "word"
    if "xl/workbook.xml" in names:
        return "excel"
    return None
