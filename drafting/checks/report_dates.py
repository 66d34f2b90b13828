"""The dates that date a report itself: a labelled 报告日期/填报日期 field, or a date alone on its line
under the signing unit's name (``dates`` weighs them as the year's evidence and flags one before the
evaluated year ends).

A signature may give its month only (某县农业农村局 / 2023年11月): it is read as the month's last day,
the latest the report can have been signed, so a month-only date is never called earlier than it is.
Only under the signing unit's name: a form's last field (计划完成时间 / 2023年12月) is no signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers.chinese import to_int
from ..report import Report, TextUnit
from . import titles as _titles
from .days import date as _date
from .days import month_days
from .titles import SMALL as _SMALL
from .titles import SPACE as _S
from .titles import YEAR as _YEAR
from .titles import to_year as _to_year

__all__ = ["DATE", "REPORT_DATE_LABEL", "Dated", "report_dates"]

DATE = re.compile(_YEAR + _S + "年" + _S + _SMALL + _S + "月" + _S + _SMALL + _S + "[日号]")
# a year and month with no day, the line ending there: a signature's month
_MONTH = re.compile(_YEAR + _S + "年" + _S + _SMALL + _S + "月(?=[ \t\u3000]*(?:\n|$))")
REPORT_DATE_LABEL = re.compile(r"(?:报告|填报|编制|评价|出具|自评)(?:日期|时间)" + _S + r"[:：|]?" + _S + "$")
_SIGNATURE_TAIL = 5  # a signature date stands alone among the last few units of the report


@dataclass
class Dated:
    """A date the report gives itself (a labelled field or a signature), where it stands."""
    unit: TextUnit
    start: int
    end: int
    date: _date
    role: str  # "报告日期" (a labelled field) or "落款日期" (a date standing alone)
    at_end: bool = True  # among the report's last units; a signature above an attachment only votes
    day_given: bool = True  # False for a month alone (2023年6月): it agrees with any day of that month


def _number(s: str) -> int | None:
    """A number as the patterns capture it: arabic (2022, 12) or Chinese (二〇二二, 十二, 三十一)."""
    return int(s) if s.isdigit() else to_int(s)


def _parse_date(m: re.Match[str]) -> _date | None:
    year, month = _to_year(m.group(1)), _number(m.group(2))
    day = _number(m.group(3)) if m.re is DATE else None
    if month is None or (day is None and m.re is DATE):
        return None  # 十十月: not a numeral
    try:
        return _date(year, month, day or month_days(year, month))
    except ValueError:
        return None  # 2月30日, 13月: not a calendar date


def report_dates(report: Report) -> list[Dated]:
    """Dates that date the report itself: a labelled 报告日期 field, or a date alone on its line
    (the signature date under the unit's name)."""
    out: list[Dated] = []
    units = list(report.units())
    for k, unit in enumerate(units):
        text = unit.text
        # a month alone ends its line: looked for only where a line ends in 月
        months = _MONTH.finditer(text) if text.rstrip().endswith("月") or "月\n" in text else ()
        found = sorted([*DATE.finditer(text), *months], key=lambda m: m.start()) if "月" in text else []
        for m in found:  # a date names its month
            before = unit.text[: m.start()]
            line_start = before.rfind("\n") + 1
            prefix = before[line_start:]
            after = unit.text[m.end():]
            line_rest = after.split("\n", 1)[0]
            d = _parse_date(m)
            if d is None:
                continue
            if REPORT_DATE_LABEL.search(prefix):
                out.append(Dated(unit, m.start(), m.end(), d, "报告日期", day_given=m.re is DATE))
            elif not prefix.strip() and not line_rest.strip() and unit.kind != "cell" \
                    and not _titles.counted_at(above := _titles.line_above(units, k, before)) \
                    and ((at_end := k >= len(units) - _SIGNATURE_TAIL) or _titles.signed(above)) \
                    and (m.re is DATE or _titles.signed(above)):  # a month alone: under the unit's name only
                label = units[k - 1].text.strip() if k and not before.strip() else ""
                role = "报告日期" if REPORT_DATE_LABEL.search(label) else "落款日期"
                out.append(Dated(unit, m.start(), m.end(), d, role, at_end, m.re is DATE))
    return out
