"""A term the report writes again and again, written once with one character dropped (满意率，初目标值≥90%
where every other row writes 年初目标值; 工作完成率 beside 工作完成情况 is no such case).

Why apart from ``slips.dropped``: that reading asks for three characters before the gap that agree
with the longer form, so a character dropped at a term's start (初目标值) or right after a short word
is not found. The premise here is the report's own usage: a term of several words that the report
writes at least ``USAGE`` times the same way is its fixed wording (a form's row label, a programme's
name); the same term once more with one character missing is that term, slipped — where

- what is left is no word and no term (目标值 alone is a word: 年初目标值 → 目标值 is meant; 初目标值 is
  not), and the report writes it nowhere else: a short form used twice is the writer's own;
- the gap strands a single character (初|目标值): where what is left reads as whole words (年初|目标, a
  phrase of its own) nothing says a character is missing;
- it stands on its own: the words before and after it are not part of it (最初|目标值 is another word),
  it lies in one run of Chinese characters (not across punctuation), and no line or cell break is at the
  gap (年 / 初目标值: a wrapped cell, nothing dropped);
- the term is made of words of two characters or more (年初|目标值): a lone character in it (县|农村)
  is a short form the writer varies freely (本县农村, 全县农村).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..findings import Finding, Kind
from ..report import Location, Report, TextUnit
from .agreed_gaps import agreed_gaps
from .grouped import one_finding
from .lexicon import Lexicon, lexicon
from .meant import protected
from .slips import HEADS, OMITTED, STARTS_PHRASE
from .written_whole import ALONE_LONG

__all__ = ["RULE", "USAGE", "dropped_terms"]

RULE = "language.dropped"
USAGE = 3  # a term written this often the same way is the report's fixed wording
_SHORTEST, _LONGEST = 4, 8  # a term's length: one of three characters leaves two, too many of them words
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# before a lone first character, a mark inside a sentence: no bracket (竣（交）工), no full stop (a sentence
# pasted in before the rest of a word: 基|按规定……。|本养老保险 is a splice's seam, ``splices``' finding)
_CLAUSE_MARKS = frozenset("，,；;：:、")
# … or a one-character verb or preposition that takes an object, a word of its own (使|专|资金 for 使专项资金): it
# ends its word, so the lone character after it begins the next one, as after a mark. Not any character: the one
# before may make a word with it (奖|补|资金 beside 补贴资金 is 奖补资金)
_GOVERNS = frozenset("使让将把对向给为以用从在于按由被")
_MARKS = frozenset("，。；：、,.;:？?！!（）()《》“”\"%％〔〕[]【】≥≤=<>＞＜")
_OMITTED_BEFORE = re.compile(OMITTED.pattern + r"\s*$")  # a publisher's (略) right before a term's first character


def _terms(runs: Counter[str], routes: dict[str, tuple[float, list[tuple[int, int]]]]) -> dict[str, int]:
    """How often the report writes each run of two or more whole words (each of two characters or more).
    A plain dict counted with ``get``: a ``Counter``'s ``+=`` calls its ``__missing__`` (Python code) for
    each of the thousands of runs met once."""
    count: dict[str, int] = {}
    get = count.get
    for run, n in runs.items():
        spans = routes[run][1]
        for i, (a, b) in enumerate(spans):
            if b - a < 2:
                continue
            if _SHORTEST <= b - a <= _LONGEST:
                term = run[a:b]
                count[term] = get(term, 0) + n  # one word of four characters or more (专项资金) is a term too
            for s, e in spans[i + 1:]:
                if e - s < 2 or e - a > _LONGEST:
                    break
                if e - a >= _SHORTEST:
                    term = run[a:e]
                    count[term] = get(term, 0) + n
    return count


def _stranded(spans: list[tuple[int, int]], start: int, end: int, gap: int) -> int | None:
    """Where the lone character at the gap stands, if the words of ``run[start:end]`` begin and end with
    it and one does (``gap``: where in it the dropped character was): the first for a dropped first
    character, the last for a dropped last one, either neighbour inside."""
    if end not in {e for _, e in spans}:
        return None
    at = start + gap
    near = [at] if gap == 0 else [at - 1] if at == end else [at - 1, at]
    return next((k for k in near if (k, k + 1) in spans), None)


_Candidate = tuple[int, int, str, int]  # start and end in its run, the term, where the lone character stands


def _candidates(run: str, spans: list[tuple[int, int]], variants: dict[str, tuple[str, int]],
                heads: frozenset[str], lex: Lexicon) -> list[_Candidate]:
    """The places of ``run`` that read as a term with a character dropped, whatever the text around the run;
    ``heads``: the first two characters of every variant (a place that starts none is passed over)."""
    out: list[_Candidate] = []
    singles = [s for s, e in spans if e - s == 1]
    for s, _ in spans if singles and len(run) >= _SHORTEST - 1 else ():
        if run[s:s + 2] not in heads or not any(s <= k < s + _LONGEST - 1 for k in singles):
            continue  # no variant starts here, or no lone character within reach: nothing stranded
        for length in range(_LONGEST - 1, _SHORTEST - 2, -1):  # the longest first: one slip, one term
            wrong = run[s:s + length]
            if len(wrong) < length or wrong not in variants or variants[wrong][0] in run[max(0, s - 1):s + length + 1]:
                continue  # no variant, or the term itself written whole around it
            term, gap = variants[wrong]
            if (lone := _stranded(spans, s, s + length, gap)) is None or lex.freq(wrong) or wrong in lex.vocabulary:
                continue
            if {wrong[0], wrong[-1]} & (HEADS | STARTS_PHRASE) or any(lex.is_name(w) for w in lex_words(term, lex)):
                continue  # 对目标值: a word said before it; 寻甸县 beside 寻甸县委: a name takes many endings
            if lex.freq(run[lone]) >= ALONE_LONG:
                continue  # a character this often a word alone (市, 县, 本) is meant: 市生态环境局 beside 某市生态环境局
            if ((s, s + 1) in spans and s and not _governed(run, spans, s)) or (
                    (s + length - 1, s + length) in spans and s + length < len(run)):
                continue  # a lone first character may end a word with the one before (奖补资金 beside 补贴资金),
                # a lone last one begin one with the next, or a cut piece run on there (财政部门整|指导)
            out.append((s, s + length, term, lone))
    return out


def _slips(text: str, run: str, offset: int, spans: list[tuple[int, int]],
           candidates: list[_Candidate]) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, term, where its lone character stands) in ``text`` of each term of the report
    written in ``run`` (at ``offset``) with a character dropped."""
    done = -1
    for s, e, term, lone in candidates:
        start, end = offset + s, offset + e
        if s == done or ((s, s + 1) in spans and not _governed(run, spans, s) and (
                start < 2 or text[start - 1] not in _CLAUSE_MARKS or not _HAN_RUN.match(text[start - 2]))):
            continue  # … the one before a lone first character must be a mark between words (竣（交）工验收;
            # 3、务费用: a copy's page mark at a line's start, the word begun on the line before)
        if (e - 1, e) in spans and not _after_mark(text[end:]):
            continue  # … and the one after a lone last character a mark or a figure: no line or cell ends there
        if OMITTED.match(text, end) or _OMITTED_BEFORE.search(text, 0, start):
            continue  # 社会组(略)、: the publisher's omission cut the word, which goes on in what was left out
        done = s
        yield start, end, term, offset + lone


def _governed(run: str, spans: list[tuple[int, int]], s: int) -> bool:
    """Whether ``run[s]`` follows a one-character verb or preposition standing as a word (see ``_GOVERNS``)."""
    return s > 0 and run[s - 1] in _GOVERNS and (s - 1, s) in spans


def lex_words(term: str, lex: Lexicon) -> list[str]:
    """The words of ``term`` as jieba reads it."""
    return [term[s:e] for s, e in lex.route(term)[1]]


def _after_mark(text: str) -> bool:
    """Whether ``text`` opens with a mark of punctuation or a figure: a clause's own boundary, no break
    of a line or a cell (where a word may continue on the next), no markup (**) and no text run on."""
    return bool(text) and (text[0] in _MARKS or text[0].isdigit())


def dropped_terms(report: Report, units: list[TextUnit], routes: dict[str, tuple[float, list[tuple[int, int]]]],
                  runs: list[str], found: list[Finding]) -> list[Finding]:
    """The findings of ``_terms_dropped`` and of ``agreed_gaps`` (a phrase written whole once elsewhere)."""
    out = _terms_dropped(report, units, routes, runs, found)
    return out + agreed_gaps(report, units, routes, found + out) if set(runs) <= set(routes) else out


def _terms_dropped(report: Report, units: list[TextUnit], routes: dict[str, tuple[float, list[tuple[int, int]]]],
                   runs: list[str], found: list[Finding]) -> list[Finding]:
    """One finding per term the report writes ``USAGE`` times and once more with a character dropped;
    ``routes``: the typo check's segmentation of the report's runs (none for a traditional copy's),
    ``runs``: its runs of Chinese characters in order, ``found``: its findings, whose places a slip
    read here again is not reported twice."""
    counted = Counter(runs)
    if not counted or not set(counted) <= set(routes):
        return []  # a traditional copy's characters are a reposted text's, no slip (``slips.traditional_text``)
    lex = lexicon()
    variants: dict[str, tuple[str, int]] = {}
    for term in [t for t, n in _terms(counted, routes).items() if n >= USAGE]:
        for i in range(len(term)):
            variants.setdefault(term[:i] + term[i + 1:], (term, i))
    heads = frozenset(v[:2] for v in variants)
    read = {run: c for run in counted if (c := _candidates(run, routes[run][1], variants, heads, lex))}
    if not read:
        return []
    whole = "\n".join(u.text for u in units)
    taken = [p.location for f in found for p in (f.location, *f.related)]
    places: dict[tuple[str, str], list[tuple[TextUnit, int, int]]] = defaultdict(list)
    for unit in [u for u in units if any(run in u.text for run in read)]:
        for m in [m for m in _HAN_RUN.finditer(unit.text) if m.group() in read]:
            slips = list(_slips(unit.text, m.group(), m.start(), routes[m.group()][1], read[m.group()]))
            masked = protected(unit.text, lex)[1] if slips else []
            for start, end, term, lone in slips:
                if masked[lone] or any(s <= start and end <= e and e - s > end - start for s, e, _, _ in slips):
                    continue  # a 机关代字 or a name (大足财〔2021〕); a part of a longer one found (计划资 in 质量提升计划资)
                if not any(_overlaps(unit.at(start, end), at) for at in taken):
                    places[(unit.text[start:end], term)].append((unit, start, end))
    out = []
    for (wrong, term), at in places.items():
        alone = whole.count(wrong) - (whole.count(term) if wrong in term else 0)
        if alone != 1:
            continue  # written so twice or more: the writer's own short form
        out.append(one_finding(
            report, at, kind=Kind.TYPO, message=f"疑似漏字：“{wrong}”应为“{term}”",
            evidence=f"报告别处{whole.count(term)}次写作“{term}”，“{wrong}”不成词",
            suggestion=f"改为“{term}”", rule=RULE))
    return out


def _overlaps(a: Location, b: Location) -> bool:
    """Whether two places share a character (the typo check's finding on the same slip)."""
    return (a.block, a.row, a.col) == (b.block, b.row, b.col) and a.start < b.end and b.start < a.end
