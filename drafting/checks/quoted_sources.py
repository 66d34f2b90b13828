"""Words quoted from a cited document: the same words under two different citations are two quotations.

Why: a report grounds its project in the rules it follows, quoting each after its citation
(《某某条例》第八条：…；《某省某某办法》第六条：…). A province's rule often restates the state's in the
same words, so a paragraph that quotes both says the same clauses twice — each copy belongs to its own
source, and the writer said nothing twice. The same words under one citation, or under none, are still
the writer's own repeat.
"""

from __future__ import annotations

import re

__all__ = ["quoted_from", "quoted_from_two_sources"]

# a citation that opens a quotation: 《title》, its article (第八条, 第三款), an optional verb of saying, a colon —
# or a verb of saying and a comma (《…》第六条规定，…)
_CITATION = re.compile(
    r"《([^《》\n]{2,40})》\s*(?:第[一二三四五六七八九十百零〇两\d]+[条款项章节]\s*)*(?:中)?"
    r"(?:(?:明确)?(?:规定|指出|明确|要求|提出|强调)\s*[:：，,]|[:：])")
# …or a document named with its number, then what it does for the project (…《某某实施方案》的通知(湘农联〔2016〕11号)，
# 对…进行补贴；2、…《…（第二批）实施方案》的通知(…18号)，对…进行补贴): each clause says one document's purpose
_NUMBERED = re.compile(r"《([^《》\n]{2,40})》(?:的通知)?\s*[（(][^（）()\n]{2,24}号[）)]\s*[，,]")
# where a quotation ends: a sentence's stop, a semicolon (the next citation's list item) or a line break
_QUOTE_ENDS = "。！？!?；;\n"


def quoted_from(text: str, start: int) -> str | None:
    """The title of the document the words at ``start`` are quoted from: a citation opening a quotation
    in the same sentence (or ；-item) before them, or one they start inside (their copy reaching back over
    the article's shared 条：); None where the words follow no citation."""
    begin = max(text.rfind(c, 0, start) for c in _QUOTE_ENDS) + 1
    title = None
    cited = sorted((*_CITATION.finditer(text, begin), *_NUMBERED.finditer(text, begin)), key=lambda m: m.start())
    for m in cited:
        if m.start() >= start:
            break
        title = m.group(1).strip()  # the last citation before the words opens their quotation
    return title


def quoted_from_two_sources(text: str, starts: list[int]) -> bool:
    """Whether each copy (starting at ``starts``) is quoted from a cited document, no two from the same."""
    titles = [quoted_from(text, s) for s in starts]
    return all(titles) and len(set(titles)) == len(titles)
