"""A decimal point the typing or the copy made hard to read, read as the "." it is, one character for
one, so offsets stay put: a full-width point between two digits (１２．４６万元), and a point a PDF's
text layer split from its decimals with a blank (基地21. 73万亩).

Why: a report typed with full-width input writes its decimals １２．４６ (or 12．46); the number reader
reads them (``extract``), but the checks' own patterns around a figure (较上年减少2.34万元, 下降12.2%)
are written with "." and missed the figure. The rule checks read the report through this fold
(``review``) and quote it as written. A "．" that is no decimal point (the list marker 1．, a heading
１．工作开展情况) has no digit after it and is left as it is.

A PDF copy joins a wrapped line with a blank, and sometimes sets one inside a figure (已支付35. 3万元):
the reader then took 35 and 3万元 apart. A figure glued to the word before it (no blank, no mark: a list
marker opens its line or follows a mark or blank, 其中：1. 610办专项) whose decimals a unit or % closes is
one figure: its blank moves behind the decimals (35.3 万元, the same length).
"""

from __future__ import annotations

import re

__all__ = ["fold_wide_points", "has_wide_points"]

_POINT = re.compile(r"(?<=[0-9０-９])．(?=[0-9０-９])")
_SPLIT = re.compile(r"(?<=[\u4e00-\u9fff])(\d{1,9})[.．]([ \u3000])(\d{1,6})(?=[\u4e00-\u9fff%％])")


def has_wide_points(text: str) -> bool:
    return ("．" in text and _POINT.search(text) is not None) or _SPLIT.search(text) is not None


def fold_wide_points(text: str) -> str:
    """``text`` with each "．" between two digits written "." and each split decimal joined (same length)."""
    if "．" in text:
        text = _POINT.sub(".", text)
    return _SPLIT.sub(lambda m: f"{m.group(1)}.{m.group(3)}{m.group(2)}", text)
