"""Lay a clean invented report out as PDF text extraction leaves it (session 49e's audit): lines broken at
the page width (mid-word too), a running header and a page footer every ~35 lines, a table's cells one a
line, footnotes moved to the foot of their page, and (by style) stray spaces or full-width page numbers.

Clean text conventions: a line with `` | `` between cells is a table row; a line starting ``FN:`` is a
footnote, placed at the foot of the page where its marker falls."""

from __future__ import annotations

import re
import sys
from pathlib import Path

_LATIN = re.compile(r"[0-9A-Za-z.,%]{2}")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _columns(text: str) -> int:
    return sum(1 if ch.isascii() else 2 for ch in text)


def _wrap(line: str, width: int) -> list[str]:
    if " | " in line:
        return [cell.strip() for cell in line.split(" | ")]
    out: list[str] = []
    while _columns(line) > 2 * width:  # a page is ``width`` Chinese characters wide; a digit takes half
        cut = 0
        while _columns(line[:cut + 1]) <= 2 * width:
            cut += 1
        while cut > width // 2 and _LATIN.match(line[cut - 1:cut + 1]):
            cut -= 1  # as Word does, a run of digits or Latin letters is not broken; Chinese breaks anywhere
        out.append(line[:cut])
        line = line[cut:]
    return [*out, line]


def _footer(style: int, page: int, pages: int) -> str:
    if style % 3 == 0:
        return f"第 {page} 页 共 {pages} 页"
    if style % 3 == 1:
        return f"- {page} -"
    return f"— {page} —".translate(_FULL)


def _body_lines(text: str, width: int, keep_blanks: bool) -> tuple[list[str], list[str]]:
    lines: list[str] = []
    notes: list[str] = []
    for raw in text.splitlines():
        if raw.startswith("FN:"):
            notes.append(raw[3:])
        elif raw.strip():
            lines.extend(_wrap(raw, width))
        elif keep_blanks:
            lines.append("")
    return lines, notes


def _spaced(line: str, style: int) -> str:
    """Some extractors leave a space between characters of a short heading-like line."""
    if style % 4 == 3 and 2 < len(line) < 9 and "：" not in line:
        return " ".join(line)
    return line


def lay_out(text: str, header: str, style: int) -> str:
    width = 36 + style % 5
    lines, notes = _body_lines(text, width, keep_blanks=style % 2 == 0)
    per_page = 33 + style % 4
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out: list[str] = []
    for number, page in enumerate(pages, 1):
        if number > 1:
            out.append(header)
        body = [_spaced(line, style) for line in page]
        out.extend(body)
        for note in [n for n in notes if n[:1] in "".join(page)]:
            out.extend(["", note])
        out.extend(["", _footer(style, number, len(pages)), ""])
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> None:
    src, dst = Path(argv[0]), Path(argv[1])
    for style, path in enumerate(sorted(src.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        header = text.splitlines()[0]
        (dst / path.name).write_text(lay_out(text, header, style), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
