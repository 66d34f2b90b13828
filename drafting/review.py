"""The review pass: runs every check over one report and merges their findings.

Numbers are checked against the department data when it is given (the guard), otherwise against
the report's own tables (arithmetic). Checks are pure; this module only chooses and merges.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from typing import TYPE_CHECKING

from .calibration import calibrate
from .checks import (
    beyond_target,
    blanket_claims,
    calendar,
    claims,
    dates,
    denied_shortfalls,
    directions,
    entities,
    execution_claims,
    fiscal_terms,
    foreign,
    form_labels,
    language,
    met_claims,
    prior_copies,
    redundancy,
    restated_counts,
    segments,
    splices,
    staffing,
    structure,
    transposed_digits,
    twin_scores,
    typos,
)
from .checks.arithmetic import tables as arithmetic
from .checks.arithmetic.scores import shared_rows
from .checks.copied_closings import copied_closings
from .checks.copied_records import copied_records
from .checks.copied_sentences import carried_sentences, copied_sentences
from .checks.copied_tails import copied_tails
from .checks.ocr import quiet_if_drawn_twice, quiet_if_ocred
from .checks.repeated_sentences import repeated_passages
from .checks.slips import script_residue
from .checks.splice_lists import find_list_splices
from .checks.splice_seams import seam_told_once
from .checks.split_words import titles_inside_words
from .findings import Finding, Kind, ReviewResult, in_document_order, quoted_from, with_ids, with_place_labels
from .model_base import BaseModel, Field
from .numbers.extract import shared_mentions
from .numbers.traditional import fold_traditional, has_traditional
from .numbers.wide_points import fold_wide_points, has_wide_points
from .report import Report, fold_bars, folds_bars

if TYPE_CHECKING:  # named in annotations only: a review without data never loads the data model
    from .department import DepartmentData


class ReviewOptions(BaseModel):
    """Which checks run. All offline rules run by default but ``stock_claims`` and ``standard_forms``."""

    redundancy: bool = True
    splices: bool = True
    numbers: bool = True
    claims: bool = True
    dates: bool = True
    entities: bool = True
    structure: bool = True
    language: bool = True
    stock_claims: bool = Field(False, description="a strong claim with no figure near it (成效明显, 大幅提高): style, not "
                               "a defect (issue 9), right 0 of 10 on pools 109–136 by their blind labels; a hint (info) "
                               "when asked for")
    standard_forms: bool = Field(False, description="a widely written variant the standard does not take (截止 before "
                                 "a date for 截至, 帐 for 账): usage, not a slip; on pools 109–136 the blind labels marked "
                                 "none of its 11 findings (5 unsure); said when asked for")
    typos: bool = Field(True, description="wrong and dropped characters (jieba's dictionary and pypinyin's readings, from a cache file built once)")
    year: int | None = None
    judge: str | None = Field(None, description="model spec for the optional LLM judge of qualitative findings")


def review(
    report: Report,
    data: DepartmentData | None = None,
    prior: Report | None = None,
    options: ReviewOptions | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    jobs: int = 1,
) -> ReviewResult:
    """Review one report; ``data`` and ``prior`` make the number and prior-year checks possible.
    ``progress(i, n, name)`` is told before each of the ``n`` checks runs (a long report takes
    minutes; the CLI shows it on stderr). ``jobs`` > 1 lets a long report's checks run in that many
    processes (``review_split``), with the same result."""
    opts = options or ReviewOptions()
    read = report.mapped(fold_bars) if any(map(folds_bars, report.texts())) else report
    plain = _plain(read)
    checks = _checks(report, read, plain, data, prior, opts)
    # the checks of repeated text build the same paragraph segments: built once, dropped after the last;
    # the duplicate and arithmetic checks read the same paragraphs' figures: scanned once, likewise;
    # the score, survey and staffing checks the same table rows: read once for the whole review
    last_reader = _last(checks, _READ_SEGMENTS)
    last_figures = _last(checks, _READ_FIGURES)
    with _rare_collections():  # the ordering below too: it makes thousands of findings' copies
        with report.held_still(), (read.held_still(like=report) if read is not report else nullcontext()), \
                (plain.held_still(like=read) if plain is not read else nullcontext()), \
                (prior or Report()).held_still(), shared_rows(), ExitStack() as shared, ExitStack() as figures:
            shared.enter_context(segments.shared_segments())
            figures.enter_context(shared_mentions())

            def after(i: int) -> None:
                if i >= last_reader:
                    shared.close()
                if i >= last_figures:
                    figures.close()

            merged = _run(checks, report, plain, progress, after, _jobs(plain, jobs))
        if opts.judge and opts.judge != "offline":
            from .checks.judge import judge_findings

            merged = judge_findings(merged, report, opts.judge)
        ordered = in_document_order(merged)  # ids are numbered in document order (the summary is counted once, below)
        return ReviewResult.of(with_ids(ordered, report), source=report.source)


def _plain(read: Report) -> Report:
    """``read`` as the rule checks read it: traditional characters as simplified, a decimal point typed
    full-width (１２．４６) as "." (``fold_wide_points``); ``read`` itself when it holds neither."""
    texts = list(read.texts())
    folds = [fold for fold, told in ((fold_traditional, has_traditional), (fold_wide_points, has_wide_points))
             if any(map(told, texts))]
    if not folds:
        return read
    return read.mapped(folds[0] if len(folds) == 1 else _fold_both)


def _fold_both(text: str) -> str:
    return fold_wide_points(fold_traditional(text))


def _checks(report: Report, read: Report, plain: Report, data: DepartmentData | None, prior: Report | None,
            opts: ReviewOptions) -> list[tuple[str, Callable[[], Iterable[Finding]]]]:
    """The checks ``opts`` turns on, each with the name the progress line shows, in running order.
    What each reads, one character for one (quotes restored in ``_run``; most reports need neither
    fold, told without folding every text to compare it): the splice and prior-year checks ``read``, a copied
    table's "｜" or "│" bars as "|" (``fold_bars``); the rule, language and typo checks and the duplicates
    ``plain``, traditional characters as simplified and decimal points typed full-width as "." too (``_plain``:
    a traditional copy's 萬元 are figures, so each county's sentence of one pattern is told apart as in simplified
    text; the typo check reads ``report`` as written where nothing is folded)."""
    year = opts.year or (data.year if data else None)  # given; otherwise the dates check infers it
    checks: list[tuple[str, Callable[[], Iterable[Finding]]]] = []
    if opts.redundancy:
        checks.append(("重复段落", lambda: _duplicates(plain)))
        if prior is not None:
            checks.append(("照搬上年", lambda: prior_copies.find_prior_copies(read, prior)))
    if opts.splices:
        checks.append(("拼接错位", lambda: splices.find_splices(read, prior) + find_list_splices(read)
                       + titles_inside_words(read)))
    if opts.numbers:
        if data is not None:
            from .numbers import guard  # only with data: the facts and matching machinery are heavy

            checks.append(("数字核验", lambda: guard.guard_findings(report, data)))
        checks.append(("表内运算", lambda: arithmetic.check_arithmetic(plain) + transposed_digits.check_transposed(plain)
                       + restated_counts.check_restated_counts(plain) + twin_scores.check_twin_scores(plain)))
        checks.append(("编制人数", lambda: staffing.check_staffing(plain)))
    if opts.claims:
        checks.append(("无依据结论", lambda: claims.check_claims(plain, data, opts.stock_claims)))
        checks.append(("指标方向", lambda: directions.check_directions(plain)))
        checks.append(("达标表述", lambda: met_claims.check_met_claims(plain) + blanket_claims.check_blanket_claims(plain)
                       + beyond_target.check_beyond_target(plain) + execution_claims.check_execution_claims(plain)
                       + denied_shortfalls.check_denied_shortfalls(plain)))
    if opts.dates:
        checks.append(("年份日期", lambda: dates.check_dates(plain, year)))
        checks.append(("日期先后", lambda: calendar.check_calendar(plain)))
    if opts.entities:
        checks.append(("层级单位", lambda: entities.check_entities(plain, data)))
    if opts.structure:
        checks.append(("结构", lambda: structure.check_structure(plain)))
    if opts.language:
        # (read folded as the rule checks read: 695．5万 is a figure, a traditional copy's 轉發…的通知的通知 a
        # forwarded notice; what the fold leaves of its script, 批覆, is no slip: ``script_residue``)
        checks.append(("语言", lambda: script_residue(language.check_language(plain), report)))
        checks.append(("外来文字", lambda: script_residue(foreign.check_foreign_text(plain), report)))
    if opts.typos:
        # (a traditional copy read folded, as its simplified original; no slip read in what the fold leaves of its script)
        typed = report if plain is read else plain
        checks.append(("错别字", lambda: script_residue(typos.check_typos(typed, opts.standard_forms), report)))
    return checks


def _duplicates(report: Report) -> list[Finding]:
    """Repeated paragraphs, then closing clauses, whole sentences and sentence ends said again in other paragraphs
    (not those reported)."""
    found = redundancy.find_duplicates(report)
    found += copied_closings(report, found)
    found += copied_sentences(report, found)
    found += carried_sentences(report, found)
    found += copied_tails(report, found)
    found += copied_records(report, found)
    return found + repeated_passages(report, found)


_READ_SEGMENTS = {"重复段落", "照搬上年", "拼接错位"}
# the checks that read many paragraphs' figures (``extract``): a duplicate's copies are read for theirs,
# and the arithmetic reads every paragraph's (at 10 MB the same paragraphs scanned twice were 2 % of a review)
_READ_FIGURES = {"重复段落", "照搬上年", "数字核验", "表内运算"}


def _last(checks: list[tuple[str, Callable[[], Iterable[Finding]]]], names: set[str]) -> int:
    """The position (from 1) of the last of ``checks`` named in ``names`` (0: none is)."""
    return max((i for i, (name, _) in enumerate(checks, 1) if name in names), default=0)


def _jobs(plain: Report, jobs: int) -> int:
    """The processes the checks run in: one unless ``jobs`` allows more and the report is long."""
    if jobs <= 1:
        return 1
    from .processes import split_jobs

    return split_jobs(sum(len(u.text) for u in plain.units()), jobs)


def _run(checks: list[tuple[str, Callable[[], Iterable[Finding]]]], report: Report, plain: Report,
         progress: Callable[[int, int, str], None] | None, after: Callable[[int], None], jobs: int = 1) -> list[Finding]:
    """Every check (``after(i)`` once the i-th has run; in ``jobs`` processes, ``review_split``),
    findings on the folded ``plain`` quoting ``report`` as written; in the checks' order, merged,
    calibrated and placed."""
    def one(i: int) -> list[Finding]:
        found = checks[i][1]()
        return list(found) if plain is report else [quoted_from(f, report) for f in found]

    findings: list[Finding] = []
    if jobs > 1:
        from .review_split import run_split

        findings = [f for found in run_split([name for name, _ in checks], one, jobs, progress, after) for f in found]
    else:
        for i, (name, _) in enumerate(checks, 1):
            if progress:
                progress(i, len(checks), name)
            findings.extend(one(i - 1))
            after(i)
    if progress:  # merging and placing thousands of findings of a long report takes seconds too
        progress(len(checks), len(checks), "整理审核意见")
    merged = _no_splice_in_a_copy(_copy_told_once(_claim_told_once(_label_told_once(_slip_told_once(merge_findings(findings))))), report)
    merged = one_per_slip(seam_told_once(merged, report))  # a splice's seams read as slips are the splice's
    merged = quiet_if_ocred(merged, report.texts())  # an OCR'd text's garbled characters are no author's slips
    merged = quiet_if_drawn_twice(merged, report.texts())  # a page drawn twice doubles its bold runs
    return with_place_labels([calibrate(f) for f in merged], report)


@contextmanager
def _rare_collections() -> Iterator[None]:
    """The checks build millions of small objects that live until the review ends and make next to
    no reference cycles; with the collector's defaults (a pass every 700 new objects, a full pass
    each time the heap grows by a quarter) walking them took a third of a 4 MB report's review.
    Collections are made rare for the review (the peak memory measured the same) and restored."""
    old = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*old)


# When the guard (with data) and the report's own arithmetic flag the same number, keep one.
_SAME_CLAIM = {Kind.NUMBER_UNSUPPORTED, Kind.NUMBER_CONTRADICTED, Kind.ARITHMETIC_MISMATCH}


def merge_findings(findings: list[Finding]) -> list[Finding]:
    """Drop exact repeats and number findings that point at the same span as a stronger one."""
    kept: list[Finding] = []
    seen: dict[tuple, int] = {}
    for f in sorted(findings, key=lambda f: -f.severity.rank):
        loc = f.location.location
        group = "number" if f.kind in _SAME_CLAIM else f.kind.value
        key = (group, loc.block, loc.row, loc.col, loc.start, loc.end)
        if key in seen:
            continue
        seen[key] = len(kept)
        kept.append(f)
    return kept


_ONE_PLACE = {"language.dropped": 0, "dates.future": 2}  # rule: the characters two of its findings may stand apart


def _slip_told_once(findings: list[Finding]) -> list[Finding]:
    """A character read as dropped by two checks at one place (2018度 — its 年 — and 度部门决 — 年度部门决 —, the year's
    check and the typo check) is one slip, and a period's two ends after the report's year (2025年1月1日-2025年12月31日)
    one date written wrong: the first told is kept."""
    kept: list[Finding] = []
    told: dict[tuple[str, int, int | None, int | None], list[tuple[int, int]]] = {}  # spans told, by rule and unit
    for f in findings:
        at, gap = f.location.location, _ONE_PLACE.get(f.rule or "")
        if gap is not None:
            spans = told.setdefault((f.rule or "", at.block, at.row, at.col), [])
            if any(s < at.end + gap and at.start < e + gap for s, e in spans):
                continue
            spans.append((at.start, at.end))
        kept.append(f)
    return kept


def _claim_told_once(findings: list[Finding]) -> list[Finding]:
    """A claim that every target was met (各项目标任务圆满完成) which the indicator table contradicts is one
    problem: the finding that names the rows it contradicts stands for it, not also the one that says the
    same words lack support (``claims``' strong-claim finding inside its span)."""
    spans = [f.location.location for f in findings if f.rule == "claims.blanket_met_but_missed"]
    if not spans:
        return findings

    def inside(f: Finding) -> bool:
        loc = f.location.location
        return any((s.block, s.row, s.col) == (loc.block, loc.row, loc.col) and s.start <= loc.start
                   and loc.end <= s.end for s in spans)

    return [f for f in findings if not (f.kind is Kind.UNSUPPORTED_CLAIM and f.rule != "claims.blanket_met_but_missed"
                                        and inside(f))]


def _label_told_once(findings: list[Finding]) -> list[Finding]:
    """A form's label or a fixed budget name typed wrong that the typo check also found inside it (分折 in
    偏差原因分折及改进措施) is one slip: the typo check's finding, on the wrong word itself, stands."""
    closed = (form_labels.RULE, fiscal_terms.RULE)  # the closed vocabularies' rules
    spans = [f.location.location for f in findings if f.kind is Kind.TYPO and f.rule not in closed]

    def overlaps(f: Finding) -> bool:
        loc = f.location.location
        return any((s.block, s.row, s.col) == (loc.block, loc.row, loc.col) and s.start < loc.end
                   and loc.start < s.end for s in spans)

    return [f for f in findings if not (f.rule in closed and overlaps(f))]


def _copy_told_once(findings: list[Finding]) -> list[Finding]:
    """A run of clauses pasted again in its paragraph is one problem: where the passage rule's finding
    (``redundancy.repeated_passage``, naming the whole run and its first copy) overlaps the clause or
    sentence rule's (``language.repeated_sentence``) in the same paragraph, the passage's stands."""
    spans = [f.location.location for f in findings if f.rule == "redundancy.repeated_passage"]
    if not spans:
        return findings

    def overlaps(f: Finding) -> bool:
        loc = f.location.location
        return any((s.block, s.row, s.col) == (loc.block, loc.row, loc.col) and s.start < loc.end
                   and loc.start < s.end for s in spans)

    return [f for f in findings if not (f.rule == "language.repeated_sentence" and overlaps(f))]


def _no_splice_in_a_copy(findings: list[Finding], report: Report) -> list[Finding]:
    """A paragraph that a duplicate finding lists whole is no host of a splice when its own text around
    the run is found outside it too: where the other copy was broken into pieces over lines (a page
    break inside it), the splice rule read a piece's run inside the whole copy as pasted there. One
    problem, one finding: the duplicate lists both places. A host with text of its own around the run
    (a paragraph pasted into a sentence, the copy found whole) keeps its splice finding."""
    whole = set()
    for f in findings:
        if f.kind is Kind.DUPLICATE_PARAGRAPH:
            for loc in (f.location.location, *(r.location for r in f.related)):
                text = report.text_of(loc)
                if not text[:loc.start].strip() and not text[loc.end:].strip():
                    whole.add((loc.block, loc.row, loc.col))
    if not whole:
        return findings
    return [f for f in findings if not (f.kind is Kind.SPLICED_TEXT and _in_pieces(f, report, whole))]



def _in_pieces(splice: Finding, report: Report, whole: set[tuple[int, int | None, int | None]]) -> bool:
    """Whether the splice's host is listed whole and its text before and after the run is found
    elsewhere in the report (blanks and marks aside): all of it a copy, in pieces."""
    loc = splice.location.location
    key = (loc.block, loc.row, loc.col)
    if key not in whole:
        return False
    host = report.text_of(loc)
    others = redundancy.letters("".join(u.text for u in report.units()
                                        if (u.location.block, u.location.row, u.location.col) != key))
    return all(redundancy.letters(part) in others for part in (host[:loc.start], host[loc.end:]))


def _one_fix(f: Finding) -> tuple[str, ...] | None:
    """What makes two findings one problem with one fix: a language slip's rule, quote and suggestion;
    a figure the report's own arithmetic contradicts, by rule, quote and the whole message (which
    names every figure it was computed from), so only the same wrong sentence written twice."""
    if len(f.quote) < 2:
        return None
    if (f.rule or "").startswith("language.") and f.suggestion:
        return (f.rule, f.quote, f.suggestion)
    if f.kind is Kind.ARITHMETIC_MISMATCH and f.rule:
        return (f.rule, f.quote, f.message)
    return None


def one_per_slip(findings: list[Finding]) -> list[Finding]:
    """The same slip in several places (食品食品 in two copies of one title, one malformed 发文字号
    cited twice, one wrong growth rate in two sentences that state the same figures) is one problem:
    one finding at its first place listing the others, as the typo check lists a wrong word's places.
    Only where the fix is one replacement (``_one_fix``): an unbalanced “ in two paragraphs is two."""
    groups: dict[tuple[str, ...], list[Finding]] = {}
    for f in findings:
        if (key := _one_fix(f)) is not None:
            groups.setdefault(key, []).append(f)
    out: list[Finding] = []
    for f in findings:
        key = _one_fix(f)
        group = groups[key] if key is not None else [f]
        if group[0] is not f:
            continue  # listed by the first place
        if len(group) > 1:  # a place's own related text (a clause's first copy) is no place of the slip
            message = f.message if "全文共" in f.message else f"{f.message}（全文共{len(group)}处）"
            f = f.model_copy(update={"message": message, "related": [
                *f.related, *(p for g in group[1:] for p in (g.location, *g.related))]})
        out.append(f)
    return out
