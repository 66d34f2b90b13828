"""A character typed twice right after a preposition, where the word route reads the two copies
as one word the dictionary barely knows (把茶茶产业做成支柱产业: 把|茶茶|产业).

Why apart from ``doubled_chars``: that check reads a doubling where the route leaves a copy alone or joins it
to a neighbouring word; here the route, finding no neighbour for either copy, took the pair itself as a word,
because jieba lists hundreds of reduplications at its floor count (茶茶, 花花, 笔笔) — as good as unknown.
Premise: a preposition standing alone (把, 对, 被, 向, 从 …) opens a noun phrase, and a 公文 opens none
with a reduplicated noun; where the pair is rare, opens no idiom with the character after it
(节节攀升, 步步为营), is no measure word said for "each" (户户, 村村), and, read once, the character and
the word after it make a term the report writes elsewhere or the dictionary knows (茶产业 beside 茶产业博览会),
one copy is a key struck twice; a pair said as a noun in its own right (把包包打开, a bag) makes no such term. Text in traditional characters is read through the fold of its report vocabulary
(產業 as 产业), so the route sees the words a simplified text would have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.traditional import fold_traditional
from ..report import Report, TextUnit
from .columns import in_alike_columns
from .doubled_chars import ONE_BY_ONE, read_once_nearby
from .form_cells import in_prose
from .lexicon import COMMON, Lexicon, lexicon
from .slips import RARE, STARTS_PHRASE

__all__ = ["doubled_tokens", "rare_pairs"]

_TWICE = re.compile(r"([\u4e00-\u9fff])\1")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# prepositions that take a noun phrase and nothing else: 将 (will), 在 (in the midst of), 为 (to be), 的 (…'s
# steady rise: 产值的节节攀升) and the conjunctions may stand before an adverb said twice (将节节攀升)
_OPENERS = frozenset("把对被向从由给跟同按往朝")
# the only runs worth a route: a character doubled right after an opener (a necessary condition of ``rare_pairs``)
_OPENED_TWICE = re.compile(r"[把对被向从由给跟同按往朝]([\u4e00-\u9fff])\1")


def rare_pairs(run: str, spans: list[tuple[int, int]], lex: Lexicon, whole: str) -> Iterator[int]:
    """Where in ``run`` the route took a doubled character as one rare word after an opener (see the module);
    ``whole``: the report's text, as the route read it."""
    for k in range(1, len(spans) - 1):
        (ps, pe), (s, e), (ns, ne) = spans[k - 1], spans[k], spans[k + 1]
        if e - s != 2 or run[s] != run[s + 1] or pe - ps != 1 or run[ps] not in _OPENERS or ne - ns < 2:
            continue
        pair, after = run[s:e], run[ns:ne]
        if lex.freq(pair) > RARE or pair in lex.vocabulary or lex.is_name(pair) or lex.starts_words(run[s:s + 3]):
            continue  # 天天, 层层: a reduplication in use; 节节攀升: the start of an idiom
        if run[s] in ONE_BY_ONE or run[s] in STARTS_PHRASE or lex.freq(run[s]) < COMMON:
            continue  # 户户: each household; 上上: a position word; a rare character: a name's
        once = run[s + 1:ne]
        if lex.freq(after) >= COMMON and not lex.is_name(after) and (
                lex.freq(once) >= COMMON or whole.count(once) > whole.count(run[s:ne])):
            yield s


def doubled_tokens(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    lex = lexicon()
    places = [(unit, m) for unit in units if _TWICE.search(unit.text)
              for m in _HAN_RUN.finditer(fold_traditional(unit.text)) if _OPENED_TWICE.search(m.group())]
    if not places:
        return
    routes = lex.routes(list({m.group() for _, m in places}))
    whole = fold_traditional("\n".join(u.text for u in units))
    for unit, m in places:
        text, run = unit.text, m.group()
        for a in rare_pairs(run, routes[run][1], lex, whole):
            at = m.start() + a
            if not in_prose(text, at, at + 2) or read_once_nearby(text, at) or in_alike_columns(text, at, at + 2):
                continue  # among a form's cells, or at the seam of two alike columns
            once = text[max(m.start(), at - 2):at] + text[at + 1:min(at + 6, m.end())]  # as written
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
                message=f"疑似多字：“{text[at:at + 2]}”应为“{text[at]}”",
                location=FindingLocation.of(report, unit.at(at, at + 2)),
                evidence=f"“{text[at - 1]}”后的“{text[at]}”连写了两次，“{text[at:at + 2]}”不成词；删去一个后读作“{once}”",
                suggestion=f"改为“{text[at]}”", rule="language.doubled_char")
