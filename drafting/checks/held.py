"""A report's reading found once while a review holds the report still (``Report.held_still``).

Why: several checks read the same thing of a report (its table of contents, its forms' cells), each
from scratch; while the report is held still its blocks do not change, so the first answer stands.
Outside such a block (a check called alone, a caller's own report) the reading is done each time.
Only the last report held still is remembered (by its held state, never mistaken for another's)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from ..report import Report

__all__ = ["once_held"]

T = TypeVar("T")


def once_held(read: Callable[[Report], T]) -> Callable[[Report], T]:
    """``read(report)``, found once for a report held still; the caller must not change what it gets."""
    last: list[tuple[object, T]] = []

    @wraps(read)
    def once(report: Report) -> T:
        held = report._held
        if held is None or held[0] is not report.blocks:
            return read(report)
        if not last or last[0][0] is not held:
            last[:] = [(held, read(report))]
        return last[0][1]

    return once
