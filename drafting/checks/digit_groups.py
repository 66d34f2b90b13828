"""A figure whose thousands separators are misplaced (实际支出 | 7,00.0,77 |): the amount cannot be read.

Part of the language check. Premise (GB/T 15835, the house style of every budget form): a comma in a
figure groups its whole part by three digits from the decimal point, and none stands after the point.
A comma grouping one, two or four digits before the point is no separator — the figure was mistyped
(7,00.0 for 700.0) or two figures were run together. Only a figure standing alone in its cell or on its
line: in running text a half-width comma may part two figures of a list (分别为3,12.5万元), a
punctuation slip of another kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind, Severity
from ..report import Report, TextUnit
from .grouped import one_finding

__all__ = ["misgrouped_figures"]

# a figure alone between cell bars or line ends, its first comma-group before the point not of three digits
_MISGROUPED = re.compile(r"(?:^|(?<=\|))[ \t]*(\d{1,3}(?:,\d{3})*,(?:\d{1,2}|\d{4,})\.\d+(?:,\d+)*)[ \t]*(?=\||$)", re.M)


def misgrouped_figures(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    places = [(u, m.start(1), m.end(1)) for u in units if "," in u.text for m in _MISGROUPED.finditer(u.text)]
    if places:
        first = places[0][0].text[places[0][1]:places[0][2]]
        yield one_finding(report, places, kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                          message=f"数字“{first}”的千分位逗号位置不对，金额无法读出",
                          evidence="千分位逗号从小数点起每三位一组，小数点后不用逗号",
                          suggestion="按原始数据改正该数字", rule="language.digit_groups")
