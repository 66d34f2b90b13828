"""A law's name cut by its title marks: 中华人民共和国《预算法》 for 《中华人民共和国预算法》; and a title
inside a title written with the outer marks: 《关于印发《…办法》的通知》 for 《关于印发〈…办法〉的通知》; and a
title closed after a clause mark (《…实施方案要求，》): no name ends with one, so the 》 stands after the sentence's words.

Why: the full name of a national law or regulation begins with 中华人民共和国, and the title marks
enclose the whole name. 中华人民共和国 is no issuer (a law is adopted by the 全国人大, a regulation
issued by the 国务院, who stand outside the marks: 国务院《…条例》), so written before the 《 it is
part of the name left outside its marks. Premise: 中华人民共和国 right before a 《 whose title ends in
法, 条例 or 法实施条例 — wherever it stands.
"""

from __future__ import annotations

import re

from ..findings import Finding, Kind
from ..report import Report, TextUnit
from .grouped import one_finding

__all__ = ["closed_after_clause_marks", "names_outside_titles", "titles_in_titles"]

_OUTSIDE = re.compile(r"中华人民共和国\s*《([^《》\n]{1,24}?(?:法|条例|法实施条例))》")


def names_outside_titles(report: Report, units: list[TextUnit]) -> list[Finding]:
    """One finding for every law's name written 中华人民共和国《…法》, the first place shown."""
    found = [(u, m) for u in units if "中华人民共和国" in u.text for m in _OUTSIDE.finditer(u.text)]
    if not found:
        return []
    places = [(u, m.start(), m.end()) for u, m in found]
    m = found[0][1]
    return [one_finding(
        report, places, kind=Kind.PUNCTUATION, message=f"书名号位置不对：“中华人民共和国”是法律名称的一部分，应在书名号内“{m[0]}”",
        evidence="法律、行政法规的全称以“中华人民共和国”开头，书名号应括住全称：《中华人民共和国预算法》",
        suggestion=f"改为“《中华人民共和国{m[1]}》”", rule="language.mismatched_pair")]


# a title closed inside a title that closes after it, on one line: 《关于印发《某办法》的通知》. GB/T 15834-2011: a
# title within a title takes the single marks 〈〉; 《《 (a doubled mark) and an outer 《 never closed are other rules'
_NESTED = re.compile(r"《([^《》〈〉\n]{1,40})《([^《》〈〉\n]{2,60})》([^《》〈〉\n]{1,20})》")


def _one_for_all(report: Report, found: list[tuple[TextUnit, re.Match[str]]], message: str, evidence: str,
                 suggestion: str) -> list[Finding]:
    """One finding for every place (``found``, not empty), the first shown."""
    return [one_finding(report, [(u, x.start(), x.end()) for u, x in found], kind=Kind.PUNCTUATION, message=message,
                        evidence=evidence, suggestion=suggestion, rule="language.mismatched_pair")]


def titles_in_titles(report: Report, units: list[TextUnit]) -> list[Finding]:
    """One finding for every title inside a title written with 《》, the first place shown."""
    found = [(u, m) for u in units if u.text.count("《") >= 2 for m in _NESTED.finditer(u.text)]
    m = found[0][1] if found else None
    return _one_for_all(report, found, f"书名号内又用了双书名号：“{m[0]}”，内层应为单书名号〈〉",
                        "书名号内还要用书名号时，外层用双书名号《》，内层用单书名号〈〉（GB/T 15834-2011）",
                        f"改为“《{m[1]}〈{m[2]}〉{m[3]}》”") if m else []


_CLOSED_LATE = re.compile(r"《[^《》\n]{2,60}?[，,、；;]》")


def closed_after_clause_marks(report: Report, units: list[TextUnit]) -> list[Finding]:
    """One finding for every title whose 》 follows a clause mark (《…方案要求，》), the first place shown."""
    found = [(u, m) for u in units if "》" in u.text for m in _CLOSED_LATE.finditer(u.text)]
    return _one_for_all(report, found, f"书名号位置不对：“{found[0][1][0]}”的“》”在标点之后，文件名称不以逗号、顿号或分号结尾",
                        "书名号只括住文件、法规的名称；名称之后的文字和标点应在书名号之外",
                        "把“》”移到文件名称之后（如“《……实施方案》要求，”）") if found else []
