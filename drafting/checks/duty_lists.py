"""One list written twice that is not the same twice: the duty list of the form and the narrative's
(or two sections') where one has an item the other lacks.

Part of the structure check. Why: a report states the unit's duties (or its measures, its targets) in
the form and again in the narrative; the two are copied from different sources or years, and an item
added or dropped in one is a stale or incomplete copy. Writing the list twice is how the templates
ask for it, not a defect (issue 9: never "delete one of them"); where the two differ is what a
reviewer checks. Only lists that are plainly the same list count: three or more numbered items in
each, most items of the shorter one found in the other, word for word once markers, punctuation and
spaces are dropped. A later copy that the text's end cuts (an excerpt, a preview: its items so far the
earlier list's first ones, its last one perhaps cut mid-word) dropped nothing: the text stops.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import fold_width
from ..report import Report, TextUnit

__all__ = ["differing_lists"]

# an item line: a list marker, then its words (1. 1、 （一） (1) ① 一、). Stricter than the numbering
# check's markers on purpose: read with those (1: as a marker too), the sample's spliced paragraphs
# became two lists that "differ" — a false alarm
_ITEM = re.compile(r"^[ \t\u3000]*(?:(?P<d>\d{1,2}[.．、])|(?P<pd>[（(]\s*\d{1,2}\s*[)）])|(?P<pc>[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])"
                   r"|(?P<c>[①-⑳])|(?P<cn>[一二三四五六七八九十]{1,3}[、．]))(?!\d)[ \t\u3000]*(?P<words>\S.*)$")
_NOISE = re.compile(r"[\s\u3000，,。.；;：:、“”\"'（）()《》]+")
_MIN_ITEMS = 3  # items in each list
_MIN_SHARED = 0.6  # of the shorter list's items found in the other
_HALF = 0.5  # … and of the longer one's
_MIN_CHARS = 8  # an item shorter than this (a heading's name) says too little to match on


class _Item:
    def __init__(self, unit: TextUnit, start: int, end: int, key: str, family: str | None) -> None:
        self.unit, self.start, self.end, self.key, self.family = unit, start, end, key, family


def _lists(report: Report) -> list[list[_Item]]:
    """Runs of consecutive item lines (blank lines between allowed, any other line ends a run)."""
    out: list[list[_Item]] = []
    run: list[_Item] = []
    for unit in report.units():
        for line in re.finditer(r"[^\n]*", unit.text):
            text = line.group(0)
            if not text.strip():
                continue
            m = _ITEM.match(text)
            key = _NOISE.sub("", fold_width(m.group("words"))) if m else ""
            family = next((g for g in ("d", "pd", "pc", "c", "cn") if m.group(g)), None) if m else None
            if m and len(key) >= _MIN_CHARS and (not run or run[-1].family == family):
                run.append(_Item(unit, line.start() + m.start("words"), line.end(), key, family))
                continue
            if len(run) >= _MIN_ITEMS:
                out.append(run)
            run = []
            if m and len(key) >= _MIN_CHARS:  # another marker family opens a list of its own
                run.append(_Item(unit, line.start() + m.start("words"), line.end(), key, family))
    if len(run) >= _MIN_ITEMS:
        out.append(run)
    return out


def differing_lists(report: Report) -> list[Finding]:
    """One finding per later list that repeats an earlier one with items added or dropped."""
    lists = _lists(report)
    keys = [{x.key for x in one} for one in lists]
    holding: dict[str, list[int]] = {}  # an item's words -> the lists before that hold it
    out: list[Finding] = []
    used: set[int] = set()
    for j, later in enumerate(lists):
        second = keys[j]
        candidates = sorted({i for k in second for i in holding.get(k, ())})  # earlier lists sharing an item
        for k in second:
            holding.setdefault(k, []).append(j)
        if len(second) != len(later):
            continue  # an item said twice within one list: a list of parallel records, not duties
        for i in candidates:
            earlier, first = lists[i], keys[i]
            if i in used or len(first) != len(earlier):
                continue
            shared = first & second
            if len(shared) < _MIN_ITEMS or len(shared) < _MIN_SHARED * min(len(first), len(second)) \
                    or len(shared) < _HALF * max(len(first), len(second)):
                continue  # (three entries of fifteen quoted under another heading: a part of it, not the list again)
            dropped = [x for x in earlier if x.key not in second]
            added = [x for x in later if x.key not in first]
            used.add(i)
            if (dropped or added) and not _cut_copy(report, earlier, later):  # the same list twice is as the templates ask
                out.append(_finding(report, earlier, later, dropped, added, len(shared)))
            break
    return out


_CUT_LINE = 20  # characters of an excerpt's last line, an item cut short after its marker
_BARE_MARKER = re.compile(r"(?:^|\n)\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．.])\s*$")


def _cut_copy(report: Report, earlier: list[_Item], later: list[_Item]) -> bool:
    """Whether ``later`` is a run of ``earlier``'s items (its first, or any run: the copy's first items read
    as another list) up to where the report's text ends, the last perhaps cut short (…5、一般公共预算税收返还和
    转移支付决 at a preview's end)."""
    last = later[-1]
    units = list(report.units())
    at = next((k for k, u in enumerate(units) if u == last.unit), len(units) - 1)
    tail = "\n".join(u.text for u in units[at + 1:]).strip()
    if tail and len(tail) <= _CUT_LINE and (m := _ITEM.match(tail)):  # (a last line too short to be read as an item)
        last = _Item(last.unit, last.end, last.end, _NOISE.sub("", fold_width(m.group("words"))), last.family)
        later, tail = [*later, last], ""
    elif tail and len(tail) <= 3 * _CUT_LINE and _BARE_MARKER.search(tail):  # (…本表无数据。 / 八、: the excerpt's end)
        last = _Item(last.unit, last.end, last.end, "", last.family)
        later, tail = [*later, last], ""
    if tail or last.unit.text[last.end:].strip() or len(later) > len(earlier):
        return False
    keys, wanted = [x.key for x in earlier], [x.key for x in later[:-1]]
    return any(keys[k:k + len(wanted)] == wanted and keys[k + len(wanted)].startswith(last.key)
               for k in range(len(keys) - len(later) + 1))


def _quote(report: Report, x: _Item) -> str:
    text = report.quote(x.unit.at(x.start, x.end)).strip()
    return text if len(text) <= 24 else text[:24] + "…"


def _finding(report: Report, earlier: list[_Item], later: list[_Item], dropped: list[_Item],
             added: list[_Item], shared: int) -> Finding:
    parts = []
    if dropped:
        parts.append("前一处有、这里没有：" + "；".join(f"“{_quote(report, x)}”" for x in dropped))
    if added:
        parts.append("这里有、前一处没有：" + "；".join(f"“{_quote(report, x)}”" for x in added))
    at = added[0] if added else later[0]
    return Finding(
        kind=Kind.DUPLICATE_PARAGRAPH, severity=Severity.INFO,
        message=f"同一列表写了两处但不一致（{shared}项相同）：" + "；".join(parts),
        location=FindingLocation.of(report, at.unit.at(at.start, at.end)),
        related=[FindingLocation.of(report, earlier[0].unit.at(earlier[0].start, earlier[0].end))]
        + [FindingLocation.of(report, x.unit.at(x.start, x.end)) for x in dropped],
        evidence=f"两处列表各{len(earlier)}项、{len(later)}项，其中{shared}项逐字相同",
        suggestion="核对两处列表，以现行的为准统一（不必删去其中一处）",
        rule="structure.lists_differ")
