"""A table row whose figures are followed by a remark (|质量指标|15|13.5|部分验收资料不全|).

Part of the grid reading (``grid``): a text cell after data normally starts a new table segment
(a group heading or a second header), but a remark column (扣分原因, 偏差原因, 备注) holds text in
some data rows only. Cutting the table there leaves the 合计 row under a fragment of its parts and
the total check then reports a correct total as wrong. This module imports nothing of ``grid``.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["remark_row"]


def remark_row(texts: Sequence[str], figures: Sequence[object | None], before: Sequence[object | None] | None) -> bool:
    """Whether a row with figures and text (``texts`` after the label, ``figures`` the row's cells from
    the first column, None where no figure) is a data row with a remark: its figures stand in the
    columns of the data row ``before`` it, and its text only in columns after its last figure."""
    if before is None:
        return False
    cols = {k for k, x in enumerate(figures) if k and x is not None}
    if not cols or cols != {k for k, x in enumerate(before) if k and x is not None}:
        return False
    text_cols = [k for k, t in enumerate(texts, 1) if t.strip() and (k >= len(figures) or figures[k] is None)]
    return all(k > max(cols) for k in text_cols)
