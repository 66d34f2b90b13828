"""A title in book marks pasted into the middle of a word: 企事《某某文章》业单位.

Why: a report copied from a web page picks up a link's text (a related article's 《title》) where the
cursor stood, and the title lands inside a word. Premise: a 《title》 stands between words, never
inside one. It splits a word when the Chinese characters either side of it, read together, make a
dictionary word across the marks (jieba's segmentation) and a side's piece of that word is no word
of its own (企事 is none). Two words side by side that also make a compound (签订《…》协议: 签订, 协议)
stand apart rightly and are left.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report

__all__ = ["titles_inside_words"]

_GLUED = re.compile(r"([\u4e00-\u9fff]{1,4})(《[^《》\n]{1,40}》)([\u4e00-\u9fff]{1,4})")


def titles_inside_words(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for unit in report.units():
        if "《" not in unit.text:
            continue
        for m in _GLUED.finditer(unit.text):
            word = _split_word(m.group(1), m.group(3))
            if word is None:
                continue
            out.append(Finding(
                kind=Kind.SPLICED_TEXT, severity=Severity.WARNING,
                message=f"“{m.group(2)}”插在了词语“{word}”中间",
                location=FindingLocation.of(report, unit.at(m.start(2), m.end(2))),
                evidence=f"去掉“{m.group(2)}”后前后文字连成“{word}”；书名号标题多为从网页复制时带入的链接文字",
                suggestion=f"删去“{m.group(2)}”，恢复“{word}”",
                rule="splice.title_in_word"))
    return out


def _split_word(left: str, right: str) -> str | None:
    """The word the two sides make across the marks, when a side's piece of it is no word itself."""
    from .lexicon import lexicon  # only where a title is glued on both sides: most reports never ask

    lex = lexicon()
    run, cut = left + right, len(left)
    for s, e in lex.route(run)[1]:
        if s < cut < e and (not lex.freq(run[s:cut]) or not lex.freq(run[cut:e])):
            return run[s:e]
    return None
