"""Host texts a partial splice is not looked for in, or where its run names rather than runs on: a title
with no clause mark, and a document's name inside 《…》.

Part of the splice check (``splices``); a module of its own because that one is full.
"""

from __future__ import annotations

from ..numbers.textnorm import to_halfwidth
from ..report import TextUnit

__all__ = ["inside_title", "is_title"]

_CLAUSE_MARKS = ",;:。!?"  # halfwidth forms, as ``splices`` reads them


def is_title(unit: TextUnit) -> bool:
    """A heading with no clause mark (息县|张陶乡人民政府2020年度…自评|报告, the unit's full name wrapped
    before the body's short one): a title names, it is no sentence a run was pasted into."""
    return unit.kind == "heading" and not any(to_halfwidth(ch) in _CLAUSE_MARKS for ch in unit.text)


def inside_title(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` lies inside a 《…》 title on its line: the words of a document's name as cited."""
    opened = text.rfind("《", 0, a)
    if opened < 0 or "》" in text[opened:a] or "\n" in text[opened:a]:
        return False
    closed = text.find("》", b)
    return closed >= 0 and "\n" not in text[b:closed] and "《" not in text[b:closed]
