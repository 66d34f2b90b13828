"""A two-character verb cut to one at a clause's end (人民群众实际要， for 实际需要; 进一步加， for 加强).

Why: the report need not show the verb anywhere else, so the dropped-character readings that ask for
its longer form (``slips``, ``dropped_terms``) cannot find it. The premise is the language's: some
characters are in written Chinese bound halves of two-character verbs (需要/重要, 加强/增加, 提高/提升,
推进/推动) and do not close a clause alone after a word — 要, 加, 提 and 推 there leave the clause without
its verb. Adjectives and verbs that do stand alone (高, 强, 多, 用, 管) are not read.

Quiet unless sure: the character is a lone token at the very end of a run of Chinese characters that a
clause mark (，。；) closes; the word before it is of two characters or more (实际|要, 进一步|加: a word
then the stranded half); no line break or space stands before the mark (a wrapped cell).
"""

from __future__ import annotations

import re

from ..findings import Finding, Kind
from ..report import Report, TextUnit
from .grouped import one_finding
from .lexicon import lexicon

__all__ = ["RULE", "cut_verbs"]

RULE = "language.dropped"
# each bound half with the verbs it is half of (what the finding offers as the likely word)
_HALVES = {"要": "需要、重要", "加": "加强、增加", "提": "提高、提升", "推": "推进、推动"}
# (a run matches from its first character or nowhere: the mark after it is no Chinese character, so a shorter
# piece of the run is never followed by one; tried inside a run, each place backed off to the run's end)
_CLAUSE_END = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{3,}+(?=[，。；,;])")


def cut_verbs(report: Report, units: list[TextUnit]) -> list[Finding]:
    """One finding per clause-final word and stranded half of a verb (its places listed)."""
    lex = lexicon()
    places: dict[str, list[tuple[TextUnit, int, int]]] = {}
    for unit in units:
        if not any(h in unit.text for h in _HALVES):
            continue
        for m in _CLAUSE_END.finditer(unit.text):
            run = m.group()
            if run[-1] not in _HALVES:
                continue
            spans = lex.route(run)[1]
            if len(spans) < 2 or spans[-1][1] - spans[-1][0] != 1 or spans[-2][1] - spans[-2][0] < 2:
                continue
            start = m.start() + spans[-2][0]
            places.setdefault(unit.text[start:m.end()], []).append((unit, start, m.end()))
    return [one_finding(
        report, at, kind=Kind.TYPO, message=f"疑似漏字：句末“{wrong}”的“{wrong[-1]}”不单独成词，疑缺一字（如“{_HALVES[wrong[-1]]}”）",
        evidence=f"“{wrong[-1]}”在书面语中是双音动词的一半，不单独收住一个分句",
        suggestion=f"补全动词（如“{_HALVES[wrong[-1]].split('、')[0]}”）", rule=RULE) for wrong, at in places.items()]
