"""Defects planted into the real corpus (``../shared/corpus/real``), measured per kind and split.

Why: the real texts are few and their natural defects are labelled once; planting one defect at a
time into each of them measures recall on layouts and wording the rules were not written for, and
whether a single planted defect makes the review say anything *else* about the same text.

For every text and every kind, a seeded planter edits ONE place (none where the text has no
suitable site). The review runs on the clean and on the planted text; a finding is *new* when its
rule+quote pair is not in the clean review. The plant is **found** when a new finding of a
compatible kind overlaps the planted span or touches its edge (a splice's seam); every new finding
that does neither, overlaps no text the plant was copied from, and is no finding of the same kind
the clean review made at the same place (its quote cut by the plant) is **collateral**. Dev and test are reported apart, and only dev
misses are listed (rules are tuned on dev only).

    python -m evals.real_planted [--corpus DIR] [--out evals/results] [--seeds 3]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from pathlib import Path

from drafting.findings import Finding, FindingLocation, Kind
from drafting.io.atomic import write_text
from drafting.io.text_reader import read_text_string
from drafting.report import Report
from drafting.review import review
from evals.real import CORPUS, ROOT, corpus_absent, excerpt, test_names
from evals.real_plant_fields import plant_part_over_whole, plant_placeholder, plant_staff_over_posts
from evals.real_plant_levels import plant_admin_level
from evals.real_plant_places import to_clean, touches
from evals.real_plant_rates import moved_rate, rate_sites
from evals.real_plant_structure import (
    plant_empty_heading,
    plant_foreign_heading,
    plant_instruction,
    plant_numbering_dropped,
    plant_numbering_repeat,
    plant_sentence_twice,
    plant_unit_magnitude,
)
from evals.real_plant_units import plant_other_unit
from evals.real_plant_years import evaluated_year, plant_body_year

Span = tuple[int, int]
CJK = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_MARKS = "。；！？;!?"
CLAUSE_MARKS = "，。；：、,;:！？!?"
NUMBER = r"\d[\d,]*(?:\.\d+)?"
UNITS = "万元|亿元|元|人次|人|户|件|个|家|次|名|处|所|项|座|公里|亩|吨"


@dataclass(frozen=True)
class Plant:
    """One planted defect: the planted text, the changed span in it, what changed, and the spans
    of the text it was taken from or checked against (findings there are not collateral)."""

    kind: str
    text: str
    span: Span
    change: str
    related: tuple[Span, ...] = ()


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _cjk(s: str) -> int:
    return len(CJK.findall(s))


def _narrative(line: str, min_cjk: int) -> bool:
    return _cjk(line) >= min_cjk and any(m in line for m in SENTENCE_MARKS)


def _context(text: str, start: int, end: int, width: int = 8) -> str:
    return text[max(0, start - width):end + width].replace("\n", "⏎")


# -- 1. copied paragraph ---------------------------------------------------------------------------
def plant_copied_paragraph(text: str, rng: random.Random) -> Plant | None:
    """A narrative paragraph (≥ 40 Chinese characters, a sentence mark) copied after a later one."""
    lines = _lines(text)
    narrative = [i for i, (_, ln) in enumerate(lines) if _narrative(ln, 40) and text.count(ln.strip()) == 1]
    pairs = []
    for a in narrative:
        later = [b for b in range(a + 1, len(lines)) if _narrative(lines[b][1], 10)]
        later = later or [b for b in range(a + 2, len(lines)) if _cjk(lines[b][1]) >= 10]
        pairs += [(a, b) for b in later]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    (src_at, src), (dst_at, dst) = lines[a], lines[b]
    at = dst_at + len(dst)
    planted = f"{text[:at]}\n{src}{text[at:]}"
    change = f"第{a + 1}行「{src.strip()[:20]}…」复制到第{b + 1}行之后"
    return Plant("copied_paragraph", planted, (at + 1, at + 1 + len(src)), change, ((src_at, src_at + len(src)),))


# -- 2. splice from a partial paragraph ------------------------------------------------------------
def _clause_runs(line: str, text: str, rng: random.Random) -> list[tuple[int, int]]:
    """Runs of 15–40 characters starting at a clause boundary, not ending inside a number, unique."""
    runs = []
    starts = [0] + [k + 1 for k, ch in enumerate(line) if ch in CLAUSE_MARKS]
    for s in starts:
        while s < len(line) and line[s] in " \u3000\t":
            s += 1
        room = min(40, len(line) - s)
        if room < 15 or not CJK.match(line[s]):
            continue
        e = s + rng.randint(15, room)
        while e > s + 15 and e < len(line) and line[e - 1].isdigit() and line[e].isdigit():
            e -= 1
        run = line[s:e]
        if _cjk(run) >= 10 and text.count(run) == 1 and not (e < len(line) and line[e - 1:e + 1].isdigit()):
            runs.append((s, e))
    return runs


def plant_splice_partial(text: str, rng: random.Random) -> Plant | None:
    """A 15–40 character run from one paragraph inserted mid-sentence (between two Chinese
    characters) into another paragraph."""
    lines = _lines(text)
    paras = [i for i, (_, ln) in enumerate(lines) if _narrative(ln, 20)]
    sources = [(i, run) for i in paras for run in _clause_runs(lines[i][1], text, rng)]
    if not sources or len(paras) < 2:
        return None
    src, (s, e) = rng.choice(sources)
    run = lines[src][1][s:e]
    hosts = []
    for h in paras:
        if h == src:
            continue
        h_at, line = lines[h]
        hosts += [h_at + k for k in range(5, len(line) - 5) if CJK.match(line[k - 1]) and CJK.match(line[k])]
    if not hosts:
        return None
    at = rng.choice(hosts)
    planted = text[:at] + run + text[at:]
    src_at = lines[src][0] + s + (len(run) if lines[src][0] > at else 0)
    host_line = next(i for i, (p, ln) in enumerate(lines) if p <= at <= p + len(ln))
    change = f"第{src + 1}行「{run}」插入第{host_line + 1}行「{_context(text, at, at, 6)}」"
    return Plant("splice_partial", planted, (at, at + len(run)), change, ((src_at, src_at + len(run)),))


# -- 3. title year ---------------------------------------------------------------------------------
TITLE_END = ("报告", "報告", "表")
YEAR = re.compile(r"(?<![\d.\-/])(20[0-3]\d)(?=\s*年)")
TOC_ENTRY = re.compile(r"(?:\s|…|\.{3,})\d{1,3}$")  # a table of contents' entry ends with its page number
NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]"
                      r"|第[一二三四五六七八九十\d]+[部章节])")


def title_line(text: str, need_year: bool = True) -> tuple[int, str] | None:
    """The first line containing 年 (when ``need_year``) that ends with 报告/表 or names 绩效, and
    reads as a title: at most 60 characters, no sentence or clause mark, not a numbered heading,
    not a breadcrumb (首页 > …)."""
    for at, line in _lines(text):
        s = re.sub(r"[\s|]*(?:-?\.(?:docx?|xlsx?|pdf))?[\s|]*$", "", line.strip())
        if (need_year and "年" not in s) or len(s) > 60 or NUMBERED.match(s) or any(c in s for c in "。，,；;>＞") \
                or TOC_ENTRY.search(s):
            continue
        if s.endswith(TITLE_END) or "绩效" in s or "績效" in s:
            return at, line
    return None


def plant_title_year(text: str, rng: random.Random) -> Plant | None:
    """The evaluated year in the title moved by ±1 or ±2, where the body names the right year more
    often than any other."""
    found = title_line(text)
    if found is None or not (m := YEAR.search(found[1])) or evaluated_year(text) != m.group(1):
        return None  # the body names it more often than any other year (a date counts only at year end)
    at, line = found
    year = m.group(1)
    new = str(int(year) + rng.choice((-2, -1, 1, 2)))
    start = at + m.start(1)
    planted = text[:start] + new + text[start + 4:]
    return Plant("title_year", planted, (start, start + 4), f"标题「{line.strip()[:40]}」{year}→{new}")


# -- 5. totals and counts off by one ---------------------------------------------------------------
TOTAL = re.compile(rf"(?:合计|总计|共计|小计|(?<![公总])共)[:：]?\s*({NUMBER})\s*({UNITS})"
                   rf"|(?<![\d.,])({NUMBER})\s*({UNITS})[，,]\s*其中")


def _value(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def _one_less(s: str) -> str:
    """``s`` one unit lower in its last shown digit, in the same format (places, grouping). Down, so
    that the parts that added up to it now exceed it: a defect on any reading. One more than its
    parts is no defect a reviewer can name where the parts may be only some of the whole (其中
    lists the main items as often as all of them)."""
    places = len(s.split(".")[1]) if "." in s else 0
    value = _value(s) - Decimal(1).scaleb(-places)
    return f"{value:,.{places}f}" if "," in s else f"{value:.{places}f}"


def _parts_sum_to(total: Decimal, tail: str, unit: str) -> bool:
    """Some two or more figures of the same unit in ``tail`` (parentheses dropped) add up to it."""
    tail = re.sub(r"[(（][^()（）]*[)）]", "", re.split(r"[。；;\n]", tail)[0])
    parts = [_value(m.group(1)) for m in re.finditer(rf"(?<![\d.])({NUMBER})\s*{unit}", tail)][:12]
    return any(sum(c) == total for n in range(2, len(parts) + 1) for c in combinations(parts, n))


def plant_total_off_by_one(text: str, rng: random.Random) -> Plant | None:
    """A total (after 合计/总计/共计/小计/共, or a figure followed by 其中) one lower in its last shown
    digit — only where the parts stated right after it add up to it in the clean text."""
    sites = []
    for m in TOTAL.finditer(text):
        g = 1 if m.group(1) else 3
        tail = text[m.end(g + 1):m.end(g + 1) + 300]
        if _parts_sum_to(_value(m.group(g)), tail, m.group(g + 1)):
            sites.append((m.start(g), m.end(g), m.end(g + 1) + len(re.split(r"[。；;\n]", tail)[0]), g == 1))
    if not sites:
        return None
    s, e, tail_end, after_word = rng.choice(sites)
    new = _one_less(text[s:e])
    planted = text[:s] + new + text[e:]
    change = f"{'合计' if after_word else '其中前的总数'}「{_context(text, s, e)}」{text[s:e]}→{new}"
    shift = len(new) - (e - s)
    return Plant("total_off_by_one", planted, (s, s + len(new)), change, ((s, tail_end + shift),))


COUNT = re.compile(r"(?<![\d.,])(\d{1,3})(个|個|项|項|家|人|名|所)")
LEAD = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:[，,:：]\s*(?:即|分别是|分别为|包括|为|有)?[:：]?|即|分别是|分别为|包括)")


def list_length(tail: str) -> int:
    """How many names a 、-separated list at the start of ``tail`` holds (0 if it is not a list)."""
    tail = tail[len(m.group()):] if (m := LEAD.match(tail)) else tail
    head = re.split(r"[。；;，,\n]", re.sub(r"[(（][^()（）]*[)）]", "", tail))[0]
    items = head.split("、")
    if len(items) < 3 or any(not CJK.search(i) or len(i) > 20 for i in items):
        return 0
    return len(items) + len(re.findall(r"以及|及|和|与", items[-1]))


def plant_count_off_by_one(text: str, rng: random.Random) -> Plant | None:
    """A "N个/项/家/人" count followed by a list of that many names, moved by one."""
    sites = [m for m in COUNT.finditer(text) if int(m.group(1)) == list_length(text[m.end():m.end() + 400]) > 0]
    if not sites:
        return None
    m = rng.choice(sites)
    n = int(m.group(1))
    new = str(n + (1 if n < 3 or rng.random() < 0.5 else -1))
    planted = text[:m.start(1)] + new + text[m.end(1):]
    tail_end = m.end() + len(re.split(r"[。；;\n]", text[m.end():])[0]) + len(new) - len(m.group(1))
    change = f"计数「{_context(text, m.start(1), m.end(), 4)}」{n}→{new}（列举{n}项）"
    return Plant("count_off_by_one", planted, (m.start(1), m.start(1) + len(new)), change, ((m.start(1), tail_end),))


def plant_rate_off(text: str, rng: random.Random) -> Plant | None:
    """A rate (执行率, 完成率, 占比 …) that is the ratio of two figures before it, moved a few points."""
    sites = rate_sites(text)
    if not sites:
        return None
    site = rng.choice(sites)
    new = moved_rate(site.value, rng)
    planted = text[:site.start] + new + text[site.end:]
    change = f"比率「{_context(text, site.start, site.end)}」{site.value}%→{new}%"
    shift = len(new) - (site.end - site.start)
    return Plant("rate_off", planted, (site.start, site.end + shift), change, ((site.window_start, site.start),))


PLANTERS: dict[str, Callable[[str, random.Random], Plant | None]] = {
    "copied_paragraph": plant_copied_paragraph,
    "splice_partial": plant_splice_partial,
    "title_year": plant_title_year,
    "admin_level": plant_admin_level,
    "total_off_by_one": plant_total_off_by_one,
    "count_off_by_one": plant_count_off_by_one,
    "rate_off": plant_rate_off,
    "numbering_repeat": plant_numbering_repeat,
    "empty_heading": plant_empty_heading,
    "unit_magnitude": plant_unit_magnitude,
    "sentence_twice": plant_sentence_twice,
    "placeholder": plant_placeholder,
    "part_over_whole": plant_part_over_whole,
    "numbering_dropped": plant_numbering_dropped,
    "other_unit": plant_other_unit,
    "foreign_heading": plant_foreign_heading,
    "instruction": plant_instruction,
    "staff_over_posts": plant_staff_over_posts,
    "body_year": plant_body_year,
}
COMPATIBLE: dict[str, set[Kind]] = {
    "copied_paragraph": {Kind.DUPLICATE_PARAGRAPH},
    "splice_partial": {Kind.SPLICED_TEXT, Kind.DUPLICATE_PARAGRAPH},
    "title_year": {Kind.STALE_YEAR, Kind.DATE_INCONSISTENCY},
    "admin_level": {Kind.ENTITY_MISMATCH},
    "total_off_by_one": {Kind.ARITHMETIC_MISMATCH},
    "count_off_by_one": {Kind.ARITHMETIC_MISMATCH},
    "rate_off": {Kind.ARITHMETIC_MISMATCH},
    "numbering_repeat": {Kind.NUMBERING_GAP},
    "empty_heading": {Kind.MISSING_FIELD, Kind.NUMBERING_GAP},
    "unit_magnitude": {Kind.ARITHMETIC_MISMATCH},
    "sentence_twice": {Kind.DUPLICATE_PARAGRAPH, Kind.REPEATED_WORD, Kind.SPLICED_TEXT},
    "placeholder": {Kind.MISSING_FIELD},
    "part_over_whole": {Kind.ARITHMETIC_MISMATCH},
    "numbering_dropped": {Kind.NUMBERING_GAP},
    "other_unit": {Kind.ENTITY_MISMATCH},
    "foreign_heading": {Kind.FOREIGN_TEXT},
    "instruction": {Kind.FOREIGN_TEXT},
    "staff_over_posts": {Kind.ARITHMETIC_MISMATCH},
    "body_year": {Kind.STALE_YEAR, Kind.DATE_INCONSISTENCY},
}


def plant(text: str, kind: str, seed: int) -> Plant | None:
    """Plant one defect of ``kind``; the same text, kind and seed always give the same plant."""
    return PLANTERS[kind](text, random.Random(f"{kind}:{seed}"))


# -- judging ---------------------------------------------------------------------------------------
def _occurrences(text: str, quote: str) -> list[int]:
    out, i = [], text.find(quote) if quote else -1
    while i >= 0:
        out.append(i)
        i = text.find(quote, i + 1)
    return out


def _loose_spans(text: str, quote: str) -> list[Span]:
    """Where ``quote`` sits in ``text`` ignoring whitespace (titles the reader joined from two lines)."""
    keep = [i for i, ch in enumerate(text) if not ch.isspace()]
    compact = "".join(text[i] for i in keep)
    q = re.sub(r"\s+", "", quote)
    return [(keep[s], keep[s + len(q) - 1] + 1) for s in _occurrences(compact, q)]


def place_spans(text: str, report: Report, place: FindingLocation) -> list[Span]:
    """Offsets in ``text`` of what a finding points at: the quote inside its own unit's text."""
    quote = place.quote.strip()
    try:
        unit = report.text_of(place.location).strip()
    except (IndexError, ValueError):
        unit = ""
    spans: list[Span] = []
    for u in _occurrences(text, unit):
        inner = _occurrences(unit, quote)
        spans += [(u + i, u + i + len(quote)) for i in inner] or [(u, u + len(unit))]
    return spans or [(s, s + len(quote)) for s in _occurrences(text, quote)] or _loose_spans(text, quote or unit)


def key(f: Finding) -> tuple[str, str]:
    return (f.rule or f.kind.value, f.quote.strip())


def _overlaps(spans: list[Span], targets: list[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in spans for s2, e2 in targets)


@dataclass
class Outcome:
    found: bool
    near: list[Finding]  # new findings at the plant (compatible or not)
    collateral: list[Finding]  # new findings elsewhere


@dataclass(frozen=True)
class Clean:
    """The clean text's review as the judge reads it: the text, each finding's kind and places in it,
    and how many places each rule+quote names."""

    text: str
    places: list[tuple[Kind, list[Span]]]
    named: dict[tuple[str, str], int]


def clean_review(text: str, report: Report, findings: list[Finding]) -> Clean:
    return Clean(text, [(f.kind, [s for place in [f.location, *f.related] for s in place_spans(text, report, place)])
                        for f in findings], {key(f): 1 + len(f.related) for f in findings})


def judge(p: Plant, clean: set[tuple[str, str]], report: Report, findings: list[Finding],
          before: Clean | None = None) -> Outcome:
    """Found: a new compatible finding at the plant (overlapping it or touching its edge), or the clean
    review's own finding that now names one place more, the plant's (a paragraph already said twice,
    copied a third time: 共出现3次). Collateral: new findings away from it — none that the clean review
    (``before``) made at the same place with the same kind, its quote only cut or shifted by the plant
    (2022年今年以来 read as 2022年今年 where the plant cut 以|来; a clause said thrice, now twice beside the
    copy it broke)."""
    near, far = [], []
    back = to_clean(before.text, p.text) if before else None
    for f in findings:
        if key(f) in clean:
            if before and 1 + len(f.related) > before.named.get(key(f), 0) and _overlaps(
                    [s for place in [f.location, *f.related] for s in place_spans(p.text, report, place)], [p.span]):
                near.append(f)
            continue
        spans = [s for place in [f.location, *f.related] for s in place_spans(p.text, report, place)]
        if touches(spans, p.span):
            near.append(f)
        elif not _overlaps(spans, list(p.related)) and not (
                before and back and any(k is f.kind and _overlaps([back(s) for s in spans], places)
                                        for k, places in before.places)):
            far.append(f)
    return Outcome(any(f.kind in COMPATIBLE[p.kind] for f in near), near, far)


# -- the run ---------------------------------------------------------------------------------------
@dataclass
class Cell:
    """One kind on one split."""

    texts: int = 0  # texts with at least one site
    planted: int = 0
    found: int = 0
    collateral: int = 0  # plants with a new finding elsewhere
    collateral_texts: set[str] = field(default_factory=set)

    def as_dict(self) -> dict[str, object]:
        return {"texts": self.texts, "planted": self.planted, "found": self.found,
                "recall": round(self.found / self.planted, 3) if self.planted else None,
                "plants_with_collateral": self.collateral, "texts_with_collateral": len(self.collateral_texts)}


def _describe(f: Finding) -> str:
    return f"{f.rule or f.kind.value}「{f.quote.strip()[:30]}」"


def run_text(name: str, text: str, seeds: int, cells: dict[str, Cell], notes: list[dict[str, str]] | None) -> None:
    """Plant every kind (``seeds`` times, identical plants once) into one text and tally them;
    ``notes`` (dev only) receives the misses and the collateral findings."""
    clean_report = read_text_string(text)
    clean_findings = review(clean_report).findings
    clean = {key(f) for f in clean_findings}
    before = clean_review(text, clean_report, clean_findings)
    for kind in PLANTERS:
        plants = {p.text: p for s in range(seeds) if (p := plant(text, kind, s)) is not None}
        cells[kind].texts += bool(plants)
        for p in plants.values():
            report = read_text_string(p.text)
            out = judge(p, clean, report, review(report).findings, before)
            cell = cells[kind]
            cell.planted += 1
            cell.found += out.found
            cell.collateral += bool(out.collateral)
            if out.collateral:
                cell.collateral_texts.add(name)
            if notes is None:
                continue
            if not out.found:
                notes.append({"file": name, "kind": kind, "what": "miss", "change": p.change,
                              "near": "; ".join(_describe(f) for f in out.near) or "—"})
            notes += [{"file": name, "kind": kind, "what": "collateral", "change": p.change, "near": _describe(f)}
                      for f in out.collateral]


def run(corpus: Path = CORPUS, seeds: int = 3) -> tuple[dict[str, dict[str, Cell]], list[dict[str, str]]]:
    test = test_names()
    cells = {split: {kind: Cell() for kind in PLANTERS} for split in ("dev", "test")}
    notes: list[dict[str, str]] = []
    for path in sorted(corpus.glob("*.txt")):
        split = "test" if path.name in test else "dev"
        run_text(path.name, excerpt(path), seeds, cells[split], notes if split == "dev" else None)
    return cells, notes


def _pct(c: Cell) -> str:
    return f"{c.found / c.planted:.0%}" if c.planted else "—"


def markdown(cells: dict[str, dict[str, Cell]], notes: list[dict[str, str]], seeds: int) -> str:
    lines = ["# Defects planted into the real corpus (../shared/corpus/real)", "",
             f"One defect per text, kind and seed ({seeds} seeds, identical plants counted once). *Found*: a new "
             "finding of a compatible kind overlaps the plant or touches its edge. *Collateral*: a new finding "
             "elsewhere in the text, not one of the same kind the clean review made at the same place "
             "(a plant, or a text, with at least one). Sites (see the planters): a total after 合计/总计/共计/小计/共 "
             "or before “，其中”, only where its parts add up to it, moved one lower (its parts then exceed it); a "
             "count only where a list of that many names follows; the title year only where the body names it more "
             "often than any other year; a level not where a higher level is a frame (全县率先) nor in a finance "
             "transfer; a rate not in a target nor from another indicator row, never moved down to 100% from above "
             "it; a heading's number (at a line's start) written again for the next one, a first item only where a "
             "third follows, never in a table of contents; the text under a short titled heading deleted, where its "
             "next sibling follows; a 万元 figure among three or more in its sentence written in 元; a sentence of 15 "
             "Chinese characters or more pasted again into its own paragraph, never in a table row (session 68); a "
             "figure with its unit in a sentence written as XX, ×× or ＿＿, not in a text that holds such marks already; "
             "the first part after 其中 given a digit twice so it exceeds its whole, the whole the only figure of its "
             "measure before 其中 in its sentence and on its line; an item deleted with its text and the rest not "
             "renumbered, a first item only under a heading of a higher level with a sentence before it; the unit's own "
             "bureau, named in full twice or more, given another region of its level in one sentence, not in a cited "
             "title; a section's title replaced by one of the other outline's (a project's in a department-wide report, "
             "or the reverse), where the text's head names its kind; a template's instruction (T02/T04) left under a "
             "section's heading above its text; the staff in post (实有) given a digit twice so they exceed the posts (编制) "
             "of their paragraph, where it names no staff outside the posts (session 69); the evaluated year moved one back at "
             "a year-end date (截至…12月31日) or in a section's heading, where the body still names it more often than "
             "any other year and no span of years runs from last year into it (session 70).", "",
             "| kind | split | texts with a site | planted | found | recall | plants with collateral "
             "| texts with collateral |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for kind in PLANTERS:
        for split in ("dev", "test"):
            c = cells[split][kind]
            lines.append(f"| {kind} | {split} | {c.texts} | {c.planted} | {c.found} | {_pct(c)} | {c.collateral} "
                         f"| {len(c.collateral_texts)} |")
    lines += ["", "## Misses (dev only)", ""]
    lines += [f"- {n['file']} `{n['kind']}`: {n['change']} — at the plant: {n['near']}"
              for n in notes if n["what"] == "miss"] or ["- none"]
    lines += ["", "## Collateral findings (dev only)", ""]
    lines += [f"- {n['file']} `{n['kind']}`: {n['change']} — {n['near']}"
              for n in notes if n["what"] == "collateral"] or ["- none"]
    lines += ["", "Test-split misses are not listed: rules are tuned on dev only."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real_planted", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args(argv)
    if corpus_absent(args.corpus):
        return 0
    cells, notes = run(args.corpus, args.seeds)
    summary = {"seeds": args.seeds,
               "splits": {s: {k: c.as_dict() for k, c in by_kind.items()} for s, by_kind in cells.items()},
               "dev_misses": [n for n in notes if n["what"] == "miss"],
               "dev_collateral": [n for n in notes if n["what"] == "collateral"]}
    write_text(args.out / "real_planted.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    md = markdown(cells, notes, args.seeds)
    write_text(args.out / "real_planted.md", md)
    print(md.split("\n## ")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
