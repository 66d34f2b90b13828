"""A 数量指标 named for a count (修缮建筑数量, 培训人数) whose target and result are prose with no number:
"完成罗氏宗祠、李氏宗祠日常维护…" in both columns.

Why: a 数量指标 is met or missed by a figure — how many were built, trained, repaired; a target written as
the list of the year's tasks states no quantity the result could be held against, and the score given for
it rests on nothing. A reviewer asks for the number (处, 人, 次). Premises, precision first: the row's class
is 数量指标, its name ends in what it counts (…数量, …人数, …个数, …次数); its target and its result — or, on
a form's line run together, everything after the name — hold no digit and no Chinese count (三处, 两座), and
are no graded or yes/no value (全部完成, 全覆盖, "/": ``indicator_rows.is_measurable`` says so).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Report
from .indicator_rows import is_measurable
from .money_outputs import RowRead

__all__ = ["unnumbered_counts"]


_LABEL = re.compile(r"^指标\s*\d{1,2}\s*[:：、.．]?")
_COUNTED = re.compile(r"(?:数量|[个处座项次人户家所件台套名批场期间栋部册本份辆条]数)$")
_A_COUNT = re.compile(r"\d|[一二三四五六七八九十百千万两]+\s*(?:个|处|座|项|次|人|户|家|所|件|台|套|名|批|场|期|间|栋|部|册|本|份|辆|条|米|亩|公里)")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# a form's row run together on a line: the class's cell, the name's, then its values (to the line's end)
_LINE = re.compile(r"(?:^|[ \t\u3000|])数量指标[ \t\u3000|]+([^\s|]{2,30})[ \t\u3000|]+(\S.*)$")


def _counted(name: str) -> str | None:
    t = _LABEL.sub("", no_blanks(name))
    return t if 2 <= len(t) <= 20 and _COUNTED.search(t) else None


def _no_number(value: str) -> bool:
    """Prose that states no quantity: no figure, no count in words, not a graded or yes/no value."""
    v = no_blanks(value).strip("|")
    return len(v) >= 4 and bool(_CHINESE.search(v)) and not _A_COUNT.search(v) and not is_measurable(v)


def unnumbered_counts(report: Report, rows: Iterable[RowRead]) -> list[Finding]:
    """Each 数量指标 counted by name whose target and result hold no number: the table's rows, and a form's
    row run together on a line."""
    out = []
    for row in rows:
        name = _counted(row.name_text)
        if no_blanks(row.category).removesuffix("指标") != "数量" or name is None or row.target is None \
                or row.evidence is None:
            continue
        if _no_number(row.target.quote) and _no_number(row.evidence.quote):
            out.append(_finding(row.anchor, name))
    seen = {(f.location.location.block, f.location.location.row) for f in out}
    for unit in report.units():
        if unit.kind == "cell" or "数量指标" not in unit.text:
            continue
        m = _LINE.search(unit.text)
        name = _counted(m.group(1)) if m else None
        if m is None or name is None or not _no_number(m.group(2)):
            continue
        loc = FindingLocation.of(report, unit.at(m.start(1), m.end(1)))
        if (loc.location.block, loc.location.row) not in seen:
            out.append(_finding(loc, name))
    return out


def _finding(at: FindingLocation, name: str) -> Finding:
    return Finding(
        kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
        message=f"数量指标“{name}”的指标值和完成值都没有数字",
        location=at,
        evidence=f"数量指标以数量衡量产出；“{name}”的年度指标值和实际完成值都是文字描述，没有可比的数量，"
                 "无从判断是否完成",
        suggestion="填写具体数量（如处数、人数、次数）及单位，工作内容可写入偏差原因分析或说明",
        rule="indicators.unnumbered_count")
