"""A full-width point "．" between two digits read as the decimal point it is (１２．４６万元), one
character for one, so offsets stay put.

Why: a report typed with full-width input writes its decimals １２．４６ (or 12．46); the number reader
reads them (``extract``), but the checks' own patterns around a figure (较上年减少2.34万元, 下降12.2%)
are written with "." and missed the figure. The rule checks read the report through this fold
(``review``) and quote it as written. A "．" that is no decimal point (the list marker 1．, a heading
１．工作开展情况) has no digit after it and is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["fold_wide_points", "has_wide_points"]

_POINT = re.compile(r"(?<=[0-9０-９])．(?=[0-9０-９])")


def has_wide_points(text: str) -> bool:
    return "．" in text and _POINT.search(text) is not None


def fold_wide_points(text: str) -> str:
    """``text`` with each "．" between two digits written "." (same length)."""
    return _POINT.sub(".", text) if "．" in text else text
