"""A section heading with nothing under it, in a text run together into one line.

Why: a report copied from a PDF or a web page may lose its line breaks, its headings then standing
inside the running text (……的实施,3.项目资金管理情况分析,(二)绩效目标完成情况分析,合格率100%……).
``structure``'s empty headings read heading lines only. Premise: a numbered heading whose title is a
section's name (…情况, …分析, …说明) followed at once — a comma at most between — by the marker of a
section of a higher level (a 3. by （二）, a （一） by 二、) had nothing written under it: a writer goes on
to the next section after its text, never from a subsection's title. Read only where the heading
follows running text (a clause mark before its marker, no marker in the words before it), so a
contents list run into one line (（一）…（二）…三、…) is not a row of empty headings; a heading followed
by one of its own level is a list's item as often as a section's, and is left alone.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report
from .toc import toc_blocks

__all__ = ["empty_inline_headings"]

_CN = "一二三四五六七八九十"
# a marker, its level by family: 一、 (1), （一） (2), 1. 1、 (3), （1） (4)
_MARKER = rf"(?:[{_CN}]{{1,3}}、|[（(][{_CN}]{{1,3}}[)）]|\d{{1,2}}(?:[、．]|\.(?!\d))|[（(]\d{{1,2}}[)）])"
_EMPTY = re.compile(rf"(?<=[，,。；;])\s*(?P<first>{_MARKER})(?P<title>[\u4e00-\u9fff]{{2,20}}?"
                    rf"(?:情况|分析|说明|概况|措施|问题|建议))[，,。]?\s*(?P<next>{_MARKER})[\u4e00-\u9fff]")
# a quick test first: a section's name right before another section's marker
_CLUE = re.compile(rf"(?:情况|分析|说明|概况|措施|问题|建议)[，,。]?\s*(?:[（(][{_CN}\d]|[{_CN}]{{1,3}}、|\d{{1,2}}[.、．])")
_BEFORE = 15  # the words before a heading's marker that must be running text, no marker among them
_ANY_MARKER = re.compile(_MARKER)


def _level(marker: str) -> int:
    if marker.endswith("、") and marker[0] in _CN:
        return 1
    if marker[0] in "（(":
        return 2 if marker[1] in _CN else 4
    return 3


def empty_inline_headings(report: Report) -> list[Finding]:
    """Every heading run into its paragraph that the next, higher section's marker follows at once."""
    contents: frozenset[int] | None = None
    out: list[Finding] = []
    for unit in report.units():
        if unit.kind != "paragraph" or len(unit.text) < 200 or not _CLUE.search(unit.text):
            continue  # a heading run into running text stands in a long paragraph
        if contents is None:
            contents = toc_blocks(report)
        if unit.location.block in contents:
            continue
        for m in _EMPTY.finditer(unit.text):
            if _level(m.group("next")) >= _level(m.group("first")):
                continue
            if _ANY_MARKER.search(unit.text, max(0, m.start("first") - _BEFORE), m.start("first")):
                continue  # a marker just before: an outline run together, not running text
            out.append(Finding(
                kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
                message=f"标题“{m.group('first')}{m.group('title')}”下没有内容：该部分未填写",
                location=FindingLocation.of(report, unit.at(m.start("first"), m.end("title"))),
                evidence=f"该标题之后紧接着上一级的下一部分“{m.group('next')}”，其间没有任何文字",
                suggestion="补写该部分内容；如无相关情况，写明“无”或删去该标题并顺延编号",
                rule="structure.empty_inline_heading"))
    return out
