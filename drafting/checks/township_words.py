"""A township's report calling itself by another kind of township: 推进本镇机关…, 健全完善镇、村两级… in the
report of 永宁乡; 拟定本街道…规划 in the report of 角尾乡.

Part of the entities check (``entities.check_entities`` knows the unit's region and calls ``township_words``
for a 乡, 镇 or 街道). Why: the units below a county are of three kinds, and each names its own level by its
kind — a 乡 says 本乡, 全乡, 乡、村两级; a 镇 本镇; a 街道 本街道. A duty list or a paragraph pasted from a
sibling of another kind keeps that sibling's word, and the kind read from the unit's own name (the title or
the 单位名称 field) shows it: a 乡 has no 本镇. Premises, quiet unless sure:
- only 镇 and 街道 words are read: 乡 also means the countryside (本乡本土, 村账乡代管) and is no sure
  sign of another kind;
- only words that can name the unit itself: 本镇/我镇/全镇 and 镇、村两级 (the two levels of the unit and its
  villages); a bare 镇 or 街道 names any town or a street (街道硬化);
- the generic words are left alone: 乡镇, 镇街 (Guangdong's 镇 and 街道 together), 镇村 (towns and
  villages), 乡镇（街道）、村（社区）两级; so are book titles (《…》), which cite other units' documents.
One finding per report: the first place, the others related (one paste, one problem).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Location, Report

__all__ = ["TOWNSHIPS", "township_words"]

TOWNSHIPS = ("乡", "镇", "街道")
# 本 closing a word (日本, 基本, 节本增收) is no self-reference (成本 is left out: 完成本镇…任务 is one); 全
# closing one (健全, 安全) no scope
_NOT_SELF = "日根基资样文版剧课账脚标副原读范蓝书人工血老降底母节"
_NOT_WHOLE = "健安完齐周俱双保成顾求万"
# (本街道路面: 本街 + 道路, a street's road, not the unit)
_SELF = re.compile(rf"(?:(?<![{_NOT_SELF}])[我本]|(?<![{_NOT_WHOLE}])全)(镇|街道)(?![街村乡镇]|(?<=道)路)"
                   rf"|(?<![乡（(])(镇|街道)[、和与及]?(?:村|社区)两级")


def _book_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


def township_words(report: Report, own: str, region: str) -> list[Finding]:
    """The 镇 and 街道 words by which a 乡, 镇 or 街道 of another kind calls itself (``own`` its kind)."""
    places: list[tuple[Location, str]] = []
    for unit in report.units():
        for m in _SELF.finditer(unit.text):
            kind = m.group(1) or m.group(2)
            if kind != own and not _book_title(unit.text, m.start()):
                places.append((unit.at(m.start(), m.end()), m.group(0)))
    if not places:
        return []
    (first, word), rest = places[0], places[1:]
    said = "、".join(dict.fromkeys(w for _, w in places))
    return [Finding(
        kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
        message=f"本单位是{own}（{region}），文中却以“{word}”称本级，疑为沿用其他乡镇（街道）报告的文字",
        location=FindingLocation.of(report, first),
        related=[FindingLocation.of(report, loc) for loc, _ in rest],
        evidence=f"单位名称“{region}”为{own}；{own}称本级为“本{own}”“全{own}”，文中写作“{said}”（{len(places)}处）",
        suggestion=f"核实后改为“本{own}”等本级称谓，并检查这段文字是否沿用了其他单位的报告",
        rule="entities.township_kind")]
