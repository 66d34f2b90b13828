"""A sentence said twice inside one paragraph, with other text between or right after itself
(``language.check_language`` keeps the clause rule's finding where both read the same repeat).

Why: an officer who pastes a sentence into a paragraph that already holds it leaves the paragraph
saying it twice (issue 9: "a clause or sentence repeated inside a longer paragraph"). Only a sentence of
fifteen or more Chinese characters counts — short formulas (确保资金安全) recur by design — and a
form flattened into one line, where the target cell and the actual cell hold the same text, is no
paragraph: a header naming a target and what was done (预期目标 实际完成情况) anywhere before the
second copy leaves it. Table cells are left: planned and actual columns with the same text are no defect.
The same holds for a clause (between commas) of fifteen or more Chinese characters said again apart from
itself in its paragraph (…，增强了…的可持续发展能力，是…的现实需要，增强了…的可持续发展能力。): a pasted
clause is the same slip as a pasted sentence; the run of clauses alike around it is reported as one copy.
A clause said again right after itself is ``language``'s repeated-clause rule; one said again after a
section's heading marker (a page flattened onto one line) is said in another section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..report import Report, TextUnit
from .form_cells import cells_run_together

__all__ = ["repeated_sentences"]

_MIN_HAN = 15
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FORM_HEAD = re.compile(r"(?:设定目标|预期目标|目标值|指标值|年度目标)[^。！？!?]{0,30}(?:完成情况|实际完成|实际值|完成值)")
_ENDS = "。！？；!?;，,、 \u3000"


def _key(sentence: str) -> str:
    return re.sub(r"\s", "", sentence).rstrip(_ENDS)


def repeated_sentences(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """One finding per sentence said again in its paragraph: at its second copy, the others related;
    then one per run of clauses said again apart from itself, outside the sentences found."""
    for i, unit in enumerate(units):
        if unit.kind == "cell" or "|" in unit.text or len(unit.text) < 2 * _MIN_HAN:
            continue
        found = list(_sentences_again(report, units, i))
        yield from found
        sentences = [(at.location.start, at.location.end) for f in found for at in (f.location, *f.related)]
        yield from _clauses_again(report, units, i, sentences)


def _sentences_again(report: Report, units: list[TextUnit], i: int) -> Iterator[Finding]:
    unit = units[i]
    copies: dict[str, list[tuple[int, int]]] = {}
    for s in split_sentences(unit.text):
        key = _key(s.text)
        if len(key) >= _MIN_HAN:  # (the Chinese characters are counted only for a sentence said again)
            copies.setdefault(key, []).append((s.start, s.end))
    for key, spans in copies.items():
        if len(spans) < 2 or len(_HAN.findall(key)) < _MIN_HAN or _FORM_HEAD.search(unit.text, 0, spans[1][0]):
            continue
        if not unit.text[spans[0][1]:spans[1][0]].strip() and cells_run_together(units, i, spans[0][0], spans[1][1]):
            continue  # the target cell and the actual cell, side by side
        yield Finding(
            kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
            message=f"同一段中同一句话出现了{len(spans)}次：“{key[:24]}{'…' if len(key) > 24 else ''}”",
            location=FindingLocation.of(report, unit.at(*spans[1])),
            related=[FindingLocation.of(report, unit.at(*span)) for k, span in enumerate(spans) if k != 1],
            evidence="本段中有逐字相同的句子",
            suggestion="删去重复的句子，或改写为新的内容",
            rule="language.repeated_sentence")


_CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")
# a section's heading marker between the copies (…情况，2万元结转，…二、绩效目标完成情况分析（一）资金投入情况，2万元结转):
# a page flattened onto one line holds two sections, each may state the same fact
_HEADING_MARK = re.compile(r"[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)]")
_CLAUSE_MARKS = re.compile(r"[，,；;。！？!?\n]")


_GAP_HAN = 6  # the words two clauses end with, this long, extend the runs back over them


def _run(clauses: list[tuple[int, int, str]], a: int, b: int) -> tuple[int, int, int, int]:
    """The runs of clauses alike around the copies at ``a`` and ``b``, clause by clause outwards: first
    run ``a0..a1``, second ``b0..b1``."""
    a0, a1, b0, b1 = a, a, b, b
    while a0 > 0 and b0 - 1 > a1 and clauses[a0 - 1][2] == clauses[b0 - 1][2]:
        a0, b0 = a0 - 1, b0 - 1
    while a1 + 1 < b0 and b1 + 1 < len(clauses) and clauses[a1 + 1][2] == clauses[b1 + 1][2]:
        a1, b1 = a1 + 1, b1 + 1
    return a0, a1, b0, b1


def _tails(text: str, clauses: list[tuple[int, int, str]], a0: int, b0: int, a1: int) -> tuple[int, int]:
    """Where the two runs start: a run's first clause may be a longer clause's end in the other copy
    (同时项目建设也将改善和优化农村人居环境 beside 改善和优化农村人居环境), so the runs reach back over the
    words the two clauses before them end with (six or more Chinese characters), across one clause
    added to the first copy at most."""
    starts = clauses[a0][0], clauses[b0][0]
    y = b0 - 1
    for x in (a0 - 1, a0 - 2):
        if x < 0 or y <= a1 or x >= y:
            continue
        one, two = text[clauses[x][0]:clauses[x][1]].rstrip(), text[clauses[y][0]:clauses[y][1]].rstrip()
        n = 0
        while n < min(len(one), len(two)) and one[-1 - n] == two[-1 - n]:
            n += 1
        if len(_HAN.findall(one[len(one) - n:])) >= _GAP_HAN:
            return clauses[x][0] + len(one) - n, clauses[y][0] + len(two) - n
    return starts


def _clauses_again(report: Report, units: list[TextUnit], i: int, sentences: list[tuple[int, int]]) -> Iterator[Finding]:
    text = units[i].text
    pieces = [p.strip() for p in _CLAUSE_MARKS.split(text) if len(p) >= _MIN_HAN]
    if len(set(pieces)) == len(pieces):
        return  # no long clause said twice as written (a copy differing in its blanks only is left too)
    clauses = [(m.start(), m.end(), re.sub(r"\s", "", m.group(0))) for m in _CLAUSE.finditer(text)]
    first: dict[str, int] = {}
    used: set[int] = set()
    for k, (start, end, key) in enumerate(clauses):
        if len(_HAN.findall(key)) < _MIN_HAN or k in used:
            continue
        if key not in first:
            first[key] = k
            continue
        a, b = first[key], k
        if any(s <= start < e for s, e in sentences) or _FORM_HEAD.search(text, 0, start) \
                or cells_run_together(units, i, clauses[a][0], end):
            continue
        a0, a1, b0, b1 = _run(clauses, a, b)
        if a1 + 1 == b0 or _HEADING_MARK.search(text, clauses[a1][1], clauses[b0][0]):
            continue  # said again right after itself (the repeated-clause rule's), or in the next section
        used.update(range(b0, b1 + 1))
        start_a, start_b = _tails(text, clauses, a0, b0, a1)
        again, once = (start_b, clauses[b1][1]), (start_a, clauses[a1][1])
        words = text[again[0]:again[1]]
        yield Finding(
            kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
            message=f"同一段中同一分句出现了两次：“{words[:24]}{'…' if len(words) > 24 else ''}”",
            location=FindingLocation.of(report, units[i].at(*again)),
            related=[FindingLocation.of(report, units[i].at(*once))],
            evidence="本段中前文已有逐字相同的分句",
            suggestion="删去重复的分句，或改写为新的内容",
            rule="language.repeated_sentence")
