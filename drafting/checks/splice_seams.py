"""A splice's seams read as slips of their own: one problem, the splice's finding.

Why: text pasted into a sentence cuts the host's word in two (公共文|…|化服务体系, 内部控制制|…|度,
为助|…|推). The characters on either side of a seam then read as a word with a character dropped
(化服务体 beside the report's 文化服务体系), a character typed twice (控制制), a wrong word (为助 for 为主),
a title mark with no partner (《横县财政|…。|关于…通知》); a list's marker cut in two (三|…|是深化)
reads as a list that skips its number (二是, then 四是). None is a second slip of the writer's: each is
the seam the splice's finding already points at (its quote shows both sides), and undoing the paste
undoes it. A slip away from the seams, even in the same sentence, is the writer's own and stays.
"""

from __future__ import annotations

import re

from ..findings import Finding, Kind
from ..report import Location, Report

__all__ = ["seam_told_once"]

# what a seam can make of a cut word: the character-level slips and marks, read over a few characters
_SLIPS = frozenset({Kind.TYPO, Kind.REPEATED_WORD, Kind.PUNCTUATION})
_GAP = "structure.numbering_gap"
_MISSING = re.compile(r"缺少第(.+?)项")  # the gap finding's message names the numbers it misses

_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"))

_Unit = tuple[int, int | None, int | None]


def _unit(loc: Location) -> _Unit:
    return (loc.block, loc.row, loc.col)


def _order(loc: Location, at: int) -> tuple[int, int, int, int]:
    """Where a place in a unit stands in reading order."""
    return (loc.block, -1 if loc.row is None else loc.row, -1 if loc.col is None else loc.col, at)


def seam_told_once(findings: list[Finding], report: Report) -> list[Finding]:
    """``findings`` without those the seams of a pasted run (a spliced-text finding's quote) made:
    a slip whose place touches a seam, a mark left open or unopened inside the pair of marks the run
    was pasted into, and a numbering gap whose missing number stands right before
    a seam inside the gap."""
    runs = [f.location.location for f in findings if f.kind is Kind.SPLICED_TEXT]
    if not runs:
        return findings
    return [f for f in findings
            if not (_at_seam(f, runs) or _in_pair(f, runs, report) or _cut_marker(f, runs, report))]


def _at_seam(f: Finding, runs: list[Location]) -> bool:
    """Whether ``f`` is a character-level slip whose place reaches a seam of a run in its unit."""
    if f.kind not in _SLIPS:
        return False
    loc = f.location.location
    return any(_unit(run) == _unit(loc) and loc.start <= seam <= loc.end
               for run in runs for seam in (run.start, run.end))


def _in_pair(f: Finding, runs: list[Location], report: Report) -> bool:
    """Whether ``f`` is a mark's finding inside a pair of marks (《…》, （…）) that holds a run: the
    run's own sentence end or marks left the pair's two halves on two sides of it."""
    if f.kind is not Kind.PUNCTUATION:
        return False
    loc = f.location.location
    for run in (r for r in runs if _unit(r) == _unit(loc)):
        host = report.text_of(run)
        for opener, closer in _PAIRS:
            a = host.rfind(opener, 0, run.start)
            b = host.find(closer, run.end)
            if a < 0 or b < 0 or closer in host[a:run.start] or opener in host[run.end:b]:
                continue
            if a <= loc.start and loc.end <= b + 1:
                return True
    return False


def _cut_marker(f: Finding, runs: list[Location], report: Report) -> bool:
    """Whether ``f`` is a list's gap whose missing number the text right before a seam ends with,
    between the two markers the gap names: the missing item's marker, cut in two by the paste."""
    if f.rule != _GAP or not f.related or not (m := _MISSING.search(f.message)):
        return False
    missing = m.group(1).split("、")
    after, before = f.location.location, f.related[0].location
    for run in runs:
        if not _order(before, before.end) <= _order(run, run.start) <= _order(after, after.start):
            continue
        head = report.text_of(run)[:run.start].rstrip()
        if any(head.endswith(n) for n in missing):
            return True
    return False
