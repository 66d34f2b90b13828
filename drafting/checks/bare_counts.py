"""A count that lost its measure word (量词): 离退休17，between 编制8名 and 人事代理1人; 3二级单位.

Part of the language check. Premises:
- a list of counts (a unit's staff, its vehicles) writes each count with its measure word (行政编制8名，
  事业编制90名，人事代理1人); one count between two items that carry theirs, written bare before the
  next item's comma, lost its measure word. A label ending in a Chinese character, a whole number, then
  、 or a comma; both neighbours a label, a whole number and a measure word. Not a decimal or an amount
  (an amount's unit, 万元, is no measure word), nor a figure with no item on each side, nor a sum
  (合计18，其中…: a total is often written bare);
- an Arabic count cannot run into a noun that begins with a Chinese numeral (3二级单位, 5一线职工): the
  two are no one number, so a measure word (个, 名) stood between them. Not after 表/图/附件/第/号 (表1一级
  指标: a table's number, not a count), nor a score cell run into a form's column head (得分100一级指标),
  and only in running prose (``form_cells.in_prose``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import fold_width
from ..report import Report, TextUnit
from .form_cells import in_prose

__all__ = ["bare_counts"]

_DIGIT = re.compile(r"\d")
_NEAR = 40  # characters around a bare count read for its neighbours
_MEASURES = "名人个辆台家所项户套处座间栋"
# an item of a list of counts: a label ending in a Chinese character, a whole number, maybe its measure word
_ITEM = re.compile(rf"(?<=[\u4e00-\u9fff])(\d+)([{_MEASURES}]?)(?=[，,、；;])")
# a sum or a part of one (合计18，其中在职11名): a total is written bare as often as not
_SUMS = ("合计", "共计", "总计", "小计", "累计", "共", "其中")
_PARTS = re.compile(r"[，,、；;。]")
_INTO_NUMERAL = re.compile(r"(?<=[\u4e00-\u9fff])(?<![表图件第号款条例附分])(\d+)"
                           r"(?=[一二三四五六七八九十两][级类线档星])(?!\d*.级指标)")


def _counted(part: str) -> str | None:
    """The measure word of a list item that is a label, a whole number and a measure word (编制8名)."""
    m = re.fullmatch(rf"[^\d]*[\u4e00-\u9fff](\d+)([{_MEASURES}])", part.strip())
    return m[2] if m else None


def _finding(report: Report, unit: TextUnit, start: int, end: int, message: str, evidence: str) -> Finding:
    return Finding(kind=Kind.TYPO, severity=Severity.WARNING, message=message,
                   location=FindingLocation.of(report, unit.at(start, end)), evidence=evidence,
                   suggestion="在数字后补上量词", rule="language.bare_count")


def bare_counts(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if _DIGIT.search(u.text)):
        text = fold_width(unit.text)
        for m in _ITEM.finditer(text):
            if m[2]:
                continue
            near = text[max(0, m.start() - _NEAR):m.start()]  # an item is short: read no further back
            before = _PARTS.split(near)[-2:-1]  # the item before this one, whole
            after = _PARTS.split(text[m.end() + 1:m.end() + 1 + _NEAR], maxsplit=1)[:1]  # … and the one after
            marks = [w for w in (*(_counted(p) for p in before), *(_counted(p) for p in after)) if w]
            label_at = m.start() - len(_PARTS.split(near)[-1])
            if len(before) == len(after) == 1 and len(marks) == 2 and not any(
                    w in text[label_at:m.start(1)] + after[0][:2] for w in _SUMS):
                start = max(m.start(1) - 4, label_at)
                yield _finding(report, unit, start, m.end(), f"疑似漏字：“{text[start:m.end()]}”缺量词",
                               f"同列各项都写了量词（前一项“{marks[0]}”，后一项“{marks[1]}”），此数后没有")
        for m in (m for m in _INTO_NUMERAL.finditer(text) if in_prose(text, m.start(), m.end())):
            yield _finding(report, unit, m.start(), m.end() + 2, f"疑似漏字：“{text[m.start():m.end() + 2]}”缺量词",
                           "阿拉伯数字后紧接以汉字数字开头的名词，两者不是一个数，中间应有量词（如“3个二级单位”）")
