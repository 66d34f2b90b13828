"""Spliced text: a paragraph pasted into the middle of another sentence, with both seams located.

A span inside a text unit that copies another paragraph of the report (or of last year's report),
whose left seam cuts a sentence and whose right seam lets the interrupted sentence go on, is a
splice: “…同期增长|开发就业岗位…4045次|2.8%”. Segments and number-masked matching come from
``segments``.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from ..findings import Finding, Kind, Severity
from ..numbers.textnorm import (
    TERMINATORS,
    is_sentence_start,
    light,
    list_marker_end,
    meaningful_length,
    to_halfwidth,
)
from ..report import Report, TextUnit
from .segments import (
    INSIDE,
    MIN_CHARS,
    Segment,
    finding_location,
    locate,
    overlaps,
    segments,
    shingle_index,
    snippet,
)

__all__ = ["find_splices"]


# -- splices ---------------------------------------------------------------------------------------

_TAIL = TERMINATORS + "”’」』)）》】\"' \u3000"


def _containments(refs: list[Segment], hosts: list[Segment]) -> list[tuple[Segment, Segment, float]]:
    """(ref, host, containment) for every ref paragraph lying inside a longer host paragraph."""
    index = shingle_index(hosts)
    out = []
    for ref in refs:
        for hid, inter in overlaps(index, ref).items():
            host = hosts[hid]
            if host is ref or len(host.norm) < len(ref.norm) + 10:
                continue
            c = inter / len(ref.shingles)
            if c >= INSIDE:
                out.append((ref, host, c))
    return out


def _exact_span(ref: Segment, host: Segment, min_chars: int = MIN_CHARS) -> tuple[int, int] | None:
    """Exact [a, b) in the host unit's text of a whole copy of ``ref`` (its list marker aside)."""
    where = locate(ref, host)
    if where is None:
        return None
    text = host.unit.text
    lo = max(0, host.norm.starts[where[0]] - 10)
    hi = min(len(text), host.norm.ends[where[1] - 1] + 10)
    core = ref.text[list_marker_end(ref.text):].rstrip(_TAIL)
    if meaningful_length(core) < min_chars:
        return None
    sm = SequenceMatcher(None, text[lo:hi], core, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size >= 3]
    if not blocks or blocks[0].b > 2 or blocks[-1].b + blocks[-1].size < len(core) - 2:
        return None
    if sum(b.size for b in blocks) < 0.85 * len(core):
        return None
    return lo + blocks[0].a, lo + blocks[-1].a + blocks[-1].size


SPLICE_MIN_CHARS = 20   # a pasted-in paragraph this long (numbers count as one character) is reported
_CLOSERS_ALL = "”’」』)）》】\"'"
_OPENERS = ("一是", "二是", "三是", "四是", "五是", "六是", "其一", "其二", "首先", "其次", "同时", "此外",
            "另外", "另一方面", "最后", "总之", "综上")


def _mid_left(text: str, a: int) -> bool:
    """The character before ``a`` is a letter or digit inside a sentence (not a line start, not
    after a stop, colon or comma, not right after a list marker): text was cut open here."""
    if a == 0 or is_sentence_start(text, a):
        return False
    prev = to_halfwidth(text[a - 1])
    return prev.isalnum()


def _mid_right(text: str, b: int, ref_stops: bool) -> tuple[bool, int]:
    """Whether the sentence interrupted at ``b`` goes on after it, and the span's end taking in the
    copied paragraph's closing stop (only when the copied paragraph has one: a copy without a stop
    followed by the host's own 。 ends the host sentence). The host continues on the same line,
    with a letter or digit, and not with a list marker or a new point (一是, 同时…)."""
    e = b
    while ref_stops and e < len(text) and to_halfwidth(text[e]) in TERMINATORS + _CLOSERS_ALL:
        e += 1
    if e >= len(text) or text[e] in "\n\r" or not to_halfwidth(text[e]).isalnum():
        return False, b
    if list_marker_end(text, e) > e or text.startswith(_OPENERS, e):
        return False, b
    return True, e


def find_splices(report: Report, prior: Report | None = None,
                 min_chars: int = SPLICE_MIN_CHARS) -> list[Finding]:
    """A whole paragraph pasted into the middle of a sentence of another paragraph.

    The inserted span must be a copy (numbers masked) of a paragraph found elsewhere, in this
    report or in ``prior``, of at least ``min_chars`` characters. Its left seam must cut a sentence
    open (a letter or digit right before, no stop, colon, comma or list marker) and the host text
    must go on after it on the same line with the rest of that sentence (“…增长” + paragraph +
    “2.8%…”). A copy that starts a sentence, a line or a list item is a duplicate, not a splice."""
    hosts = segments(report)
    refs = segments(report, min_chars)
    own = len(refs)
    if prior is not None:
        refs += segments(prior, min_chars)
    ours = {id(s) for s in refs[:own]}
    findings = []
    seen: set[tuple[int, int | None, int | None, int, int]] = set()
    for ref, host, c in _containments(refs, hosts):
        span = _exact_span(ref, host, min_chars)
        if span is None:
            continue
        a, b = span
        text = host.unit.text
        if not _mid_left(text, a):
            continue
        ok, b = _mid_right(text, b, to_halfwidth(ref.text.rstrip()[-1:] or " ") in TERMINATORS + _CLOSERS_ALL)
        if not ok:
            continue
        key = (host.unit.location.block, host.unit.location.row, host.unit.location.col, a, b)
        if key in seen:
            continue
        seen.add(key)
        left_ctx, right_ctx = light(text[max(0, a - 8) : a])[-6:], light(text[b : b + 8])[:6]
        findings.append(_splice_finding(report, host.unit, ref, a, b, left_ctx, right_ctx, c,
                                        from_prior=id(ref) not in ours))
    return _outermost(findings)


def _splice_finding(report: Report, unit: TextUnit, ref: Segment, a: int, b: int, left_ctx: str,
                    right_ctx: str, sim: float, from_prior: bool) -> Finding:
    text = unit.text
    seam1 = unit.at(max(0, a - 3), min(len(text), a + 3))
    seam2 = unit.at(max(0, b - 3), min(len(text), b + 3))
    source = f"上年报告{ref.loc.label()}" if from_prior else ref.loc.label()
    inserted = text[a:b]
    return Finding(
        kind=Kind.SPLICED_TEXT,
        severity=Severity.ERROR,
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


def _outermost(findings: list[Finding]) -> list[Finding]:
    """Drop a splice lying inside another splice of the same text unit."""
    def box(f: Finding) -> tuple[tuple[int, int | None, int | None], int, int]:
        loc = f.location.location
        return (loc.block, loc.row, loc.col), loc.start, loc.end

    out = []
    for f in findings:
        u, s, e = box(f)
        if not any(box(g)[0] == u and box(g)[1] <= s and e <= box(g)[2] and g is not f
                   and (box(g)[1], box(g)[2]) != (s, e) for g in findings):
            out.append(f)
    return out
