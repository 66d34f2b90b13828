"""A self-evaluation's total score whose parts are listed in the next sentence: 自评得分92分。其中产出指标45分、
效益指标28分、满意度指标9分、预算执行率9分。

Part of the arithmetic check (see ``tables``; ``score_lines`` reads the parts that come before their total in
one paragraph). Why: a report's conclusion gives its total and then breaks it down by class; one part is
changed (or the total is copied from last year) and the two no longer agree. Premises, precision first:

* the total is the report's own: a sentence saying 自评/综合/最终/总 …得分 (评分, 总分) N分, or 经自评，…得分N分;
* its breakdown is the very next sentence of the paragraph, which lists three or more class scores and names
  both 产出 and 效益 among them (the whole frame, not two classes or one class's sub-items);
* that sentence has no total of its own before the list (上年自评得分88分，其中…, 第三方复核得分90分，其中…:
  its parts are that total's), says no deduction (扣2分: the points lost, not the points won) and no weights
  (满分, 分值, 权重; or parts adding up to exactly 100 under a total below it: the frame's weights listed);
* every figure in 分 in that sentence belongs to a class read (a weight then its score, 预算执行率10分、得9.2分,
  read as the score): a class whose name is not read leaves the list unread, never summed short;
* the parts' sum, rounded half-up to the total's shown places, must be the total.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width
from ...quantities import format_decimal, round_half_up
from ...report import Report, TextUnit
from .grid import Num, make_finding

__all__ = ["check_score_parts"]

_N = r"(?P<n>\d{1,3}(?:\.\d{1,2})?)"
_TOTAL = re.compile(r"(?:(?:自评|综合|最终|总)|经(?:自评|评价|综合评价)[，,])[^。；，,\d]{0,10}?(?:得分|评分|总分)(?:为|是|[:：])?\s*" + _N + r"\s*分")
# one class's score: 产出指标45分, 产出指标得分48分, 产出指标（50分）得46分, 预算执行率指标得10分, 满意度得分9分
# (a weight then its score, 预算执行率10分、得9.2分: the score is the second)
_PART = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,8}?(?:指标|预算执行率?|执行率|满意度))"
                   r"(?:[（(]\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*[)）])?\s*(?:得分|得)?(?:为|是|[:：])?\s*" + _N + r"\s*分"
                   r"(?:\s*[、，,]?\s*(?:实际|自评)?得分?(?:为|是)?\s*(?P<s>\d{1,3}(?:\.\d{1,2})?)\s*分)?")
_POINTS = re.compile(r"\d{1,3}(?:\.\d{1,2})?\s*分")
_OWN_TOTAL = re.compile(r"(?:得分|评分|总分)(?:为|是|[:：])?\s*\d{1,3}(?:\.\d{1,2})?\s*分")
_NOT_SCORES = re.compile(r"扣|满分|分值|权重")
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
_FULL = Decimal(100)


def _num(unit_at: tuple[TextUnit, int], m: re.Match[str]) -> Num:
    """The score a match gives (a part's second figure where it gives its weight first), where it stands."""
    unit, offset = unit_at
    g = "s" if "s" in m.re.groupindex and m.group("s") else "n"
    text = m.group(g)
    return Num(Decimal(text), len(text.partition(".")[2]), False, unit.at(offset + m.start(g), offset + m.end(g)), text)


def _parts(text: str) -> list[re.Match[str]] | None:
    """The class scores a sentence lists, when it is a whole frame's breakdown and nothing else."""
    parts = list(_PART.finditer(text))
    if len(parts) < 3 or _NOT_SCORES.search(text) or _OWN_TOTAL.search(text, 0, parts[0].start()):
        return None
    if any(not any(p.start() <= m.start() < p.end() for p in parts) for m in _POINTS.finditer(text)):
        return None  # a figure in 分 that no class was read for (部门管理20分): the list is not read whole
    names = "".join(p.group("name") for p in parts)
    return parts if "产出" in names and "效益" in names else None


def _finding(total: Num, parts: list[Num]) -> Finding | None:
    s = sum((p.value for p in parts), Decimal(0))
    if round_half_up(s, total.places) == total.value or (s == _FULL and total.value < _FULL):
        return None
    shown = format_decimal(s, max(p.places for p in [total, *parts]))
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING, f"总分写作{total.text}分，而下一句所列{len(parts)}项得分之和为{shown}分",
        total, parts, "总分之后一句按指标类别列出了各项得分，它们的和应等于总分",
        f"核对各项得分与总分；按所列各项，总分应为{shown}分", "score_total_next_sentence")


def check_score_parts(report: Report) -> list[Finding]:
    """Each paragraph's total score against the class scores its next sentence lists (see the module docstring)."""
    out: list[Finding] = []
    for unit in report.units():
        if unit.kind == "cell" or "分" not in unit.text:
            continue
        text = fold_width(unit.text)
        sentences = [(m.start(), m.group(0)) for m in _SENTENCE.finditer(text)]
        for (a, first), (b, second) in itertools.pairwise(sentences):
            totals = list(_TOTAL.finditer(first))
            parts = _parts(second) if totals else None
            if parts is None or len(list(_PART.finditer(first))) >= 2:
                continue
            found = _finding(_num((unit, a), totals[-1]), [_num((unit, b), p) for p in parts])
            out += [found] if found else []
    return out
