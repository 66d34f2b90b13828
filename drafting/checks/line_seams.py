"""A character or word typed twice across a line break (进一步加强预算管 / 管理，…; …，根据 / 根据县…).

Premise: text taken from a PDF, or typed into a form's wide cell, breaks a sentence at the page's
width, wherever the line fills. A slip that doubles a character or a word lands at the break as often
as anywhere, and there no check that reads one line at a time sees it. A break is read as a sentence
running on only where the line before is prose (long, with a clause mark, no stop at its end) and the
next line is no heading, and not where both lines are a form's fields (标签：值, one a line); the two copies are then judged by the rules that judge them within a line
(``slips.doubled`` for a character, ``language``'s doubled words for a word), on the two lines' runs
of Chinese characters joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..io.text_reader import heading_level
from ..report import Report, TextUnit
from .context import site_notice
from .doubled_chars import doubled
from .lexicon import COMMON, Lexicon, lexicon
from .slips import STARTS_PHRASE
from .typos import GAIN  # the run read with one copy must be this much more probable

__all__ = ["broken_lines", "seam_chars"]

_TAIL = re.compile(r"[\u4e00-\u9fff]+$")
_HEAD = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE = re.compile(r"[，,；;、：:]")
# a line that is a form's field (项目名称：…建设项目 / 项目单位：…): two such lines are two fields, not a sentence
_FIELD = re.compile(r"\s*[\u4e00-\u9fff（）()]{2,12}[:：]")
# a next line that is a short label alone (项目类型 under a form's option cell 1、持续性项目   2、新增性项目): a form's
# next cell, where no sentence goes on
_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{2,6}\s*")
# a line opening a numbered entry of a list of tables or attachments (表2:…, 表二、…, 附件3): each line its own entry
_ENTRY = re.compile(r"\s*(?:附表|表|附件|图)\s*[\d一二三四五六七八九十]")
PROSE_LINE = 16  # a line this long with a clause mark is prose broken at the page's width, not a form's cell


def broken_lines(units: list[TextUnit]) -> Iterator[tuple[int, str, str, int]]:
    """(index of the next line, the line's last run of Chinese characters, the next line's first, where
    that run starts in the next line) at each break inside a sentence whose two sides begin alike (the
    same character or word): a paragraph's line, long and with a clause mark, ending on a Chinese
    character, then a paragraph's line starting with one that is no heading."""
    for i in range(len(units) - 1):
        one, two = units[i], units[i + 1]
        if one.location.row is not None or two.location.row is not None:
            continue  # a table's cells: each its own text
        text, nxt = one.text.rstrip(), two.text
        lead = len(nxt) - len(nxt.lstrip())
        if not text or not any(text.endswith(nxt[lead:lead + k]) for k in range(1, 5) if nxt[lead + k - 1:lead + k]):
            continue
        tail, head = _TAIL.search(text), _HEAD.match(nxt, lead)
        if tail is None or head is None or len(text) < PROSE_LINE or not _CLAUSE.search(text) \
                or heading_level(nxt) is not None or (_FIELD.match(text) and _FIELD.match(nxt)) or _LABEL.fullmatch(nxt) \
                or site_notice(text) or _ENTRY.match(nxt):
            continue  # (a page's byline ends on its source, …来源:政法委, and a list's entry opens its own line, 表3:…)
        yield i + 1, tail.group(), head.group(), lead


def seam_chars(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A character typed twice across a line break, as ``slips.doubled`` reads a doubling in a line."""
    lex = lexicon()
    for n, tail, head, lead in broken_lines(units):
        run = tail + head
        route = lex.route(run)
        if not any(a == len(tail) - 1 for a, _ in doubled(run, route, lex)) and not _rejoins(tail, head, route, lex):
            continue
        unit, ch = units[n], head[0]
        yield Finding(
            kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
            message=f"疑似多字：换行处“{ch}”连写两次",
            location=FindingLocation.of(report, unit.at(lead, lead + 1)),
            evidence=f"上一行以“{tail[-4:]}”结尾，下一行又以“{ch}”开头，接起来读作“{run[max(0, len(tail) - 4):len(tail) + 4]}”；"
                     f"删去一个后读作“{(tail + head[1:])[max(0, len(tail) - 4):len(tail) + 3]}”",
            suggestion=f"删去下一行开头重复的“{ch}”", rule="language.doubled_char")


def _rejoins(tail: str, head: str, route: tuple[float, list[tuple[int, int]]], lex: Lexicon) -> bool:
    """Whether the line's last character stands alone and, with its copy on the next line dropped, ends
    up inside a word that holds characters of both lines (预算管 / 管理 → 预算管理): the break cut a
    word the doubling had split. Not a character that starts a phrase (的 / 的确), and not where the kept
    copy only starts the next line's word (县人社局 / 局长: 局长 is no word across the break)."""
    at = len(tail) - 1
    ch = tail[-1]
    if (at, at + 1) not in route[1] or ch in STARTS_PHRASE or head[0] != ch:
        return False
    once = tail + head[1:]
    logp, spans = lex.route(once)
    return logp - route[0] >= GAIN and any(
        s < at and e > at + 1 and (lex.freq(once[s:e]) >= COMMON or once[s:e] in lex.vocabulary) for s, e in spans)
