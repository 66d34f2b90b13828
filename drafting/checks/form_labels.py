"""A form's printed label typed one character off (实际完成直 for 实际完成值, 预算执率 for 预算执行率).

Why: much of a 绩效自评表 and its outline is not the writer's own text but the template's — its field
and column labels (项目名称, 年度指标值, 偏差原因分析及改进措施 …) and the indicator framework's class
names (产出指标, 时效指标, 服务对象满意度指标 …): a closed vocabulary (``data/form_labels.txt``, every
variant a template or a province's form prints). Readers mark slips inside these fixed phrases, and
the typo check, reading word by word, misses most of them: 实际完成直 is 实际|完成|直, each a word.
Premise: a cell (or a ``标签：`` label, or a heading's text after its number) whose whole text is one
character off such a label — one dropped inside it, one added beside a like one (a key hit twice),
one changed for a character of the same syllable or a similar shape, or two neighbours swapped — and
is itself no label and no word, is a slip of typing.

Quiet unless sure: only the whole cell counts (a sentence holding the label is no label); a label of
three characters or more (两字的 得分/分值 never); the report prints two labels of the vocabulary
exactly and a bare cell or short line stands among them (near one, or in its table: a form) — a colon
or an outline number says a label or heading by itself; the typed string is no word of jieba's or the 财政/绩效 vocabulary, nor
written anywhere else in the report (its own term); one label only is that near it; a dropped first
or last character is left, and so is a label's beginning or end (a cell wrapped over two lines leaves
益指标 under 社会效, 实际完成指 over 标值); a likeness by 模糊音 or a secondary reading alone is too weak;
a traditional character is a reposted copy's (填報日期), no slip."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.traditional import fold_traditional, has_traditional
from ..report import Report, TextUnit
from .lexicon import DATA, Lexicon, lexicon
from .typos_candidates import similar

__all__ = ["RULE", "form_label_slips", "labels"]

RULE = "language.form_label"
_SHORTEST = 3  # a label of two characters (得分, 分值) is one character off too many words
_LONGEST = 16
_EDGE = re.compile(r"[\t|｜│]+| {2,}|\u3000+|\n")  # a cell's edge inside a line that holds a row
# a heading's or item's number before the label: 一、 （二） 3. 3、 (4)
_MARKER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))\s*")
_UNIT = re.compile(r"\s*[（(][^（）()]{1,16}[）)]\s*$")  # a column's unit or weight after it: (万元) (%) （10分）
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_AROUND = 6  # the units on either side of a printed label that a form's other cells stand in
# a joining character one province's label has and another's lacks (调整后预算数, 调整预算数)
_JOINING = frozenset("后及和与的之其或并等")
# two-character words whose first character alone is their written (书面语) form: 其他需说明的问题 is the
# label 其他需要说明的问题 in a 公文's own register, no 要 dropped
_WRITTEN_SHORT = frozenset({"需要", "应该", "应当", "已经", "能够", "并且", "因为", "但是", "可以", "必须", "如果", "虽然"})
_WEAK = ("模糊音", "多音字")  # likenesses too weak to back a slip in a label


@cache
def labels() -> frozenset[str]:
    """The printed labels of the forms and outlines (``data/form_labels.txt``)."""
    text = (DATA / "form_labels.txt").read_text(encoding="utf-8")
    return frozenset(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))


@dataclass(frozen=True)
class _Near:
    """A label one edit from a typed string: what it should read and why."""
    right: str
    what: str  # 错别字 / 漏字 / 多字 / 字序错乱
    why: str


@cache
def _pieces() -> frozenset[str]:
    """The beginnings and ends of the labels: what a cell wrapped over two lines leaves on each (实际完成指
    over 标值 of 实际完成指标值), which may happen to be one off another label (实际完成值)."""
    return frozenset(p for label in labels() for k in range(_SHORTEST, len(label)) for p in (label[:k], label[-k:]))


@cache
def _index() -> tuple[dict[str, set[str]], dict[str, set[tuple[str, int]]]]:
    """The labels by each one-character pattern (``?`` where a character is changed) and by each
    string with one inner character dropped (with its place)."""
    changed: dict[str, set[str]] = defaultdict(set)
    dropped: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for label in labels():
        if len(label) < _SHORTEST:
            continue
        for i in range(len(label)):
            changed[label[:i] + "?" + label[i + 1:]].add(label)
            if 0 < i < len(label) - 1 and len(label) > _SHORTEST:
                dropped[label[:i] + label[i + 1:]].add((label, i))
    return changed, dropped


def _likeness(typed: str, meant: str, lex: Lexicon) -> str | None:
    """How ``typed`` may stand for ``meant``: a similar shape or the same syllable (none weaker)."""
    if typed == meant:
        return "相同"
    why = similar(typed, meant, 0, lex)
    return None if why is None or any(w in why for w in _WEAK) else why


def _nears(typed: str, lex: Lexicon) -> list[_Near]:
    """Every label one slip from ``typed``."""
    changed, dropped = _index()
    known = labels()
    out = []
    for i, ch in enumerate(typed):
        for right in changed.get(typed[:i] + "?" + typed[i + 1:], ()):
            # a label is no word of the lexicon file, whose readings are stored: its character's usual
            # reading, so that pypinyin is never imported for it (a review's start-up)
            why = similar(typed, right, i, lex, sound=lex.readings(right[i])[0]) if right != typed else None
            if why is not None and not any(w in why for w in _WEAK):
                out.append(_Near(right, "错别字", f"“{ch}”与“{right[i]}”{why}"))
    for right, i in dropped.get(typed, ()):
        if right[i] not in _JOINING and right[i - 1:i + 1] not in _WRITTEN_SHORT:
            out.append(_Near(right, "漏字", f"漏了“{right[i]}”字"))
    for i in range(len(typed)):  # one added: beside a character it is, or looks or sounds like
        if i == len(typed) - 1 and typed[i] == "表":
            continue  # a label and 表 name the form itself (项目绩效目标表 beside 项目绩效目标): no 表 typed for 标
        right = typed[:i] + typed[i + 1:]
        if right in known and len(right) >= _SHORTEST and any(
                _likeness(typed[i], n, lex) for n in typed[max(i - 1, 0):i] + typed[i + 1:i + 2]):
            out.append(_Near(right, "多字", f"多了一个“{typed[i]}”字"))
    for i in range(len(typed) - 1):
        right = typed[:i] + typed[i + 1] + typed[i] + typed[i + 2:]
        if typed[i] != typed[i + 1] and right in known:
            out.append(_Near(right, "字序错乱", f"“{right[i:i + 2]}”写成了“{typed[i:i + 2]}”"))
    return out


def _cells(unit: TextUnit) -> Iterator[tuple[int, int, str]]:
    """Where a label may stand in ``unit``: each cell's whole text (its number and its unit's bracket
    aside), or the label before a cell's colon; with what marks it a label: "field" (its colon),
    "numbered" (a heading's or item's number before it) or "cell" (nothing but its edges)."""
    text, at = unit.text, 0
    for edge in [*_EDGE.finditer(unit.text), None]:
        end = edge.start() if edge else len(text)
        start = at
        at = edge.end() if edge else len(text)
        cell = text[start:end]
        lead = len(cell) - len(cell.lstrip())
        start += lead
        cell = cell.strip()
        how = "cell"
        if (marker := _MARKER.match(cell)) is not None:
            start, cell, how = start + marker.end(), cell[marker.end():], "numbered"
        colon = min((k for k in (cell.find("："), cell.find(":")) if k > 0), default=-1)
        if colon > 0:
            cell, how = cell[:colon].rstrip(), "field"
        while (unit_bracket := _UNIT.search(cell)) is not None:
            cell = cell[:unit_bracket.start()]
        if _SHORTEST <= len(cell) <= _LONGEST and _HAN.fullmatch(cell):
            yield start, start + len(cell), how


def form_label_slips(report: Report, units: list[TextUnit]) -> list[Finding]:
    """One finding per label typed wrong, every place listed (``language.check_language`` runs it)."""
    known = labels()
    printed: set[str] = set()
    reach: set[int] = set()  # the units within reach of a label printed exactly
    tables: set[int] = set()  # the tables holding a label printed exactly
    typed: dict[str, list[tuple[int, int, int, str]]] = defaultdict(list)  # (unit, start, end, how)
    for n, unit in enumerate(units):
        for start, end, how in _cells(unit):
            cell = unit.text[start:end]
            if (folded := fold_traditional(cell) if has_traditional(cell) else cell) in known:
                printed.add(folded)
                reach.update(range(n - _AROUND, n + _AROUND + 1))
                if unit.kind == "cell":
                    tables.add(unit.location.block)
            elif folded == cell:  # a traditional character is a reposted copy's, no slip
                typed[cell].append((n, start, end, how))
    if len(printed) < 2:  # no form: a bare short line one off a label is some other text's
        reach, tables = set(), set()
    lex = lexicon()
    whole = ""
    out = []
    for wrong, places in typed.items():
        nears = _nears(wrong, lex)
        if len({n.right for n in nears}) != 1:
            continue  # no label that near, or two: which one is meant is unknown
        # a colon or an outline number says the text is a label or a heading; a bare short line or cell
        # is a label only among the form's others (near one printed exactly, or in its table)
        in_form = [p for p in places if p[3] != "cell" or p[0] in reach
                   or (units[p[0]].kind == "cell" and units[p[0]].location.block in tables)]
        if not in_form or wrong in _pieces() or lex.freq(wrong) or wrong in lex.vocabulary:
            continue
        whole = whole or "\n".join(u.text for u in units)
        if whole.count(wrong) > len(places):
            continue  # the report's own term, written in its sentences too
        near, (n, start, end, how) = nears[0], in_form[0]
        what = {"field": "标签", "numbered": "标题"}.get(how, "栏目名")
        count = f"（全文共{len(in_form)}处）" if len(in_form) > 1 else ""
        out.append(Finding(
            kind=Kind.TYPO, severity=Severity.WARNING,
            message=f"疑似{near.what}：{what}“{wrong}”应为“{near.right}”{count}",
            location=FindingLocation.of(report, units[n].at(start, end)),
            related=[FindingLocation.of(report, units[m].at(s, e)) for m, s, e, _ in in_form[1:]],
            evidence=f"“{wrong}”不是绩效自评表或报告提纲印好的{what}，也不成词；模板的{what}是“{near.right}”，{near.why}",
            suggestion=f"改为“{near.right}”", rule=RULE))
    return out
