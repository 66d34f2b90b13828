"""Text as a PDF page prints it, for the tests of the PDF reader and the layout matrix."""

from __future__ import annotations

from drafting.report import display_width


def wrapped(text: str, columns: int = 72) -> list[str]:
    """``text`` broken as a PDF page breaks it: by display width (a Chinese character is two columns)."""
    lines, cur, width = [], "", 0
    for ch in text:
        w = display_width(ch)
        if width + w > columns:
            lines.append(cur)
            cur, width = "", 0
        cur, width = cur + ch, width + w
    return [*lines, cur]
