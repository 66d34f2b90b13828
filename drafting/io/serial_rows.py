"""A flattened form's serial numbers: which lines of a table that lost its tabs are its 序号 cells.

Why: a form copied from a web page or a PDF often loses its tabs, every cell on a line of its own; the
reader takes each text line for a row's label and the figures after it for its cells, so a row's serial,
written before its name, was read as the last amount of the row before, and a right column total was
"corrected" with it (issue #9). Premise, general, precision first:

* a form whose header names a 序号 (or 编号) column writes each row's serial before its name: the bare
  integer 1, then 2, … standing right before a name line is the next row's serial, no amount of the row
  before it (序号 / 项目 / 金额 / 1 / 办公费 / 12 / 2 / 租赁费 / 15 …): the row is 1 | 办公费 | 12.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["serial_lines"]

_SERIAL_HEAD = re.compile(r"^\s*(?:序号|编号)\s*$")
_INTEGER = re.compile(r"^\s*(\d{1,3})\s*$")


def serial_lines(texts: list[str], is_figure: Callable[[str], bool]) -> set[int]:
    """The lines (by index) that are a row's serial number: after a 序号 header line and before the
    first figure, the integers 1, 2, … in turn, each standing right before a line that is no figure."""
    head = next((i for i, t in enumerate(texts) if _SERIAL_HEAD.match(t)), None)
    if head is None or any(is_figure(t) for t in texts[:head]):
        return set()
    out: set[int] = set()
    expected = 1
    for i in range(head + 1, len(texts) - 1):
        m = _INTEGER.match(texts[i])
        if m and int(m.group(1)) == expected and texts[i + 1].strip() and not is_figure(texts[i + 1]):
            out.add(i)
            expected += 1
    return out if len(out) >= 2 else set()

