"""List numbering: a jump (3 → 5), a number said twice (4、4、), a list that starts late, an item
numbered in two systems ((5)五是), a marker broken in editing (）总体…), a heading that lost its
marker, and a first item written another way (1) before (2)).

Why: a list that jumps from 3 to 5 usually means an item was deleted or pasted over; numbering may
restart freely, so only a jump forward inside one list is a gap. Part of the structure check.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.chinese import numeral, ordinal
from ..numbers.textnorm import fold_width
from ..report import Location, Report, TextUnit, clip
from .broken_markers import broken_markers
from .inline_numbering import inline_numbering
from .list_openings import (
    opens_mid_sentence,
    opens_on_a_later_page,
    opens_with_title,
    seen_before,
    written_before,
)
from .toc import toc_blocks

__all__ = ["check_numbering", "marker_level", "parse_marker"]


def check_numbering(report: Report) -> list[Finding]:
    """Numbering gaps (or the lost markers that explain them), double markers, broken markers and
    odd first items, in that order."""
    broken = broken_markers(report)
    return (_unexplained_gaps(report, broken) + inline_numbering(report) + _double_markers(report) + broken
            + _odd_first_items(report))


def _at(loc: Location) -> tuple[int, int]:
    return loc.block, loc.start


def _unexplained_gaps(report: Report, broken: list[Finding]) -> list[Finding]:
    """Numbering findings, with the gaps that lost markers explain reported as those: (一) … 总体绩效情况分析
    … ）总体绩效目标… … (四) has its items, their markers lost — a broken marker is reported on its own,
    and a sibling heading with no marker at all as the number it lacks."""
    out: list[Finding] = []
    places: _Places | None = None
    for f in _numbering_gaps(report):
        if f.rule != "structure.numbering_gap":
            out.append(f)
            continue
        lo, hi = _at(f.related[0].location), _at(f.location.location)
        lost = [b for b in broken if lo < _at(b.location.location) < hi]
        places = places or _Places(report)
        unnumbered = _unnumbered_siblings(report, places, f, lost)
        if unnumbered is not None:
            out += unnumbered
        elif not lost:
            out.append(f)
    return _repeat_then_gap(report, out)


def _repeat_then_gap(report: Report, found: list[Finding]) -> list[Finding]:
    """四、四、六、 is one item numbered again where 五 belonged: the gap folds into the repeat, which names 五、."""
    repeats = {f.location.location: f for f in found if f.rule == "structure.numbering_repeat"}
    out: list[Finding] = []
    folded: dict[Location, tuple[str, str]] = {}  # the repeat's place → (the gap's number, the number it should be)
    for f in found:
        r = repeats.get(f.related[0].location) if f.rule == "structure.numbering_gap" and f.related else None
        gap, rep = parse_marker(f.quote), parse_marker(r.quote) if r else None
        if r and gap and rep and gap[0] == rep[0] and gap[1] - rep[1] == 2:
            fixed = r.quote.strip().replace(_shown(rep[0], rep[1]), _shown(rep[0], rep[1] + 1), 1)
            folded[r.location.location] = (report.quote(f.location.location).strip(), fixed)
        else:
            out.append(f)
    return [f.model_copy(update={"message": f.message + "；其后一项是“{}”，本项应为“{}”".format(*folded[f.location.location]),
                                 "suggestion": "改为“{1}”".format(*folded[f.location.location])})
            if f.rule == "structure.numbering_repeat" and f.location.location in folded else f for f in out]


def marker_level(text: str) -> int | None:
    """The rank of the item marker that opens ``text``: 一、 0, （一） 1, 1、 2, （1） 3, ① 4; None for none."""
    t = text.strip()
    return next((level for _, level, pat in _MARKERS if pat.match(t)), None)


def parse_marker(text: str) -> tuple[str, int] | None:
    """The family and value of the item marker that opens ``text`` (（二） is ('（一）', 2)), or None."""
    for family, _level, pat in _MARKERS:
        m = pat.match(text.strip())
        if m:
            raw = m.group(1)
            value = _circled(raw) or (int(raw) if raw.isdecimal() else ordinal(raw))
            return (family, value) if value is not None else None
    return None


class _Places:
    """A report's units by place, for the gaps' questions: each gap asked by walking every unit made
    a long report's numbering check quadratic (a tenth of a 10 MB review)."""

    def __init__(self, report: Report) -> None:
        self.text: dict[tuple[int, int | None, int | None], str] = {}
        for u in report.units():
            self.text.setdefault((u.location.block, u.location.row, u.location.col), u.text)
        # headings and paragraphs by place (stable: equal places keep document order)
        self.lines = sorted(((_at(u.location), u) for u in report.units() if u.kind != "cell"), key=lambda x: x[0])
        self.keys = [at for at, _ in self.lines]

    def between(self, lo: tuple[int, int], hi: tuple[int, int]) -> list[TextUnit]:
        """The headings and paragraphs strictly between two places."""
        return [u for _, u in self.lines[bisect_right(self.keys, lo):bisect_left(self.keys, hi)]]

    def sibling_text(self, loc: Location) -> str:
        """The rest of the line after a marker."""
        text = self.text.get((loc.block, loc.row, loc.col))
        return "" if text is None else text[loc.end:].split("\n", 1)[0].strip()


def _unnumbered_siblings(report: Report, places: _Places, gap: Finding,
                         lost: list[Finding]) -> list[Finding] | None:
    """The headings between a gap's two items that have no marker, when they and the broken markers
    there are as many as the numbers missing, and each ends like a numbered sibling (…情况分析) or
    opens the sub-list again at its first item (一、… (一)…(四) 评价工作简述 (一)…: the line the sub-list
    restarts under is its parent, a sibling of the gap's items)."""
    first, last = parse_marker(gap.related[0].quote), parse_marker(gap.location.quote)
    if first is None or last is None or first[0] != last[0]:
        return None
    lo, hi = _at(gap.related[0].location), _at(gap.location.location)
    ends = {places.sibling_text(gap.related[0].location)[-2:], places.sibling_text(gap.location.location)[-2:]}
    inside = places.between(lo, hi)
    bare = [u for k, u in enumerate(inside) if _HEADING_LIKE.match(u.text)
            and (u.text.strip()[-2:] in ends or _restarts_under(inside, k, first[0]))]
    if not bare or len(bare) + len(lost) != last[1] - first[1] - 1:
        return None
    order = sorted([(_at(u.location), u) for u in bare] + [(_at(b.location.location), None) for b in lost],
                   key=lambda x: x[0])
    out = []
    for value, (_, unit) in enumerate(order, start=first[1] + 1):
        if unit is None:
            continue
        shown = re.sub(r"[一二三四五六七八九十]+|\d+|[①-⑳]", _shown(first[0], value), gap.related[0].quote.strip(), count=1)
        text = unit.text.strip()
        lead = unit.text.index(text)
        out.append(Finding(
            kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
            message=f"标题“{clip(text, 16)}”没有编号，按前后各项应为“{shown}”",
            location=FindingLocation.of(report, unit.at(lead, lead + len(text))),
            related=[gap.related[0], gap.location],
            evidence=f"它位于{gap.related[0].quote.strip()}与{gap.location.quote.strip()}之间，写法与两者相同，而其间恰好缺少这些编号",
            suggestion=f"在标题前补上编号“{shown}”", rule="structure.unnumbered_heading"))
    return out


def _restarts_under(units: list[TextUnit], k: int, family: str) -> bool:
    """Whether the line after ``units[k]`` opens the level below ``family`` at its first item again,
    that level having been used before ``units[k]`` (the sub-list restarts under this line)."""
    below = next(level for f, level, _ in _MARKERS if f == family) + 1
    nxt = next((u for u in units[k + 1:] if u.text.strip()), None)
    if nxt is None or marker_level(nxt.text) != below or (parse_marker(nxt.text) or ("", 0))[1] != 1:
        return False
    return any(marker_level(u.text) == below for u in units[:k])


# a line that reads as a heading: short, a name not a sentence (no digit, no inner or final punctuation)
_HEADING_LIKE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fa5][^\d\n，,。；;：:、()（）]{3,24}[ \t\u3000]*$")


# -- numbering gaps ------------------------------------------------------------------------------

_CN = "一二三四五六七八九十"
_MARKERS: list[tuple[str, int, re.Pattern[str]]] = [
    # a space inside a marker (三 、, （ 二 ）) is how web and PDF copies print it: still the marker
    ("一、", 0, re.compile(rf"^([{_CN}]{{1,3}})[ \u3000]?(?:[、．]|\.(?!\d))")),
    ("（一）", 1, re.compile(rf"^[（(][ \u3000]?([{_CN}]{{1,3}})[ \u3000]?[）)]")),
    ("1、", 2, re.compile(r"^(\d{1,2})(?:[ \u3000]?[、．]|\.(?!\d)|[:：](?!\d))")),
    ("（1）", 3, re.compile(r"^[（(][ \u3000]?(\d{1,2})[ \u3000]?[）)]")),
    ("①", 4, re.compile(r"^([①-⑳])")),
]
_INLINE_ORDINAL = re.compile(rf"([{_CN}]{{1,3}})是")


def _circled(c: str) -> int | None:
    """① → 1 … ⑳ → 20."""
    return ord(c) - ord("①") + 1 if "①" <= c <= "⑳" else None


def _shown(family: str, value: int) -> str:
    """How item ``value`` is numbered in ``family``: 3, 三 or ③."""
    if family == "①":
        return chr(ord("①") + value - 1)
    return str(value) if "1" in family else numeral(value)


@dataclass
class _Marker:
    """A heading's or an item's number: where it stands, its family, level and value."""
    unit: TextUnit
    start: int
    end: int
    family: str
    level: int
    value: int


def _line_markers(report: Report) -> Iterator[_Marker]:
    toc = toc_blocks(report)
    for unit in report.units():
        if unit.location.block in toc:
            continue
        for line_m in re.finditer(r"[^\n]+", unit.text):
            line = line_m.group(0)
            lead = len(line) - len(line.lstrip(" \t\u3000"))
            body = line[lead:]
            for family, level, pat in _MARKERS:
                m = pat.match(body)
                if not m:
                    continue
                raw = m.group(1)
                value = _circled(raw) or (int(raw) if raw.isdecimal() else ordinal(raw))
                if value is None:
                    break
                s = line_m.start() + lead
                yield _Marker(unit, s, s + m.end(), family, level, value)
                break


def _run_on(last: _Marker, value: int) -> bool:
    """Item ``value`` stands later on ``last``'s own line: two lines run together (一、收入决算表二、支出决算表)."""
    text = last.unit.text
    end = text.find("\n", last.end)
    line = text[last.end:end if end >= 0 else len(text)]
    shown = _shown(last.family, value)
    if "（" in last.family:
        pattern = f"[（(]{shown}[）)]"
    elif last.family == "①":
        pattern = re.escape(shown)
    else:  # a page number may end the line before a Chinese numeral (……10四、), not before a digit
        before = "\\d一二三四五六七八九十" if shown.isdecimal() else "一二三四五六七八九十"
        pattern = f"(?<![{before}]){shown}[、．.](?!\\d)"
    return re.search(pattern, line) is not None


class _Order:
    """The report's units in order and where each stands, built when a gap first asks (gaps are rare)."""

    _SPAN = 200  # units read between two items: run-in items stand near them

    def __init__(self, report: Report) -> None:
        self.report = report
        self.units: list[TextUnit] | None = None
        self.at: dict[Location, int] = {}

    def between(self, prev: _Marker, mk: _Marker) -> str:
        """The text from the end of ``prev`` to the start of ``mk``, units joined by line breaks."""
        if self.units is None:
            self.units = list(self.report.units())
            for k, u in enumerate(self.units):
                self.at.setdefault(u.location, k)
        a, b = self.at[prev.unit.location], self.at[mk.unit.location]
        if a == b:
            return prev.unit.text[prev.end:mk.start]
        middle = (u.text for u in self.units[a + 1:min(b, a + 1 + self._SPAN)])
        return "\n".join([prev.unit.text[prev.end:], *middle, mk.unit.text[:mk.start]])


def _written_between(between: str, family: str, values: range) -> bool:
    """Every item of ``values`` stands in ``between`` where a line's marker is not read: after a
    space at the end of another line (a PDF's lines run together: …以上。 二、项目资金, …完成 四、评价结论),
    or opening a line with a figure (2.164个农家书屋…, item 2 read as the number 2.164)."""
    if "（" in family or family == "①":
        return False  # read anywhere already (bracketed) or never run together
    for value in values:
        shown = _shown(family, value)
        if shown.isdecimal() and re.search(rf"(?:^|\n)[ \t\u3000]*{shown}\.\d", between):
            continue
        if re.search(rf"[^\s][ \t\u3000]+{shown}[、．.](?!\d)", between) is None:
            return False
    return True


def _gap(report: Report, mk: _Marker, last: _Marker) -> Finding:
    missing = "、".join(_shown(mk.family, v) for v in range(last.value + 1, mk.value))
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"编号从{report.quote(last.unit.at(last.start, last.end)).strip()}跳到"
                f"{report.quote(mk.unit.at(mk.start, mk.end)).strip()}，缺少第{missing}项",
        location=FindingLocation.of(report, mk.unit.at(mk.start, mk.end)),
        related=[FindingLocation.of(report, last.unit.at(last.start, last.end))],
        evidence="同一列表中相邻两项的编号应连续",
        suggestion="补上缺少的项，或将后续编号顺延",
        rule="structure.numbering_gap")


def _numbering_gaps(report: Report) -> list[Finding]:
    """A jump forward (3 → 5), a number said twice (4、4、) or a heading list that starts late ((二)
    with no (一)) within one list family. A higher-level marker begins a new list; numbers going back
    are a restart, not a gap; a table begins new lists (its rows may number the body's items)."""
    out: list[Finding] = []
    lists: dict[int | None, dict[int, _Marker]] = {}
    paired: set[tuple[int | None, int]] = set()  # lists seen with 1、1、 (two parallel columns), where repeats are normal
    ended: dict[tuple[int | None, int], int] = {}  # the last number of each sub-list a heading closed (continued?)
    outer: dict[tuple[int | None, int], _Marker] = {}  # the item before each restart of a list
    was: int | None = None
    opened = False  # a numbered line came before: the text does not open with this list
    order = _Order(report)
    titled = opens_with_title(report)
    cut = opens_on_a_later_page(report) or opens_mid_sentence(report)
    first: _Marker | None = None  # the text's first numbered line
    for mk in _line_markers(report):
        scope = mk.unit.location.block if mk.unit.kind == "cell" else None
        if scope != was:
            lists.pop(scope, None)
            was = scope
        last = lists.setdefault(scope, {})
        for lvl in [lv for lv in last if lv > mk.level]:
            ended[(scope, lvl)] = last.pop(lvl).value
            paired.discard((scope, lvl))
        prev = last.get(mk.level)
        parent = last[max(above)] if (above := [lv for lv in last if lv < mk.level]) else None
        if _numerals_together(mk) and (prev is None or mk.value != prev.value + 1):
            continue  # 三、四季度 where the list does not call for 三: a line broken mid-sentence
        first = first or mk
        if prev is not None and mk.value < prev.value:
            outer[(scope, mk.level)] = prev  # a restart: a sub-list in the same markers may follow a title
        resumed = _resumes(report, mk, prev, outer.get((scope, mk.level)))
        if prev is not None and not resumed and mk.value > prev.value + 1 and mk.value != 1 \
                and not all(_run_on(prev, v) for v in range(prev.value + 1, mk.value)) \
                and not _written_between(order.between(prev, mk), mk.family, range(prev.value + 1, mk.value)):
            out.append(_gap(report, mk, prev))
        elif prev is not None and mk.value == prev.value and not resumed:
            if mk.value == 1 or _marker_text(report, mk) == _marker_text(report, prev):
                paired.add((scope, mk.level))
            elif (scope, mk.level) not in paired:
                out.append(_repeat(report, mk, prev))
        elif prev is None and scope is None and mk.level <= 1 and (mk.value == 2 or (mk.value > 2 and titled)) \
                and not _mid_document(cut, titled, first, mk) and not seen_before(report, mk.family, mk.unit, mk.start) \
                and (opened or written_before(report, mk.unit, mk.start)):
            out.append(_late_start(report, mk))
        elif prev is None and parent is not None and mk.level >= 1 and mk.value == 2 \
                and ended.get((scope, mk.level)) != 1 and not _FIRST[mk.family].search(order.between(parent, mk)):
            out.append(_late_start(report, mk))  # (一)产出指标 / 2.数量指标: the sub-list lost its first item
        last[mk.level] = mk
        opened = True
    out += _inline_gaps(report)
    return out


# the first item of a sub-list, written anywhere between its heading and its second item; 1. right before a
# year (1.2024届毕业生…, 1.2023年…) is the item's marker: no report writes 1.2024 as a figure before 届/年
_FIRST = {"（一）": re.compile(r"[（(]\s?一\s?[）)]"),
          "1、": re.compile(r"(?<![\d.])[1１](?:[、．.:：)）](?!\d)|\s|[.．](?=(?:19|20)\d{2}(?:年|届)))|⒈|第[1１一][项条点个]"),
          "（1）": re.compile(r"[（(]\s?1\s?[）)]"),
          "①": re.compile("①")}


# the next numeral and its measure word after a marker: numerals read together (三、四季度, 3、4月份)
_MEASURE = re.compile(r"(?:个)?(?:季度|月|类|级|档|批|期|等奖|年级|星级|号|栋|标段)")


def _numerals_together(mk: _Marker) -> bool:
    """The marker's numeral and the next one are read together with a measure word (三、四季度, 一、二类,
    3、4月份): where the list does not call for that number next, a PDF line broken mid-sentence."""
    if mk.family not in ("一、", "1、") or mk.unit.text[mk.end - 1 : mk.end] != "、":
        return False
    after = mk.unit.text[mk.end : mk.end + 8]
    nxt = _shown(mk.family, mk.value + 1)
    return after.startswith(nxt) and bool(_MEASURE.match(after, len(nxt)))


def _marker_text(report: Report, mk: _Marker) -> str:
    return mk.unit.text[mk.end:].split("\n", 1)[0].strip()


def _resumes(report: Report, mk: _Marker, prev: _Marker | None, outer: _Marker | None) -> bool:
    """A title (4. 部门整体支出情况) after a sub-list of sentences in the same markers (1.…。 … 4.…。) goes on
    with the titles before the sub-list (3. 部门年度绩效目标): one marker style at two levels, no item lost."""
    return prev is not None and outer is not None and outer.value == mk.value - 1 and _titled(report, mk) \
        and _titled(report, outer) and not _titled(report, prev)


def _titled(report: Report, mk: _Marker) -> bool:
    """The item is a title: short, on its own line, no sentence's punctuation."""
    return 0 < len(text := mk.unit.text[mk.end:].strip()) <= 20 and not re.search(r"[\n。；;，,：:！？]", text)


def _mid_document(cut: bool, titled: bool, first: _Marker | None, mk: _Marker) -> bool:
    """The text begins in the middle of a document, so a list's items before ``mk`` may lie before it: it
    opens with a page number above 1, or, with no title, with an earlier numbered line that is no
    first item (7.满意度指标… then （二）: the excerpt starts inside （一）'s sub-list)."""
    return cut or (not titled and first is not None and first is not mk and first.value > 1)


def _repeat(report: Report, mk: _Marker, prev: _Marker) -> Finding:
    shown = report.quote(mk.unit.at(mk.start, mk.end)).strip()
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"编号“{shown}”重复：上一项也是“{report.quote(prev.unit.at(prev.start, prev.end)).strip()}”",
        location=FindingLocation.of(report, mk.unit.at(mk.start, mk.end)),
        related=[FindingLocation.of(report, prev.unit.at(prev.start, prev.end))],
        evidence="同一列表中相邻两项编号相同，内容不同",
        suggestion="将本项及其后各项编号顺延",
        rule="structure.numbering_repeat")


def _late_start(report: Report, mk: _Marker) -> Finding:
    shown = report.quote(mk.unit.at(mk.start, mk.end)).strip()
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"编号从“{shown}”开始，前面没有第一项",
        location=FindingLocation.of(report, mk.unit.at(mk.start, mk.end)),
        evidence="同一级标题的编号应从第一项开始",
        suggestion="补上第一项，或将编号改为从第一项开始",
        rule="structure.numbering_late_start")


def _inline_gaps(report: Report) -> list[Finding]:
    """一是、二是、四是 (or 二是 twice) within one paragraph or cell."""
    out = []
    for unit in report.units():
        prev: _Marker | None = None
        for m in _INLINE_ORDINAL.finditer(unit.text) if "是" in unit.text else ():
            value = ordinal(m.group(1))
            if value is None:
                continue
            mk = _Marker(unit, m.start(), m.end(), "一是", 9, value)
            if value == 1 or prev is None:
                prev = mk if value == 1 else prev
                continue
            if value > prev.value + 1:
                out.append(_gap(report, mk, prev))
            elif value == prev.value:
                out.append(_repeat(report, mk, prev))  # 一是…二是…二是: the list numbered one item twice
            prev = mk
    return out


# (5)五是…, 3、三是…: one item numbered twice, in two systems — a 一是…五是 draft renumbered by hand.
# Only where both give the same number from 2 up: under (1) a list 一是、二是 may legitimately start.
_DOUBLE_MARKER = re.compile(rf"(?:^|[\n。；;])\s*((?:[（(](\d{{1,2}})[）)]|(\d{{1,2}})[、．])\s*([{_CN}]{{1,3}})是)")


def _double_markers(report: Report) -> list[Finding]:
    out = []
    for unit in report.units():
        for m in _DOUBLE_MARKER.finditer(unit.text):
            number, word = int(m.group(2) or m.group(3)), ordinal(m.group(4))
            if word != number or number < 2:
                continue
            out.append(Finding(
                kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
                message=f"同一项编号了两次：“{m.group(1)}”",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end(1))),
                evidence="序号与“X是”两套编号叠用在同一项上，多为由“一是……五是”改写时遗留",
                suggestion=f"只保留一种编号，如删去“{m.group(4)}是”", rule="structure.numbering_double"))
    return out


# A list numbered (2), (3) … whose first item is written another way: 1) (its opening bracket lost)
# or 1. / 1、 (another numbering system). Inline too: PDF copies run a whole outline into one line.
_BRACKETED = re.compile(r"[（(](\d{1,2})[）)]")
_FIRST_ITEM = re.compile(r"(?:^|(?<=[\s:：;；。，,]))1(?:([)）])|[.．、](?!\d))")


# a short title closed at once by its stop (1.主要职能。 1.人员情况：): the "1." numbers a heading
_SHORT_TITLE = re.compile(r"\s*[\u4e00-\u9fff]{2,8}[。：:]")


def _odd_first_items(report: Report) -> list[Finding]:
    out = []
    for unit in report.units():
        text = fold_width(unit.text)  # １）and （２） as 1) and (2), at the same offsets
        marks = [(int(m.group(1)), m) for m in _BRACKETED.finditer(text)]
        for (n, second), (n3, _) in itertools.pairwise(marks):
            if n != 2 or n3 != 3 or any(k == 1 and m.start() < second.start() for k, m in marks):
                continue
            firsts = list(_FIRST_ITEM.finditer(text, 0, second.start()))
            if not firsts or _BRACKETED.search(text, firsts[-1].end(), second.start()):
                continue
            first = firsts[-1]
            lost_bracket = first.group(1) is not None
            if not lost_bracket and _SHORT_TITLE.match(text, first.end()):
                continue  # 1.主要职能。(1)…(2)…: a heading of the level above, whose own list follows
            out.append(Finding(
                kind=Kind.PUNCTUATION if lost_bracket else Kind.NUMBERING_GAP, severity=Severity.WARNING,
                message=(f"列表第1项写作“{unit.text[first.start():first.end()]}”，缺少左括号；"
                         f"其后各项为“{unit.text[second.start():second.end()]}”…" if lost_bracket else
                         f"列表第1项写作“{unit.text[first.start():first.end()]}”，"
                         f"其后各项却是“{unit.text[second.start():second.end()]}”…：编号体例不一致"),
                location=FindingLocation.of(report, unit.at(first.start(), first.end())),
                related=[FindingLocation.of(report, unit.at(second.start(), second.end()))],
                evidence="同一列表各项的编号应为同一体例",
                suggestion=f"改为“{unit.text[second.start()]}1{unit.text[second.end() - 1]}”",
                rule="structure.odd_first_item"))
    return out
