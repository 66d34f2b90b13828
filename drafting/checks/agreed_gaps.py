"""A stretch the report writes twice alike but for one character, once without it where that leaves a
character stranded (从低到高效转变 where the report writes 从低效到高效转变 above; 终端单的考核考评 beside
终端单位的考核考评): the report is the best lexicon for its own phrases, and this one it wrote whole.

Why apart from ``slips.dropped`` and ``dropped_terms``: those ask that three characters before the gap agree
with the longer form, or that the longer form be a term written three times; a phrase written whole once,
with the gap near its start (从低|到高效, the stranded 低 the run's second character), passes both. The
agreement asked here is the phrase's, on both sides of the gap, which is safe only where

- at least ``AGREE`` characters agree around the gap, ``SIDE`` or more on each side, all within one run
  of Chinese characters in both places (no mark, figure or break inside): six characters written alike
  twice with a character between them once are one phrase, not a chance match;
- in the shorter place a character stands alone as jieba reads it (从|低|到), while in the longer one
  the extra character makes one word with it (低效): a character dropped from inside a word. Where the
  extra character is a word of its own (保证了学校, 下达的资金, 专项) or a qualifier the writer adds or
  leaves out (2021年度 / 2021年), what is left reads as whole words and nothing was dropped;
- the stranded character is seldom a word alone (``ALONE_LONG``: 年, 市, 省 are, and stand before a noun
  on purpose) and no function word or phrase starter (``HEADS``, ``STARTS_PHRASE``), the word it makes
  with the extra one no name (保山市 / 保山博物馆: a place's name is written with and without its level);
- the stranded character is no piece of a term jieba does not know: the lone characters next to it on
  its other side (医|共|体) are words alone often (``ALONE``) or function words. A term the dictionary
  lacks falls into lone pieces, its last joined with whatever follows (医共体内 read 医|共|体内: 医共体医保
  beside it is no slip);
- the shorter stretch is written once in all: a form written twice is the writer's own (后扶资金 four
  times beside 后期扶持资金 is an abbreviation, meant);
- the extra character doubles neither neighbour (深化深化 beside 深化: the doubling is the slip there);
- the stranded character is no rural level the extra one ends a word with, before a word of its own (促进村集体经济
  beside 促进农村集体经济: 村集体 is the village's collective, 农村集体 the countryside's, both meant).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..findings import Finding, Kind
from ..report import Location, Report, TextUnit
from .grouped import one_finding
from .lexicon import COMMON, Lexicon, lexicon
from .slips import ALONE, HEADS, NEVER_DOUBLED, STARTS_PHRASE
from .written_whole import ALONE_LONG

__all__ = ["AGREE", "SIDE", "agreed_gaps"]

RULE = "language.dropped"
AGREE = 6  # characters agreeing around the gap in both places
SIDE = 2  # … on each side of it at least
_FUNCTION = HEADS | STARTS_PHRASE | NEVER_DOUBLED  # a lone character that is a word by grammar
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_Spans = dict[str, tuple[float, list[tuple[int, int]]]]


class _Text:
    """The report's units joined and its runs of Chinese characters, each with the words jieba reads in it."""

    def __init__(self, units: list[TextUnit], routes: _Spans) -> None:
        self.text = "\n".join(u.text for u in units)
        self.runs: list[tuple[int, str, list[tuple[int, int]]]] = []  # where each run starts, it, its words
        self.places: list[tuple[int, TextUnit]] = []  # where each unit starts in the whole
        at = 0
        for unit in units:
            self.places.append((at, unit))
            self.runs += [(at + m.start(), m.group(), route[1]) for m in _HAN_RUN.finditer(unit.text)
                          if len(m.group()) >= 2 * SIDE and (route := routes.get(m.group())) is not None]
            at += len(unit.text) + 1  # a run not segmented (a traditional copy's) is read as none
        self._words: dict[int, list[tuple[int, int]]] = {}

    def word(self, r: int, i: int) -> tuple[int, int]:
        """The word (start and end in its run) holding character ``i`` of run ``r``."""
        if (words := self._words.get(r)) is None:
            words = self._words[r] = [span for span in self.runs[r][2] for _ in range(*span)]
        return words[i]

    def agree(self, r: int, p: int, g: int, m: int) -> tuple[int, int]:
        """How many characters agree before the gap at ``p`` of run ``r`` and the extra character at ``m``
        of run ``g``, and after them."""
        a, b = self.runs[r][1], self.runs[g][1]
        left = right = 0
        while left < min(p, m) and a[p - left - 1] == b[m - left - 1]:
            left += 1
        while p + right < len(a) and m + 1 + right < len(b) and a[p + right] == b[m + 1 + right]:
            right += 1
        return left, right

    def at(self, start: int, end: int) -> tuple[TextUnit, int, int]:
        """The unit holding ``text[start:end]`` and the span's place in it."""
        base, unit = next((b, u) for b, u in reversed(self.places) if b <= start)
        return unit, start - base, end - base


def _gaps(t: _Text, lex: Lexicon) -> dict[str, list[tuple[int, int]]]:
    """Where a character may have been dropped (its run and place in it: a character standing alone as
    jieba reads it is right before or after), by the two characters before the gap and the two after."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    lone: dict[str, bool] = {}
    for r, (_, run, spans) in enumerate(t.runs):
        for s, e in spans:
            if e - s > 1 or not lone.setdefault(run[s], _may_strand(run[s], lex)):
                continue
            for p in (s, e):
                if SIDE <= p <= len(run) - SIDE:
                    out[run[p - SIDE:p + SIDE]].append((r, p))
    return out


def _may_strand(ch: str, lex: Lexicon) -> bool:
    """Whether ``ch`` standing alone may be half a word: seldom a word alone, no function word or phrase starter."""
    return lex.freq(ch) < ALONE_LONG and ch not in HEADS and ch not in STARTS_PHRASE


# the rural levels, each a word alone before what it holds (村集体, 乡财政, 镇政府)
_RURAL_LEVELS = frozenset("村乡镇")


def _level_alone(extra: str, level: str, after: str, lex: Lexicon) -> bool:
    """Whether the ``extra`` character before a rural ``level`` makes a word with it (农村, 乡镇) while the level
    and the two characters ``after`` it begin a word (村|集体): the level alone names its own body, meant."""
    return level in _RURAL_LEVELS and lex.freq(extra + level) >= COMMON and lex.freq(after[:2]) >= COMMON


def _stranded(t: _Text, r: int, p: int, g: int, m: int, lex: Lexicon) -> int | None:
    """The character stranded at the gap ``p`` of run ``r`` (before or after it) that the extra character
    at ``m`` of run ``g`` makes a word with there; None if there is none."""
    a, b = t.runs[r][1], t.runs[g][1]
    s, e = t.word(g, m)
    if e - s < 2 or lex.is_name(b[s:e]):
        return None
    for k, n, away in ((p - 1, m - 1, -1), (p, m + 1, 1)):
        if t.word(r, k) == (k, k + 1) and s <= n < e and _may_strand(a[k], lex) and not _coined(t, r, k, away, lex) \
                and not (away == 1 and _level_alone(b[m], a[k], a[k + 1:k + 3], lex)) \
                and not (a[k] in _RURAL_LEVELS and a[k - 1:k] == "个"):  # 促进|村|集体 beside 促进农村集体; 17个村 (counted)
            return k
    return None


def _coined(t: _Text, r: int, k: int, away: int, lex: Lexicon) -> bool:
    """Whether the lone characters next to ``k`` of run ``r``, on its side ``away`` from the gap, hold
    one seldom a word alone and no function word: pieces of a term the dictionary does not know."""
    run, i = t.runs[r][1], k + away
    while 0 <= i < len(run) and t.word(r, i) == (i, i + 1):
        if run[i] not in _FUNCTION and lex.freq(run[i]) < ALONE:
            return True
        i += away
    return False


def _matches(t: _Text, gaps: dict[str, list[tuple[int, int]]]) -> Iterator[tuple[int, int, int, int]]:
    """(run, gap, run, extra character) of each place whose two characters before and two after stand
    around a gap elsewhere; the extra character doubles neither neighbour (深化深化 is a doubling)."""
    heads = {k[:SIDE] for k in gaps}
    for g, (_, run, _) in enumerate(t.runs):
        for m in range(SIDE, len(run) - SIDE):
            if run[m - SIDE:m] in heads and (at := gaps.get(run[m - SIDE:m] + run[m + 1:m + 1 + SIDE])) \
                    and run[m] != run[m - 1] and run[m] != run[m + 1]:
                yield from ((r, p, g, m) for r, p in at)


def agreed_gaps(report: Report, units: list[TextUnit], routes: _Spans, found: list[Finding]) -> list[Finding]:
    """One finding per phrase the report writes once with a character dropped inside a word and elsewhere
    whole (see the module's docstring); ``routes``: the typo check's segmentation of the report's runs,
    ``found``: the findings already made, whose places are not reported again."""
    t = _Text(units, routes)
    lex = lexicon()
    if not (gaps := _gaps(t, lex)):
        return []
    taken, out, done = [p.location for f in found for p in (f.location, *f.related)], [], set()
    for r, p, g, m in _matches(t, gaps):
        base, run = t.runs[r][0], t.runs[r][1]
        left, right = t.agree(r, p, g, m)
        if (r, p) in done or left + right < AGREE or (k := _stranded(t, r, p, g, m, lex)) is None \
                or t.text.count(run[p - left:p + right]) != 1:
            continue
        done.add((r, p))
        place = t.at(base + p - SIDE, base + p + SIDE)
        if not any(_overlaps(place[0].at(place[1], place[2]), at) for at in taken):
            wrong, extra = run[p - SIDE:p + SIDE], t.runs[g][1][m]
            right_form = wrong[:SIDE] + extra + wrong[SIDE:]
            out.append(one_finding(
                report, [place], kind=Kind.TYPO, message=f"疑似漏字：“{wrong}”应为“{right_form}”",
                evidence=f"报告别处写作“{t.runs[g][1][m - left:m + 1 + right]}”，此处少“{extra}”，“{run[k]}”不成词",
                suggestion=f"改为“{right_form}”", rule=RULE))
    return out


def _overlaps(a: Location, b: Location) -> bool:
    """Whether two places share a character (another finding on the same slip)."""
    return (a.block, a.row, a.col) == (b.block, b.row, b.col) and a.start < b.end and b.start < a.end
