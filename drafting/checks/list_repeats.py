"""A member named twice in one list: 开展文化、教育、经贸、教育等领域合作 (教育 twice).

Why: an enumeration joined by 顿号 names each member once (GB/T 15834-2011: the 顿号 parts parallel
members of one list); the same member again is a slip of the hand or a list edited without reading
it through. Premise, precision first: a run of three or more members joined by 、 inside one clause,
each member two to eight Chinese characters with no other mark; a member between two 顿号 written
again as a later member between two 顿号, or as the last member's head before 等/和/及 or the clause's
end. The first member is read only where it stands apart from the clause before it: the whole run, or
its end after a preposition or verb that leads a list in (安排在洲湖镇、洋门乡、寮塘乡、洲湖镇: 在); what else
stands before it (开展文化) may join the clause's verb to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["repeated_members"]

# members joined by 、 in one clause: the first (with what leads to it), the middle ones, the last
# (the look-ahead first: the first member runs to the end of its characters, which must be a 、 at most 12 on;
# taken possessively it fails a place at once, where backing off the members one character at a time
# tried the list after each: most of the check's time on the sample)
_LIST = re.compile(r"(?=[\u4e00-\u9fff]{1,12}+、)[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{2,8}){2,}(?:、[\u4e00-\u9fff]{2,16})?")
# what follows the last member in its run: 等领域, 和…, 及…, 方面
_TAIL = re.compile(r"(?:等|和|及|与|方面|领域|工作|的).*$")
_LEADS_IN = frozenset("在于到至向对为含括是")  # 安排在|洲湖镇, 包括|…: the first member starts after it


def repeated_members(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in units:
        text = unit.text
        if text.count("、") < 3:
            continue
        for m in _LIST.finditer(text):
            parts = m.group().split("、")
            starts = [m.start() + sum(len(p) + 1 for p in parts[:k]) for k in range(len(parts))]
            members = [*parts[1:-1], _TAIL.sub("", parts[-1])]
            seen: dict[str, int] = {}
            first = parts[0]
            for member in members:
                if len(member) >= 2 and first.endswith(member) and (len(first) == len(member) or first[-len(member) - 1] in _LEADS_IN):
                    seen[member] = 0
            for k, member in enumerate(members, start=1):
                if member in seen:
                    a = starts[0] + len(first) - len(member) if seen[member] == 0 else starts[seen[member]]
                    b = starts[k] + len(member)
                    yield Finding(
                        kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
                        message=f"同一列举中“{member}”出现了两次：“{text[a:b]}”",
                        location=FindingLocation.of(report, unit.at(a, b)),
                        evidence=f"以顿号列举的各项中，“{member}”是第{seen[member] + 1}项，又作为第{k + 1}项出现",
                        suggestion=f"删去重复的“{member}”，或改为本应列举的另一项", rule="language.repeated_member")
                    break
                if len(member) >= 2:
                    seen.setdefault(member, k)
