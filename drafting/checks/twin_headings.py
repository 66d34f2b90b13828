"""Two headings of one list with the same title ((一)部门绩效目标的设立情况 … (二)部门绩效目标的设立情况): one of them was
copied from the other and never retitled.

Part of the structure check. Why: the items of one list name different things — a report's outline gives each part
its own title — so the same title under two numbers of one list is a heading pasted from its sibling, and the part
it heads lost its own name (部门基本情况 above the unit's duties). Quiet unless sure: only titles (a line's few
words after its marker, no sentence's marks, outside tables), only items of one list (the same family and level, numbered on, no
heading of a higher level between them), and one finding per title said again.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Location, Report
from .item_markers import _line_markers, _Marker, line_after

__all__ = ["twin_headings"]

# a title: two to twenty-five characters, no sentence's marks (a sentence may well be said twice in a list)
_TITLE = re.compile(r"^[^。；;，,：:！？!?]{2,25}$")


def twin_headings(report: Report) -> list[Finding]:
    """The later of two items of one list that share a title, pointing at the earlier."""
    out: list[Finding] = []
    lists: dict[int, list[tuple[_Marker, str]]] = {}
    for mk in _line_markers(report):
        if mk.unit.kind == "cell":
            continue  # a table's rows may well name one unit twice (1、局机关 … 3、局机关): rows, not an outline's titles
        for deeper in [lv for lv in lists if lv > mk.level]:
            del lists[deeper]  # a higher heading closes the lists below it
        items = lists.get(mk.level)
        if items is None or items[-1][0].value >= mk.value or items[-1][0].family != mk.family:
            items = lists[mk.level] = []  # a list starts (again)
        title = line_after(mk).rstrip("。.．")
        twin = next((earlier for earlier, said in items if said == title), None) if _TITLE.match(title) else None
        if twin is not None:
            out.append(_finding(report, mk, twin, title))
        items.append((mk, title))
    return out


def _line(mk: _Marker) -> Location:
    """The heading's marker and its title, to the end of its line."""
    return mk.unit.at(mk.start, mk.end + len(mk.unit.text[mk.end:].split("\n", 1)[0].rstrip()))


def _finding(report: Report, mk: _Marker, twin: _Marker, title: str) -> Finding:
    here = report.quote(mk.unit.at(mk.start, mk.end)).strip()
    there = report.quote(twin.unit.at(twin.start, twin.end)).strip()
    return Finding(
        kind=Kind.DUPLICATE_PARAGRAPH, severity=Severity.WARNING,
        message=f"“{here}”与“{there}”标题相同：“{title}”",
        location=FindingLocation.of(report, _line(mk)),
        related=[FindingLocation.of(report, _line(twin))],
        evidence="同一列表的各项标题应各不相同；同一标题出现在两个编号下，多为复制相邻标题后未改",
        suggestion=f"核对“{there}”和“{here}”两部分的内容，改正其中沿用的标题",
        rule="structure.heading_twice")
