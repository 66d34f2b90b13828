"""A total over the members of a table whose group headings are written once above them.

Why: a score or budget table with merged cells (一级指标 over 二级 over 三级), flattened one cell a line,
gives each heading's figure once (决策 15, 项目立项 5) and leaves its other columns blank; the members
fill every column. Read by figures alone, the headings and their members are added together.
"""

from __future__ import annotations

from decimal import Decimal

from ...quantities import round_half_up
from .grid import Num, Row

__all__ = ["members_add_up"]


def members_add_up(parts_rows: list[Row], row: Row, c: int, total: Num) -> bool:
    """Whether the total in column ``c`` adds the members: a heading leaves blank a column the total row
    and its members fill, and its figure is their subtotal, so the total adds the rows filled wherever the
    total row is. Two headings at least: one row with a blank cell heads no group."""
    filled = [k for k, x in enumerate(row.cells) if x is not None]
    if len(filled) < 2:
        return False
    members = [x.cells[c] for x in parts_rows if all(k < len(x.cells) and x.cells[k] is not None for k in filled)]
    headings = [x for x in parts_rows if c < len(x.cells) and x.cells[c] is not None
                and any(k >= len(x.cells) or x.cells[k] is None for k in filled)]
    if len(headings) < 2 or len(members) < 2:
        return False
    return round_half_up(sum((m.value for m in members if m is not None), Decimal(0)), total.places) == total.value
