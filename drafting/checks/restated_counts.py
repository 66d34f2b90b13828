"""An output counted twice, the second time with two neighbouring digits swapped: 开展农民技能培训4,628人 in
the overview, 完成农民技能培训4,286人 in the results (the money figures are ``arithmetic.restated``'s, long
figures ``transposed_digits``').

Why: a report states its outputs in its overview and again where it reports the targets met, and a figure
typed again drifts (DEFECTS.md: the same figure with two values in two places). Premise: two counts in two
paragraphs whose clauses name the same thing in the same words — once the words any clause may open with
are left out (全年, 共, 完成, 开展 …) — and the same measure (万亩, 人次, 户), whose values differ only by two
neighbouring digits swapped (three digits at least), are one figure typed twice. Any other difference is
left alone: the same words also state a target (完成…300座 among the year's goals, 306座 done) or each of
several villages' share, and a swap is what a target or a sibling figure almost never is. Also left alone:
a clause of a plan, target or other period (计划, 目标, 上年, 累计, 其中, 每, 人均 …), two clauses naming
different years, a figure given as a bound (以上, 约), a clause of fewer than four letters once its opening
words are left out, and words stated three times or more with different values (a list of parallel items).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit

__all__ = ["check_restated_counts"]

_MEASURES = ("万人次", "万亩", "万人", "人次", "场次", "平方米", "公里", "亩", "人", "户", "个", "处", "所", "座",
             "场", "家", "件", "台", "套", "名", "吨", "期", "辆", "间", "棵", "株")
# (opening with a digit, so that ``re`` skips to one in C; the figure's left edge is checked by hand)
_COUNT = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(" + "|".join(_MEASURES) + r")(?![均次\d])")
_CLAUSE_START = re.compile(r"[，,。；;：:！？!?、（）()\n]")
_SENTENCE_START = re.compile(r"[。；;！？!?\n]")
_OPENING = re.compile(r"^(?:本年度|年内|全年|今年|当年|全县|全市|全区|全镇|全乡|全省|本单位|我局|项目|共计|共|"
                      r"实际|已经|已|累|为|顺利|完成了|完成|开展了|开展|实施|组织|提供|实现|达到|达)")
_FRAME = re.compile(r"计划|目标|预计|预期|任务|指标|上年|去年|前年|同期|历年|累计|其中|每|人均|户均|平均|"
                    r"以上|以下|不少于|不低于|超过|约|近|余|较|比|增|减|新增|占|分别|至少|最多|截至")
_YEAR = re.compile(r"(?:19|20)\d\d年")
_REACH = 80  # letters read back from a count for its clause and sentence
_AFTER = re.compile(r"^(?:以上|以下|以内|左右|多|余)")


def _what(text: str, start: int) -> tuple[str, str] | None:
    """The words that name what a count at ``start`` counts (its clause, opening words left out) and its
    sentence up to it; None for a clause of a plan, target or another period, or too short to be one output."""
    near = max(0, start - _REACH)  # a clause naming one output is short: no need to read further back
    clause_from = max((m.end() for m in _CLAUSE_START.finditer(text, near, start)), default=near)
    sentence_from = max((m.end() for m in _SENTENCE_START.finditer(text, near, start)), default=near)
    sentence = text[sentence_from:start]
    clause = _YEAR.sub("", text[clause_from:start]).strip()
    while (m := _OPENING.match(clause)) and m.end():
        clause = clause[m.end():]
    if len(clause) < 4 or _FRAME.search(sentence) or not re.fullmatch(r"[\u4e00-\u9fff]+", clause):
        return None
    return clause, sentence


def swapped(a: str, b: str) -> bool:
    """Whether two figures as written differ only by two neighbouring digits swapped (the point where it
    was: 38.6 and 36.8), three digits at least."""
    a, b = a.replace(",", ""), b.replace(",", "")
    if len(a) != len(b) or a.find(".") != b.find("."):
        return False
    a, b = a.replace(".", ""), b.replace(".", "")
    at = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(a.lstrip("0")) >= 3 and len(at) == 2 and at[1] == at[0] + 1 and a[at[0]] == b[at[1]] \
        and a[at[1]] == b[at[0]]


def _place(report: Report, unit: TextUnit, m: re.Match[str]) -> FindingLocation:
    """Where a count stands (built only for the counts a finding names: most are never reported)."""
    return FindingLocation.of(report, unit.location.span(unit.location.start + m.start(), unit.location.start + m.end()))


def check_restated_counts(report: Report) -> list[Finding]:
    """One warning at the later of two paragraphs' counts of one output that disagree."""
    seen: dict[tuple[str, str], list[tuple[str, tuple[TextUnit, re.Match[str]], str, int]]] = {}
    for k, unit in enumerate(report.units()):
        text = unit.text
        if unit.kind == "cell":
            continue
        for m in _COUNT.finditer(text):
            if m.start() and text[m.start() - 1] in "0123456789.,":
                continue  # the tail of a longer figure
            named = _what(text, m.start())
            if named is None or _AFTER.match(text, m.end()):
                continue
            years = " ".join(sorted(set(_YEAR.findall(named[1]))))
            seen.setdefault((named[0], m.group(3)), []).append((m.group(1) + (m.group(2) or ""), (unit, m), years, k))
    out: list[Finding] = []
    for (what, measure), said in seen.items():
        if len(said) < 2 or len({figure for figure, *_ in said}) > 2:
            continue  # once, or parallel items' values
        (first, where, y1, k1), *_, (second, place, y2, k2) = said
        if k1 == k2 or not swapped(first, second) or (y1 and y2 and y1 != y2):
            continue
        out.append(Finding(
            kind=Kind.NUMBER_CONTRADICTED, severity=Severity.WARNING,
            message=f"“{what}”前文为{first}{measure}，此处为{second}{measure}，相邻两位数字颠倒，同一数字前后不一致",
            location=_place(report, *place), related=[_place(report, *where)],
            evidence=f"两处都写“{what}”，计量单位相同（{measure}），数值只差相邻两位数字的顺序",
            suggestion=f"核对“{what}”的实际数，统一两处的写法", rule="restated_count"))
    return out
