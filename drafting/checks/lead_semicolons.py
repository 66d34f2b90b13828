"""A semicolon typed right after a word that leads into a list (其中;行政单位1个…, 主要包括；…): the colon belongs.

Part of the language check. Premise (GB/T 15834-2011, 4.7 and 4.8): a colon stands after a word that
announces what follows (提示下文); a semicolon parts two clauses each of which is said in full. 其中 opening
its clause, 包括, 分别为, 主要有 and 如下 each ask for what comes after them — none ends a clause — so a
semicolon right after one closes nothing: it is the colon's key without its shift (；and ：share one key,
as ; and : do). Quiet unless sure: 其中 only where it opens its clause (after a mark or a line's start:
参与其中；… says "take part in it" and ends its clause); the mark must have text after it on its line.
One finding for the report, every place listed: a habit of the hand is one thing to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind
from ..report import Report, TextUnit
from .grouped import Place, one_finding

__all__ = ["lead_semicolons"]

# the lead word, its semicolon, and text after it on the line (not a mark: 其中；；is the doubled-mark rule's)
_LEAD = re.compile(r"(?:(?:^|(?<=[。，；：,;:、\s（(]))其中|包括|分别为|主要有|如下)[;；](?=[ \t\u3000]*[^\s;；:：,，。、])",
                   re.MULTILINE)
_COLON = {";": ":", "；": "："}


def lead_semicolons(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    places: list[Place] = []
    for unit in units:
        text = unit.text
        if ";" not in text and "；" not in text:
            continue
        places.extend((unit, m.start(), m.end()) for m in _LEAD.finditer(text))
    if not places:
        return
    unit, start, end = places[0]
    shape = unit.text[start:end]
    right = shape[:-1] + _COLON[shape[-1]]
    yield one_finding(
        report, places, kind=Kind.PUNCTUATION, message=f"提示下文的词语后误用分号：“{shape}”应为“{right}”",
        evidence=f"“{shape[:-1]}”引出下文的列举或说明，其后用冒号提示下文；分号用于分隔意思已经说完的并列分句（GB/T 15834-2011）",
        suggestion=f"改为“{right}”", rule="language.lead_semicolon")
