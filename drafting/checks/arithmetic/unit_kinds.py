"""A count of budget units broken down by their kinds, whose kinds do not add up to it: 财政全供给单位1个 …
财政全供给单位中行政单位0个；参公管理事业单位0个；非参公管理事业单位0个 (none of the three, yet one unit).

Part of the arithmetic check. Why apart from ``prose`` (a 其中 list against the figure right before it): the
whole is stated in an earlier sentence and named again before its breakdown (…单位中), as the budget forms
of several provinces have it. Premise: a unit is of one kind only (行政, 参公, 事业; 全额, 差额, 自收自支), so
its kinds, listed whole, add up to the count. Only where the named whole is a count of units (…单位N个) said
once before in the same paragraph, the breakdown names two or more kinds of unit (each …单位 or …机构 with
its count in 个), and the list is closed (no 等, 其他 or 主要; it ends its sentence).
"""

from __future__ import annotations

import re

from ...findings import Finding, FindingLocation, Kind, Severity
from ...report import Report

__all__ = ["check_unit_kinds"]

_HAN = r"\u4e00-\u9fff"
# 财政全供给单位中 then its kinds: 行政单位0个；参公管理事业单位0个；非参公管理事业单位0个。
_BREAKDOWN = re.compile(rf"(?P<whole>[{_HAN}]{{2,12}}单位)中\s*[:：]?\s*"
                        rf"(?P<parts>(?:[{_HAN}]{{1,12}}(?:单位|机构)\s*\d+\s*个\s*[；;、，,]\s*)+"
                        rf"[{_HAN}]{{1,12}}(?:单位|机构)\s*\d+\s*个)\s*(?=[。]|$)")
_PART = re.compile(rf"([{_HAN}]{{1,12}}(?:单位|机构))\s*(\d+)\s*个")
_OPEN = re.compile(r"等|其他|其它|主要|包括")


def check_unit_kinds(report: Report) -> list[Finding]:
    out = []
    for unit in report.units():
        text = unit.text
        for m in _BREAKDOWN.finditer(text) if "单位中" in text else ():
            whole = m["whole"]
            stated = re.findall(rf"{re.escape(whole)}\s*(\d+)\s*个", text[:m.start()])
            if len(set(stated)) != 1 or _OPEN.search(m["parts"]):
                continue  # the whole not stated before, or stated twice apart; or the list says it is open
            parts = [(name, int(n)) for name, n in _PART.findall(m["parts"])]
            total, n = sum(k for _, k in parts), int(stated[0])
            if total == n:
                continue
            listed = "、".join(f"{name}{k}个" for name, k in parts)
            out.append(Finding(
                kind=Kind.ARITHMETIC_MISMATCH, severity=Severity.WARNING,
                message=f"“{whole}”共{n}个，按单位类别分列为{listed}，合计{total}个，与{n}个不符",
                location=FindingLocation.of(report, unit.at(m.start("parts"), m.end("parts"))),
                evidence=f"前文写“{whole}{n}个”；一个单位只属于一种类别，各类别之和应等于总数",
                suggestion=f"核对“{whole}”的个数与各类别的个数", rule="arithmetic.unit_kinds"))
    return out
