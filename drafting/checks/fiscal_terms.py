"""A fixed name of the budget vocabulary typed one character off in running text (一般公共性预算 for 一般公共预算).

Why: the names of the four budgets (预算法), of the classification's classes (政府收支分类科目), of a final
account's columns (部门决算报表) and of the “三公” items are fixed strings the writer copies, not words the
writer chooses; a reader marks one typed off as surely as a wrong character. The typo check, reading word by
word, misses most: 一般公共性预算 is 一般|公共性|预算, each a word. The names are a closed list
(``data/fiscal_terms.txt``, each group's source named).
Premise: a string of running text one slip off such a name — one character inserted inside it, one inner
character dropped, one changed for a character of the same syllable or a similar shape, or two neighbours
swapped — that is itself no name, no word and not the report's own way of writing it, is a slip of typing.

Quiet unless sure: the string begins and ends where its run's words do; names of five characters or more
only (项目总支出 is no slip of 项目支出); a joining character inserted, dropped or changed (上年结转和结余,
购置和运行费) makes a phrase or a variant, 性 dropped a common short form (政府基金, 资本支出), and 总, 净 or
累 inserted tells which amount (财政拨款总收入); a character often said alone, inserted between the name's
words and read there as a word of its own, says something (财政拨款占收入); a changed character that makes a
common word with its neighbour is that word (社会保障基金 is another fund, not 社会保险基金 typed off); a
likeness by 模糊音 or a secondary reading alone is too weak; a string the report writes more than once and
the name never is its own."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.traditional import fold_traditional
from ..report import Report, TextUnit
from .lexicon import COMMON, DATA, Lexicon, lexicon
from .slips import ALONE
from .typos_candidates import similar

__all__ = ["RULE", "fiscal_term_slips", "terms"]

RULE = "language.fiscal_term"
_SHORTEST = 5  # one character off a shorter name is too often a phrase of its own
_JOINING = frozenset("的和及与之、等或并其")  # inserted or dropped, it makes a phrase or a variant
_NOT_DROPPED = _JOINING | {"性"}  # 政府基金(预算), 资本支出: common short forms, not slips
_AMOUNTS = frozenset("总净累")  # inserted before a name's last word, it tells which amount: 财政拨款总收入
_WEAK = ("模糊音", "多音字")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@cache
def terms() -> frozenset[str]:
    """The fixed names (``data/fiscal_terms.txt``)."""
    text = (DATA / "fiscal_terms.txt").read_text(encoding="utf-8")
    return frozenset(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")
                     and len(s) >= _SHORTEST)


@cache
def _ends() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The names by their first two and by their last two characters: a slip leaves one end whole."""
    heads: dict[str, list[str]] = {}
    tails: dict[str, list[str]] = {}
    for t in terms():
        heads.setdefault(t[:2], []).append(t)
        tails.setdefault(t[-2:], []).append(t)
    return ({k: tuple(v) for k, v in heads.items()}, {k: tuple(v) for k, v in tails.items()})


def _slip(typed: str, term: str, lex: Lexicon) -> tuple[str, str] | None:
    """(what, why) where ``typed`` is ``term`` with one slip (see the module), else None."""
    if len(typed) == len(term) + 1:
        for i in range(1, len(typed) - 1):
            if typed[:i] + typed[i + 1:] == term and typed[i] not in _JOINING | _AMOUNTS \
                    and not any(a < i < b - 1 and lex.freq(typed[a:b]) for a, b in lex.route(typed)[1]):
                return "多字", f"多了一个“{typed[i]}”字"  # (not inside a word jieba reads: 预决算绩效管理, 预算和决算)
    elif len(typed) == len(term) - 1:
        for i in range(1, len(term) - 1):
            if term[:i] + term[i + 1:] == typed and term[i] not in _NOT_DROPPED:
                return "漏字", f"漏了“{term[i]}”字"
    elif len(typed) == len(term):
        diff = [i for i, (a, b) in enumerate(zip(typed, term, strict=True)) if a != b]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == term[diff[1]] and typed[diff[1]] == term[diff[0]]:
            return "字序错乱", f"“{term[diff[0]:diff[1] + 1]}”写成了“{typed[diff[0]:diff[1] + 1]}”"
        if len(diff) == 1 and not {typed[diff[0]], term[diff[0]]} & _JOINING:
            i = diff[0]
            if any(lex.freq(w) >= COMMON for w in (typed[max(0, i - 1):i + 1], typed[i:i + 2]) if len(w) == 2):
                return None  # 社会保障基金: the changed character makes another common word with its neighbour
            why = similar(typed, term, i, lex, sound=lex.readings(term[i])[0])
            if why is not None and not any(w in why for w in _WEAK):
                return "错别字", f"“{typed[i]}”与“{term[i]}”{why}"
    return None


def _on_word_edges(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the window begins and ends where the words of its run do (年初|一般|公共性|预算, not 上|年结转…
    of 上年结转和结余): a slip is a name typed off, not a piece of one beside a word."""
    run = next(m for m in _HAN.finditer(text) if m.start() <= start and end <= m.end())
    edges = {run.start() + x for span in lex.route(run.group())[1] for x in span}
    return start in edges and end in edges


def _said_between(text: str, start: int, end: int, term: str, lex: Lexicon) -> bool:
    """Whether a character inserted into the name says something there: it stands between two of the
    name's words, as a word of its own in its run's route, and is one often said alone (财政拨款|占|收入,
    财政拨款|总|收入). One inside a word of the name (公务接|用|待费), one bound to a word (公共性), or one
    seldom alone (一般公共|额|预算) is a key struck by mistake."""
    i = next((k for k in range(1, end - start) if text[start:start + k] + text[start + k + 1:end] == term), None)
    if i is None or i not in {x for span in lex.route(term)[1] for x in span} or lex.freq(text[start + i]) < ALONE:
        return False
    run = next(m for m in _HAN.finditer(text) if m.start() <= start and end <= m.end())
    return (start + i - run.start(), start + i + 1 - run.start()) in lex.route(run.group())[1]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a name's first or last two characters stand (one scan in C, not a lookup at every character),
    and the names themselves, longest first."""
    heads, tails = _ends()
    at = re.compile("(?=(" + "|".join(sorted(set(heads) | set(tails))) + "))")
    named = re.compile("(?=(" + "|".join(re.escape(t) for t in sorted(terms(), key=len, reverse=True)) + "))")
    return at, named


def _candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each window of ``text`` that keeps one end of a name whole and is one
    character longer, shorter or as long, within one run of Chinese characters."""
    heads, tails = _ends()
    found = _patterns()[0].finditer(text)
    first = next(found, None)
    if first is None:
        return
    runs = [m.span() for m in _HAN.finditer(text)]
    starts = [a for a, _ in runs]
    for m in itertools.chain((first,), found):
        p, two = m.start(), m.group(1)
        s, e = runs[bisect_right(starts, p) - 1]
        if p + 2 > e:
            continue
        for t in heads.get(two, ()):
            yield from ((p, p + n, t) for n in (len(t) - 1, len(t), len(t) + 1) if p + n <= e and _near(text, p, p + n, t))
        for t in tails.get(two, ()):
            yield from ((p + 2 - n, p + 2, t) for n in (len(t) - 1, len(t), len(t) + 1)
                        if p + 2 - n >= s and _near(text, p + 2 - n, p + 2, t))


def _near(text: str, a: int, b: int, term: str) -> bool:
    """What every slip ``_slip`` reads keeps, asked first as it is cheap (no window cut out): one inserted
    or dropped inside leaves both ends; one changed or two swapped leave all but two characters in place."""
    if b - a != len(term):
        return text[a] == term[0] and text[b - 1] == term[-1]
    return sum(map(str.__ne__, text[a:b], term)) <= 2  # the characters that differ, counted in C


def fiscal_term_slips(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    known, lex = terms(), lexicon()
    whole: str | None = None
    seen: set[tuple[int, int, int]] = set()
    for n, unit in enumerate(units):
        text = unit.text
        exact: list[tuple[int, int]] | None = None  # the names written right, found once a window needs them
        for start, end, term in _candidates(text):
            typed = text[start:end]
            if (n, start, end) in seen or typed in known or lex.freq(typed) or typed in lex.vocabulary \
                    or fold_traditional(typed) == term or (slip := _slip(typed, term, lex)) is None:  # (預算: the name in traditional)
                continue
            exact = exact if exact is not None else [m.span(1) for m in _patterns()[1].finditer(text)]
            if any(a < end and start < b for a, b in exact):
                continue
            if not _on_word_edges(text, start, end, lex) or (len(typed) > len(term) and _said_between(text, start, end, term, lex)):
                continue
            whole = whole if whole is not None else "\n".join(u.text for u in units)
            if whole.count(typed) > 1 and term not in whole:
                continue  # the report's own way of writing it, never the name: a habit, not a slip
            seen.add((n, start, end))
            what, why = slip
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"疑似{what}：“{typed}”应为“{term}”",
                location=FindingLocation.of(report, unit.at(start, end)),
                evidence=f"“{term}”是预算管理的固定名称（预算法、政府收支分类科目、部门决算报表等），{why}",
                suggestion=f"改为“{term}”", rule=RULE)
