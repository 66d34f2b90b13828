"""A form's 年度总体目标 whose planned and actual cells hold only the fund's name (自然资源卫片执法补助经费 |
自然资源卫片执法补助经费) or only sums of money (43.2 | 37.24): no goal is stated.

Why: the 年度总体目标 row of a 项目支出绩效自评表 says what the year's money is to achieve (预期目标) and what
it did (实际完成情况); the indicators below are measured against it. A cell that repeats the fund's name or
the sums already given in the form's 项目资金 rows says nothing the year's results could be held against, and
a reviewer sends the form back. Premises, precision first: the row is found by its labels (总体目标, then
预期目标 and …完成情况, as the form lays them out: cells one a line, or run together parted by "|" or blanks),
and only the two values that follow straight on them are read; each is either a bare sum (a figure with 元,
万元 or no unit) or a name that ends in a fund's word (经费, 资金, 补助资金 …) with no figure, no verb of a goal
(完成, 实现, 提高 …) and no clause mark, the very name the report gives its fund above (its title, 项目名称). Both must be so: a planned goal with an actual of 43.2 is another matter.
Part of the structure check (blank and hollow fields).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import no_blanks
from ..report import Report, TextUnit

__all__ = ["fund_goals"]

_LABELS = re.compile(r"(?:年度)?总体目标")
_RESULT_LABEL = re.compile(r"完成情况$")
_SUM = re.compile(r"^\d[\d,，]*(?:\.\d+)?(?:万元|亿元|元)?$")
_FUND_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{2,28}(?:经费|资金|专项资金|补助资金|补助经费|项目资金)$")
_GOAL_WORDS = re.compile(r"完成|实现|提高|提升|改善|保障|确保|达到|推进|开展|用于|通过|促进|加强|建设|落实|支持|发放|购置|维修|改造|保证|满足")
_CELL = re.compile(r"[^|\s]+")  # a cell's text: cells one a line, or parted by "|", tabs or blanks
_LABEL_CELL = re.compile(r"(?:年度)?总体目标|预期目标|(?:实际)?完成情况")
_STOP = re.compile(r"指标|^绩效|一级|二级|三级")


def _hollow(value: str, before: str) -> str | None:
    """What the value holds when it states no goal ("资金名称" or "金额"), else None; a name only when the
    report names its fund so above the field (its title, the form's 项目名称: ``before``, blanks taken out)."""
    if _SUM.match(value):
        return "金额"
    if _FUND_NAME.match(value) and not _GOAL_WORDS.search(value) and value in before:
        return "资金名称"
    return None


def _text_before(units: list[TextUnit], k: int) -> str:
    return "".join(no_blanks(u.text) for u in units[:k])


def _values(units: list[TextUnit], k: int) -> list[tuple[TextUnit, int, int]]:
    """The (unit, start, end) of the first two values after the labels at ``units[k]``, read over the next
    two lines or cells; fewer when a label of the indicator table comes first."""
    out: list[tuple[TextUnit, int, int]] = []
    for unit in units[k + 1:k + 6]:
        if not unit.text.strip():
            continue
        if _STOP.search(unit.text) or len(out) >= 2:
            break
        if _LABEL_CELL.fullmatch(no_blanks(unit.text).strip("|")):
            continue  # a merged label cell repeated in the values' row (a Word table read cell by cell)
        out.extend((unit, m.start(), m.end()) for m in _CELL.finditer(unit.text))
    return out


def fund_goals(report: Report) -> list[Finding]:
    """Each 年度总体目标 row whose planned and actual values are only the fund's name or sums."""
    units = list(report.units())
    out = []
    for k, unit in enumerate(units):
        if "完成情况" not in unit.text or not _RESULT_LABEL.search(no_blanks(unit.text).rstrip("|")):
            continue
        before = "".join(no_blanks(u.text) for u in units[max(0, k - 4):k + 1])
        if not _LABELS.search(before) or "预期目标" not in before:
            continue
        values = _values(units, k)
        if len(values) != 2:
            continue
        above = _text_before(units, k)
        kinds = [_hollow(u.text[a:b], above) for u, a, b in values]
        if None in kinds:
            continue
        (u1, a1, _), (u2, _, b2) = values
        if u1 is u2:  # the two on one line: quoted as one (预期目标 | 实际完成情况)
            places = [FindingLocation.of(report, u1.at(a1, b2))]
        else:
            places = [FindingLocation.of(report, u.at(a, b)) for u, a, b in values]
        out.append(_finding(places[0], places[1:], "、".join(sorted(set(k for k in kinds if k)))))
    return out + _goal_lines(report, units)


# a goal field written as 标签：值 (年度总体目标：…, 绩效目标：…), its value to the line's end
_GOAL_LINE = re.compile(r"^\s*(?:[（(]?[\d一二三四五六七八九十]{1,2}[)）.、．]\s*)?(?:项目)?(?:年度)?(?:总体|绩效)目标\s*[:：]\s*(\S+?)\s*[。.]?\s*$")


def _goal_lines(report: Report, units: list[TextUnit]) -> list[Finding]:
    """Each goal field written on its line whose whole value is the fund's name or a sum."""
    out = []
    for k, unit in enumerate(units):
        m = _GOAL_LINE.match(unit.text) if "目标" in unit.text else None
        what = _hollow(no_blanks(m.group(1)), _text_before(units, k)) if m else None
        if m is not None and what is not None:
            out.append(_finding(FindingLocation.of(report, unit.at(m.start(1), m.end(1))), [], what, planned_only=True))
    return out


def _finding(at: FindingLocation, more: list[FindingLocation], what: str, planned_only: bool = False) -> Finding:
    field = "总体目标" if planned_only else "“年度总体目标”的预期目标和实际完成情况"
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
        message=f"{field}只填了{what}，没有写出目标",
        location=at, related=more,
        evidence="年度总体目标应写明资金要达成的产出和效果（完成什么、达到多少），实际完成情况写明做到了什么；"
                 f"这里只有{what}，无从据以衡量当年的成效",
        suggestion="写明本年度资金要实现的具体目标（数量、质量、时效和效果）及其实际完成情况，与绩效指标相对应",
        rule="structure.fund_goal")

