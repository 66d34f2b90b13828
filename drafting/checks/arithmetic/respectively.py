"""A list of names and the figures 分别 gives them, of two lengths: 中央、省级和县级资金分别为40万元、60万元
names three sources and gives two amounts.

Part of the arithmetic check (see ``tables``; ``prose`` reads the sum of such figures against a total).
Why: an item is added to or dropped from one list when the sentence is edited, not from the other.
Premises, each general, precision first:

* the names are the clause right before 分别 (back to the last ，；：( or the sentence's start), split
  at 、 with the last item perhaps joining two names by 和/及/与 (A、B和C) — or, without 、, two names
  joined by one 和/及/与; a name holding 和/及/与 before the last, 等, quotes, brackets or book-title marks makes
  the list unclear and it is not read, nor a last item that is an organ's name with 和 inside it
  (人力资源和社会保障局: the part before 和 names no organ), nor one the report names again whole (扶持企业科技基金及
  扶持企业发展专项 …, later 扶持企业科技基金及扶持企业发展专项绩效评价结果良好: one project's name);
* the figures are those right after 分别为/是/达到/占/完成… (a number with its unit or %), joined by
  、/和/及/与; a figure followed by ，and another figure (the list may go on past a comma), or by 等,
  is not read;
* both lists have two or more items; different lengths are a warning (which one lost an item is not told).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width
from ...report import Report, TextUnit
from .grid import Num, make_finding

__all__ = ["check_respectively"]

_VERB = re.compile(r"分别(?:为|是|达到?|占|完成|有|计|增长|下降|增加|减少)[:：]?\s*")
_FIGURE = r"\d[\d,]*(?:\.\d+)?\s*(?:[%‰]|[万亿]?元|万?人次|人|个|项|家|户|所|座|公里|米|吨|亩|台|套|次|件|场|份|辆|处|条|间|名|平方米|分|万)?"
_VALUES = re.compile(rf"{_FIGURE}(?:\s*[、和及与]\s*{_FIGURE})*")
_JOIN = re.compile(r"[和及与]")
_CLAUSE_START = re.compile(r"[，,；;：:（(。！？!?]")
_UNCLEAR = re.compile(r"等|[“”\"《》「」（）()]")
_ORGAN = re.compile(r"(?:局|厅|委|委员会|部|中心|办公室|办|所|站|院|队|馆|会)$")
_AGAIN = 4  # characters of the second name, after its 及, that show the joined pair named again whole
_LEAD = re.compile(r"^(?:其中|全年|本年|今年|当年|截至[^，,]*|共|合计|主要)")


def _names(text: str, whole: str) -> list[str] | None:
    """The names of the clause before 分别, or None where the list is unclear."""
    text = _LEAD.sub("", text.strip())
    if not text or _UNCLEAR.search(text):
        return None
    items = text.split("、")
    if any(_JOIN.search(i) for i in items[:-1]) or not all(items):
        return None
    last = _JOIN.split(items[-1])
    if len(last) > 2 or not all(last) or (len(last) == 2 and _ORGAN.search(last[1]) and not _ORGAN.search(last[0])):
        return None  # 人力资源和社会保障局: one organ's name holding 和, not two names
    if len(last) == 2 and whole.count(items[-1][:len(last[0]) + 1 + _AGAIN]) > 1:
        return None  # the joined pair named again whole elsewhere: one name holding 及

    return items[:-1] + last


def _sentence(unit: TextUnit, text: str, m: re.Match[str], whole: str) -> Finding | None:
    values = _VALUES.match(text, m.end())
    if values is None:
        return None
    after = text[values.end():values.end() + 2]
    if re.match(r"\s*[，,]\s*\d|\s*等", after) or re.match(r"[\d.]", after):
        return None
    figures = re.findall(_FIGURE, values.group(0))
    opening = max((c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
    names = _names(text[opening:m.start()], whole)
    if names is None or len(names) < 2 or len(figures) < 2 or len(names) == len(figures):
        return None
    at = Num(Decimal(len(figures)), 0, False, unit.at(values.start(), values.end()), unit.text[values.start():values.end()])
    listed = Num(Decimal(len(names)), 0, False, unit.at(opening, m.start()), unit.text[opening:m.start()])
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"“{m.group(0).rstrip('：: ')}”前列举了{len(names)}项（{'、'.join(names)}），其后只给出{len(figures)}个数值"
        if len(figures) < len(names) else
        f"“{m.group(0).rstrip('：: ')}”前只列举了{len(names)}项（{'、'.join(names)}），其后却给出{len(figures)}个数值",
        at, [listed], f"“分别”前后的项数应相同：{len(names)}项名称，{len(figures)}个数值",
        "核对列举的名称与数值，补全或删去多余的一项", "respectively_count")


def check_respectively(report: Report) -> list[Finding]:
    """Each 分别 in a paragraph, its names against its figures."""
    out: list[Finding] = []
    whole = ""
    for unit in report.units():
        if unit.kind == "cell" or "分别" not in unit.text:
            continue
        whole = whole or "\n".join(fold_width(u.text) for u in report.units())
        text = fold_width(unit.text)
        for m in _VERB.finditer(text):
            found = _sentence(unit, text, m, whole)
            out += [found] if found else []
    return out
