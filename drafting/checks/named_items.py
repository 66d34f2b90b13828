"""A list's item named again: the same noun phrase, with another head word, is no splice.

Why: a report lists what a project pays for as a ；-list of names (项目主要内容：A工作经费；B慰问和体检经费；
C生活医疗困难补助；…) and names the same things again in its sentences with the head word the sentence needs
(解决C生活医疗困难情况，…). The words shared are the item's name without its head (…困难|补助；, …困难|情况，):
a noun phrase said twice, each time closed by a head word of its own — no text pasted into a sentence.
A pasted run ends where the paste ends, wherever the host's clause and its source's item happen to end.
"""

from __future__ import annotations

import re
from typing import Protocol

from ..report import TextUnit
from .goal_fields import restates_goal
from .segments import Run
from .splice_hosts import actual_cell_of_target
from .splice_text import cut_mid_word

__all__ = ["item_named_again", "names_it_again"]

_HEAD = 4  # Chinese characters of a head word (补助, 情况, 经费, 工作经费) closing the noun phrase — two at least:
# one character left of the item is a word the run cut (户籍管|理；), as is a head the run cuts into (``cut_mid_word``)
_ITEMS = 3  # a list of names: this many ；-items on the source's line, none holding a comma (no clauses)
_CLOSES_ITEM = re.compile(rf"[\u4e00-\u9fff]{{2,{_HEAD}}}\s*(?:[;；。]|$)")
_CLOSES_CLAUSE = re.compile(rf"[\u4e00-\u9fff]{{2,{_HEAD}}}\s*[,，;；。:：]")


def _line(text: str, at: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start : end if end >= 0 else len(text)]


def item_named_again(source: str, c: int, d: int, host: str, b: int) -> bool:
    """Whether the run ``source[c:d]`` (said again in ``host``, ending at ``b``) opens an item of a
    ；-list of names on its line and stops a head word short of the item's end, while in the host a head
    word of its own closes the clause right after it."""
    start, line = _line(source, c)
    items = [s for s in re.split(r"[;；]", re.split(r"[:：]", line, maxsplit=1)[-1]) if s.strip()]
    if len(items) < _ITEMS or any(re.search(r"[,，]", s) for s in items):
        return False  # not a list of names: a sentence's clauses are running text
    if not line[: c - start].rstrip().endswith((";", "；", ":", "：")):
        return False  # the run opens the item
    return bool(_CLOSES_ITEM.match(line, d - start)) and bool(_CLOSES_CLAUSE.match(host, b)) \
        and not cut_mid_word(source, d, host, b)


class _Copy(Protocol):
    """A run said again (``splices._Partial``): host text [a, b) copies source text [c, d)."""

    run: Run
    host: TextUnit
    source: TextUnit
    a: int
    b: int
    c: int
    d: int

    def has_clause_mark(self) -> bool: ...


def names_it_again(units: list[TextUnit], p: _Copy) -> bool:
    """Whether the host says a run of its own report again as its own words, not pasted: a form's actual
    cell repeating its target (``actual_cell_of_target``), a goal restated as done (``restates_goal``), or an
    item of a list of names named again with another head word (``item_named_again``)."""
    host, source = p.run.host, p.run.source
    return actual_cell_of_target(units, host, source) or restates_goal(units, host, p.a, source, p.c) \
        or (not p.has_clause_mark() and (item_named_again(p.source.text, p.c, p.d, p.host.text, p.b)
                                         or titled_name(units, p.host.text[p.a : p.b])))


# a report's title line (…2023年度项目支出绩效自评报告(城乡义务教育阶段公用经费补助资金), …资金绩效自评表)
_TITLE_LINE = re.compile(r"(?:绩效|自评|评价)[^。，,；;]{0,40}(?:报告|表)")
_TITLE_MAX = 100  # characters of a title line, with the unit's name and the project's
_NAME_MIN = 8  # characters of a project's name: a short phrase (资金使用情况) names nothing
_A_NAME = re.compile(r"[\u4e00-\u9fff（）()·、]+")
_CLAUSE_MARK = re.compile(r"[，,。；;]")  # a title holds none (…由会员分享,可在线阅读,更多相关《…》 is a site's notice)


def titled_name(units: list[TextUnit], run: str) -> bool:
    """Whether the run, without a closing 项目, is the project or fund the report's title names: a sentence
    takes it as its subject (我校|城乡义务教育阶段公用经费补助资金项目|自评得分98分), it is pasted from nowhere."""
    name = re.sub(r"项目$", "", run.strip())
    return len(name) >= _NAME_MIN and _A_NAME.fullmatch(name) is not None and any(
        len(u.text) <= _TITLE_MAX and name in u.text and _TITLE_LINE.search(u.text) and not _CLAUSE_MARK.search(u.text)
        for u in units)
