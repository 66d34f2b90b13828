"""Whether a text is OCR output, and the character-level language findings such a text does not get.

Premise: reports reposted by document-sharing sites are often scans read back by OCR, which swaps
look-alike glyphs the author never typed: Latin O, I, l inside runs of digits (100OOO, IO, 2O21年I月),
Latin letters in place of a Chinese character (项Fl for 项目, 部n for 部门), 兀 for 元 after a figure
(万兀), 顼 for 项, 曰 for 日 after a day. A finance reviewer does not blame the author for these, so on
such a text the character-level language findings (a wrong, dropped or doubled character) are false
alarms and stay quiet; numbers, structure and every other check are untouched. One stray letter in a
typed report (3O号, 2021年I月 once) is a slip, not OCR: the verdict needs two distinct signature kinds,
or one kind several times. Model numbers and English words (V1.0, GB/T, iPhone) are no signature:
a letter next to other Latin letters is not counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..findings import Finding

_CJK = "\u4e00-\u9fff"
# kind → what OCR makes of it; each a pattern that typed text next to never produces
_SIGNATURES: dict[str, re.Pattern[str]] = {
    # O, I or l read in a run of digits, or as the month or day of a date: 100OOO, IO万元, 2021年I月
    "letter_in_number": re.compile(
        r"(?<![A-Za-z\d.\-_/])(?:\d+[OIl][\dOIl]*|[OIl]+\d[\dOIl]*|[OIl]{2,}(?=[万元亿%]))(?![A-Za-z])"
        r"|年[OIl][\dOIl]?(?=月)|月[OIl][\dOIl]?(?=日)"),
    # a lower-case letter or two standing for a Chinese character inside a word: 项Fl目 部n
    "letter_for_character": re.compile(rf"(?<=[{_CJK}])(?:[A-Z][a-z]|[a-z]{{1,2}})(?=[{_CJK}])"),
    # 兀 for 元 after a figure or 万/亿; 顼 for 项; 曰 for 日 after a day
    "glyph_swap": re.compile(r"[\d万亿]兀|顼[目]|\d曰"),
}
# what every signature holds: a Latin letter (the first two kinds) or one of the swapped glyphs; a text
# without it is not scanned by the patterns above, whose look-behinds are tried at every character
_HOLDS = {"letter_in_number": re.compile(r"[OIl]"), "letter_for_character": re.compile(r"[A-Za-z]"),
          "glyph_swap": re.compile(r"[兀顼曰]")}
_KINDS_NEEDED = 2  # distinct signature kinds that make the verdict
_ONE_KIND_TIMES = 3  # or this many occurrences of one kind

# the rules that judge single characters or words: what OCR garbles
CHARACTER_RULES = frozenset({
    "language.typo", "language.letter_digit", "language.dropped", "language.doubled_char",
    "language.doubled_word", "language.confusion", "language.phrase_typo", "language.year_twice",
    "language.name_variant", "language.year_month",
})


def signatures(texts: Iterable[str]) -> dict[str, int]:
    """How many times each OCR signature kind occurs in ``texts`` (kinds that do not occur left out)."""
    counts: dict[str, int] = {}
    for text in texts:
        for kind, pattern in _SIGNATURES.items():
            if not _HOLDS[kind].search(text):
                continue
            n = sum(1 for _ in pattern.finditer(text))
            if n:
                counts[kind] = counts.get(kind, 0) + n
    return counts


def looks_ocred(texts: Iterable[str]) -> bool:
    """Whether ``texts`` read as OCR output: two signature kinds, or one kind several times."""
    counts = signatures(texts)
    return len(counts) >= _KINDS_NEEDED or any(n >= _ONE_KIND_TIMES for n in counts.values())


def quiet_if_ocred(findings: list[Finding], texts: Iterable[str]) -> list[Finding]:
    """``findings`` without the character-level language ones when ``texts`` look OCR'd."""
    if not any(f.rule in CHARACTER_RULES for f in findings) or not looks_ocred(texts):
        return findings
    return [f for f in findings if f.rule not in CHARACTER_RULES]


# A page drawn twice: a document site renders bold lines by drawing them twice, and its text layer then holds
# each such run doubled (20152015 年度…与年度…, 一、项目基本情况一、项目基本情况 (一)项目实施依据(一)项目实施依据).
# One doubled run is a writer's slip; many in one text are the rendering's, so a "said twice" finding whose
# words stand in a doubled run is no author's. Typed reports seldom double a run of four characters or more even
# once: of the 240 real texts read for it in session 76 (the rebuilt pools, dev, two fresh rounds) the drawn page
# has five distinct ones, at the bar, and the next most three (a form's equal cells).
_DRAWN_TWICE = re.compile(rf"([{_CJK}\d（）()、．.]{{4,40}}?)\s?\1")
_RUNS_DRAWN_TWICE = 5
_HANS = re.compile(rf"[{_CJK}]")
TWICE_RULES = frozenset({"structure.first_twice", "structure.numbering_repeat", "structure.numbering_double",
                         "language.doubled_word", "language.doubled_char", "language.repeated_clause",
                         "language.repeated_sentence", "language.year_twice"})


def quiet_if_drawn_twice(findings: list[Finding], texts: Iterable[str]) -> list[Finding]:
    """``findings`` without the "said twice" ones whose words a page drawn twice doubled (see above)."""
    if not any(f.rule in TWICE_RULES for f in findings):
        return findings
    # (words, not figures: a form's planned and actual cells often hold the same amount, 258.00 258.00)
    runs = {m.group(1) for text in texts for m in _DRAWN_TWICE.finditer(text) if len(_HANS.findall(m.group(1))) >= 2}
    if len(runs) < _RUNS_DRAWN_TWICE:
        return findings
    # a finding's words inside a run and its double ((一)项目实施依据 in (一)项目实施依据(一)项目实施依据), the run
    # no shorter than half of them: a short doubled run (一、) is no reason to drop a longer passage's finding
    return [f for f in findings if f.rule not in TWICE_RULES or not any(
        f.location.quote.strip() in run + run for run in runs if len(run) >= len(f.location.quote.strip()) // 2)]
