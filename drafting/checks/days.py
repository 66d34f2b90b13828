"""Dates and month lengths from Python's builtin ``_datetime`` module, not ``datetime`` and ``calendar``.

Why: a review asks for two things here, a date (``date``) and a month's length (``month_days``), and
the standard modules that give them cost its start-up about 1.5 ms of CPU (0.5 % of a review of the
sample): ``datetime``'s Python module defines every class in Python, then replaces them all with
``_datetime``'s at its end, and ``calendar`` imports it with its own tables and classes for a month's
length. ``datetime.date`` *is* ``_datetime.date`` (the same class, wherever it is imported from);
where a build lacks ``_datetime``, ``datetime`` stands in. ``month_days`` gives what
``calendar.monthrange(year, month)[1]`` gives (``tests/test_startup_cuts49.py`` compares them).
"""

from __future__ import annotations

try:
    from _datetime import date
except ImportError:  # pragma: no cover - a Python without the builtin module
    from datetime import date

__all__ = ["date", "month_days"]

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_days(year: int, month: int) -> int:
    """The number of days in ``month`` of ``year`` (Gregorian, as ``calendar``); ValueError for a month
    outside 1-12 (``calendar.IllegalMonthError`` is a ValueError too)."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS[month - 1]
