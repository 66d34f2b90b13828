"""A real word typed for another inside a phrase the report writes again (计时拨付 where it writes 及时拨付
twice or more): the typo check (``typos.py``) reads a slip only where what stands is no word or a rare
one, and 计时 is a word. The report's own phrases say which word it means there.

A four-character phrase (any four Chinese characters in a row) written twice or more is the report's
own (a form's header row written again counts); the same four written once with one character changed
is a slip when

- the changed character is of similar shape or the same syllable (not a 模糊音 one, nor a secondary
  reading: the weakest evidence reads words into names) as the phrase's, and no numeral (第二/第三);
- the word the phrase's character belongs to, read in the run, is far more probable there (the run
  with it reads ``GAIN`` times as likely: two forms of one word both in use are not), and is a word of
  two characters or more that jieba counts as common, no name: a phrase of the report corrects no name;
- the word that stands is written nowhere else in the report (a word it uses elsewhere is its own), and
  the changed character is no preposition or negation heading the word after it (率未达到 beside 率为);
- nothing says the string is meant, as for any slip the typo check reads (a title, a name, a unit's
  short form, a word a line break splits: ``typos._unit_typos``, ``meant.py``)."""

from __future__ import annotations

import math
import re
from collections import Counter

from .lexicon import COMMON, Lexicon
from .slips import HEADS
from .typos_candidates import similar

__all__ = ["GAIN", "PHRASE_RULE", "REPLACED", "own_phrase_slips"]

PHRASE_RULE = "language.phrase_typo"
# the rules that read a character replaced by another (not dropped or doubled): what says a string is
# meant (a title, a name, a broken word: ``typos._unit_typos``) says it of both
REPLACED = frozenset(("language.typo", PHRASE_RULE))

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# the run with the phrase's word must read this much more likely: a real word typed for another (计时 for
# 及时, 23 times as frequent) is far rarer; two forms of one word both in use (制订 beside 制定, 其它, 作好,
# 必需: 3 to 17 times) are each meant
GAIN = math.log(20)
AGAIN = 2  # a phrase written this often is the report's own
_NUMERALS = frozenset("一二三四五六七八九十百千万亿零两〇壹贰叁肆伍陆柒捌玖拾")
_N = 4  # the phrase's length


def _phrases(whole: str, runs: list[str], found: list[str] | None = None) -> tuple[dict[str, list[str]], list[str]]:
    """Every phrase of ``_N`` characters by how often ``whole`` writes it, counted up to twice at least (a
    form's label, one run written again and again, is written twice); those written ``AGAIN`` or more by
    each pattern of one character changed (及?拨付 → 及时拨付); and those written once that share a half
    with one of them (a phrase changed at one place keeps one half whole). ``found``: ``whole``'s runs
    of Chinese characters in order, where the caller has them."""
    grams: Counter[str] = Counter([run[i:i + _N] for run in runs for i in range(len(run) - _N + 1)])
    counted = set(runs)  # the runs read (not those in traditional characters); each counted once above
    grams.update([run[i:i + _N] for run, n in Counter(_HAN_RUN.findall(whole) if found is None else found).items() if n > 1 and run in counted
                  for i in range(len(run) - _N + 1)])
    own = [g for g, n in grams.items() if n >= AGAIN]
    heads, tails = {g[:2] for g in own}, {g[2:] for g in own}
    once = [g for g, n in grams.items() if n == 1 and (g[:2] in heads or g[2:] in tails)]
    heads, tails = {g[:2] for g in once}, {g[2:] for g in once}  # only the own phrases these may stand for
    # a pattern changed in the first half is asked only by a phrase written once with the same second
    # half, and one changed in the second half only with the same first half: the others are not made
    # (half of the 4,000 patterns the sample's own phrases made were never asked for)
    patterns: dict[str, list[str]] = {}
    for gram in own:
        for k in (0, 1) if gram[2:] in tails else ():
            patterns.setdefault(gram[:k] + "?" + gram[k + 1:], []).append(gram)
        for k in (2, 3) if gram[:2] in heads else ():
            patterns.setdefault(gram[:k] + "?" + gram[k + 1:], []).append(gram)
    return patterns, once


def own_phrase_slips(whole: str, runs: list[str], routes: dict[str, tuple[float, list[tuple[int, int]]]],
                     lex: Lexicon, found: list[str] | None = None) -> dict[str, list[tuple[int, int, str, str]]]:
    """(start, end, right, why) of the slips in each run (keyed by run): the word that stands and the
    word of the report's phrase that it replaces; ``found`` as ``_phrases``'."""
    patterns, once = _phrases(whole, runs, found)
    out: dict[str, list[tuple[int, int, str, str]]] = {}
    # each phrase written once that differs from one of the report's own at one place, by a character
    # alike (comprehensions: a loop over every place of every run cost more than the rest of the check)
    hits = [(g, k) for k in range(_N) for g in once if g[:k] + "?" + g[k + 1:] in patterns]
    for gram, k in hits:
        phrases = [p for p in patterns[gram[:k] + "?" + gram[k + 1:]] if _alike(gram[k], p[k], lex)]
        run = _run_at(whole, whole.find(gram)) if phrases else ""  # written once: in one run
        route = routes.get(run)
        if route is None:
            continue
        at = whole.find(gram)
        for phrase in [p for p in phrases if _same_surroundings(whole, at, p)]:
            slip = _slip(run, route, run.find(gram) + k, phrase, k, whole.count(phrase), whole, lex)
            if slip and slip not in out.setdefault(run, []):
                out[run].append(slip)
    return out


def _side(whole: str, i: int) -> str:
    """The character at ``i`` if Chinese (a run's edge reads as ``""``)."""
    return whole[i] if 0 <= i < len(whole) and "\u4e00" <= whole[i] <= "\u9fff" else ""


def _same_surroundings(whole: str, at: int, phrase: str) -> bool:
    """Whether the phrase written once at ``at`` has a neighbour of the report's phrase in one of its
    places (资金计时拨付到位 beside 及时拨付到位; 三级治标 a cell as 三级指标 is): the report writing the
    same wording again. Where every place of its phrase reads on otherwise (对项目实时监控 beside 项目实施
    进度, 项目实施台账), the four characters are two wordings that meet, and the word is meant."""
    left, right = _side(whole, at - 1), _side(whole, at + _N)
    i = whole.find(phrase)
    while i >= 0:
        if _side(whole, i - 1) == left or _side(whole, i + _N) == right:
            return True
        i = whole.find(phrase, i + 1)
    return False


def _run_at(whole: str, p: int) -> str:
    """The run of Chinese characters of ``whole`` that holds place ``p``."""
    start = p
    while start and "\u4e00" <= whole[start - 1] <= "\u9fff":
        start -= 1
    m = _HAN_RUN.match(whole, start)
    return m.group() if m else ""


def _alike(typed: str, meant: str, lex: Lexicon) -> bool:
    """Whether ``typed`` is of similar shape or has a syllable in common with ``meant``: asked before the
    run is found and read again (``similar`` then says which, and whether it counts)."""
    return meant in lex.shapes.get(typed, "") or not set(lex.toneless(typed)).isdisjoint(lex.toneless(meant))


def _heads_word(run: str, spans: list[tuple[int, int]], p: int) -> bool:
    """Whether the character at ``p`` is a preposition or negation standing alone before a word of two
    or more (管理率未达到: 未 heads 达到), as the typo check reads it (``slips.HEADS``): no half of a word."""
    return run[p] in HEADS and (p, p + 1) in spans and any(s == p + 1 and e - s >= 2 for s, e in spans)


def _slip(run: str, route: tuple[float, list[tuple[int, int]]], p: int, phrase: str, k: int, times: int,
          whole: str, lex: Lexicon) -> tuple[int, int, str, str] | None:
    """``run``'s character at ``p`` read as ``phrase``'s at ``k``: (start, end, right, why) of the word
    restored, or None where nothing says it is a slip."""
    typed, meant = run[p], phrase[k]
    if typed in _NUMERALS or meant in _NUMERALS or _heads_word(run, route[1], p):
        return None
    fixed = run[:p] + meant + run[p + 1:]
    logp, new_spans = lex.route(fixed)
    if logp - route[0] < GAIN:
        return None
    s, e = next((s, e) for s, e in new_spans if s <= p < e)
    right, wrong = fixed[s:e], run[s:e]
    if e - s < 2 or lex.freq(right) < COMMON or lex.is_name(right) or whole.count(wrong) != 1:
        return None
    why = similar(wrong, right, p - s, lex)
    if why is None or why.endswith(("模糊音）", "多音字）")):
        return None
    return s, e, right, f"报告别处{times}次写作“{phrase}”，此处只一次写作“{run[p - k:p - k + _N]}”；“{typed}”与“{meant}”{why}"
