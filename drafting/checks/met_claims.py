"""A target said to be met beside figures that miss it: 目标值不少于2.5万人，实际2.36万人，达到预期目标.

Why: "达到预期目标" is the sentence an officer copies from last year's report or from the row above;
the figures next to it are the ones that were edited. A reviewer reads the claim against them.

Precision first. A ；-clause is read only when it holds, in this order, exactly one target figure
(目标/计划/预期 before it, with a floor 不少于/不低于/≥/以上 or a ceiling 不超过/不高于/≤/以内/控制在), one
actual figure of the same unit after it (实际/完成/达到 before it), and then a claim that the target
was met (达到预期目标, 完成目标, 已达标 …) that no 未/没有/基本/部分 weakens. The actual figure must miss
the target beyond the rounding of both figures as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.extract import Mention, MentionKind, Qualifier, extract
from ..report import Report

__all__ = ["check_met_claims"]

_CLAUSE = re.compile(r"[^；;。！？!?\n]+")
_TARGET = re.compile(r"(?:目标值?|计划|预期|任务)[^，,、]{0,12}?$")
_FLOOR = re.compile(r"(?:不少于|不低于|不小于|大于等于|≥|>=|＞=|达到)$")
_CEILING = re.compile(r"(?:不超过|不高于|不大于|小于等于|≤|<=|＜=|控制在)$")
_ACTUAL = re.compile(r"(?:实际|完成|达到|实现)[^，,]{0,12}?$")
_MET = re.compile(r"(?<![未没不])(?:达到(?:了)?(?:预期|年初|既定|绩效|年度)?目标|完成(?:了)?(?:年度|预期|既定|绩效)?目标(?:任务)?"
                  r"|目标(?:已)?(?:全面)?(?:完成|实现|达成)|(?:已|均)达标)")
_WEAK = re.compile(r"未|没有|尚未|基本|部分|大部分|接近|略低|略有|差距|偏差|不足")


def _half(m: Mention) -> Decimal:
    return Decimal("0.5").scaleb(-m.places) * m.scale


def _bound(words: str, m: Mention) -> str | None:
    """"floor" or "ceiling" for a target figure, from its comparator or its written qualifier."""
    if _CEILING.search(words) or m.qualifier is Qualifier.AT_MOST:
        return "ceiling"
    if _FLOOR.search(words) or m.qualifier is Qualifier.AT_LEAST:
        return "floor"
    return None


def _misses(bound: str, target: Mention, actual: Mention) -> bool:
    slack = _half(target) + _half(actual)
    if bound == "floor":
        return actual.value + slack < target.value
    return actual.value - slack > target.value


def _claims(text: str) -> Iterator[tuple[int, Mention, Mention, str, re.Match[str]]]:
    """(clause start, target, actual, bound, claim) of each clause that reads as described above."""
    for clause in _CLAUSE.finditer(text):
        body = clause.group(0)
        mentions = [m for m in extract(body) if m.is_claim and m.kind is not MentionKind.NUMBER]
        for i, target in enumerate(mentions):
            same = [m for m in mentions if (m.unit, m.unit_text, m.kind) == (target.unit, target.unit_text, target.kind)]
            if len(same) != 2 or same[0] is not target:
                continue  # one target and one actual of this unit, or the pairing is a guess
            actual = same[1]
            t_words = re.sub(r"\s+", "", body[(mentions[i - 1].end if i else 0):target.start])
            a_words = re.sub(r"\s+", "", body[target.end:actual.start])
            bound = _bound(t_words, target)
            if bound is None or not (_TARGET.search(t_words) or "控制在" in t_words):
                continue
            if actual.qualifier is not Qualifier.EXACT or not _ACTUAL.search(a_words):
                continue
            claim = _MET.search(body, actual.end)
            if claim and re.match(r"\s*的\s*\d", body[claim.end():]):
                continue  # 完成年度目标的96%: a share of the target, not a claim that it was met
            if claim and not _WEAK.search(body[actual.end:claim.end()]) and _misses(bound, target, actual):
                yield clause.start(), target, actual, bound, claim


def check_met_claims(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for unit in report.units():
        if ("目标" not in unit.text and "达标" not in unit.text) or not _MET.search(unit.text):
            continue  # every claim names its 目标 or says 达标 (the pattern opens with a look-behind: tried everywhere)
        for start, target, actual, bound, claim in _claims(unit.text):
            t_text = unit.text[start + target.start:start + target.end]
            a_text = unit.text[start + actual.start:start + actual.end]
            side = "低于目标下限" if bound == "floor" else "高于目标上限"
            out.append(Finding(
                kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
                message=f"写作“{claim.group(0)}”，但实际完成 {a_text} {side} {t_text}",
                location=FindingLocation.of(report, unit.at(start + claim.start(), start + claim.end())),
                related=[FindingLocation.of(report, unit.at(start + actual.start, start + actual.end)),
                         FindingLocation.of(report, unit.at(start + target.start, start + target.end))],
                evidence=f"目标值 {t_text}，实际完成 {a_text}：按两数所写的精度，实际值仍{side}",
                suggestion="核对实际完成值；如确未达到，改写为未完成目标并说明偏差原因",
                rule="claims.met_but_missed"))
    return out
