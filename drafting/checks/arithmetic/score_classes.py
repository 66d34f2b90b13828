"""A self-score told in one paragraph and the four classes' scores told in the lines next to it: 经自评，本项目
综合得分92分 followed by （一）决策指标得分20分 / （二）过程指标得分18分 / …, or 项目产出（40分，自评得分38分)
headings; or four ``决策指标得分：20分`` lines followed by 自评得分：92分.

Part of the arithmetic check (see ``score_lines``, whose ``_classes`` reads the same relation inside one
paragraph). Precision first: the four classes of a frame (决策/投入, 过程, 产出, 效益) are every indicator, so
their scores add up to the self-score; they are read only when each is named once, one to a line, in the
lines right after the total (other lines may stand between them, up to the next 一、-level heading or another
total) or in the run of lines right before it; the total's paragraph states one score, names no class, and
tells of no deduction, adjustment or other year's score.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ...numbers.textnorm import fold_width
from ...report import Report, TextUnit
from .grid import Num
from .score_lines import _CLASS, _FRAMES, _OWN_TOTAL, _P, _num, _places, _total

__all__ = ["check_score_classes"]

# a class's heading with its weight and score in a bracket: （三）项目产出（40分，自评得分38分）
_BRACKETED = re.compile(r"(?<!社会)(?<!经济)(?<!生态)(决策|投入|过程|产出|效益)(?:类)?(?:指标)?\s*[（(]\s*\d{1,3}(?:\.\d)?\s*分\s*"
                        r"[,，;；]\s*(?:实际|自评)?得分(?:为|是)?\s*" + _P + r"\s*分\s*[)）]")
_TOP = re.compile(r"^\s*[一二三四五六七八九十]+\s*、")
_NOT_PLAIN = re.compile(r"扣|加分|调整|复评|复核|上年|去年|上一年|以前年度|重点评价|第三方")
_PROJECT = re.compile(r"[\u4e00-\u9fff]{2,}项目\s*[:：]")  # 甲项目：决策指标得分… — a project's classes, not the total's
_SPAN = 12  # lines read after a total


def _class(unit: TextUnit) -> tuple[str, Num] | bool | None:
    """A line's one class score; None for a line with none; False for a line with more than one."""
    text = fold_width(unit.text)
    found = [*_CLASS.finditer(text), *_BRACKETED.finditer(text)]
    if len(found) > 1:
        return False
    return (found[0].group(1), _num(unit, found[0], 2)) if found else None


def _total_of(unit: TextUnit) -> Num | None:
    text = fold_width(unit.text)
    totals = list(_OWN_TOTAL.finditer(text))
    if len({m.group(1) for m in totals}) != 1 or _CLASS.search(text) or _BRACKETED.search(text) or _NOT_PLAIN.search(text):
        return None
    return _num(unit, totals[0], 1)


def _after(units: list[TextUnit], i: int) -> list[tuple[str, Num]] | None:
    got: list[tuple[str, Num]] = []
    for unit in units[i + 1 : i + 1 + _SPAN]:
        if _TOP.match(unit.text) or (_OWN_TOTAL.search(fold_width(unit.text)) and _class(unit) is None):
            break
        c = _class(unit)
        if c is False or _NOT_PLAIN.search(unit.text) or _PROJECT.search(unit.text):
            return None  # two classes in a line, a deduction, another year's or a named project's scores
        if c:
            got.append(c)  # type: ignore[arg-type]
    return got


def _before(units: list[TextUnit], i: int) -> list[tuple[str, Num]]:
    got: list[tuple[str, Num]] = []
    for unit in reversed(units[max(0, i - 4) : i]):
        c = _class(unit)
        if not c or _NOT_PLAIN.search(unit.text) or _PROJECT.search(unit.text):
            break
        got.insert(0, c)  # type: ignore[arg-type]
    return got


def check_score_classes(report: Report) -> list[Finding]:
    units = [u for u in report.units() if u.kind != "cell" and "|" not in u.text]
    out: list[Finding] = []
    for i, unit in enumerate(units):
        if "分" not in unit.text or (total := _total_of(unit)) is None:
            continue
        for got in (_after(units, i), _before(units, i)):
            names = [n for n, _ in got or []]
            if not got or len(names) != 4 or set(names) not in _FRAMES:
                continue
            scores = [s for _, s in got]
            if total.places > _places(scores):
                continue
            found = _total(total, scores, f"{'、'.join(names)}四类指标即全部指标，它们的得分之和应等于自评得分", "自评得分")
            if found is not None:
                told = "、".join(f"{n}{s.text}分" for n, s in got)
                out.append(found.model_copy(update={"message": found.message.replace(
                    "而各项得分之和", f"而{told}四类指标得分之和")}))
            break
    return out
