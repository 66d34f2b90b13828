"""The weights of a scoring frame's four classes named in one sentence that do not add up to its full
marks: 决策（20分）、过程（20分）、产出（50分）、效益（20分）, 满分100分.

Part of the arithmetic check (see ``score_lines``, which reads the same four classes' scores against a
total). Why: a frame's weights are copied from a template and one of them is changed without the
others. Premises, each general, precision first:

* the four classes of a frame (决策/过程/产出/效益, or 投入 for 决策) are every indicator, so their
  weights add up to the full marks — the 满分 or 总分值 the sentence states, else 100;
* a class's weight is read in one sentence only, each class named once, as ``类名（N分）`` or as
  ``类名…分值/权重/满分N分``, or as ``类名N分`` where the sentence says it gives weights (权重, 分值,
  满分, 构成, 组成, 设置); a sentence that speaks of scores (得分, 扣分, 自评) or of marks beyond the
  four classes (加分, 附加) is not read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width
from ...quantities import format_decimal
from ...report import Report, TextUnit
from .grid import Num, make_finding

__all__ = ["check_class_weights"]

_P = r"(\d{1,3}(?:\.\d{1,2})?)"
_NAME = r"(?<!社会)(?<!经济)(?<!生态)(?<!影响)(?<!满意)(决策|投入|过程|产出|效益)(?:类)?(?:指标)?"
_BRACKETED = re.compile(_NAME + r"\s*[（(]\s*(?:权重|分值|满分)?\s*" + _P + r"\s*分\s*[)）]")
_NAMED = re.compile(_NAME + r"\s*(?:(?:的)?(?:分值|权重|满分)(?:为|是|[:：])?|占)\s*" + _P + r"\s*分")  # (决策指标占15分)
_BARE = re.compile(_NAME + r"\s*(?:为|[:：])?\s*" + _P + r"\s*分")
_SENTENCE = re.compile(r"[^。！？!?；;\n]+")
_WEIGHT_TALK = re.compile(r"权重|分值|满分|构成|组成|设置")
_SCORE_TALK = re.compile(r"得分|扣分|扣减|自评|评分结果|加分|附加")  # scores, or marks beyond the four classes
_FULL = re.compile(r"(?:满分|总分值|总分为|合计|共计|总计)(?:为|是|[:：])?\s*" + _P + r"\s*分")
_FRAMES = ({"决策", "过程", "产出", "效益"}, {"投入", "过程", "产出", "效益"})


def _num(unit: TextUnit, m: re.Match[str], g: int) -> Num:
    text = m.group(g)
    return Num(Decimal(text), len(text.partition(".")[2]), False, unit.at(m.start(g), m.end(g)), text)


def _weights(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The sentence's class weights, in order, read by the first of the three forms that finds any."""
    for form in (_BRACKETED, _NAMED):
        found = list(form.finditer(text, start, end))
        if found:
            return found
    return list(_BARE.finditer(text, start, end)) if _WEIGHT_TALK.search(text, start, end) else []


def _sentence(unit: TextUnit, text: str, start: int, end: int) -> Finding | None:
    if _SCORE_TALK.search(text, start, end):
        return None
    parts = _weights(text, start, end)
    names = [m.group(1) for m in parts]
    if len(names) != 4 or set(names) not in _FRAMES:
        return None
    full = [m for m in _FULL.finditer(text, start, end) if not any(p.start() <= m.start() < p.end() for p in parts)]
    if len(full) > 1:
        return None
    weights = [_num(unit, m, 2) for m in parts]
    total = sum((w.value for w in weights), Decimal(0))
    marks = Decimal(full[0].group(1)) if full else Decimal(100)
    if total == marks:
        return None
    at = _num(unit, full[0], 1) if full else weights[-1]
    shown = format_decimal(total, max(w.places for w in weights))
    said = f"满分{full[0].group(1)}分" if full else "满分100分"
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{'、'.join(names)}四类指标的分值之和为{shown}分，与{said}不符",
        at, [w for w in weights if w is not at],
        f"{'、'.join(names)}四类指标即全部指标，它们的分值之和应等于满分",
        "核对各类指标的分值（权重），使其合计等于满分", "class_weights_total")


def check_class_weights(report: Report) -> list[Finding]:
    """Each sentence naming the four classes' weights, their sum against the full marks."""
    out: list[Finding] = []
    for unit in report.units():
        if unit.kind == "cell" or "分" not in unit.text:
            continue
        text = fold_width(unit.text)
        for s in _SENTENCE.finditer(text):
            found = _sentence(unit, text, s.start(), s.end())
            out += [found] if found else []
    return out
