"""The naive baseline the guard is measured against: regex numbers + verbatim lookup.

A number counts as supported when its digits (thousands separators removed) appear verbatim in the
data file's text. That is what a quick "search the spreadsheet" check does: it finds every figure
copied from the tables, and none of the figures a report derives from them (节约数, 节约比例,
14,293.93元 for a 1.43万元 change, 2.15亿元 for 21500万元).
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def baseline_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every number in ``text``."""
    return [(m.start(), m.end(), m[0].replace(",", "")) for m in _NUMBER.finditer(text)]


def baseline_supported(digits: str, data_text: str) -> bool:
    """Whether ``digits`` appear verbatim in the data file's text (not inside a longer number)."""
    return re.search(rf"(?<![\d.]){re.escape(digits)}(?![\d])", data_text) is not None


def baseline_verify(text: str, data_text: str) -> list[tuple[int, int, bool]]:
    """(start, end, supported) for every number of ``text``."""
    return [(s, e, baseline_supported(d, data_text)) for s, e, d in baseline_numbers(text)]


__all__ = ["baseline_numbers", "baseline_supported", "baseline_verify"]
