"""Dates that cannot be true: a day the month does not have (2月30日, 13月), and a finish before its start.

Why: dates are typed by hand and edited when a report is copied; 2023年2月30日 or 开工2023年10月 …
竣工2023年8月 cannot both stand, and a reviewer checks them first when the schedule is scored.
Precision first: an impossible date is certain; an order is read only inside one sentence, between a
start word (开工, 启动, 开始实施 …) and a finish word (竣工, 完工, 验收 …) right after their dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.chinese import to_int
from ..numbers.sentences import split_sentences
from ..numbers.textnorm import fold_width
from ..report import Report, TextUnit
from .days import month_days
from .issued_dates import issued_dates
from .titles import SPACE as _S

__all__ = ["backward_ranges", "check_calendar"]

_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
# a year and month, a day when given; not one end of a range (2023年1-3月) nor a month count (3个月)
_DATE = re.compile(r"((?:19|20)(?<![\d\-—－~～]\d\d)\d{2})\s*年\s*" + _NUM + r"\s*月(?!份?[\-—－~～至到]\s*\d)"
                   r"(?:\s*" + _NUM + r"\s*[日号])?")
_START = re.compile(r"^\s*(?:正式)?(?:开工|动工|启动|开始实施|开始建设|开始施工|进场施工|开始)")
_FINISH = re.compile(r"^\s*(?:全面|全部|顺利|如期)?(?:完成)?(?:竣工|完工|完成验收|通过验收|验收|建成|交付使用)")
_Dated = tuple[int, int, int | None, re.Match[str]]  # year, month, day, where


def _int(s: str) -> int | None:
    return int(s) if s.isdigit() else to_int(s)


def _dates(text: str) -> Iterator[_Dated]:
    for m in _DATE.finditer(text):
        month, day = _int(m.group(2)), _int(m.group(3)) if m.group(3) else None
        if month is not None and (day is not None or not m.group(3)):
            yield int(m.group(1)), month, day, m


def _impossible(year: int, month: int, day: int | None) -> str | None:
    if not 1 <= month <= 12:
        return f"没有{month}月"
    if day is not None and not 1 <= day <= month_days(year, month):
        return f"{year}年{month}月只有{month_days(year, month)}天"
    return None


def _finding(report: Report, unit: TextUnit, start: int, end: int, message: str, evidence: str,
             suggestion: str, rule: str, related: list[FindingLocation] | None = None) -> Finding:
    return Finding(kind=Kind.DATE_INCONSISTENCY, severity=Severity.WARNING, message=message,
                   location=FindingLocation.of(report, unit.at(start, end)), related=related or [],
                   evidence=evidence, suggestion=suggestion, rule=rule)


def check_calendar(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for unit in report.units():
        text = fold_width(unit.text)
        if "月" not in text:
            continue
        for year, month, day, m in _dates(text):
            if why := _impossible(year, month, day):
                out.append(_finding(report, unit, m.start(), m.end(), f"日期“{unit.text[m.start():m.end()]}”不存在：{why}",
                                    why, "核对日期", "calendar.impossible"))
        for s in split_sentences(text):
            out += _order(report, unit, s.start, s.text)
    return out + issued_dates(report)


def _order(report: Report, unit: TextUnit, offset: int, sentence: str) -> list[Finding]:
    """A finish dated before the start in the same sentence."""
    starts, finishes = [], []
    for year, month, day, m in _dates(sentence):
        if _impossible(year, month, day):
            continue
        after = sentence[m.end():m.end() + 8]
        if _START.match(after):
            starts.append((year, month, day, m))
        elif _FINISH.match(after):
            finishes.append((year, month, day, m))
    if len(starts) != 1 or len(finishes) != 1:
        return []
    (y1, m1, d1, a), (y2, m2, d2, b) = starts[0], finishes[0]
    if (y2, m2) > (y1, m1) or ((y2, m2) == (y1, m1) and (d1 is None or d2 is None or d2 >= d1)):
        return []
    first = FindingLocation.of(report, unit.at(offset + a.start(), offset + a.end()))
    return [_finding(report, unit, offset + b.start(), offset + b.end(),
                     f"完成日期“{unit.text[offset + b.start():offset + b.end()]}”早于开始日期“{unit.text[offset + a.start():offset + a.end()]}”",
                     "同一句中，竣工、完工或验收的日期不能早于开工、启动的日期", "核对两处日期", "calendar.order", [first])]


# A period that ends before it begins: 2023年3月至2022年12月, 2023.03.01-2022.12.31. Only with both
# years written: 12月至2月 without a second year runs into the next year.
_RANGE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})" + _S + r"(?:年|[.．/\-])" + _S + r"(\d{1,2})" + _S + r"(?:月|(?=[.．/\-]))?"
    + r"(?:" + _S + r"[.．/\-]?" + _S + r"(\d{1,2})" + _S + r"[日号]?)?" + _S + r"(?:至|到|—|－|~|～|-)" + _S
    + r"((?:19|20)\d{2})" + _S + r"(?:年|[.．/\-])" + _S + r"(\d{1,2})" + _S + r"月?"
    + r"(?:" + _S + r"[.．/\-]?" + _S + r"(\d{1,2})" + _S + r"[日号]?)?(?!\d)")


def backward_ranges(report: Report) -> list[Finding]:
    """Periods whose end is written before their start (read by the dates check, in its order)."""
    out = []
    for unit in report.units():
        for m in _RANGE.finditer(unit.text) if "19" in unit.text or "20" in unit.text else ():  # its years
            y1, m1, y2, m2 = (int(m.group(i)) for i in (1, 2, 4, 5))
            d1, d2 = int(m.group(3) or 0), int(m.group(6) or 0)
            if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
                continue
            start, end = (y1, m1, d1), (y2, m2, d2 if d1 and d2 else d1)
            if end >= start:
                continue
            out.append(_finding(report, unit, m.start(), m.end(), f"时间段“{m.group(0).strip()}”的结束早于开始",
                                "起止时间中，结束日期在开始日期之前，两者不可能同时成立", "核对起止年份和月份",
                                "dates.backward_range"))
    return out
