"""Host texts a partial splice is not looked for in, or where its run names rather than runs on: a title
with no clause mark, a document's name inside 《…》, and a form's actual-result cell telling its target
cell's words again.

Part of the splice check (``splices``); a module of its own because that one is full.
"""

from __future__ import annotations

import re

from ..numbers.textnorm import to_halfwidth
from ..report import TextUnit

__all__ = ["actual_cell_of_target", "inside_title", "is_title", "names_a_body"]

_CLAUSE_MARKS = ",;:。!?"  # halfwidth forms, as ``splices`` reads them


def is_title(unit: TextUnit) -> bool:
    """A heading with no clause mark (息县|张陶乡人民政府2020年度…自评|报告, the unit's full name wrapped
    before the body's short one), or a line of one that names a publication (…2021年度部门决算公开说明, …部门预算):
    a title names, it is no sentence a run was pasted into."""
    if any(to_halfwidth(ch) in _CLAUSE_MARKS for ch in unit.text):
        return False
    return unit.kind == "heading" or (unit.kind != "cell" and "\n" not in unit.text.strip()
                                      and _PUBLICATION.search(unit.text.strip()) is not None)


# the words closing a publication's title: its kind (决算, 预算, 报告 …), perhaps with 公开 and 说明 after it
_PUBLICATION = re.compile(r"(?:决算|预算|报告|自评表|评价表)(?:公开)?(?:说明|情况|报告)?$")


# a body's whole name, its own budget level perhaps after it (天津市宝坻区退役军人事务局本级): a name said again, no run of text
_BODY_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,30}(?:局|委员会|委|人民政府|政府|办事处|中心|办公室|院|所|站|队|馆|会)(?:本级|机关)?")


def names_a_body(run: str) -> bool:
    """Whether the run is a body's name and nothing more (a unit named again where the template names it)."""
    return _BODY_NAME.fullmatch(run.strip()) is not None


def inside_title(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` lies inside a 《…》 title on its line: the words of a document's name as cited."""
    opened = text.rfind("《", 0, a)
    if opened < 0 or "》" in text[opened:a] or "\n" in text[opened:a]:
        return False
    closed = text.find("》", b)
    return closed >= 0 and "\n" not in text[b:closed] and "《" not in text[b:closed]


# a field's label before its value, on the value's line (预期目标：…) or alone on the line before (a form
# flattened to one cell per line)
_LABEL = re.compile(r"\s*([^，。；,;：:\n]{2,12})[：:]")
_ACTUAL = re.compile(r"实际|完成情况|完成值|完成数")
_TARGET = re.compile(r"目标|指标值")


def _label(units: list[TextUnit], i: int) -> str:
    """The label ``units[i]`` is the value of, or ""."""
    m = _LABEL.match(units[i].text)
    if m:
        return m.group(1)
    before = units[i - 1].text.strip() if i > 0 else ""
    return before if 2 <= len(before) <= 12 and not any(to_halfwidth(ch) in _CLAUSE_MARKS for ch in before) else ""


def _side(label: str) -> str:
    return "actual" if _ACTUAL.search(label) else "target" if _TARGET.search(label) else ""


def actual_cell_of_target(units: list[TextUnit], host: int, source: int) -> bool:
    """Whether one of the two units is a form's target (预期目标, 年度目标, 指标值) and the other its actual
    result (实际完成情况, 完成值): the result is told in the target's words (按计划完成…年度任务), a
    restatement the issue names no defect, not a run pasted into a sentence. (``context.target_and_actual``
    tells the same where a header naming both stands in the same text, before a clause said twice.)"""
    return {_side(_label(units, host)), _side(_label(units, source))} == {"actual", "target"}
