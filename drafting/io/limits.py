"""Size limits on inputs, each documented and configurable by an environment variable.

Why: a report is a few hundred KB; a file a hundred times larger is a mistake or an attack (a
1.6 MB .docx can inflate to 1 GB), and refusing it with one line beats minutes of swapping. Each
limit is read when used, so ``JIXIAO_MAX_TEXT_BYTES=50000000 jixiao review big.txt`` raises it for
one run; ``0`` turns a limit off.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import LimitError

__all__ = ["LIMITS", "Limit", "check_limit", "limit"]


@dataclass(frozen=True)
class Limit:
    """A bound on what a command reads (its environment variable, default and what it bounds)."""
    env: str
    default: int
    what: str


LIMITS: dict[str, Limit] = {
    "text_bytes": Limit("JIXIAO_MAX_TEXT_BYTES", 2_000_000, "文本报告或数据文件的大小（字节）"),
    "docx_bytes": Limit("JIXIAO_MAX_DOCX_BYTES", 200_000_000, ".docx 或 .xlsx 解压后的总大小（字节）"),
    "docx_ratio": Limit("JIXIAO_MAX_DOCX_RATIO", 200, ".docx 或 .xlsx 解压后与压缩前大小之比"),
    "pdf_pages": Limit("JIXIAO_MAX_PDF_PAGES", 2_000, "PDF 报告的页数"),
    "paragraphs": Limit("JIXIAO_MAX_PARAGRAPHS", 100_000, "一份报告的段落和表格单元格数"),
    # Chinese prose puts a clause mark every few dozen characters (the longest stretch without one in
    # the real reports here is 208): a stretch of thousands is not prose (a paste without marks, a
    # generated file), and some checks take time growing with its square (10,000 characters: 13 s of
    # CPU; 40,000: 187 s; 300,000: hours, the progress clock frozen).
    "unpunctuated": Limit("JIXIAO_MAX_UNPUNCTUATED", 5_000, "一段中不含，。；！？的连续文字的字数"),
}


def limit(name: str) -> int | None:
    """The limit in force (the environment variable, else the default); None when turned off."""
    spec = LIMITS[name]
    raw = os.environ.get(spec.env, "").strip()
    try:
        value = int(raw) if raw else spec.default
    except ValueError:
        raise LimitError(f"环境变量 {spec.env} 应为整数（0 表示不设上限），实际为“{raw}”") from None
    return value if value > 0 else None


def check_limit(name: str, value: int, path: object = None) -> None:
    """Raise ``LimitError`` naming the limit and how to raise it when ``value`` is over it."""
    cap = limit(name)
    if cap is not None and value > cap:
        spec = LIMITS[name]
        raise LimitError(f"{spec.what}为 {value:,}，超过上限 {cap:,}；如确需处理，"
                         f"请设置环境变量 {spec.env} 提高上限（0 表示不设上限）",
                         path=str(path) if path is not None else None)
