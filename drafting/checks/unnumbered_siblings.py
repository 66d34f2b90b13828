"""A numbering gap explained by sibling headings that lost their markers: (一) … 总体绩效情况分析 … (四),
reported as the headings with no number rather than as a gap.

Why: the gap's finding would point at the wrong line; the heading that lost its marker is the slip.
Part of the numbering check.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Location, Report, TextUnit, clip
from .item_markers import _MARKERS, _Marker, _shown, marker_level, parse_marker


def _at(loc: Location) -> tuple[int, int]:
    return loc.block, loc.start


class _Places:
    """A report's units by place, for the gaps' questions: each gap asked by walking every unit made
    a long report's numbering check quadratic (a tenth of a 10 MB review)."""

    def __init__(self, report: Report) -> None:
        self.text: dict[tuple[int, int | None, int | None], str] = {}
        for u in report.units():
            self.text.setdefault((u.location.block, u.location.row, u.location.col), u.text)
        # headings and paragraphs by place (stable: equal places keep document order)
        self.lines = sorted(((_at(u.location), u) for u in report.units() if u.kind != "cell"), key=lambda x: x[0])
        self.keys = [at for at, _ in self.lines]

    def between(self, lo: tuple[int, int], hi: tuple[int, int]) -> list[TextUnit]:
        """The headings and paragraphs strictly between two places."""
        return [u for _, u in self.lines[bisect_right(self.keys, lo):bisect_left(self.keys, hi)]]

    def sibling_text(self, loc: Location) -> str:
        """The rest of the line after a marker."""
        text = self.text.get((loc.block, loc.row, loc.col))
        return "" if text is None else text[loc.end:].split("\n", 1)[0].strip()


def _unnumbered_siblings(report: Report, places: _Places, gap: Finding,
                         lost: list[Finding]) -> list[Finding] | None:
    """The headings between a gap's two items that have no marker, when they and the broken markers
    there are as many as the numbers missing, and each ends like a numbered sibling (…情况分析) or
    opens the sub-list again at its first item (一、… (一)…(四) 评价工作简述 (一)…: the line the sub-list
    restarts under is its parent, a sibling of the gap's items)."""
    first, last = parse_marker(gap.related[0].quote), parse_marker(gap.location.quote)
    if first is None or last is None or first[0] != last[0]:
        return None
    lo, hi = _at(gap.related[0].location), _at(gap.location.location)
    ends = {_ending(places.sibling_text(gap.related[0].location)), _ending(places.sibling_text(gap.location.location))}
    inside = places.between(lo, hi)
    bare = [u for k, u in enumerate(inside) if _HEADING_LIKE.match(u.text)
            and (u.text.strip()[-2:] in ends or _restarts_under(inside, k, first[0]))]
    if not bare or len(bare) + len(lost) != last[1] - first[1] - 1:
        return None
    order = sorted([(_at(u.location), u) for u in bare] + [(_at(b.location.location), None) for b in lost],
                   key=lambda x: x[0])
    out = []
    for value, (_, unit) in enumerate(order, start=first[1] + 1):
        if unit is None:
            continue
        shown = re.sub(r"[一二三四五六七八九十]+|\d+|[①-⑳]", _shown(first[0], value), gap.related[0].quote.strip(), count=1)
        text = unit.text.strip()
        lead = unit.text.index(text)
        out.append(Finding(
            kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
            message=f"标题“{clip(text, 16)}”没有编号，按前后各项应为“{shown}”",
            location=FindingLocation.of(report, unit.at(lead, lead + len(text))),
            related=[gap.related[0], gap.location],
            evidence=f"它位于{gap.related[0].quote.strip()}与{gap.location.quote.strip()}之间，写法与两者相同，而其间恰好缺少这些编号",
            suggestion=f"在标题前补上编号“{shown}”", rule="structure.unnumbered_heading"))
    return out


def _restarts_under(units: list[TextUnit], k: int, family: str) -> bool:
    """Whether the line after ``units[k]`` opens the level below ``family`` at its first item again,
    that level having been used before ``units[k]`` (the sub-list restarts under this line)."""
    below = next(level for f, level, _ in _MARKERS if f == family) + 1
    nxt = next((u for u in units[k + 1:] if u.text.strip()), None)
    if nxt is None or marker_level(nxt.text) != below or (parse_marker(nxt.text) or ("", 0))[1] != 1:
        return False
    return any(marker_level(u.text) == below for u in units[:k])


def _ending(title: str) -> str:
    """A title's last two characters, its closing stop left off: (三)固定资产情况。 ends like 人员情况 — a
    heading may close with a stop or not, and siblings do not always agree."""
    return title.rstrip("。.：:；; \t\u3000")[-2:]


# a line that reads as a heading: short, a name not a sentence (no digit, no inner or final punctuation)
_HEADING_LIKE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fa5][^\d\n，,。；;：:、()（）]{3,24}[ \t\u3000]*$")


def lost_first(report: Report, mk: _Marker, parent: _Marker | None) -> Finding | None:
    """A list that opens at its second item (二、) below one line that reads as its first heading with no
    marker (部门、单位基本情况 / (一)部门职能概述 … 二、一般公共预算支出情况; 总体情况 … 二、…使用情况): the
    heading that lost 一、 is the slip, not a missing item. The line reads as that heading when the line
    after it opens the level below at its first item, or when it ends as the second heading does (…情况);
    the text's first line and a title (…报告, …公告) are none, and where two lines could be it, neither is
    named. The parts of the report only: under a parent item a bare line before (二) may be a lead-in of
    another shape (the sub-list case is ``numbering``'s, asking the line to close as its siblings do)."""
    if mk.value != 2 or parent is not None:
        return None
    places = _Places(report)
    at = mk.unit.at(mk.start, mk.end)
    ending = _ending(places.sibling_text(at))
    lines = [u for u in places.between((-1, -1), _at(mk.unit.location)) if u.text.strip()] + [mk.unit]
    below = mk.level + 1
    bare = [u for k, u in enumerate(lines[:-1]) if k > 0 and _FIRST_HEADING.match(u.text) and parse_marker(u.text) is None
            and not _TITLE_END.search(u.text.strip())
            and (u.text.strip()[-2:] == ending
                 or (marker_level(lines[k + 1].text) == below and (parse_marker(lines[k + 1].text) or ("", 0))[1] == 1))]
    if len(bare) != 1:
        return None
    text = bare[0].text.strip()
    lead = bare[0].text.index(text)
    second = report.quote(at).strip()
    shown = re.sub(r"[一二三四五六七八九十]+|\d+|[①-⑳]", _shown(mk.family, 1), second, count=1)
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"标题“{clip(text, 16)}”没有编号，按后面的“{second}”应为“{shown}”",
        location=FindingLocation.of(report, bare[0].at(lead, lead + len(text))),
        related=[FindingLocation.of(report, at)],
        evidence=f"同一级标题从“{second}”编起，前面没有“{shown}”；此前只有这一行像第一部分的标题（其下从第一项编起下一级，"
                 f"或与其后标题结尾相同），却没有编号",
        suggestion=f"在标题前补上编号“{shown}”", rule="structure.unnumbered_heading")


# the first heading of a report's parts: as _HEADING_LIKE, a 、 inside allowed (部门、单位基本情况)
_FIRST_HEADING = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fa5][^\d\n，,。；;：:()（）]{3,24}[ \t\u3000]*$")
# a title or a document's name, not a part's heading
_TITLE_END = re.compile(r"(?:报告|报告书|公告|通知|自评表|评价表|一览表|说明|目录)$")
