"""Repeated text inside one report: duplicate clusters (copies of last year's report: ``prior_copies``).

Paragraph segments and how a copy is located come from ``segments``; spliced text (a paragraph
pasted into the middle of a sentence) lives in ``splices``.

Why this shape: reports paste the same achievement paragraph into the form, the indicator table and
the narrative — verbatim, with a new list marker, with a heading sentence added, with new figures,
or as one piece of a longer paragraph. Paragraphs are therefore compared on normalised text
(``textnorm``: halfwidth, no punctuation or markers, numbers masked) by 4-character shingles, found
through an inverted index (no all-pairs loop), and grouped greedily in document order: the first
occurrence of a text is the canonical one, a later paragraph is a copy when it is nearly the same
(Jaccard), lies inside the canonical (a partial copy) or contains it (a span located inside a longer
paragraph, offsets exact). A paragraph made of several earlier ones is reported as copies of each.

Only narrative is compared: a repeated title (on the cover and again above the body), a form's
header row, a ``名称：…报告`` line or a list of fund documents that differ only in their project names
is how reports are laid out, not a copy. A text is narrative when, with its citations taken out
(《…》, 发文字号, bracketed asides, ``关于…的通知``) and its figures, some clause of six or more Chinese
characters ends in a sentence or clause mark (，；。！？) — form fields, hyphen-joined records and
titles have none. Headings are never compared; the same holds for copies of last year's report.

One repeated text is one problem: ``find_duplicates`` gives one finding per cluster, located at the
second occurrence, ``related`` = the first occurrence then every other copy, its message naming how
many copies there are and where.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from ..findings import Finding, Kind, Severity
from ..model_base import BaseModel
from ..numbers.extract import extract, shared_mentions
from ..numbers.memo import text_cache
from ..numbers.textnorm import TERMINATORS, is_sentence_start, meaningful_length, normalize, to_halfwidth
from ..report import Location, Report
from .parallel_copies import duties_twice, parallel_boilerplate, parallel_items, target_then_actual
from .parallel_copies import separate_documents as apart
from .segments import (
    INSIDE,
    MIN_CHARS,
    K,
    Segment,
    ShingleIndex,
    finding_location,
    locate,
    overlaps,
    overlaps_at_least,
    segments,
    snippet,
)

__all__ = ["Cluster", "Copy", "duplicate_clusters", "find_duplicates", "letters"]

SHORT_MIN_CHARS = 20  # shorter than MIN_CHARS, compared only when repeated three or more times
_CLAUSE_MARK = re.compile(r"[，,；;]")
NEAR = 0.8            # Jaccard at or above: the same paragraph, lightly edited

# -- what is narrative ------------------------------------------------------------------------------

# citations, taken out before looking for a sentence: 《…》, a 发文字号 (渝财教[2020]209号,
# 湘办〔2021〕28号) with its issuer, an aside in brackets, a document named by its title (关于…的通知)
# the name before a document number runs possessively (``{0,12}+``): a bracket follows it, never a
# Chinese character, so backing off a character cannot find a match (as in ``docnumbers``)
_CITED = re.compile(
    r"《[^》]{0,80}》"
    r"|[\u4e00-\u9fff]{0,12}+[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*[号號]"
    r"|[(（][^()（）]{0,40}[)）]"
    r"|关于[^，。；,;\n]{2,60}?的(?:通知|意见|办法|决定|批复|函|方案|规定|报告)")
# what every citation holds (《, an opening bracket, 关于): a text with none has none, told by a search
# led by these characters, where ``_CITED``, whose document number may start at any Chinese character,
# is tried at every one (most of the duplicate check's question of what is narrative)
_CITES = re.compile(r"[《〔\[［(（]|关于")
# a figure with its unit (9.8万元, 432人, 2022年): not words of a sentence
_QUANTITY = re.compile(r"[0-9０-９][0-9０-９.,]*\s*(?:[万亿千百]?(?:元|人次|人|个|项|次|户|家|所|名|台|套|件|平方米|"
                       r"米|公里|吨|亩|宗|座|年|月|日|号)|%|％)?")
# what separates the fields of a record rather than the clauses of a sentence: a form's cell
# separators, a label's colon, hyphen-joined items, wide gaps, line breaks
# (``[|｜\t:：\-—－_=]+|\s{2,}|\n`` led by one class of their first characters, the rest told by looking
# back at it: ``re`` skips to where such a character stands, where it tried the three at every character)
_FIELD_SEP = re.compile(r"[|｜\t:：\-—－_=\s](?:(?<=[|｜\t:：\-—－_=])[|｜\t:：\-—－_=]*|(?<=\s)\s+|(?<=\n))")
_CLAUSE = re.compile(r"[^，,；;。！？!?]*[，,；;。！？!?]")
_ENDED = re.compile(r".*[，,；;。！？!?]", re.DOTALL)  # a text up to its last clause or sentence mark
_HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_CLAUSE_HAN = 6    # a clause of a sentence: at least this many Chinese characters (figures aside) before its mark


@text_cache
@lru_cache(maxsize=4096)
def is_narrative(text: str) -> bool:
    """Whether ``text`` says something in sentences: with its citations and figures removed, some
    clause of six or more Chinese characters ends in a clause or sentence mark. A title, a header
    row, a ``标签：值`` line or a list of document numbers and project names does not. Cached: the
    duplicate clusters ask it of each paragraph twice."""
    bare = _QUANTITY.sub("", _CITED.sub("", text) if _CITES.search(text) else text)
    for field_text in _FIELD_SEP.split(bare):
        # up to its last mark: ``findall`` tried the text after it at each of its characters, each
        # time to its end (a field with no mark at all, a cell or a label, took the square of its length)
        ended = _ENDED.match(field_text)
        for clause in _CLAUSE.findall(ended.group()) if ended else ():
            if len(_HAN.findall(clause)) >= MIN_CLAUSE_HAN:
                return True
    return False


# a numbered heading closed with a full stop, on a line of its own, ending in a heading's word (情况, 目标, 措施 …):
# (二)某局关于某资金整体绩效目标情况。 is a heading as much as one without its stop (a numbered item that says
# something, 1.严格执行预算管理制度。, is not), and the project's name it holds is said again wherever the report
# names the project (…整体绩效自评分数为89分), which is no copy (in either script: the text as written is compared)
_CLOSED_HEADING = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])"
                             r"[^，,；;：:。\n]{2,60}(?:[情概][况況]|目[标標]|措施|[问問]题|建[议議]|[结結][论論]|分析|[说說]明)。[ \t\u3000]*")


def _comparable(seg: Segment) -> bool:
    if seg.unit.kind == "heading" or _CLOSED_HEADING.fullmatch(seg.unit.text):
        return False
    if seg.narrative is None:
        seg.narrative = is_narrative(seg.text)
    return seg.narrative


class Copy(BaseModel):
    """One later occurrence of a cluster's text."""

    location: Location
    quote: str
    similarity: float
    contained: bool = False  # a span inside a longer paragraph rather than a whole paragraph


class Cluster(BaseModel):
    """A text repeated in one report: its first occurrence and every later copy."""

    canonical: Location
    canonical_quote: str
    copies: list[Copy]

    @property
    def size(self) -> int:
        return 1 + len(self.copies)


def _extend_end(text: str, end: int) -> int:
    """Take in the closing punctuation right after a located span (。 ” ）)."""
    while end < len(text) and to_halfwidth(text[end]) in TERMINATORS + "”’」』)》】\"'":
        end += 1
    return end


def _snap(text: str, start: int, end: int, slack: int = 6) -> tuple[int, int]:
    """Widen a located span to its sentence's start and end when only a few characters (an edited
    subject such as 我县城镇 for 2022年) lie between: a copy is reported by whole sentences."""
    s = start
    while s > 0 and not is_sentence_start(text, s) and start - s <= slack:
        s -= 1
    if is_sentence_start(text, s) and start - s <= slack:
        start = s
    e = end
    while e < len(text) and to_halfwidth(text[e - 1]) not in TERMINATORS and text[e] != "\n" and e - end <= slack:
        e += 1
    if to_halfwidth(text[e - 1]) in TERMINATORS and e - end <= slack:
        end = _extend_end(text, e)
    return start, end


# -- clusters --------------------------------------------------------------------------------------


@dataclass
class _Canon:
    """A text's first occurrence and the copies found of it."""
    seg: Segment
    copies: list[tuple[Segment, float, bool]] = field(default_factory=list)


def _build_clusters(report: Report, segs: list[Segment], min_chars: int = MIN_CHARS) -> list[_Canon]:
    canons: list[_Canon] = []
    index = ShingleIndex()
    sizes: list[int] = []  # each canonical's shingle count

    held: list[set[str]] = []  # each canonical's shingles

    def add_canon(seg: Segment) -> None:
        index.add(len(canons), seg.shingles)
        canons.append(_Canon(seg))
        sizes.append(len(seg.shingles))
        held.append(seg.shingles)

    for seg in segs:
        if not _comparable(seg):
            continue
        ns = len(seg.shingles)
        # the canonicals a copy could be of share most of its shingles: those are counted first, the
        # rest only when it is none's copy (it may hold a shorter canonical)
        best_near, best_in = _best(overlaps_at_least(index, seg, _least(ns), held), sizes, ns)
        if best_near is not None:
            canons[best_near[1]].copies.append((seg, best_near[0], False))
            continue
        if best_in is not None:
            canons[best_in[1]].copies.append((seg, best_in[0], False))
            continue
        counts = overlaps(index, seg)
        contained = [(cid, inter / sizes[cid]) for cid, inter in counts.items()
                     if inter / sizes[cid] >= INSIDE and sizes[cid] < ns]
        covered: list[tuple[int, int]] = []
        for cid, c in sorted(contained, key=lambda t: t[0]):
            where = locate(canons[cid].seg, seg)
            if where is None:
                continue
            a, b = where
            piece = seg.piece(a, b)
            piece.start, piece.end = _snap(seg.unit.text, piece.start, _extend_end(seg.unit.text, piece.end))
            canons[cid].copies.append((piece, c, True))
            covered.append((a, b))
        if not covered:
            add_canon(seg)
            continue
        for a, b in _uncovered(covered, len(seg.norm)):
            if b - a >= min_chars:
                add_canon(seg.piece(a, b))
    return canons


def _best(counts: dict[int, int], sizes: list[int], ns: int) -> tuple[tuple[float, int] | None, tuple[float, int] | None]:
    """The canonical a segment of ``ns`` shingles is nearest (Jaccard at least ``NEAR``) and the one
    it lies most inside (``INSIDE``), each (score, id), the first of equals in ``counts``' order.
    Both need a count of at least ``NEAR`` × ``ns`` (a canonical shares no more shingles than it has),
    so the rest are passed over unweighed: a copy in a long report shares a few shingles with
    hundreds of canonicals."""
    best_near: tuple[float, int] | None = None
    best_in: tuple[float, int] | None = None
    least = _least(ns)
    for cid, inter in [(cid, inter) for cid, inter in counts.items() if inter >= least]:
        nc = sizes[cid]
        j = inter / (nc + ns - inter)
        if j >= NEAR and (best_near is None or j > best_near[0]):
            best_near = (j, cid)
        c_seg = inter / ns
        if c_seg >= INSIDE and (best_in is None or c_seg > best_in[0]):
            best_in = (c_seg, cid)
    return best_near, best_in


def _least(ns: int) -> float:
    """The fewest shared shingles a canonical needs to be near a segment of ``ns`` or to hold it (a
    margin of one: the exact tests of ``_best`` decide)."""
    return NEAR * ns - 1


def _uncovered(covered: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    out, pos = [], 0
    for a, b in sorted(covered):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < n:
        out.append((pos, n))
    return out


def duplicate_clusters(report: Report, min_chars: int = MIN_CHARS) -> list[Cluster]:
    """Every text that occurs more than once, as a cluster: first occurrence and its copies.

    A shorter text (down to ``SHORT_MIN_CHARS``) counts too when it occurs three or more times:
    one sentence pasted into the form, the indicator table and the narrative is a real copy."""
    segs = segments(report, min_chars)
    out = _clusters(report, segs, min_chars)
    if min_chars <= SHORT_MIN_CHARS:
        return out
    taken: dict[tuple[int, int | None, int | None], list[Location]] = defaultdict(list)  # by text unit
    for cl in out:
        for loc in (cl.canonical, *(c.location for c in cl.copies)):
            taken[(loc.block, loc.row, loc.col)].append(loc)
    def short(quote: str, size: int) -> bool:
        # three or more places, a sentence of several clauses (not a name: task and indicator names
        # are meant to recur), shorter than ``min_chars``: asked before the cluster is built (most
        # clusters of this pass are the long ones again)
        return size >= 3 and bool(_CLAUSE_MARK.search(quote.strip().rstrip("。；;"))) \
            and meaningful_length(quote) < min_chars

    for cl in _clusters(report, segments(report, SHORT_MIN_CHARS, reuse=segs), SHORT_MIN_CHARS, wanted=short):
        places = [cl.canonical, *(c.location for c in cl.copies)]
        if not any(_overlap(a, b) for a in places for b in taken.get((a.block, a.row, a.col), ())):
            out.append(cl)
    return out


def _overlap(a: Location, b: Location) -> bool:
    """Two spans of one text unit that share a character."""
    return a.start < b.end and b.start < a.end


def _clusters(report: Report, segs: list[Segment], min_chars: int,
              wanted: Callable[[str, int], bool] | None = None) -> list[Cluster]:
    """``wanted(canonical quote, size)``: which clusters to build (None: all)."""
    out = []
    for canon in _build_clusters(report, segs, min_chars):
        if not canon.copies:
            continue
        where = canon.seg.loc  # a new Location each time asked: asked once (131,092 copies at 10 MB)
        quote = report.quote(where)
        if wanted is not None and not wanted(quote, 1 + len(canon.copies)):
            continue
        out.append(Cluster(canonical=where, canonical_quote=quote,
                           copies=[_copy(report, s.loc, sim, inside) for s, sim, inside in canon.copies]))
    return out


def _copy(report: Report, loc: Location, sim: float, inside: bool) -> Copy:
    return Copy(location=loc, quote=report.quote(loc), similarity=round(sim, 3), contained=inside)


def find_duplicates(report: Report, min_chars: int = MIN_CHARS) -> list[Finding]:
    """One finding per repeated text (exact, lightly edited or with new figures): located at its
    second occurrence; ``related`` holds the first occurrence, then every other copy."""
    with shared_mentions():  # a cluster's copies are read for their figures, mostly the same text
        out = []
        for cl in duplicate_clusters(report, min_chars):
            figures = _claims(cl.canonical_quote)
            copies = [c for c in cl.copies if (_claims(c.quote) == figures or _verbatim(cl.canonical_quote, c.quote)
                                               or _pasted(cl.canonical_quote, c.quote)) and not nil_lines(cl.canonical_quote, c.quote)]
            places = [cl.canonical, *(c.location for c in copies)]
            if copies and not parallel_boilerplate(report, places, cl.canonical_quote) \
                    and not any(said(report, places) for said in (target_then_actual, duties_twice, parallel_items, apart)):
                out.append(_cluster_finding(report, cl.model_copy(update={"copies": copies})))
        return out


def _verbatim(first: str, copy: str) -> bool:
    """A copy that is, blanks and marks aside (，or ,), a piece of the first text character for character
    (or the first a piece of it): its figures are the first's though a line or page break cut one in two
    at its end (卫生厕所1 | 200户), so the figures read from it differ."""
    a, b = letters(first), letters(copy)
    return b in a or a in b


_BLANKS = re.compile(r"[\s\W_]")  # blanks and marks


def letters(text: str) -> str:
    """The text's characters and digits alone, blanks and marks of either width taken out: what two
    copies share though a line break or a mark's width differs."""
    return _BLANKS.sub("", to_halfwidth(text))


NAME_CHARS = 8  # characters of a name put for another's in a parallel statement
PARALLEL_CHARS = 1000  # longer paragraphs are not aligned (the alignment grows with the square of the length)
PASTED_HAN = 60  # Chinese characters, figures aside, that a copy with other figures must repeat
_YEAR_SAID = re.compile(r"((?:19|20)(?<!\d\d\d)\d\d)\s*年")


def _pasted(first: str, copy: str) -> bool:
    """Whether a text said again with other figures is a copy rather than a parallel statement.
    2023年目标…完成120户… and 2024年目标…完成150户… are one sentence pattern filled twice, as reports
    state each year's, each project's or each town's figures: another year, or most figures other, is
    a parallel statement. A copy edited in place keeps its year and most of its figures (two of eight
    changed: which is right?); a passage long enough that a reviewer sees it pasted (``PASTED_HAN``
    Chinese characters or more, figures aside, in the shorter text; twice that for another year's) is a
    copy whatever its figures."""
    if _another_subject(first, copy):
        return False
    han = min(len(_HAN.findall(_QUANTITY.sub("", t))) for t in (first, copy))
    if set(_YEAR_SAID.findall(first)) != set(_YEAR_SAID.findall(copy)):
        return han >= 2 * PASTED_HAN  # another year's statement: pasted only as a whole passage
    if han >= PASTED_HAN:
        return True
    a, b = Counter(_claims(first)), Counter(_claims(copy))
    return sum((a & b).values()) * 2 > max(sum(a.values()), sum(b.values()))


def _another_subject(first: str, copy: str) -> bool:
    """One pattern filled for each village, project or fund (（一）张湾村。张湾村共有农户286户… / （二）李圩村。
    李圩村共有农户312户…): the words differ besides the figures only where a name stands for a name (each edit a
    replacement of a few characters, nothing added or taken out) and at most one figure in four is the first's.
    A paste keeps its words, with its figures (a copy edited in place) or all new ones (another year's); a
    parallel statement tells other facts of another subject, and deleting it would lose them. Paragraphs over
    ``PARALLEL_CHARS`` are read as before (a copy): such a pattern fills short paragraphs."""
    if max(len(first), len(copy)) > PARALLEL_CHARS:
        return False
    a, b = Counter(_claims(first)), Counter(_claims(copy))
    told = min(sum(a.values()), sum(b.values()))
    if told < 2 or sum((a & b).values()) * 4 > told:
        return False
    return _names_only(first, copy)


def _names_only(first: str, copy: str) -> bool:
    """The two differ only where a name stands for a name: each edit a replacement of a few characters."""
    x, y = normalize(first).text, normalize(copy).text
    edits = [op for op in SequenceMatcher(None, x, y, autojunk=False).get_opcodes() if op[0] != "equal"]
    # a name put for a name, nothing added or taken out (a copy's words edited: 第3批有序推进 appended)
    return bool(edits) and all(tag == "replace" and i2 - i1 <= NAME_CHARS and j2 - j1 <= NAME_CHARS
                               for tag, i1, i2, j1, j2 in edits)


def nil_lines(first: str, copy: str) -> bool:
    """A template's line filled with nothing for each of two funds or items (政府性基金预算财政拨款收入0.00万元，
    …无增减变动 / 国有资本经营预算财政拨款收入0.00万元，…): every amount in both is zero and the words differ only in
    the fund's name — two statements, each true of its own fund, not one pasted twice."""
    amounts = [m for t in (first, copy) for m in extract(t) if m.is_claim]
    return bool(amounts) and all(m.value == 0 for m in amounts) and _names_only(first, copy)


def _cluster_finding(report: Report, cl: Cluster) -> Finding:
    (first, n), (here, *later) = (report.place_label(cl.canonical), cl.size), cl.copies
    canon = Counter(_claims(cl.canonical_quote))  # figures only: list markers 1、 2． are not figures
    places = [f"{first}（首次）", _place(report, here, "本段"), *(_place(report, c) for c in later)]
    changed = [report.place_label(c.location) for c in cl.copies  # each lacks a figure the other has: not a cut copy
               if not c.contained and (got := Counter(_claims(c.quote))) - canon and canon - got]
    figures = f"；{'、'.join(changed)}的数字与首次出现处不同，请核对哪一处正确" if changed else ""
    sims = sorted(c.similarity for c in cl.copies)
    sim = f"{sims[0]:.2f}" if sims[0] == sims[-1] else f"{sims[0]:.2f}–{sims[-1]:.2f}"
    return Finding(
        kind=Kind.DUPLICATE_PARAGRAPH,
        severity=Severity.WARNING,
        message=(f"同一段文字“{snippet(cl.canonical_quote)}”共出现{n}次：{'、'.join(places)}{figures}。"
                 f"请只保留{first}一处，其余{n - 1}处删除或改为“详见{first}”。"),
        location=finding_location(report, here.location),
        related=[finding_location(report, cl.canonical), *(finding_location(report, c.location) for c in later)],
        evidence=(f"去掉编号、标点、屏蔽数字后按{K}字片段比较，相似度{sim}；"
                  f"首次出现于{first}：“{snippet(cl.canonical_quote, 24)}”"),
        suggestion=f"保留{first}，其余{n - 1}处删除或改为“详见{first}”",
        rule="redundancy.duplicate",
    )


def _place(report: Report, c: Copy, role: str = "") -> str:
    notes = [x for x in (role, "在一段更长的文字中" if c.contained else "") if x]
    return report.place_label(c.location) + (f"（{'，'.join(notes)}）" if notes else "")


def _claims(text: str) -> list[str]:
    return [m.text for m in extract(text) if m.is_claim]
