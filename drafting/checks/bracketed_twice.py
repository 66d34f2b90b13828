"""A word in brackets said again right after its closing bracket (西部（重庆）重庆科学城 for 西部（重庆）科学城).

Why: inside a name or a sentence, brackets hold an aside to the words around them — the place in a name
(中国（上海）自由贸易试验区), a gloss, a unit — which the words after the bracket never restate word for word:
the same word again right after it is the bracket's word written twice, as a doubled word is. The words
around must be prose (a sentence mark besides the bracket) or one cell of a "|" row (``in_prose``): a flattened form's header cell (金额（万元）)
and the next cell may meet at a bracket; and the word must be a word, and a name or a word must go on
right before the bracket and after the second copy, so the bracket stands inside a phrase.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..findings import Finding, Kind
from ..report import Report, TextUnit
from .columns import in_alike_columns
from .form_cells import in_prose
from .grouped import Place, one_finding
from .lexicon import COMMON, lexicon

__all__ = ["bracketed_twice"]

_AGAIN = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{2,8})[)）]\1(?=[\u4e00-\u9fff])")
_SENTENCE_MARK = re.compile(r"[，。；、,;《》“”]")  # the bracket itself is no sign of a sentence
_REACH = 30


def _in_a_sentence(text: str, start: int, end: int) -> bool:
    """One cell of a "|" row, or a sentence mark besides the bracket within ``_REACH`` on either side."""
    if "|" in text[max(0, start - _REACH):end + _REACH]:
        return in_prose(text, start, end)
    return _SENTENCE_MARK.search(text[max(0, start - _REACH):start] + text[end:end + _REACH]) is not None


def bracketed_twice(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    lex = lexicon()
    places: dict[str, list[Place]] = defaultdict(list)
    for unit in (u for u in units if "）" in u.text or ")" in u.text):
        text = unit.text
        for m in _AGAIN.finditer(text):
            word = m[1]
            if (lex.freq(word) >= COMMON or word in lex.vocabulary) and _in_a_sentence(text, m.start(), m.end()) \
                    and not in_alike_columns(text, m.start(), m.end()):
                places[word].append((unit, m.start(), m.end()))
    for word, at in places.items():
        yield one_finding(
            report, at, kind=Kind.REPEATED_WORD, message=f"“{word}”连写了两次（括号内外各一次）",
            evidence=f"括号内已写“{word}”，括号后又紧接着写了一遍“{word}”",
            suggestion=f"删去括号后重复的“{word}”", rule="language.doubled_word")
