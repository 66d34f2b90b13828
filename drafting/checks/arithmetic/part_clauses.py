"""Whether a figure after a total reads as one listed part of it: its name, then the figure, closing its
clause (not 14名为困难人员…, not 同时清退108名, not 目前已拨付270万元).

Part of the arithmetic check (``prose._parts`` asks it of every figure of a list); moved out of ``prose`` to
keep that module within its size. It reads the text around the figure only.
"""

from __future__ import annotations

import re

__all__ = ["reads_as_part"]


def reads_as_part(text: str, start: int, end: int, name: str) -> bool:
    """A part reads "name + figure" and ends its clause (not 14名为困难人员…, not 同时清退108名); a
    bracket detailing it, or a year starting a run-on sentence, may follow. ``start``, ``end``: the
    figure's place in ``text``; ``name``: the words before it, its label."""
    spaced = len(text[end:]) - len(text[end:].lstrip(" \u3000"))  # (离休0人 。: a space before the stop)
    ends = end + spaced == len(text) or text[end + spaced] in "，,、；;。）)（(" \
        or re.match(r"\d{4}年", text[end : end + 5]) is not None or _JOINED.match(text, end) is not None
    if not name and _USE_AFTER.match(text, end):
        return True  # the amount first, its use after it (30万元用于设计)
    if _REST_NAMED.match(name) or (not name and _BEFORE_REST.match(text, end)):
        return True  # the rest named as such (剩余13.91万元为县级资金), and the amount before it (其中1000万元按…分配，剩余…)
    named = len(name) >= 2 or _ONE_LETTER_ITEM.search(text, 0, start) is not None
    besides = _BESIDES.search(text, max(0, start - len(name) - 4), max(0, start - len(name))) is not None
    each = text[max(0, start - 1):start] == "各"  # (技能鉴定办、资助办各1名: a figure for each, not the part's own)
    return ends and named and not besides and not each and not re.match(r"^(同时|另|此外|并|共)", name) and not _PROGRESS.search(name)


# a clause opened by 此外 (…占100.0%；此外，年初结转和结余34.78万元) tells of what lies outside the whole
_BESIDES = re.compile(r"(?:此外|另外)[，,]?\s*$")


# an item of a 、 list named by one letter, a kind as its siblings are (核桃10.02万亩、…、梨0.52万亩): the 、
# before it says it is one more item (never a word like 共, 各, 约 that opens no name)
_ONE_LETTER_ITEM = re.compile(r"、[\u4e00-\u9fff](?<![共各约达为计合总余另均每等其仅超近长宽高深厚])\Z")


# a part written amount first and named by its use after it, to the end of its clause (30万元用于设计；)
_USE_AFTER = re.compile(r"(?:用于|用作)[^，,；;。！？!?\d]{2,30}(?:[，,；;。]|$)")


# the rest of a whole, named as the rest (剩余部分5778万元，…; 其余30万元由县财政安排): the word names the part, so
# its clause may go on with what the rest is or how it is spent; and a part named by its clause alone, amount
# first (其中1000万元按水库数量分配到市州), is one when the next clause opens with the rest: the writer splits
# the whole in two, the part and the rest (a percentage in its clause is a share of the split's rule, no part)
_REST_NAMED = re.compile(r"(?:剩余|其余|余下|剩下)的?(?:部分)?(?:资金|经费|款项)?$")
_BEFORE_REST = re.compile(r"(?:[^，,；;。！？!?\d]|\d+(?:\.\d+)?[%％])+[，,]\s*(?:剩余|其余|余下|剩下)的?(?:部分)?(?:资金|经费|款项)?\d")


# the last part joined by a word (A资金300万元和B经费120万元): a name and its figure follow in the clause
_JOINED = re.compile(r"(?:以及|及|和|与)(?=[^\d，,。；;：:、]{2,20}\d)")
# what has happened to the money so far (目前项目资金已拨付270万元) is no part of it listed after 其中
_PROGRESS = re.compile(r"^(?:目前|截至|截止|现已|至今)|已(?:拨付|支付|下拨|拨款|使用|支出|兑付|发放|完成|报账)")
