"""A sentence's closing clauses said word for word in two paragraphs: a conclusion pasted at the end
of one section after another.

Why: an officer who closes each section with the same summary (…，改善了装备结构、提升了机械化水平。)
copies it, often after editing the sentence's opening (通过项目 / 通过实施项目), so the paragraphs are
not alike as a whole and the duplicate clusters (``redundancy``) do not see them. Premise: what a
sentence says after its first comma, when it is forty or more Chinese characters long and holds no
figure, and reports results done (two verbs with 了 at least: 改善了…、提升了…), is one writer's wording of
a result — two paragraphs do not arrive at it apart. Stock wording a report may rightly use in two
sections says no result: how funds are managed (严格按照…办法执行，实行专账管理、专款专用，确保…) or
what the project aims at (引导农民…，促进…) in a target and again in its outcome, or a set phrase of
results any spending is said to bring (有效保障了机关正常运转，提高了资金使用效益…: some thirty characters);
it is left. A run with
figures may be a record kept twice (two works of the same size, 长22米，宽17米…) and is left, as are
table cells (planned and actual columns say the same) and text already reported as a repeated
paragraph.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..report import Location, Report

__all__ = ["copied_closings", "sentence_copy", "taken_places", "within"]

MIN_HAN = 40  # a stock closing of three short clauses (保障了…运转，提高了…效益，确保了…完成) is shorter
MIN_DONE = 2  # 了 after a verb: a result stated as achieved
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FIRST_COMMA = re.compile(r"[，,]")
_MARKS = re.compile(r"[\s，,。；;！？!?、：:“”\"'‘’]")
_Place = tuple[int, int, int]  # unit index, start, end


def copied_closings(report: Report, reported: list[Finding]) -> list[Finding]:
    """One finding per closing said in two or more paragraphs, at its second place, the others related."""
    units = list(report.units())
    places: dict[str, list[_Place]] = {}
    for i, unit in enumerate(units):
        if unit.kind == "cell" or "|" in unit.text or "\t" in unit.text:
            continue
        for s in split_sentences(unit.text):
            comma = _FIRST_COMMA.search(s.text)
            if comma is None:
                continue
            closing = s.text[comma.end():].strip()
            key = _MARKS.sub("", closing)
            if re.search(r"\d", key) or len(_HAN.findall(key)) < MIN_HAN or key.count("了") < MIN_DONE:
                continue
            start = s.start + comma.end() + (len(s.text[comma.end():]) - len(s.text[comma.end():].lstrip()))
            places.setdefault(key, []).append((i, start, start + len(closing)))
    taken = taken_places(reported)
    out = []
    for spots in places.values():
        at = [units[i].at(s, e) for i, s, e in spots]
        if len({i for i, _, _ in spots}) < 2 or any(within(loc, taken) for loc in at):
            continue
        out.append(sentence_copy(report, at, "这段{n}字的表述在不同段落中一字不差，多为复制粘贴",
                                 "保留最贴切的一处，其余改写为该部分自己的内容或删去", "redundancy.copied_closing"))
    return out


_Taken = list[tuple[int, int | None, int | None, int, int]]


def taken_places(reported: list[Finding]) -> _Taken:
    """Every place the findings so far report (a repeated paragraph's copies), to leave alone."""
    return [(p.location.block, p.location.row, p.location.col, p.location.start, p.location.end)
            for f in reported for p in (f.location, *f.related)]


def within(loc: Location, taken: _Taken) -> bool:
    """Whether a place overlaps one a finding already reports (a repeated paragraph's copy)."""
    return any(b == loc.block and r == loc.row and c == loc.col and s < loc.end and loc.start < e
               for b, r, c, s, e in taken)


def sentence_copy(report: Report, at: list[Location], evidence: str, suggestion: str, rule: str) -> Finding:
    """One finding for words said word for word in two or more paragraphs: at the second place, the
    others related; ``evidence`` names the count of Chinese characters as ``{n}``."""
    locs = [FindingLocation.of(report, loc) for loc in at]
    quote = locs[0].quote
    return Finding(
        kind=Kind.DUPLICATE_PARAGRAPH, severity=Severity.WARNING,
        message=f"同一句话“{quote if len(quote) <= 24 else quote[:24] + '…'}”在{len(locs)}个段落中逐字重复出现",
        location=locs[1], related=[locs[0], *locs[2:]], evidence=evidence.format(n=len(_HAN.findall(quote))),
        suggestion=suggestion, rule=rule)
