"""A part larger than its whole: a staff figure followed by 其中 and one part above it (在职人员12人，其中行政人员
14人), in one sentence or on the next line — and a part of the unit above that part's posts (``staff_units``).

Why: the 人员情况 paragraph lists its people by 其中; a part cannot outnumber the whole it is a part of. Read only
where one part is named: a list of parts is the count check's, which adds them up.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .staff_units import part_over_posts

__all__ = ["check_staff_parts"]

# a staff figure and one part of it (在职人员12人，其中行政人员14人): the part cannot be larger. Read only
# where one part is named (a list of parts is the count check's, which adds them up)
_WHOLE = re.compile(r"(?:核定编制|编制|实有|在职|在编|现有|干部职工|职工|工作人员)(?:人员|人数|职工|干部)?(?:总数)?\s*[:：]?\s*(?:为|共|共有|是|有)?\s*"
                    r"(\d{1,6})\s*(?:人|名)(?!次)\s*[，,；;：:]?\s*$")
_PART = re.compile(r"^\s*其中\s*[:：]?\s*([^，,、；;。\d其]{1,12}?)\s*[:：]?\s*(?:为|共|有)?\s*(\d{1,6})\s*(?:人|名)(?!次)"
                   r"\s*(?:[。；;）)]|$)")


def check_staff_parts(report: Report) -> list[Finding]:
    """A staff figure followed by 其中 and a single part larger than it, in one sentence or on the next
    line (实有人数：12人 / 其中：行政人员14人)."""
    out: list[Finding] = []
    units = list(report.units())
    for k, unit in enumerate(units):
        for s in re.finditer(r"[^。！？!?\n]+", unit.text):
            at = unit.text.find("其中", s.start(), s.end())
            while at >= 0:
                whole, part = _WHOLE.search(unit.text[s.start():at]), _PART.match(unit.text[at:s.end()])
                if whole and part:
                    out += _part_finding(report, (unit, s.start(), whole), (unit, at, part))
                at = unit.text.find("其中", at + 2, s.end())
        nxt = units[k + 1] if k + 1 < len(units) else None
        if nxt is not None and unit.kind == nxt.kind == "paragraph" and (whole := _WHOLE.search(unit.text)) \
                and (part := _PART.match(nxt.text)):
            out += _part_finding(report, (unit, 0, whole), (nxt, 0, part))
    return out + part_over_posts(report, units)


def _part_finding(report: Report, whole_at: tuple[TextUnit, int, re.Match[str]],
                  part_at: tuple[TextUnit, int, re.Match[str]]) -> list[Finding]:
    (w_unit, w0, whole), (p_unit, p0, part) = whole_at, part_at
    n, p = int(whole.group(1)), int(part.group(2))
    if p <= n:
        return []
    name = part.group(1).strip("：: ")
    return [Finding(
        kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
        message=f"其中{name}{p}人多于总数{n}人",
        location=FindingLocation.of(report, p_unit.at(p0 + part.start(2), p0 + part.end(2))),
        related=[FindingLocation.of(report, w_unit.at(w0 + whole.start(1), w0 + whole.end(1)))],
        evidence=f"“其中”所列的部分不能多于总数：{p}人 > {n}人",
        suggestion="核对总人数和其中各类人员的人数", rule="staffing.part_over_whole")]
