"""How a table copied as text lines is told from prose: "|" or tab rows (a markdown rule row, a group
row), and a table whose rows were run together on lines, cells parted by blanks (text from PDF or a web page):
``项目 预算数 执行数`` then ``普通高中国家助学金 185.20 180.60`` … ``合计 650.40 643.10``.

Why: DEFECTS.md names this layout among those every check must read, and the grid checks read only Word
tables, "|" or tab rows and one cell a line, so a total row or a row's total among such lines went unchecked.
Only a run of lines that can be nothing but a table is read: every line of it parted into the same number
of cells, no clause mark in any, and at least two rows a label followed by bare figures alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...report import Paragraph

__all__ = ["bar", "group_row", "pipe_row", "row_spans", "rule_row", "spaced_cells", "spaced_end", "spaced_start"]

_CELL = re.compile(r"[^ \u3000]+")
_CLAUSE = re.compile(r"[，。；;：:！？!?、|\t]")
_FIGURE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
_BREAKDOWN = re.compile(r"^\s*其中[：:]")  # a breakdown row's label (其中：（1）公务用车购置费): no clause
_BLANK = re.compile(r"^[—–\-－/]+$")


def bar(text: str) -> str:
    """What separates a copied row's cells: "|" (a web table) or a tab (a Word row pasted as text)."""
    return "|" if "|" in text else "\t"


def pipe_row(text: str) -> bool:
    return "\n" not in text and sum(1 for c in text.split(bar(text)) if c.strip()) >= 2


def rule_row(text: str) -> bool:
    """A markdown table's rule under its header (| --- | :---: |): no row of the table, nor its header."""
    return "-" in text and not text.strip().translate(str.maketrans("", "", "|-:— \t"))


def group_row(text: str) -> bool:
    """A "|" row with only its label filled (| 一、文化惠民 | | |): a group heading inside the table."""
    return "\n" not in text and text.lstrip().startswith("|") and sum(1 for c in text.split("|") if c.strip()) == 1


def spaced_cells(text: str) -> list[tuple[str, int]]:
    """Each blank-parted cell of a line and where it starts."""
    return [(m.group(), m.start()) for m in _CELL.finditer(text)]


def _width(block: object) -> int:
    """How many cells a line that may be a spaced row has; 0 when it is no such line."""
    text = block.text if isinstance(block, Paragraph) else ""
    if not text or "\n" in text or len(text) > 80 or _CLAUSE.search(_BREAKDOWN.sub("", text)):
        return 0
    n = len(_CELL.findall(text))
    return n if n >= 2 else 0


def _figures_row(text: str) -> bool:
    """A label followed by bare figures alone (a dash for an empty cell), one figure at least."""
    cells = _CELL.findall(text)
    rest = cells[1:]
    return not _FIGURE.match(cells[0]) and all(_FIGURE.match(c) or _BLANK.match(c) for c in rest) \
        and any(_FIGURE.match(c) for c in rest)


def spaced_start(blocks: Sequence[object], i: int) -> bool:
    """Whether a run of spaced rows starts at ``blocks[i]`` (and not inside one: each run is walked once)."""
    return (i == 0 or _width(blocks[i - 1]) != _width(blocks[i])) and spaced_end(blocks, i) > i


def spaced_end(blocks: Sequence[object], i: int) -> int:
    """Where the run of spaced rows that starts at ``blocks[i]`` ends (``i`` when none starts there): three
    lines at least, all of one width, two of them rows of figures, any other (the header) no figure at all."""
    width = _width(blocks[i])
    if not width:
        return i
    j = i
    while j < len(blocks) and _width(blocks[j]) == width:
        j += 1
    texts = [blocks[k].text for k in range(i, j)]  # type: ignore[attr-defined]
    rows = sum(map(_figures_row, texts))
    others = [t for t in texts if not _figures_row(t)]
    if j - i < 3 or rows < 2 or any(_FIGURE.match(c) for t in others for c in _CELL.findall(t)):
        return i
    return j


def row_spans(line: str) -> list[tuple[int, int]]:
    """Where the cells of one "|" or tab row sit in ``line``: (start, end) of each cell's stripped
    text, empty cells inside the row kept (columns stay aligned), a leading "|" and trailing empty
    cells dropped."""
    spans, pos = [], 0
    for piece in line.split(bar(line)):
        start = pos + len(piece) - len(piece.lstrip())
        spans.append((start, max(start, pos + len(piece.rstrip()))))
        pos += len(piece) + 1
    if spans and spans[0][0] == spans[0][1]:
        spans.pop(0)  # a row written "| a | b |"
    while spans and spans[-1][0] == spans[-1][1]:
        spans.pop()
    return spans
