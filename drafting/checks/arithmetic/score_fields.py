"""A score above its weight where the form is written as fields: ``分值：10`` then ``得分：12`` on the next
line, or each label on a line of its own with its value on the line after (分值 / 10 / 得分 / 12) — a
自评表 flattened to one cell per line, or copied as ``标签：值`` lines.

Part of the arithmetic check (see ``score_lines``, which reads the same relation in sentences and in
``标签：值`` lines whose values carry 分 and whose labels share their stem). Precision first: the weight
field and the score field must be next to each other (no other line between but blank ones), each
labelled by its bare role word (分值/权重/满分, 得分/自评得分/实际得分), each value a bare number of
points (a 权重 given in % is not read). No rule gives a score above its weight.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width
from ...report import Report, TextUnit
from .grid import Num, make_finding

__all__ = ["check_score_fields"]

_P = r"(\d{1,3}(?:\.\d{1,2})?)"
_WEIGHT = r"(?:指标)?(?:分值|权重|满分|权重分|标准分值)"
_SCORE = r"(?:自评|实际)?得分"
_FIELD = re.compile(rf"^\s*({_WEIGHT}|{_SCORE})\s*[:：]\s*{_P}\s*分?\s*$")
_LABEL = re.compile(rf"^\s*({_WEIGHT}|{_SCORE})\s*$")
_VALUE = re.compile(rf"^\s*{_P}\s*分?\s*$")


def _fields(units: list[TextUnit]) -> list[tuple[str, Num] | None]:
    """Each paragraph line read as a field (its role and value), ``None`` for any other line; a label
    alone takes the bare number on the line after it as its value."""
    out: list[tuple[str, Num] | None] = []
    i = 0
    while i < len(units):
        unit = units[i]
        text = fold_width(unit.text) if unit.kind == "paragraph" else ""
        if (m := _FIELD.match(text)) is not None:
            out.append((_role(m.group(1)), _num(unit, m.start(2), m.group(2))))
        elif (label := _LABEL.match(text)) is not None and i + 1 < len(units) and units[i + 1].kind == "paragraph" \
                and (v := _VALUE.match(fold_width(units[i + 1].text))) is not None:
            out.append((_role(label.group(1)), _num(units[i + 1], v.start(1), v.group(1))))
            i += 1
        else:
            out.append(None)
        i += 1
    return out


def _role(label: str) -> str:
    return "score" if label.endswith("得分") else "weight"


def _num(unit: TextUnit, start: int, text: str) -> Num:
    return Num(Decimal(text), len(text.partition(".")[2]), False, unit.at(start, start + len(text)), text)


def check_score_fields(report: Report) -> list[Finding]:
    """Each weight field with the score field right after it, the score above the weight."""
    fields = _fields(list(report.units()))
    out: list[Finding] = []
    for a, b in pairwise(fields):
        if a is None or b is None or (a[0], b[0]) != ("weight", "score"):
            continue
        weight, score = a[1], b[1]
        if score.value > weight.value > 0:
            out.append(make_finding(
                Kind.ARITHMETIC_MISMATCH, Severity.WARNING, f"得分{score.text}分高于该项分值{weight.text}分",
                score, [weight], "任何评分规则给出的得分都不超过该项的分值（完成率超过100%的按满分计）",
                "核对得分，最高为该项分值", "indicator_score_over_weight"))
    return out
