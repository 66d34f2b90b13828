"""A colon typed between two items of a list the report parts with semicolons (主要包括：对…给予慰问：对…给予慰问：
对…给予补助；对…；对…): the semicolon belongs.

Part of the language check; the reverse of ``lead_semicolons``, and ``list_marks.list_colons``'s premise for
lists whose items open alike rather than with 一是、二是. Premise (GB/T 15834-2011, 4.7 and 4.8): a
colon announces what follows to the end of its sentence, so a sentence whose list is already opened by one
has no place for a second; items said in full are parted by semicolons. ；and ：share one key (as ; and :
do), and a colon between two items of such a list is that key with the shift held. Quiet unless sure:
- the sentence (up to 。！？ or the line's end) is prose, with no blanks or table bars (a form's
  label：value cells run together are no list);
- its first mark is the colon that opens the list, and at least two semicolons part its items;
- the item after the suspected colon opens as the item after the lead colon does and as an item after
  a semicolon does (对…：对…；对…): the items are parallel, so no label：value pair (正科级领导职数1人：局长
  1人；副科级领导职数2人：副局长2人) and no nested 其中： is read as a slip.
One finding for the report, every place listed: a habit of the hand is one thing to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind
from ..report import Report, TextUnit
from .grouped import Place, one_finding

__all__ = ["item_colons"]

_SENTENCE = re.compile(r"[^。！？!?\n]+")
_MARK = re.compile(r"(?<!\d)[:：;；](?!\d)")
_PROSE = re.compile(r"\s|\|")
_SEMI = frozenset(";；")
_SEMICOLON = {":": ";", "：": "；"}


def _slips(sentence: str) -> list[int]:
    """Offsets in ``sentence`` of the colons typed for semicolons (see the module's premises)."""
    marks = list(_MARK.finditer(sentence))
    if len(marks) < 4 or marks[0].group() in _SEMI or sum(m.group() in _SEMI for m in marks) < 2:
        return []
    opener = [sentence[m.end():m.end() + 1] for m in marks]
    lead = opener[0]
    after_semi = {o for m, o in zip(marks, opener, strict=True) if m.group() in _SEMI}
    if not lead or not "\u4e00" <= lead <= "\u9fff" or lead not in after_semi:
        return []
    return [m.start() for m, o in zip(marks[1:], opener[1:], strict=True) if m.group() not in _SEMI and o == lead]


def item_colons(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    places: list[Place] = []
    for unit in units:
        text = unit.text
        if (";" not in text and "；" not in text) or (":" not in text and "：" not in text):
            continue
        for s in _SENTENCE.finditer(text):
            if not _PROSE.search(s.group()):
                places.extend((unit, s.start() + k, s.start() + k + 1) for k in _slips(s.group()))
    if not places:
        return
    unit, start, _ = places[0]
    mark = unit.text[start]
    yield one_finding(
        report, places, kind=Kind.PUNCTUATION,
        message=f"并列各项之间误用冒号：“{mark}”应为“{_SEMICOLON[mark]}”",
        evidence="这句已用冒号引出列举，各项之间用分号隔开；冒号提示下文，一句之中不再用第二个（GB/T 15834-2011）",
        suggestion=f"改为“{_SEMICOLON[mark]}”", rule="language.list_colon")
