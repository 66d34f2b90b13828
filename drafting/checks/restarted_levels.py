"""A list written at its own parent heading's level: (二)主要工作职责 followed straight by (一)处理…,
(二)承办…, (三)… — the duties numbered as sections.

Part of the structure check. Why apart from ``numbering``: a list restarting at 1 is no gap, and
numbering may restart freely between sections; what is wrong here is where it restarts. Premise: a
heading's items sit one level below it ((二) → 1.), so a list that opens on the very next line in the
heading's own marker, from 1, and goes on to 2, reads as the heading's siblings — a reader cannot tell
the duties from the sections. Only the section families (一、 and (一)) are told: in flattened text a
1. list under a 3. title is a common way to write a sub-list (the marks differ in rank only by place),
but (一) and 一、 number sections. The heading must be a title with no text of its own (a (二)…。 item
that states something is a list member, and its sibling list may follow it), and both markers written
in one style ((二) … (一), not (二) … （一）).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report
from .unnumbered_items import _TITLE, _Line, _lines, _title

__all__ = ["restarted_levels"]

_SECTION_LEVELS = (0, 1)  # 一、 and (一): see ``numbering.marker_level``
_MARK = re.compile(r"^\s*(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}[、．.])")


def _style(line: _Line) -> str:
    """The marker's shape without its number: (二) and (一) are one style, （一） another."""
    m = _MARK.match(line.text)
    return re.sub(r"[一二三四五六七八九十]+", "N", m.group()) if m else ""


def restarted_levels(report: Report) -> list[Finding]:
    lines = _lines(report)
    out = []
    for k in range(len(lines) - 2):
        head, first = lines[k], lines[k + 1]
        if head.level not in _SECTION_LEVELS or head.mark is None or first.mark is None or head.mark[1] < 2 \
                or first.level != head.level or first.mark != (head.mark[0], 1) or _style(head) != _style(first):
            continue
        if not _TITLE.fullmatch(_title(head)) or head.text.rstrip().endswith(("。", "；", ";")):
            continue  # (二)加强预算管理。: a statement, a list member — not a heading over a list
        if report.plain_text().count(first.text.strip()) >= 2:
            continue  # 一、某中学单位概况 written before: the body opening again after a table of contents
        second = next((ln for ln in lines[k + 2:] if ln.level is not None and ln.level <= head.level), None)
        if second is None or second.mark != (head.mark[0], 2) or _style(second) != _style(head):
            continue  # the restarted list does not go on to its 2: a heading said again, not a list
        out.append(_finding(report, head, first))
    return out


def _finding(report: Report, head: _Line, first: _Line) -> Finding:
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"标题“{head.text[:16]}”下的列表又从“{_style(first).replace('N', '一').strip()}”编起，"
                "与该标题同一层级，读来像其并列的下一节",
        location=FindingLocation.of(report, first.unit.at(first.start, first.start + len(first.text))),
        related=[FindingLocation.of(report, head.unit.at(head.start, head.start + len(head.text)))],
        evidence="标题下各项应低一级编号；紧接标题、以同一种序号从一编起的列表与上级标题层级相同",
        suggestion="将该列表改用下一级序号（如“1.”“2.”）", rule="structure.numbering_level")
