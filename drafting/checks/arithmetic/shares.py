"""A share said after a part listed under its total (T…，其中…A…，占P%): P must be A ÷ T.

Part of the arithmetic check (see ``sentence_rates``, which asks here for each 占…P% it meets). Premise:
the share's whole is the figure the part is listed under (其中, 包括, 主要用于), or one named a total, or the
one figure named as the whole the share names (占全县低保对象的). A share that names a whole of another
kind than the total found (全年支出…，其中…，支出占收入的97.53%: income told elsewhere) is a ratio of that
other whole, and no ratio of this sentence's figures.
"""

from __future__ import annotations

import re

from ...findings import Finding
from .prose import _Fig
from .rates import _alike, _any_ratio_gives, _clause, _complete, _finding, _gives, _measured

__all__ = ["_share"]

# a total whose parts follow, each with its share: …，其中…; 支出1,264.92万元，主要用于以下方面：A 67.64万元，占5.35%
_LIST_MARK = re.compile(r"其中|包括|包含|主要用于|分别用于|主要(?:是|为|有)[:：]")
_WHOLE = re.compile(r"总|合计|共计|总计|全部")


# a share whose own clause names its subject, after a clause of other words (其中在编教师42名，专任教师全部
# 取得资格证，本科及以上学历占86%): a share of that subject, not of the part two clauses back
_OWN_SUBJECT = re.compile(r"[，,；;][^，,；;]*[，,；;]\s*[\u4e00-\u9fff]{2,}占[^，,；;]*$")


def _share(rate: _Fig, before: list[_Fig], text: str, where: str = "同句") -> Finding | None:
    """占…P% after a part listed under a total (T…，其中…A…，占P%): P must be A ÷ T."""
    measured = [f for f in before if f.change is None and _measured(f, True)]
    if not measured or measured[-1].chunk != rate.chunk:
        return None
    part = measured[-1]
    if (opened := _bracket_around(text, part.num.loc.end or part.start, rate.start)) is not None:
        # (财政拨款收入24,940.34万元(其中,…国有资本经营预算0万元),占收入合计99.64%: the share is of the figure
        # the bracket details, not of the bracket's last figure)
        measured = [f for f in measured if f.start < opened]
        if not measured or measured[-1].chunk != rate.chunk:
            return None
        part = measured[-1]
    if _OWN_SUBJECT.search(text[(part.num.loc.end or part.start):rate.start]):
        return None
    money = [f for f in measured if _alike(f, part)]
    if len(money) < 2:
        return None
    # the whole: a figure the part is listed under (…，其中…), or one named a total (总支出, 合计, 共计)
    # (a list whose parts have added up to its head before this part is closed: the part is a sibling)
    totals = [t for t in money[:-1] if _LIST_MARK.search(text[(t.num.loc.end or t.start):part.start])
              and not _complete(t, [f for f in measured if t.start < f.start < part.start])] \
        or [t for t in money[:-1] if _WHOLE.search(re.split(r"[，,；;]", t.words)[-1])] \
        or _named_whole(rate, money[:-1])
    if len(totals) != 1 or _any_ratio_gives(rate, money[-4:]) or _share_itself(totals[0], rate, text) \
            or _of_another_whole(rate, totals[0]):
        return None
    total = totals[0]
    if total.yuan < part.yuan or _gives(rate, part.yuan, total.yuan):
        return None  # the part over its whole gives the rate, however far back the whole was stated
    # (a part equal to its whole, the only source of a unit's income, is 100% of it)
    return _finding(rate, part, total, "占比", where)


def _bracket_around(text: str, end: int, at: int) -> int | None:
    """Where the bracket opens that holds the figure ending at ``end`` and closes before ``at``, or None."""
    depth = 0
    for ch in text[end:at]:
        depth += (ch in "（(") - (ch in "）)")
        if depth < 0:
            return max(text.rfind("（", 0, end), text.rfind("(", 0, end))
    return None


# the whole a share names after 占 (占全县低保对象的70%): the words between 占 and 的 (or the end); 占比为 names
# none (占比 is the share itself)
_NAMED = re.compile(r"占(?!比)([\u4e00-\u9fff]{2,12}?)(?:的(?:比例|比重|份额)?)?(?:为|是|达)?$")


def _share_itself(total: _Fig, rate: _Fig, text: str) -> bool:
    """The whole found is itself told as a share of the whole the rate names (其中：基本支出1,362.18万元，
    占总支出的64.92%，包括…；项目支出736.17万元，占总支出的35.08%): a sibling part, whose own list
    (包括…) ended before this part, not the whole; that whole was told in an earlier sentence."""
    named = _NAMED.search(rate.words)
    if named is None and not re.search(r"占(?:为|是|达)?$", rate.words):
        return False  # (both unnamed, 基本支出…，占70.69%，其中…；项目支出…，占29.31%: parts of one whole)
    name = re.escape(named.group(1)) if named else r"(?:为|是|达)?[\d０-９]"
    after = text[(total.num.loc.end or total.start):]
    return re.match(r"\s*(?:亿元|万元|元)?\s*[，,]?\s*占" + name, after) is not None


def _named_whole(rate: _Fig, earlier: list[_Fig]) -> list[_Fig]:
    """The one earlier figure whose own clause bears the name the share gives its whole (全县低保对象
    1200人，农村低保对象960人，占全县低保对象的80%: the whole is the figure named 全县低保对象)."""
    m = _NAMED.search(rate.words)
    if m is None:
        return []
    named = [t for t in earlier if m.group(1) in _clause(t)]
    return named if len(named) == 1 else []


# words that name a whole of anything (占总数的, 占全年总额的): they leave the share's own noun
_ANY_WHOLE = re.compile(r"总|全部|全年|本年|当年|年度|合计|共计|全|数|量|额|比例|比重|份额")


def _of_another_whole(rate: _Fig, total: _Fig) -> bool:
    """The share names its whole (占收入的) and that name has no two letters in common with the total
    found (全年支出1,649.32万元): the share is over another whole, told elsewhere in the report."""
    named = _NAMED.search(rate.words)
    noun = _ANY_WHOLE.sub("", named.group(1)) if named else ""
    if len(noun) < 2:
        return False  # (占总数的, 占比: no noun of its own, the total found is its whole)
    words = _clause(total)
    return not any(noun[i:i + 2] in words for i in range(len(noun) - 1))
