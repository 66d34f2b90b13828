"""A blanket claim that every indicator was met (各项绩效指标均已完成, 全部达到预期目标) over an indicator table in
which a row plainly missed: its actual below a floor target (≥500人 / 460人), above a ceiling, or a cell of
the row that says 未完成.

Why: the conclusion is copied from last year's report or from the template; the table is the part that was
filled in. One finding at the claim lists every row that contradicts it (issue 9 §3: a pattern across rows
is one finding). Precision first:

* the claim quantifies over the indicators (各项/所有/全部 + 指标/目标, 绩效目标均已实现, 全部达到预期目标), and
  its paragraph says nothing of a miss (未完成, 未达到, 偏差, 差距, 除…外, 基本, 大部分, 其余) nor speaks of
  last year or of intent (力争, 确保, 将);
* a row misses as ``scores``' rows do: a ≥/≤ target against its actual beyond the rounding of both, or a
  month's deadline against a later month; a target with no comparator says nothing;
* with several indicator tables (a department's projects), a claim speaks for the table right before it
  only; with one, for it wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.extract import MentionKind, Qualifier, extract
from ..numbers.textnorm import fold_width
from ..report import Report, TextUnit
from .arithmetic.scores import (
    _ACTUAL_HEADS,
    _TARGET_HEADS,
    Row,
    _at,
    _bare,
    _missed,
    _parts,
    _whole,
    table_rows,
)
from .indicator_rows import spaced_rows
from .met_claims import _CUMULATIVE, _PER, _alike, _bound, _misses

__all__ = ["check_blanket_claims"]

_DONE = r"(?:已经?)?(?:全部|全面|圆满|顺利|按期|如期)?(?:完成|达到|实现|达成|达标)(?!情况|率|值|度|进度|程度|比例)"
# (a branch for each opening word, in the order the words were tried: every branch opening with a
# character, ``re`` skips to one in C, where a group opening one had it try every branch everywhere)
_CLAIM = re.compile("|".join(
    [w + r"(?:绩效|三级|二级)?(?:指标|目标)(?:任务|值)?[^，,。；;！!：:]{0,4}?(?:均|全部|全都|都|皆)?" + _DONE
     for w in ("各项", "所有", "全部", "各个", "每项", "每一项")]
    + [w + r"绩效目标(?:值)?(?:均|全部|都)" + _DONE for w in ("年度", "整体", "总体", "")]
    + [r"全部(?:达到|完成|实现)(?:了)?(?:预期|年度|既定|年初)?(?:绩效)?(?:目标|指标)"]))
# a paragraph that admits a miss, qualifies the claim or speaks of another year or of intent
_HEDGE = re.compile(r"未(?:能|全部|全面)?(?:完成|达到|达标|实现)|没有(?:完成|达到)|尚未|偏差|差距|不足|除[^，,。；;]{1,30}外|"
                    r"基本|大部分|大多数|部分|其余|其他指标|接近|上年|去年|以前年度|力争|确保|将|拟|计划|预计|要求|如|若|是否")
# a status cell (完成情况, 是否完成) saying the row was not met; never the name column (未达标河段治理长度)
_NOT_MET_CELL = re.compile(r"^(?:未|没有|尚未)(?:完成|达到|达标|实现)(?:年度|预期|既定)?(?:目标|指标值?|任务)?$")


@dataclass(frozen=True)
class _Miss:
    """An indicator row whose actual falls short of its target, where it stands."""
    table: int  # which indicator table (its header's order)
    block: int  # the block the row sits in
    name: str
    target: str
    actual: str
    at: FindingLocation


def _rows(report: Report) -> Iterator[Row | None]:
    """The tables' rows (``table_rows``: Word tables, flattened forms read back as tables, "|" or tab rows);
    where none of them is an indicator table's header, the rows run together on lines (``spaced_rows``)."""
    rows = list(table_rows(report))
    yield from rows
    if not any(row is not None and _heads_both([_bare(u.text[a:b]) for u, a, b in row]) for row in rows):
        yield None
        yield from spaced_rows(report)


def _heads_both(names: list[str]) -> bool:
    return any(h in names for h in _TARGET_HEADS) and any(h in names for h in _ACTUAL_HEADS)


def _table_misses(report: Report) -> tuple[list[int], list[_Miss]]:
    """The block of each indicator table's header, and each row that plainly missed."""
    heads: list[int] = []
    out: list[_Miss] = []
    cols: tuple[int, int] | None = None
    parts: tuple[list[int], int | None] = ([], None)
    for row in _rows(report):
        texts = [u.text[a:b] for u, a, b in row] if row is not None else []
        names = [_bare(t) for t in texts]
        t, a = (next((names.index(h) for h in hs if h in names), None) for hs in (_TARGET_HEADS, _ACTUAL_HEADS))
        if row is None or (t is not None and a is not None):  # a table's end, or a header naming both columns
            cols, parts = ((t, a), _parts(names)) if t is not None and a is not None else (None, ([], None))
            if cols is not None and row is not None and (not heads or heads[-1] != row[0][0].location.block):
                heads.append(row[0][0].location.block)  # (a Word table's header repeated on each page: one table)
            continue
        if cols is None or max(cols) >= len(row):
            continue
        target, actual = _whole(texts, *cols, parts)
        said = next((x.strip() for x in texts[min(cols):] if _NOT_MET_CELL.match(_bare(x))), None)
        if not _missed(fold_width(target), fold_width(actual)) and said is None:
            continue
        name = next((x.strip() for x in reversed(texts[: cols[0]]) if x.strip() and not re.search(r"\d", x)), "")
        out.append(_Miss(len(heads) - 1, row[0][0].location.block, name, target.strip(), actual.strip() +
                         (f"，{said}" if said and said not in actual else ""), _at(report, row[cols[1]])))
    return heads, out


# an indicator told in a line of prose: 1.免费体检人数：年度指标值≥1200人，实际完成1080人。
_TOLD_TARGET = re.compile(r"(?:指标值|目标值)\s*(?:为|[:：])?\s*((?:≥|≤|>=|<=|＞=|＜=|不低于|不少于|不超过|不高于)?)\s*$")
_TOLD_ACTUAL = re.compile(r"^\s*[，,；;]\s*实际(?:完成)?(?:值)?\s*(?:为|[:：])?\s*$")
_TOLD_NAME = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）])?\s*([^：:，,。；;\d]{2,20})[：:]")


def _told(report: Report) -> list[_Miss]:
    """Indicators told one a line in prose whose actual plainly misses its stated ≥/≤ target: the line holds
    exactly two figures of one unit, the first right after 指标值/目标值 and its comparator (none: not read),
    the second right after "，实际完成"; a line that speaks of a whole period or a figure per head is not read."""
    out: list[_Miss] = []
    for unit in _paragraphs(report):
        text = fold_width(unit.text)
        if "指标值" not in text and "目标值" not in text:
            continue
        found = [m for m in extract(text) if m.is_claim and m.kind is not MentionKind.NUMBER]
        if len(found) != 2 or not _alike(*found) or _CUMULATIVE.search(text) or _PER.search(text):
            continue
        target, actual = found
        said = _TOLD_TARGET.search(text, 0, target.start)
        if said is None or not _TOLD_ACTUAL.match(text[target.end:actual.start]) or actual.qualifier is not Qualifier.EXACT:
            continue
        bound = _bound(said.group(1), target) if said.group(1) or target.qualifier is not Qualifier.EXACT else None
        if bound is None or not _misses(bound, target, actual):
            continue
        name = _TOLD_NAME.match(text)
        out.append(_Miss(-1, unit.location.block, name.group(1).strip() if name else "",
                         unit.text[said.start(1):target.end], unit.text[actual.start:actual.end],
                         FindingLocation.of(report, unit.at(actual.start, actual.end))))
    return out


# an indicator's fields one a line, 标签：值 (a form copied as text, each cell after its column's name):
# 三级指标：免费体检人数 / 年度指标值：≥1200人 / 实际完成值：1080人
_HEADS = "|".join(sorted({*_TARGET_HEADS, *_ACTUAL_HEADS}, key=lambda w: (-len(w), w)))  # (the longest first; fixed order)
_FIELD_LINE = re.compile(rf"^\s*({_HEADS}|三级指标|指标名称)\s*[:：]\s*(\S(?:.{{0,28}}\S)?)\s*[。；;]?\s*$")


def _labelled(report: Report) -> list[_Miss]:
    """Indicators whose fields stand one a line as 标签：值, the target's line right before the actual's (the
    name's, if any, within the two lines above), read as a table's row: an actual that plainly misses a
    ≥/≤ target or a month's deadline."""
    out: list[_Miss] = []
    units = list(_paragraphs(report))
    fields = [_FIELD_LINE.match(fold_width(u.text)) for u in units]
    for k in range(len(units) - 1):
        t, a = fields[k], fields[k + 1]
        if t is None or a is None or t.group(1) not in _TARGET_HEADS or a.group(1) not in _ACTUAL_HEADS:
            continue
        if not _missed(t.group(2), a.group(2)):
            continue
        name = next((f.group(2) for f in reversed(fields[max(0, k - 2):k]) if f and f.group(1) in ("三级指标", "指标名称")), "")
        unit = units[k + 1]
        out.append(_Miss(-1, unit.location.block, name, t.group(2), a.group(2),
                         FindingLocation.of(report, unit.at(a.start(2), a.end(2)))))
    return out


def _paragraphs(report: Report) -> Iterator[TextUnit]:
    """The report's prose: no table cell, no table row copied as text."""
    for unit in report.units():
        if unit.kind != "cell" and "|" not in unit.text and "\t" not in unit.text:
            yield unit


def check_blanket_claims(report: Report) -> list[Finding]:
    claims = [(unit, claim) for unit in _paragraphs(report) if (claim := _CLAIM.search(fold_width(unit.text)))
              and not _HEDGE.search(fold_width(unit.text))]
    if not claims:
        return []  # most reports make no such claim: their tables need not be read
    heads, misses = _table_misses(report)
    if not heads:
        misses = _told(report) + _labelled(report)  # no indicator table: the indicators told line by line
    out: list[Finding] = []
    for unit, claim in claims:
        block = unit.location.block
        if len(heads) > 1:
            before = [k for k, h in enumerate(heads) if h < block]
            rows = [m for m in misses if before and m.table == before[-1] and m.block < block]
        else:
            rows = [m for m in misses if m.block != block]  # (a claim in the line it is about: ``met_claims``)
        if not rows:
            continue
        listed = "；".join(f"{m.name or '一行'}（指标值{m.target}，实际{m.actual}）" for m in rows)
        out.append(Finding(
            kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
            message=f"写作“{unit.text[claim.start():claim.end()]}”，但{'绩效指标表' if heads else '文中所列指标'}中有{len(rows)}项"
                    f"未达到指标值：{listed}",
            location=FindingLocation.of(report, unit.at(claim.start(), claim.end())),
            related=[m.at for m in rows],
            evidence="这些指标的实际完成值未达到指标值（或超过上限、晚于时限），与全部完成的结论不符",
            suggestion="核对这些行的实际完成值；如确未完成，改写结论并说明未完成指标及其原因",
            rule="claims.blanket_met_but_missed"))
    return out
