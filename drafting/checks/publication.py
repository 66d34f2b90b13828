"""A report dated after the page that publishes it: the page's 发布日期 is when the report already
existed, so a 报告日期 or signature in a later month is wrong, one or the other (a slip of the year or
month, or a date kept from another copy).

Only the page's own fields are read (发布日期/发布时间/成文日期…, among the report's first lines, where a
published copy carries them above the title): a 时间： inside the report names its work, not its
publication. Months are compared, not days: a date given to its month (自评时间：2021年12月) may be
the month's first day.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report
from .report_dates import Dated

__all__ = ["after_publication", "published"]

# the page's fields: 发布日期 2020-03-26, 发布时间:2021-02-26 13:05, 成文日期 2024-03-27, or a bare 时间: at the start
# of a field (not 实施时间, which a project form fills with its own dates)
# (the page existed by its 更新/上传/生成 time too, and its text with it; 繁体 mirrors write 發布時間; a site's 归档时间
# may stand before the page's 发布时间: a filing field, not when the text existed)
_PAGE_DATE = re.compile(r"(?:(?:发布|發布|成文|印发|發文|发文|更新|上传|上傳|生成)(?:日期|时间|時間)\s*[:：]?"
                        r"|(?<![\u4e00-\u9fff])(?:时间|時間)\s*[:：])\s*"
                        r"((?:19|20)\d\d)\s*[/\-.年]\s*(\d{1,2})(?!\d)")
_PAGE_HEAD = 8  # the page's fields stand among the first few units, above or beside the title


def after_publication(report: Report, dated: list[Dated]) -> list[Finding]:
    """Each report date in a month after the page's earliest publication field: one warning each."""
    fields = [(int(m.group(1)), int(m.group(2)), u, m) for u in itertools.islice(report.units(), _PAGE_HEAD)
              for m in _PAGE_DATE.finditer(u.text) if 1 <= int(m.group(2)) <= 12]
    if not fields:
        return []
    p_year, p_month, unit, m = min(fields, key=lambda f: (f[0], f[1]))
    page = FindingLocation.of(report, unit.at(m.start(), m.end()))
    out = []
    for d in dated:
        if (d.date.year, d.date.month) <= (p_year, p_month):
            continue
        out.append(Finding(
            kind=Kind.DATE_INCONSISTENCY, severity=Severity.WARNING,
            message=f"{d.role}{report.quote(d.unit.at(d.start, d.end))}晚于页面的发布日期（{p_year}年{p_month}月）",
            location=FindingLocation.of(report, d.unit.at(d.start, d.end)), related=[page],
            evidence=f"报告在{p_year}年{p_month}月已发布，其{d.role}不可能在此之后；两者必有一处有误",
            suggestion="核对报告日期的年份和月份", rule="dates.after_publication"))
    return out


def published(report: Report) -> tuple[int, int] | None:
    """The earliest (year, month) of the page's publication fields anywhere in the text: no year can be
    evaluated in a report published before that year's last month."""
    found = [(int(m.group(1)), int(m.group(2))) for text in _fields(report) for m in _PAGE_DATE.finditer(text)
             if 1 <= int(m.group(2)) <= 12]
    return min(found) if found else None


# a site that lists its fields as bullets puts each label and its value on lines of their own (• 发布日期 / • 2022-07-13)
_BULLET = " \t\u3000•·▪●◆■-"
_LABEL_ALONE = re.compile(r"(?:发布|發布|成文|印发|發文|发文|更新|上传|上傳|生成)(?:日期|时间|時間)\s*[:：]?")


def _fields(report: Report) -> Iterator[str]:
    """Each unit's text, and a field's label standing alone on its line joined to the value on the next."""
    units = list(report.units())
    for k, unit in enumerate(units):
        yield unit.text
        if k + 1 < len(units) and _LABEL_ALONE.fullmatch(unit.text.strip(_BULLET)):
            yield unit.text.strip(_BULLET) + units[k + 1].text.strip(_BULLET)
