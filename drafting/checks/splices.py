"""Spliced text: a paragraph, or a run of text, pasted into the middle of another sentence, with
both seams located.

A span inside a text unit that copies another paragraph of the report (or of last year's report),
whose left seam cuts a sentence and whose right seam lets the interrupted sentence go on, is a
splice: “…同期增长|开发就业岗位…4045次|2.8%”. Segments and number-masked matching come from
``segments``.

A *partial* splice copies only a run of 15 or more characters. Names, document titles and fund
names are repeated across paragraphs too, so the run must show it was cut out of running text: in
its source it starts a clause (after a stop, comma, colon or at a line start of a narrative
paragraph); in the host it breaks a sentence on both sides, and the character pairs it makes at
its seams occur nowhere else in the report. A run holding a clause mark (，；：。), or stopped mid-word
(…城市管|理, ``cut_mid_word``), is no name; one without must hold a list (、) or an unbalanced bracket, or
not follow a word that governs a noun phrase (将, 对, 负责 …) nor open with or follow a year (2024年…项目 is a name). Not splices either: a
copy within one paragraph (a doubled clause, a parallel list), one with other figures (a template),
one whose surrounding text agrees in both places (a passage written twice with small edits), a whole
clause carried on by 和/的/等 (reused phrasing), a whole clause of its source that reads where it stands in
the host, cutting no word (主要用于|提升…建设，|进一步…, 组织专人|从…三个方面|逐项打分: ``reads_in_place``),
a run found in three places (vocabulary). Partial splices are warnings: their precision on labelled real
reports is not measured yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from ..findings import Finding, Kind, Severity
from ..numbers.textnorm import (
    TERMINATORS,
    Normalized,
    light,
    list_marker_end,
    meaningful_length,
    to_halfwidth,
)
from ..report import Report, TextUnit
from .context import teaser_near
from .lexicon import lexicon
from .named_items import names_it_again
from .segments import (
    INSIDE,
    MIN_CHARS,
    Run,
    Segment,
    finding_location,
    locate,
    overlaps_at_least,
    repeated_runs,
    segments,
    shingle_index,
    snippet,
    unit_norms,
)
from .splice_hosts import inside_title, is_title, names_a_body
from .splice_text import (
    CLOSERS,
    COMPARISON,
    GOVERNING_WORDS,
    OPENERS,
    YEAR_COMPARED,
    PairCounts,
    balanced,
    clause_start,
    continues_the_unit_before,
    cut_mid_word,
    cuts_open,
    figure_items,
    framed_list,
    line_of,
    mid_left,
    mid_right,
    reads_in_place,
    span_starts,
    taken_whole,
)

__all__ = ["find_splices"]


_TAIL = TERMINATORS + "”’」』)）》】\"' \u3000"


def _containments(refs: list[Segment], hosts: list[Segment]) -> list[tuple[Segment, Segment, float]]:
    """(ref, host, containment) for every ref paragraph lying inside a longer host paragraph."""
    index = shingle_index(hosts)
    lengths = [len(h.norm.text) for h in hosts]
    held = [h.shingles for h in hosts]
    out = []
    for ref in refs:
        if not ref.shingles or index.looked_up(ref.shingles) / len(ref.shingles) < INSIDE:
            continue  # no host shares enough: in a long report most shingles are too common to count
        longer = len(ref.norm.text) + 10
        # only hosts sharing nearly ``INSIDE`` of the ref's shingles can hold it (a margin of one
        # for the float test below): the rest are not counted (``overlaps_at_least``, same order)
        for hid, inter in overlaps_at_least(index, ref, INSIDE * len(ref.shingles) - 1, held).items():
            if lengths[hid] < longer or hosts[hid] is ref:
                continue
            host = hosts[hid]
            c = inter / len(ref.shingles)
            if c >= INSIDE:
                out.append((ref, host, c))
    return out


def _exact_span(ref: Segment, host: Segment, min_chars: int = MIN_CHARS,
                start_ok: Callable[[str, int], bool] | None = None) -> tuple[int, int] | None:
    """[a, b) in the host's text of a copy of ``ref``; None, not aligned, where no start holds ``start_ok``."""
    where = locate(ref, host)
    if where is None:
        return None
    text = host.unit.text
    lo = max(0, host.norm.starts[where[0]] - 10)
    hi = min(len(text), host.norm.ends[where[1] - 1] + 10)
    core = ref.text[list_marker_end(ref.text):].rstrip(_TAIL)
    if meaningful_length(core) < min_chars:
        return None
    window = text[lo:hi]
    at = window.find(core)
    if at >= 0:  # verbatim: the one block SequenceMatcher finds (the longest match, earliest in a)
        return lo + at, lo + at + len(core)
    if start_ok is not None and not any(start_ok(text, lo + p) for p in span_starts(window, core)):
        return None
    sm = SequenceMatcher(None, window, core, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size >= 3]
    if not blocks or blocks[0].b > 2 or blocks[-1].b + blocks[-1].size < len(core) - 2:
        return None
    if sum(b.size for b in blocks) < 0.85 * len(core):
        return None
    return lo + blocks[0].a, lo + blocks[-1].a + blocks[-1].size


SPLICE_MIN_CHARS = 20   # a pasted-in paragraph this long (numbers count as one character) is reported


def find_splices(report: Report, prior: Report | None = None,
                 min_chars: int = SPLICE_MIN_CHARS) -> list[Finding]:
    """Paragraphs (errors) and runs of 15 or more characters (warnings) pasted into the middle of
    a sentence: ``find_paragraph_splices`` and ``find_partial_splices``; a run inside a pasted
    paragraph is not reported again."""
    whole = find_paragraph_splices(report, prior, min_chars)
    boxes = [_box(f) for f in whole]
    partial = [f for f in find_partial_splices(report, prior)
               if not any(u == _box(f)[0] and s < _box(f)[2] and _box(f)[1] < e for u, s, e in boxes)]
    return whole + partial


def find_paragraph_splices(report: Report, prior: Report | None = None,
                           min_chars: int = SPLICE_MIN_CHARS) -> list[Finding]:
    """A whole paragraph pasted into the middle of a sentence of another paragraph.

    The inserted span must be a copy (numbers masked) of a paragraph found elsewhere, in this
    report or in ``prior``, of at least ``min_chars`` characters. Its left seam must cut a sentence
    open (a letter or digit right before, no stop, colon, comma or list marker) and the host text
    must go on after it on the same line with the rest of that sentence (“…增长” + paragraph +
    “2.8%…”). A copy that starts a sentence, a line or a list item is a duplicate, not a splice."""
    hosts = segments(report)
    refs = segments(report, min_chars, reuse=hosts)
    own = len(refs)
    if prior is not None:
        refs = refs + segments(prior, min_chars)  # a new list: the segments' lists are shared
    ours = {id(s) for s in refs[:own]}
    findings = []
    seen: set[tuple[int, int | None, int | None, int, int]] = set()
    for ref, host, c in _containments(refs, hosts):
        if not any(to_halfwidth(ch) in _NARRATIVE for ch in ref.text):
            continue  # a title or label (no clause mark): its wording is reused as a name
        span = _exact_span(ref, host, min_chars, start_ok=mid_left)
        if span is None:
            continue
        a, b = span
        text = host.unit.text
        if not mid_left(text, a):
            continue
        ok, b = mid_right(text, b, to_halfwidth(ref.text.rstrip()[-1:] or " ") in TERMINATORS + CLOSERS)
        if not ok or (to_halfwidth(text[b - 1:b + 1]).replace(".", "").isdigit() and text[a:b] not in ref.text):
            continue  # a seam inside a figure of other figures (黄芪0.8|3万亩 beside 0.8万亩): told again, a result
        key = (host.unit.location.block, host.unit.location.row, host.unit.location.col, a, b)
        if key in seen:
            continue
        seen.add(key)
        left_ctx, right_ctx = light(text[max(0, a - 8) : a])[-6:], light(text[b : b + 8])[:6]
        source = prior.place_label(ref.loc) if prior is not None and id(ref) not in ours else None
        findings.append(_splice_finding(report, host.unit, ref, a, b, left_ctx, right_ctx, c, source))
    return _outermost(findings)


def _splice_finding(report: Report, unit: TextUnit, ref: Segment, a: int, b: int, left_ctx: str,
                    right_ctx: str, sim: float, prior_place: str | None) -> Finding:
    """``prior_place``: where in last year's report the pasted text comes from (None: this report)."""
    text = unit.text
    seam1 = unit.at(max(0, a - 3), min(len(text), a + 3))
    seam2 = unit.at(max(0, b - 3), min(len(text), b + 3))
    source = f"上年报告{prior_place}" if prior_place else report.place_label(ref.loc)
    inserted = text[a:b]
    return Finding(
        kind=Kind.SPLICED_TEXT,
        # warning: an outline or template that repeats its own fragments looks the same (measured on
        # ../shared/templates); no dev measurement shows 95% precision for an error
        severity=Severity.WARNING,
        message=(f"疑似把另一段文字粘贴进了句子中间：从“{text[max(0, a - 4):a]}|{inserted[:6]}…”到"
                 f"“…{inserted[-6:]}|{text[b:b + 4]}”这段与{source}相同，插在了原句当中。"
                 f"请删除插入的文字，恢复原句“…{left_ctx}{right_ctx}…”。"),
        location=finding_location(report, unit.at(a, b)),
        related=[finding_location(report, seam1, "插入起点"), finding_location(report, seam2, "插入终点")],
        evidence=(f"插入的文字与{source}“{snippet(ref.text, 24)}”相同（相似度{sim:.2f}）；"
                  f"插入起点前“{text[max(0, a - 4):a]}”不是句子结尾"),
        suggestion=f"删除插入的{b - a}个字，使前后文连成“…{left_ctx}{right_ctx}…”",
        rule="redundancy.splice",
    )


def _box(f: Finding) -> tuple[tuple[int, int | None, int | None], int, int]:
    loc = f.location.location
    return (loc.block, loc.row, loc.col), loc.start or 0, loc.end or 0


def _outermost(findings: list[Finding]) -> list[Finding]:
    """Drop a splice lying inside another splice of the same text unit."""
    box = _box
    out = []
    for f in findings:
        u, s, e = box(f)
        if not any(box(g)[0] == u and box(g)[1] <= s and e <= box(g)[2] and g is not f
                   and (box(g)[1], box(g)[2]) != (s, e) for g in findings):
            out.append(f)
    return out


# -- partial splices -------------------------------------------------------------------------------

PARTIAL_MIN_CHARS = 15   # an inserted run this long (characters as written) is reported
_PARTIAL_MIN_NORM = 10   # and this long once normalised (a number counts as one character)
_CONTEXT, _EDIT = 6, 4   # context this long agreeing within this many characters: an edited copy
_INSERTED = 12           # …or the host's next words found this close after the run in its source (a remark added there)
_REJOIN = 4              # the host's text either side of a run, joined, found elsewhere: it was cut open
_WORD_FREQ = 100         # a word this common in jieba's dictionary, cut in two by a run's seams
_TRIM = 2                # a run may begin this many characters before its source's clause start
_CLAUSE_MARKS = ",;:。!?"  # halfwidth forms; 、 is a list mark and may sit inside a name
_NARRATIVE = ",;。"
# words after which a name or a verb phrase is expected: a run there is read, not inserted
_GOVERNING = frozenset("将对把向为由于在从按以及和与或并的是有了之等至")
# words that carry a phrase on: a whole clause followed by one of them may be reused phrasing
_FOLLOWERS = frozenset("和与及的等并或以为之了中")
# a date to the month (2020年9月): a title names its year, running text dates an event
_DATED = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月")


class _Partial:
    """One candidate: host unit text [a, b) copies source unit text [c, d) (normalised host [i, i+n))."""

    def __init__(self, units: list[TextUnit], norms: list[Normalized], run: Run, k: int) -> None:
        self.host, self.source = units[run.host], units[run.source]
        self.hn, self.sn = norms[run.host], norms[run.source]
        self.run = run
        self.i, self.j, self.n = run.i + k, run.j + k, run.n - k
        self.a, self.b = self.hn.starts[self.i], self.hn.ends[self.i + self.n - 1]
        self.c, self.d = self.sn.starts[self.j], self.sn.ends[self.j + self.n - 1]
        h, s = self.host.text, self.source.text
        # a verbatim copy: the source's span as long as the host's (a number cut short stays aligned)
        self.verbatim = light(s[self.c : self.c + self.b - self.a]) == light(h[self.a : self.b])
        if self.verbatim:
            self.d = self.c + self.b - self.a
        while self.b < len(h) and self.d < len(s) and h[self.b] == s[self.d] and h[self.b] != "\n" \
                and not to_halfwidth(h[self.b]).isalnum():
            self.b += 1  # punctuation copied along with the run
            self.d += 1
        tail = h[self.hn.ends[self.i + self.n - 1] : self.b]
        self.ends_sentence = any(to_halfwidth(ch) in TERMINATORS for ch in tail)
        # the copy stops inside a clause of its source (not at a clause mark or a line end)
        after = self.c + (self.hn.ends[self.i + self.n - 1] - self.a) if self.verbatim else self.sn.ends[self.j + self.n - 1]
        self.cut_in_source = after < len(s) and s[after] != "\n" and to_halfwidth(s[after]) not in _CLAUSE_MARKS

    @property
    def text(self) -> str:
        return self.host.text[self.a : self.b]

    def seams_cut_the_host(self) -> bool:
        """Letters or digits on both sides in the host, no sentence start before, no new point after."""
        h, a, b = self.host.text, self.a, self.b
        if not cuts_open(h, a):
            return False
        if b >= len(h) or not to_halfwidth(h[b]).isalnum():
            return False
        return list_marker_end(h, b) == b and not h.startswith(OPENERS, b)

    def seam_pairs_elsewhere(self, grams: PairCounts) -> tuple[int, int]:
        """How often the character pairs made at the left and the right host seam occur elsewhere in the report."""
        t, i, n = self.hn.text, self.i, self.n
        left = grams[t[i - 1 : i + 1]] - 1 if i > 0 else 0
        right = grams[t[i + n - 1 : i + n + 1]] - 1 if i + n < len(t) else 0
        return max(left, 0), max(right, 0)

    def edited_copy(self) -> bool:
        """The texts around the run agree too, a few characters apart: one passage written twice with
        small edits (机关、 added to a duty list), not a run pasted into unrelated text."""
        t, src, i, j, n = self.hn.text, self.sn.text, self.i, self.j, self.n
        w = _CONTEXT
        for g in range(_EDIT + 1):
            for dh, ds in ((g, 0), (0, g)):
                if i - w - dh >= 0 and j - w - ds >= 0 and t[i - w - dh : i - dh] == src[j - w - ds : j - ds]:
                    return True
                a, b = i + n + dh, j + n + ds
                if a + w <= len(t) and b + w <= len(src) and t[a : a + w] == src[b : b + w]:
                    return True
        # the host goes on with words its source has a little further on (…39万元,|自筹资金2696元 /
        # …39万元,已下拨到位。自筹资金2696元): one passage told twice, the source with a remark added
        h, b, d = self.host.text, self.b, self.d
        after = re.sub(r"\W", "", h[b : b + 10])  # letters and digits: the stops may differ (，/。)
        window = re.sub(r"\W", "", self.source.text[d : d + _INSERTED + 10])
        return len(re.findall(r"[\u4e00-\u9fff]", after)) >= 5 and after in window

    def bridge_elsewhere(self, grams: PairCounts) -> bool:
        """The host's characters on either side of the run make a pair found elsewhere in the report:
        they belonged together before the run came between them."""
        t, i, n = self.hn.text, self.i, self.n
        return i > 0 and i + n < len(t) and grams[t[i - 1] + t[i + n]] > 0

    def rejoins_elsewhere(self, own: str) -> bool:
        """The host read without the run — four characters each side, joined — is found elsewhere in
        the report: the run came between words that belong together (…补助地方|…|公共文化…)."""
        t, i, n = self.hn.text, self.i, self.n
        left, right = t[max(0, i - _REJOIN) : i], t[i + n : i + n + _REJOIN]
        return len(left) == len(right) == _REJOIN and (left + right) in own

    def splits_a_word(self) -> bool:
        """The run's seams cut a common word of up to four characters in two (机|…|关, 获得|…|感, 结|…|合,
        实事|…|求是): the host's characters either side of it make a word, while neither seam does."""
        h, a, b = self.host.text, self.a, self.b
        if a < 1 or b >= len(h):
            return False
        lex = lexicon()
        joined = (h[a - 1] + h[b], h[max(0, a - 2):a] + h[b], h[a - 1] + h[b:b + 2], h[max(0, a - 2):a] + h[b:b + 2])
        seams = (h[a - 1] + h[a], h[b - 1] + h[b])
        return any(len(w) >= 2 and lex.freq(w) >= _WORD_FREQ for w in joined) \
            and not any(lex.freq(w) >= _WORD_FREQ for w in seams)

    def reads_as_running_text(self) -> bool:
        """A run holding a clause mark, a list or an unbalanced bracket; else one not read as a
        governed name or phrase (after 将/对/负责…, or opening with a year). A list inside balanced
        brackets belongs to a name: …人员经费（孤儿、三无人员集中供养）项目. A list with no clause mark
        after such a word (用于落实|公办幼儿园生均公用经费、普惠性民办幼儿园…) is the object it takes:
        a report names the same things (a fund's parts, its units) in several sentences."""
        run = self.text
        if any(to_halfwidth(ch) in _CLAUSE_MARKS for ch in run):
            return True
        h, a = self.host.text, self.a
        governed = h[a - 1] in _GOVERNING or h[max(0, a - 2) : a] in GOVERNING_WORDS or bool(_A_YEAR.search(h, max(0, a - 6), a))
        if not balanced(run) or ("、" in re.sub(r"[(（][^()（）]*[)）]", "", run) and not governed):
            return True  # a list of names taken whole by a verb (落实|A、B…) names the report's things again
        if _ORG_NAME.search(re.sub(r"[(（][^()（）]*[)）]", "", run)):
            return False  # a unit's name (…三门县公安局(汇总)) is named again, not pasted
        return not (to_halfwidth(run[0]).isdigit() or governed)

    def has_clause_mark(self) -> bool:
        return any(to_halfwidth(ch) in _CLAUSE_MARKS for ch in self.text)


_A_YEAR = re.compile(r"(?:\d{2}|[xX×]{2})\s*年度?$")  # a year before the run (2023年|…资金, 20xx年|…): a name dated
# a unit's name closing the run, or followed by the act it did (…领导小组下达, …局印发): names recur with
# their acts, so the run is named again, not pasted
_ORG_NAME = re.compile(r"(?:局|委员会|委|办公室|政府|中心|院|所|站|馆|队|学校|医院|街道办事处|领导小组|工作组|党组|党委|指挥部|公司|集团)"
                       r"(?:下达|印发|下发|批复|转发|拨付|安排|分配)?\s*$")


def _candidate(units: list[TextUnit], norms: list[Normalized], run: Run) -> _Partial | None:
    """The run cut back to where its source opens a clause (at most ``_TRIM`` characters in), if it does."""
    src = units[run.source].text
    for k in range(min(_TRIM, run.n - _PARTIAL_MIN_NORM) + 1):
        if clause_start(src, norms[run.source].starts[run.j + k]) \
                and not continues_the_unit_before(units, run.source, norms[run.source].starts[run.j + k]):
            if not cuts_open(units[run.host].text, norms[run.host].starts[run.i + k]):
                return None  # no splice: told before the costlier look at the run's end
            return _Partial(units, norms, run, k)
    return None


def _run_starts(units: list[TextUnit], norms: list[Normalized]) -> Callable[[int, int, int, int], bool]:
    """``repeated_runs``' ``keep``: False where ``_candidate`` gives None whatever the run's length
    (one paragraph; no clause opening in its source within ``_TRIM``; the host not cut open there).
    Asked of each pair of places before the run is measured: in a long report few pass (30 of
    500,000 runs in 10 MB), and each place is looked at once."""
    opens: dict[tuple[int, int], int | None] = {}
    cut: dict[tuple[int, int], bool] = {}

    def keep(h: int, i: int, s: int, j: int) -> bool:
        if h == s:
            return False
        k = opens.get((s, j), -1)
        if k == -1:
            starts = norms[s].starts
            k = opens[(s, j)] = next((k for k in range(min(_TRIM + 1, len(starts) - j))
                                      if clause_start(units[s].text, starts[j + k])), None)
        if k is None or i + k >= len(norms[h].starts):
            return False
        ok = cut.get((h, i + k))
        if ok is None:
            ok = cut[(h, i + k)] = cuts_open(units[h].text, norms[h].starts[i + k])
        return ok

    return keep


def _is_partial_splice(p: _Partial, grams: PairCounts, own: str) -> bool:
    """``own``: the report's normalised texts joined by line breaks (which no normalised text holds)."""
    if p.b - p.a < PARTIAL_MIN_CHARS or p.host is p.source or not p.seams_cut_the_host() or is_title(p.host):
        return False  # within one paragraph a repeat is a doubled clause or a parallel list; a title is no sentence
    if p.run.source < len(own) and not p.verbatim:
        return False  # a paste within the report is verbatim; other figures mean a parallel template
    rejoins = p.rejoins_elsewhere(own) or p.splits_a_word()
    if p.ends_sentence and not rejoins and not any(to_halfwidth(ch) in _CLAUSE_MARKS for ch in p.text.rstrip("".join(_TAIL))) \
            and taken_whole(p.host.text, p.a, p.text):  # after a copied 。 the host may start a new sentence: the left
        return False  # seam alone shows the cut, not where the host's words ask for the clause (负责|对…整理。)
    if not rejoins and not p.cut_in_source and reads_in_place(p.host.text, p.a, p.text):
        return False  # a whole clause of its source standing where the host's sentence asks for it: phrasing
    if not any(to_halfwidth(ch) in _NARRATIVE for ch in line_of(p.source.text, p.c)):
        return False  # a title, a label or a form cell repeats names, not running text
    marks = p.has_clause_mark()
    if p.run.source >= len(own) and not marks:
        return False  # last year's wording is reused freely: only a run with a clause mark counts
    left, right = p.seam_pairs_elsewhere(grams)
    # a clause pasted in where the host's words never meet it (a left seam nowhere else): its last word may go
    # on in the host as a word of the report does (文艺工作|…工作|者, 项目|资金用于), the right seam no sign of reuse
    if (left + right > (1 if marks else 0) and not (marks and not left) and not rejoins) or p.edited_copy():
        return False
    if not p.cut_in_source and p.host.text[p.b] in _FOLLOWERS and not p.bridge_elsewhere(grams) \
            and to_halfwidth(p.text[-1]) not in _CLAUSE_MARKS:  # (after its own comma, 的 carries nothing on)
        return False  # a whole clause reused and carried on (…提高资金使用效益|和…) is phrasing
    if not marks and inside_title(p.host.text, p.a, p.b) and not any(ch in "、《》〈〉<>" for ch in p.text) \
            and not _DATED.search(p.text):
        return False  # a cited document's title naming the work (…关于2022年市级|部门整体支出…自评|及…的通知》);
        # a run with a clause mark, a 、 list, a title of its own or a date to the month is running text anyway
    if not (p.reads_as_running_text() or cut_mid_word(p.source.text, p.d, p.host.text, p.b) or p.splits_a_word()) \
            or COMPARISON.match(p.text) or names_a_body(p.text) or YEAR_COMPARED.fullmatch(p.text):
        return False  # a name said again is whole (not …城市管|); a comparison opening the run is told again of another subject: 收支较上年…, 收入较上年…
    if figure_items(p.text, p.host.text[p.b :]) or framed_list(p.text, p.host.text[p.b :], p.source.text[p.d :]):
        return False  # items of a list of figures (弋江区3.52万元，三山区16.19万元), or of aspects (从…、…|等方面)
    piece = p.hn.text[p.i : p.i + p.n]
    return own.count(piece) < 3  # in three places or more it is vocabulary


def find_partial_splices(report: Report, prior: Report | None = None) -> list[Finding]:
    """Runs of 15 or more characters found elsewhere in the report (or in last year's) that cut a
    sentence open on both sides (see the module docstring for what sets them apart from names)."""
    units = list(report.units())
    own = len(units)
    if prior is not None:
        units += list(prior.units())
    norms = unit_norms(units, own, segments(report, SPLICE_MIN_CHARS, reuse=segments(report)))
    joined = "\n".join(n.text for n in norms[:own])
    grams = PairCounts(joined)
    kept: list[_Partial] = []
    for run in repeated_runs(norms, own, _PARTIAL_MIN_NORM, keep=_run_starts(units, norms)):
        if run.host == run.source:
            continue  # within one paragraph a repeat is a doubled clause or a parallel list
        p = _candidate(units, norms, run)
        if p is None or teaser_near(p.host.text, p.b):
            continue  # (an essay site's teaser, its own words around the report's opening)
        if _is_partial_splice(p, grams, joined) and not (run.source < own and names_it_again(units, p)):
            kept.append(p)
    kept.sort(key=lambda p: -(p.b - p.a))
    ends = {(id(q.host), q.b) for q in kept}
    out: list[_Partial] = []
    taken: dict[int, list[_Partial]] = {}  # by host unit
    for p in kept:
        if (id(p.source), p.c) in ends:
            continue  # its "clause start" is where another pasted run ends: no clause starts there
        mine = taken.setdefault(id(p.host), [])
        if not any(p.a < q.b and q.a < p.b for q in mine):
            out.append(p)
            mine.append(p)
    return [_partial_finding(report, p, prior if p.run.source >= own else None) for p in out]


def _partial_finding(report: Report, p: _Partial, prior: Report | None) -> Finding:
    from_prior = prior is not None
    unit, text, a, b = p.host, p.host.text, p.a, p.b
    seam1 = unit.at(max(0, a - 3), min(len(text), a + 3))
    seam2 = unit.at(max(0, b - 3), min(len(text), b + 3))
    source = f"上年报告{prior.place_label(p.source.location)}" if prior is not None else report.place_label(p.source.location)
    inserted = text[a:b]
    left_ctx, right_ctx = light(text[max(0, a - 8) : a])[-6:], light(text[b : b + 8])[:6]
    related = [finding_location(report, seam1, "插入起点"), finding_location(report, seam2, "插入终点")]
    if not from_prior:
        related.append(finding_location(report, p.source.at(p.c, p.d), "相同文字"))
    return Finding(
        kind=Kind.SPLICED_TEXT,
        severity=Severity.WARNING,
        message=(f"疑似把别处的一段文字粘贴进了句子中间：“{text[max(0, a - 4):a]}|{inserted[:6]}…{inserted[-4:]}|"
                 f"{text[b:b + 4]}”，插入的{b - a}个字与{source}的“{snippet(inserted, 12)}”相同，且在那里是一个分句的开头。"
                 f"请核对原句，删除插入的文字，恢复为“…{left_ctx}{right_ctx}…”。"),
        location=finding_location(report, unit.at(a, b)),
        related=related,
        evidence=(f"与{source}相同的文字在那里从分句开头起；插在此处时前“{text[max(0, a - 2):a]}”后“{text[b:b + 2]}”"
                  "都不是句子的边界，接缝两侧的字组合在报告其他地方都没有出现"),
        suggestion=f"删除插入的{b - a}个字，使前后文连成“…{left_ctx}{right_ctx}…”",
        rule="redundancy.splice_partial",
    )
