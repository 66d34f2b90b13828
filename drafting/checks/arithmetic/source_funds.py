"""One level of government's allotment to the project stated twice nearby with two sums: 下达中央财政资金
30.9万元 in one paragraph, 2021年度中央下达资金61.8万元 in the next.

Part of the arithmetic check (see ``tables``). A project report says what each level of government
(中央, 省, 市, 县) allotted to it, often twice a few paragraphs apart; ``restated`` compares only labels
written alike, and this money is named in words that move about (下达中央财政资金 / 中央下达资金 /
中央财政下达资金). Premise: a clause that is nothing but the allotment (下达 or 安排), the level and
资金 (财政 beside it at most; a year before it) names that level's allotment of the report's project,
one figure; stated twice within a few paragraphs with no project or unit named by a heading between,
the two sums must agree. Two frames are two metrics and are never compared: the label must hold no
other word — a fund's name, a batch or an early allotment (第一批, 提前), a stage (到位, 拨付, 支出, 分解),
配套 —, its sentence before it no frame word (上年, 累计, 结转, 批, 期); two years (or one year other than
the year evaluated against none) are two allotments; a label stated with three sums or more is a
list of parallel items (each year's, each project's), left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from ...findings import Finding, Kind, Severity
from ...numbers.extract import AMOUNT, EXACT, extract
from ...numbers.textnorm import no_blanks
from ...report import Heading, Report, TextUnit
from .grid import YUAN, Num, finding_location, span_at
from .restated import agree

__all__ = ["check_source_funds"]

_WINDOW = 6  # blocks from one statement to the other: the paragraph, the one above and the headings between
_LABEL = re.compile(r"(?:其中)?(?:(?P<year>(?:19|20)\d{2})年度?)?(?P<act>下达|安排)?(?P<level>中央|省|市|县|区)(?:级)?"
                    r"(?:财政)?(?P<act2>下达|安排)?(?:财政)?资金(?:为|共计|合计|共|计|是)?")
_ASIDE = re.compile(r"《[^《》]*》|[（(][^（()）]*[)）]|【[^【】]*】|〔[^〔〕]*〕")  # titles and brackets: no clause of it
_PURPOSE = re.compile(r"\s*(?:专项|主要|全部|统筹)?用于")
_BRACKET = re.compile(r"[（(]([^（()）]*)[)）]")
_CLAUSE_MARK = re.compile(r"[，,、；;：:]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# the frame of another allotment said earlier in the sentence, or right after the figure (（第一批）)
_OTHER_FRAME = re.compile(r"上年|去年|以前年度|往年|累计|结转|结余|批|期|提前|追加|清算|到位|拨付|支出|分解|配套|计划|预计")
# a heading naming a project, work, unit or place (（三）某镇供水站改造项目): what is under it is that one's
# money — not a heading about the report's own project (一、项目基本情况, （二）项目资金安排情况)
_NAMED = re.compile(r"[\u4e00-\u9fff]{2}(?:项目|工程|中心|学校|医院|乡|镇|街道|社区|村)"
                    r"(?!支出|资金|经费|预算|收入|情况|基本|概况|绩效|实施|管理|批复|投资)")
# a paragraph opening a numbered item (1. / （1） / ① / 一是): one of a list's parallel items, its own category
_ITEM = re.compile(r"\s*(?:\d+[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[）)]|[①-⑳]|[一二三四五六七八九十]+[、是])")
# a topic the sentence names before the allotment (甲村饮水工程：下达…), not 其中： or a lead-in (具体如下：)
_TOPIC = re.compile(r"([^，,。；;：:]{2,24})[：:]")
_NO_TOPIC = re.compile(r"(?:其中|如下|具体|情况|包括|分别为|依据|根据)$")


@dataclass(frozen=True)
class _Allotment:
    """One statement of a level's allotment: what it is of (level, act, year, topic) and its sum."""

    level: str
    act: str
    year: int | None
    value: Decimal  # in 元
    step: Decimal
    unit: TextUnit
    start: int  # the label's start
    num: Num
    topic: str  # the numbered item or the topic its sentence names before it: the allotment of what


def _allotments(unit: TextUnit) -> list[_Allotment]:
    text = unit.text
    if "资金" not in text or "元" not in text:
        return []
    out = []
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    last = 0  # the end of the sum before: the words after it are this sum's
    for m in extract(text):
        if m.kind is not AMOUNT or m.unit not in YUAN:
            continue
        k = bisect_right(ends, m.start)
        s, last = max(ends[k - 1] if k else 0, last), m.end
        if m.qualifier is not EXACT or not m.is_claim:
            continue
        raw = text[s : m.start]
        if any(_OTHER_FRAME.search(b) for b in _BRACKET.findall(raw)):
            continue  # (（第一批）下达中央资金: a batch said in a bracket)
        # a cited document's title and number close the clause before the allotment (依据《…》（…号）下达…)
        lead = no_blanks(_ASIDE.sub("，", _ASIDE.sub("，", raw)))
        clause = _CLAUSE_MARK.split(lead)[-1]
        label = _LABEL.fullmatch(clause)
        if label is None or not (act := label.group("act") or label.group("act2")):
            continue
        before = lead[: len(lead) - len(clause)]
        after = _CLAUSE_MARK.split(text[m.end : m.end + 10])[0]
        if _OTHER_FRAME.search(before) or _OTHER_FRAME.search(after) or _PURPOSE.match(after):
            continue  # (下达中央资金10万元用于水源保护: a part, named by its use)
        start = text.rfind(clause[:2], s, m.start)
        topic = _topic(unit, m.start, ends[k - 1] if k else 0)
        num = Num(m.value, m.places, False, span_at(unit.location, m.start, m.end), text[m.start : m.end])
        year = int(label.group("year")) if label.group("year") else None
        out.append(_Allotment(label.group("level"), act, year, m.value * YUAN[m.unit],
                              Decimal(1).scaleb(-m.places) * YUAN[m.unit], unit, max(start, s), num, topic))
    return out


def _topic(unit: TextUnit, at: int, sentence: int) -> str:
    """What the allotment at ``at`` is said of: the numbered item its paragraph opens (each item its own,
    by where it is), or the last topic its sentence names before it with a colon (甲村饮水工程：)."""
    named = [m.group(1) for m in _TOPIC.finditer(no_blanks(_ASIDE.sub("，", unit.text[sentence:at])))]
    topic = next((n for n in reversed(named) if not _NO_TOPIC.search(n)), "")
    return f"{topic}@{unit.location.block}" if _ITEM.match(unit.text) else topic


def check_source_funds(report: Report) -> list[Finding]:
    """Each later statement of a level's allotment against an earlier one nearby that it does not agree
    with (at the coarser of the two precisions)."""
    found = [a for u in report.units() if u.kind == "paragraph" for a in _allotments(u)]
    if len(found) < 2:
        return []
    named = [i for i, b in enumerate(report.blocks) if isinstance(b, Heading) and _NAMED.search(b.text)]
    sums: dict[tuple[str, str], set[Decimal]] = {}
    for a in found:
        sums.setdefault((a.level, a.act), set()).add(a.value)
    year: list[int | None] = []  # the year evaluated, found once it is needed
    out: list[Finding] = []
    flagged: set[int] = set()
    for a, b in combinations(found, 2):
        if (a.level, a.act, a.topic) != (b.level, b.act, b.topic) or len(sums[(a.level, a.act)]) > 2 or id(b) in flagged:
            continue
        ia, ib = a.unit.location.block, b.unit.location.block
        if abs(ib - ia) > _WINDOW or any(ia < i < ib for i in named):
            continue
        if agree(a.value, a.step, b.value, b.step) or not _same_year(a, b, report, year):
            continue
        flagged.add(id(b))
        out.append(_finding(report, a, b))
    return out


def _same_year(a: _Allotment, b: _Allotment, report: Report, year: list[int | None]) -> bool:
    """Both of one year: the same year, or none beside the year evaluated (a report's money of its own
    year goes unnamed)."""
    if a.year == b.year:
        return True
    if a.year is not None and b.year is not None:
        return False
    if not year:
        from ..dates import infer_year  # only for a pair that needs it: a pass of its own

        year.append(infer_year(report))
    return (a.year or b.year) == year[0]


def _finding(report: Report, a: _Allotment, b: _Allotment) -> Finding:
    text = b.unit.text
    quote_end = b.num.loc.end or 0
    where = b.unit.at(b.start, quote_end)
    name = f"{b.level}{'级' if b.level != '中央' else ''}{b.act}资金"
    return Finding(
        kind=Kind.NUMBER_CONTRADICTED, severity=Severity.WARNING,
        message=f"同一笔{name}前后数额不一致：此处为 {b.num.text}，{report.place_label(a.num.loc)}为 {a.num.text}",
        location=finding_location(where, text[b.start : quote_end]),
        related=[finding_location(a.num.loc, a.num.text)],
        evidence=f"“{text[b.start : quote_end]}”与{report.place_label(a.num.loc)}的"
                 f"“{a.unit.text[a.start : a.num.loc.end or 0]}”说的是同一级财政给本项目的同一笔{a.act}资金，数额不同",
        suggestion="核对两处数额，统一为正确的一个；如说的是不同年度、批次或项目的资金，请在文字中写明",
        rule="source_funds_twice",
    )
