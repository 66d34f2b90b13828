"""A sentence said twice inside one paragraph, with other text between or right after itself
(``language.check_language`` keeps the clause rule's finding where both read the same repeat).

Why: an officer who pastes a sentence into a paragraph that already holds it leaves the paragraph
saying it twice (issue 9: "a clause or sentence repeated inside a longer paragraph"). Only a sentence of
fifteen or more Chinese characters counts — short formulas (确保资金安全) recur by design — and a
form flattened into one line, where the target cell and the actual cell hold the same text, is no
paragraph: a header naming a target and what was done (预期目标 实际完成情况) anywhere before the
second copy leaves it. Two cells with the same text (planned and actual columns) are no defect; a sentence said
twice inside one cell is read as one inside a paragraph (a page laid out with tabs puts its paragraphs in cells).
The same holds for a clause (between commas) of fifteen or more Chinese characters said again apart from
itself in its paragraph (…，增强了…的可持续发展能力，是…的现实需要，增强了…的可持续发展能力。): a pasted
clause is the same slip as a pasted sentence; the run of clauses alike around it is reported as one copy.
A clause said again right after itself is ``language``'s repeated-clause rule; one said again after a
section's heading marker (a page flattened onto one line) is said in another section, and one quoted
from two cited documents (《…条例》第八条：…；《…办法》第六条：…, ``quoted_sources``) is said by them.

And a run of clauses said again inside a later sentence of the same paragraph (``repeated_passages``,
run with the duplicate checks, after this module's findings): the same words pasted into a new sentence
of the paragraph, where no one clause is long enough for the clause rule.

Both read a paragraph the same way: its clauses (``_clause_spans``), the runs of clauses alike around two
copies (``_runs``), and how far back the runs reach over a clause's shared end (``_reach_back``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..numbers.textnorm import no_blanks
from ..report import Report, TextUnit
from .form_cells import cells_run_together
from .quoted_sources import quoted_from_two_sources

__all__ = ["repeated_passages", "repeated_sentences"]

_MIN_HAN = 15
_HAN = re.compile(r"[\u4e00-\u9fff]")
# (a transfer's form: 总体目标 全年实际完成情况, its columns; 总体目标完成情况 alone is a section's name)
_FORM_HEAD = re.compile(r"(?:设定目标|预期目标|目标值|指标值|年度目标)[^。！？!?\n]{0,30}(?:完成情况|实际完成|实际值|完成值)"
                        r"|总体目标[^。！？!?\n]{0,30}实际完成")
_ENDS = "。！？；!?;，,、 \u3000"


def _key(sentence: str) -> str:
    return no_blanks(sentence).rstrip(_ENDS)


_CUT_BACK = 600  # characters of the lines before a paragraph read for the form's header its line broke from


def _form_before(units: list[TextUnit], i: int, end: int) -> bool:
    """Whether a form's header naming a target and what was done (``_FORM_HEAD``) stands before ``end``
    in ``units[i]``, or in the paragraphs before it that a line break cut it from.

    Why: PDF text breaks a form flattened onto one line (预期目标 实际完成情况 本项目… 本项目…) into lines,
    and a line holding cells apart by blanks is not joined again: the header (even a word of it, 预期|目标)
    stays on a line before. A paragraph that ends with no sentence's or clause's mark goes on in the next —
    but a cell alone on its line (年度指标值, then 全年完成值, then a row's cells one a line) is a form laid out one
    cell a line, whose header is no line broken from this one: the paragraph is a cell of its own."""
    text, j, after = units[i].text[:end], i, units[i].text.strip()
    while j > 0 and len(text) < _CUT_BACK and units[j - 1].kind == "paragraph" \
            and units[j - 1].text.rstrip()[-1:] not in _CUT_ENDS:
        j -= 1
        line = units[j].text.strip()
        text = line + ("\n" if _LONE_CELL.fullmatch(line) or _LONE_CELL.fullmatch(after) else "") + text
        after = line
    return _FORM_HEAD.search(text) is not None


_LONE_CELL = re.compile(r"[^\s。！？!?；;，,]{1,12}")  # a label or a figure alone on its line


_CUT_ENDS = tuple("。！？!?；;：:|")
# a template's reason clause, its label and colon first: 增减变化的主要原因是：…, 变动原因：…
_REASON = re.compile(r"^[\u4e00-\u9fff]{0,12}原因(?:是|为|主要是|主要为)?[:：]")
_FIGURE = re.compile(r"\d")


def _reason_for_each(text: str, key: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence said again is a template's reason clause (增减变化的主要原因是：…) right after a
    different sentence with a figure each time (收入…0万元。原因是：… 支出…0万元。原因是：…): the template asks
    a reason after each figure, and two figures may have the same one — each copy answers its own."""
    if not _REASON.match(key):
        return False
    before = [text[max(text.rfind("。", 0, a - 1), text.rfind("\n", 0, a - 1)) + 1:a] for a, _ in spans]
    return all(_FIGURE.search(b) for b in before) and len(set(map(no_blanks, before))) == len(before)


_ANAPHOR = re.compile(r"^(?:该|其|此)[\u4e00-\u9fff]")


def _each_its_own(text: str, key: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a clause said again opens by pointing back (该工程资金使用…, 其资金来源为…) in two sentences that
    open differently (一批项目涉及…，该工程… 二批项目覆盖…，该工程…): each copy speaks of its own sentence's
    subject — members of a series described alike, not a paste."""
    if not _ANAPHOR.match(key):
        return False
    opens = [text[max(text.rfind(c, 0, a) for c in "。；;\n") + 1:a] for a, _ in spans]
    return all(_HAN.search(o) for o in opens) and len(set(map(no_blanks, opens))) == len(opens)


def repeated_sentences(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """One finding per sentence said again in its paragraph: at its second copy, the others related;
    then one per run of clauses said again apart from itself, outside the sentences found."""
    for i, unit in enumerate(units):
        if "|" in unit.text or len(unit.text) < 2 * _MIN_HAN:
            continue
        found = list(_sentences_again(report, units, i))
        sentences = [(at.location.start, at.location.end) for f in found for at in (f.location, *f.related)]
        text_at = _site_summary(unit.text)
        yield from (f for f in [*found, *_clauses_again(report, units, i, sentences)]
                    if not text_at or min(at.location.start for at in (f.location, *f.related)) >= text_at)


# a document-sharing site's page: its summary of the document (…简介；剑门中学位于…) before the document itself
# (本文内容：…) — the summary repeats the document's opening, the site's copy, not the writer's
_SUMMARY = re.compile(r"简介\s*[;；:：]")
_DOCUMENT = re.compile(r"本文内容\s*[:：]")


def _site_summary(text: str) -> int:
    """Where the document starts after a site's summary of it (0 where the paragraph has none)."""
    m = _SUMMARY.search(text, 0, 200)
    d = _DOCUMENT.search(text, m.end()) if m else None
    return d.end() if d else 0


def _sentences_again(report: Report, units: list[TextUnit], i: int) -> Iterator[Finding]:
    unit = units[i]
    copies: dict[str, list[tuple[int, int]]] = {}
    for start, end in [(s.start, s.end) for s in split_sentences(unit.text)] + _chained(unit.text):
        key = _key(unit.text[start:end])
        if len(key) >= _MIN_HAN:  # (the Chinese characters are counted only for a sentence said again)
            copies.setdefault(key, []).append((start, end))
    for key, spans in copies.items():
        if len(spans) < 2 or len(_HAN.findall(key)) < _MIN_HAN or _form_before(units, i, spans[1][0]) \
                or _reason_for_each(unit.text, key, spans):
            continue
        if not unit.text[spans[0][1]:spans[1][0]].strip() and cells_run_together(units, i, spans[0][0], spans[1][1]):
            continue  # the target cell and the actual cell, side by side
        yield Finding(
            kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
            message=f"同一段中同一句话出现了{len(spans)}次：“{key[:24]}{'…' if len(key) > 24 else ''}”",
            location=FindingLocation.of(report, unit.at(*spans[1])),
            related=[FindingLocation.of(report, unit.at(*span)) for k, span in enumerate(spans) if k != 1],
            evidence="本段中有逐字相同的句子",
            suggestion="删去重复的句子，或改写为新的内容",
            rule="language.repeated_sentence")


def _chained(text: str) -> list[tuple[int, int]]:
    """The sentences to a full stop that chain short clauses with ； (拨付合规；使用规范；执行准确；…履行。), none
    of fifteen characters alone: said twice, the whole is the copy ``split_sentences``' pieces miss."""
    out = []
    for m in re.finditer(r"[^。！？!?\n]+[。！？!?]?", text):
        parts = re.split(r"[；;]", m.group())
        if len(parts) > 1 and all(len(_HAN.findall(part)) < _MIN_HAN for part in parts):
            out.append((m.start(), m.end()))
    return out


# a section's heading marker between the copies (…情况，2万元结转，…二、绩效目标完成情况分析（一）资金投入情况，2万元结转):
# a page flattened onto one line holds two sections, each may state the same fact
_HEADING_MARK = re.compile(r"[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)]")
# an abstract (【摘要】, 内容提要：) restates its body by design: on a page flattened onto one line, a run said in
# the abstract and again after the body's first label or heading is no repeat
_ABSTRACT = re.compile(r"【\s*(?:摘\s*要|内容提要|提\s*要)\s*】|(?:摘\s*要|内容提要)\s*[:：]")
_BODY_MARK = re.compile(_HEADING_MARK.pattern + r"|【[\u4e00-\u9fff]{2,6}】")
_CLAUSE_MARKS = re.compile(r"[，,；;。！？!?\n]")


# a clause with a figure said twice is a plan and its outcome alike (申请…30万元用于A；…完成…30万元用于A),
# as ``repeated_passages`` reads it
_DIGIT = re.compile(r"\d")


# -- clauses, and the runs of them two copies share (both rules below read a paragraph so) --------------

_Clause = tuple[int, int, str]  # start, end (its marks and the blanks around it left outside), words without blanks
_SHARED_TAIL = 6  # Chinese characters two clauses end with that extend the runs back over them
_WHOLE_TAIL = 4  # … or fewer, where they are the whole of the shorter clause


def _clause_spans(text: str) -> list[_Clause]:
    """Each clause of a paragraph: the text between two clause or sentence marks (or a line break)."""
    bounds = [0, *(m.end() for m in _CLAUSE_MARKS.finditer(text)), len(text)]
    out = []
    for a, b in itertools.pairwise(bounds):
        piece = text[a:b]
        words = no_blanks(piece).rstrip(_ENDS)
        if words:
            out.append((a + len(piece) - len(piece.lstrip()), a + len(piece.rstrip(_ENDS + "\n\t")), words))
    return out


def _runs(keys: list[str], a: int, b: int) -> tuple[int, int, int, int]:
    """The runs of clauses alike around the copies at ``a`` and ``b`` (``a`` < ``b``), clause by clause
    outwards, the first ending before the second starts: first run ``a0..a1``, second ``b0..b1``."""
    a0, a1, b0, b1 = a, a, b, b
    while a0 > 0 and b0 - 1 > a1 and keys[a0 - 1] == keys[b0 - 1]:
        a0, b0 = a0 - 1, b0 - 1
    while a1 + 1 < b0 and b1 + 1 < len(keys) and keys[a1 + 1] == keys[b1 + 1]:
        a1, b1 = a1 + 1, b1 + 1
    return a0, a1, b0, b1


def _reach_back(text: str, clauses: list[_Clause], a0: int, a1: int, b0: int) -> tuple[int, int]:
    """Where the runs ``a0..a1`` and ``b0..`` start: a run's first clause may follow the end of a longer
    clause in the other copy (同时项目建设也将|改善和优化农村人居环境 beside 改善和优化农村人居环境), so the runs
    reach back over the words the two clauses before them end with — six or more Chinese characters, or a
    whole clause of four or more — next to the runs or with one clause added to either copy."""
    for x, y in ((a0 - 1, b0 - 1), (a0 - 2, b0 - 1), (a0 - 1, b0 - 2)):
        if x < 0 or y <= a1 or x >= y:
            continue
        one, two = clauses[x][2], clauses[y][2]
        n = 0
        while n < min(len(one), len(two)) and one[-1 - n] == two[-1 - n]:
            n += 1
        tail = one[len(one) - n:]
        han = len(_HAN.findall(tail))
        if han >= _SHARED_TAIL or (han >= _WHOLE_TAIL and n == min(len(one), len(two))):
            at_x, at_y = _tail_start(text, clauses[x], tail), _tail_start(text, clauses[y], tail)
            if at_x >= 0 and at_y >= 0:
                return at_x, at_y
    return clauses[a0][0], clauses[b0][0]


def _tail_start(text: str, clause: _Clause, tail: str) -> int:
    """Where the clause's last ``len(tail)`` non-blank characters (its key's ``tail``) start in ``text``, or -1:
    a PDF's line breaks leave blanks inside a clause, at other places in each copy (作 用和党员 / 作用和党 员),
    which its key (blanks dropped) does not hold."""
    start, end = clause[0], clause[1]
    left = len(tail)
    k = end
    while k > start and left:
        k -= 1
        left -= not text[k].isspace()
    return k if not left and no_blanks(text[k:end]) == tail else -1


def _clauses_again(report: Report, units: list[TextUnit], i: int, sentences: list[tuple[int, int]]) -> Iterator[Finding]:
    text = units[i].text
    pieces = [p.strip() for p in _CLAUSE_MARKS.split(text) if len(p) >= _MIN_HAN]
    if len(set(pieces)) == len(pieces):
        return  # no long clause said twice as written (a copy differing in its blanks only is left too)
    clauses = _clause_spans(text)
    keys = [c[2] for c in clauses]
    first: dict[str, int] = {}
    used: set[int] = set()
    for k, (start, end, key) in enumerate(clauses):
        if len(_HAN.findall(key)) < _MIN_HAN or k in used or _DIGIT.search(key):
            continue
        if key not in first:
            first[key] = k
            continue
        a, b = first[key], k
        if any(s <= start < e for s, e in sentences) or _form_before(units, i, start) \
                or cells_run_together(units, i, clauses[a][0], end) \
                or _reason_for_each(text, key, [clauses[a][:2], (start, end)]) \
                or _each_its_own(text, key, [clauses[a][:2], (start, end)]):
            continue
        a0, a1, b0, b1 = _runs(keys, a, b)
        if a1 + 1 == b0 or _HEADING_MARK.search(text, clauses[a1][1], clauses[b0][0]):
            continue  # said again right after itself (the repeated-clause rule's), or in the next section
        used.update(range(b0, b1 + 1))
        start_a, start_b = _reach_back(text, clauses, a0, a1, b0)
        if quoted_from_two_sources(text, [start_a, start_b]):
            continue  # two cited documents saying the same words, each quoted after its citation
        again, once = (start_b, clauses[b1][1]), (start_a, clauses[a1][1])
        words = text[again[0]:again[1]]
        yield Finding(
            kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
            message=f"同一段中同一分句出现了两次：“{words[:24]}{'…' if len(words) > 24 else ''}”",
            location=FindingLocation.of(report, units[i].at(*again)),
            related=[FindingLocation.of(report, units[i].at(*once))],
            evidence="本段中前文已有逐字相同的分句",
            suggestion="删去重复的分句，或改写为新的内容",
            rule="language.repeated_sentence")


# -- a run of clauses said again further on in its paragraph ----------------------------------------

_PASSAGE_HAN = 20  # two or more clauses this long together: one writer's wording, not a set formula
_ADJACENT = 3  # clauses said again right after themselves, up to three, are ``language.repeated_clause``'s


def _whole_sentences(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` starts a sentence and ends one (the sentence rule's repeat, not a run's)."""
    return (a == 0 or text[:a].rstrip()[-1:] in "。！？!?") and text[b:].lstrip()[:1] in ("", *"。！？!?")


def repeated_passages(report: Report, reported: list[Finding]) -> list[Finding]:
    """Two or more clauses (twenty or more Chinese characters together) said again further on in the
    same paragraph, inside other sentences.

    Premise: a writer who adds a sentence to a paragraph by copying its wording from earlier in the same
    paragraph (…改善…环境，推动…建设，提高…质量。…同时项目也将改善…环境，推动…建设，提高…质量，带动…)
    leaves it saying the same thing twice; a run of clauses this long is no set formula, and one
    paragraph does not need it twice. A clause the writer dropped or added just before the run (one
    clause on one side) is the same copy. Left: runs with figures (an amount applied for and the same
    amount spent, 申请…其中30万元用于A；…完成…其中30万元用于A: a plan and its outcome alike), runs said
    again right after themselves, and whole
    sentences said twice (the clause and sentence rules'); table cells and forms run together (a target
    and its actual with the same words); text another finding already reports."""
    from .copied_closings import taken_places, within

    units = list(report.units())
    taken = taken_places(reported)
    out: list[Finding] = []
    for n, unit in enumerate(units):
        text = unit.text
        if unit.kind == "cell" or "|" in text or "\t" in text or len(text) < 2 * _PASSAGE_HAN:
            continue
        pieces = _CLAUSE_MARKS.split(text)
        if len(set(pieces)) == len(pieces):
            continue  # no clause said twice word for word (told before the clauses are placed)
        clauses = _clause_spans(text)
        keys = [c[2] for c in clauses]
        done = -1  # the last clause of a copy already reported
        for j in range(len(clauses)):
            if j <= done:
                continue
            run = _run_before(keys, j)
            if run is None:
                continue
            i, k = run
            start_a, start_b = _reach_back(text, clauses, i, i + k - 1, j)
            first, again = (start_a, clauses[i + k - 1][1]), (start_b, clauses[j + k - 1][1])
            words = "".join(keys[j:j + k])
            if len(_HAN.findall(words)) < _PASSAGE_HAN or (j - i == k and k <= _ADJACENT) or re.search(r"\d", words) \
                    or (_whole_sentences(text, *first) and _whole_sentences(text, *again)) \
                    or _form_before(units, n, again[0]) or cells_run_together(units, n, again[0], again[1]) \
                    or (_ABSTRACT.search(text, 0, first[0]) and _BODY_MARK.search(text, first[1], again[0])) \
                    or quoted_from_two_sources(text, [first[0], again[0]]):
                continue  # (… or said in an abstract and again in the body it sums up; or quoted from two documents)
            at = [unit.at(*again), unit.at(*first)]
            if any(within(loc, taken) for loc in at):
                continue
            done = j + k - 1
            words = "，".join(keys[j:j + k])
            out.append(Finding(
                kind=Kind.DUPLICATE_PARAGRAPH, severity=Severity.WARNING,
                message=f"同一段中这段表述说了两遍：“{words[:24]}{'…' if len(words) > 24 else ''}”",
                location=FindingLocation.of(report, at[0]), related=[FindingLocation.of(report, at[1])],
                evidence=f"本段前文已有逐字相同的{k}个分句",
                suggestion="删去后一遍，或改写为新的内容", rule="redundancy.repeated_passage"))
    return out


def _run_before(keys: list[str], j: int) -> tuple[int, int] | None:
    """(start, length) of the longest run of two or more clauses from ``j`` that the paragraph said
    before, starting there (its copy not overlapping it); None when there is none, or when the clause
    before ``j`` continues the same run (``j`` is no run's start)."""
    best: tuple[int, int] | None = None
    for i in range(j):
        if keys[i] != keys[j] or (i and j and keys[i - 1] == keys[j - 1]):
            continue
        a0, a1, _, _ = _runs(keys, i, j)
        if a1 - a0 >= 1 and (best is None or a1 - a0 + 1 > best[1]):
            best = (a0, a1 - a0 + 1)
    return best
