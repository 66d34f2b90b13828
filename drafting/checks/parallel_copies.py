"""Boilerplate of parallel sections: one short standard sentence written under each of two or more
sibling headings (（一）农村公路养护项目 … 资金专款专用，未发现挤占挪用。 and （二）危桥改造项目 … the
same sentence).

Why: a report that reviews several projects, towns or funds in one pattern fills each section with the
same standard clauses (资金管理规范, 专款专用, 按时足额发放); each copy says it of another subject, and
deleting all but one, as a duplicate finding asks, would leave a section without it. A reviewer marks a
copy there only when the passage is long enough to be a section's substance, not its formula.
"""

from __future__ import annotations

import re

from ..report import Heading, Location, Paragraph, Report

__all__ = ["parallel_boilerplate"]

FORMULA_HAN = 40  # Chinese characters, figures aside: a copy this short under a sibling heading is a formula
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FIGURE = re.compile(r"[0-9０-９][0-9０-９.,．%％]*")
# a heading's list marker: （一）资金管理 and （二）资金管理 have one title
_MARKER = re.compile(r"^\s*(?:第[一二三四五六七八九十]+[章节部分]|[（(]?[一二三四五六七八九十0-9０-９]+[)）、.．]?|[①-⑳])\s*")


def _heading_of(report: Report, block: int) -> int | None:
    """The index of the nearest heading before ``block`` (None: none)."""
    for i in range(block - 1, -1, -1):
        if isinstance(report.blocks[i], Heading):
            return i
    return None


def _whole_paragraph(report: Report, loc: Location) -> bool:
    """Whether ``loc`` is a whole paragraph (its list marker aside), not a span inside a longer one."""
    if loc.row is not None or not isinstance(report.blocks[loc.block], Paragraph):
        return False
    text = report.text_of(loc)
    return not text[loc.end:].strip() and len(text[:loc.start].strip()) <= 4


def parallel_boilerplate(report: Report, places: list[Location], quote: str) -> bool:
    """Whether each place is a whole short paragraph under its own heading, all headings of one level
    and each with another title: a formula of parallel sections, not a copy."""
    if len(_HAN.findall(_FIGURE.sub("", quote))) >= FORMULA_HAN:
        return False
    if not all(_whole_paragraph(report, loc) for loc in places):
        return False
    heads = [_heading_of(report, loc.block) for loc in places]
    if None in heads or len(set(heads)) < len(heads):
        return False
    blocks = [report.blocks[h] for h in heads if h is not None]
    titles = [_MARKER.sub("", b.text).strip() for b in blocks if isinstance(b, Heading)]
    levels = {b.level for b in blocks if isinstance(b, Heading)}
    return len(levels) == 1 and len(set(titles)) == len(titles)
