"""List numbering: a jump (3 → 5), a number said twice (4、4、), a list that starts late, an item
numbered in two systems ((5)五是), a marker broken in editing (）总体…), a heading that lost its
marker, and a first item written another way (1) before (2)).

Why: a list that jumps from 3 to 5 usually means an item was deleted or pasted over; numbering may
restart freely, so only a jump forward inside one list is a gap. Part of the structure check. What a
marker is: ``item_markers``; the headings that lost theirs: ``unnumbered_siblings``; an item numbered
two ways: ``odd_first_items``.
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.chinese import ordinal
from ..report import Location, Report, TextUnit
from .broken_markers import broken_markers
from .inline_numbering import inline_numbering
from .item_markers import _CN, _line_markers, _Marker, _shown, line_after, marker_level, parse_marker
from .list_openings import (
    opens_in_body,
    opens_mid_sentence,
    opens_on_a_later_page,
    opens_with_title,
    previewed,
    seen_before,
    written_before,
)
from .odd_first_items import _double_markers, _odd_first_items
from .part_titles import part_titles
from .toc_gaps import toc_gaps
from .unnumbered_siblings import _at, _Places, _unnumbered_siblings, lost_first

__all__ = ["check_numbering", "marker_level", "parse_marker"]


def check_numbering(report: Report) -> list[Finding]:
    """Numbering gaps (or the lost markers that explain them), double markers, broken markers and
    odd first items, in that order."""
    broken = broken_markers(report)
    found = _unexplained_gaps(report, broken) + inline_numbering(report)
    if _GARBLED_MARKER.search(report.plain_text()):  # a mirror's garbled （一）: its list's numbers are not all shown
        found = [f for f in found if f.rule not in ("structure.numbering_late_start", "structure.numbering_gap")
                 or not f.quote.lstrip().startswith(("（", "("))]
    # a list of 一、 headings starting late where one before it lost its numeral (、单位基本情况 then 二、): that loss, told
    lost = [_at(p.location) for b in broken if b.message.startswith("标题以“、”开头") for p in (b.location, *b.related)]
    found = [f for f in found if not (f.rule == "structure.numbering_late_start" and re.match(r"\s*[一二三四五六七八九十]+、", f.quote)
                                      and any(at < _at(f.location.location) for at in lost))]
    body = _swapped(report, found) + _double_markers(report) + broken + _odd_first_items(report)
    told = {f.quote.strip() for f in body}  # a bare entry the body's heading shows bare too: told there
    return body + [f for f in toc_gaps(report) if f.quote.strip() not in told] + part_titles(report)


def _swapped(report: Report, found: list[Finding]) -> list[Finding]:
    """(二) (一) (三): a list that starts at (二), goes back to (一) and then jumps to (三) has two items in the wrong
    order — one problem, told once at the first, not a late start and a gap."""
    gaps = [(f, parse_marker(f.quote), parse_marker(report.quote(f.related[0].location))) for f in found
            if f.rule == "structure.numbering_gap" and f.related]
    out, folded = [], set()
    for f in found:
        late = parse_marker(f.quote) if f.rule == "structure.numbering_late_start" else None
        gap = next((g for g, to, since in gaps if late and to and since and to[0] == since[0] == late[0]
                    and since[1] == late[1] - 1 and to[1] == late[1] + 1 and _at(g.location.location) > _at(f.location.location)), None)
        if late and gap is not None:
            folded.add(id(gap))
            f = f.model_copy(update={
                "message": f"编号顺序颠倒：“{f.quote.strip()}”写在“{report.quote(gap.related[0].location).strip()}”之前",
                "related": [gap.related[0]], "evidence": "同一列表的两项先后写反，其后的编号接着前一项顺延",
                "suggestion": "调换这两项的顺序（或互换其编号）"})
        out.append(f)
    return [f for f in out if id(f) not in folded]  # (the gap folded in may come before its late start)


# a copying site that decodes a page in the wrong code turns （一） into 。ㄒ唬 and （三） into 。ㄈ┤ (a bopomofo
# letter after 。 opening a line): that list's bracketed markers are there, only unreadable
_GARBLED_MARKER = re.compile(r"(?m)^[ \t\u3000]*。[\u3105-\u312f]")


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


# -- numbering gaps ------------------------------------------------------------------------------

_INLINE_ORDINAL = re.compile(rf"([{_CN}]{{1,3}})是")


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
    or opening a line with a figure (2.164个农家书屋…, item 2 read as the number 2.164). A bracketed item
    stands there when it opens a sentence inside a line (…其他事项。(二)机构设置 — the paragraph's break lost)."""
    if family == "①":
        return False  # never run together
    if "（" in family:
        return all(re.search(rf"[。；;][ \t\u3000]*[（(]{_shown(family, v)}[）)][\u4e00-\u9fff]", between)
                   for v in values)
    for value in values:
        shown = _shown(family, value)
        if shown.isdecimal() and re.search(rf"(?:^|\n)[ \t\u3000]*{shown}\.\d", between):
            continue
        # (or a Chinese numeral right after a figure: a two-column table flattened, 4四、财政专户收入70.00四、公共安全支出)
        if re.search(rf"[^\s][ \t\u3000]+{shown}[、．.](?!\d)", between) is None \
                and (shown.isdecimal() or re.search(rf"\d{shown}、", between) is None):
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
    # each sub-list's last number where a heading closed it: it may go on after the parent's sibling ((一)产出指标 1.数量
    # (二)效益指标 2.…), not after a section above them (cleared there)
    ended: dict[tuple[int | None, int], int] = {}
    outer: dict[tuple[int | None, int], _Marker] = {}  # the item before each restart of a list
    ones: dict[int, tuple[_Marker, _Marker]] = {}  # a second 1、 (by id; kept alive) and the 1、 before it: parallel columns, unless 3、 follows
    was: int | None = None
    opened = False  # a numbered line came before: the text does not open with this list
    order, titled, (cut, preview) = _Order(report), opens_with_title(report), _cut(report)
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
        ended = {k: v for k, v in ended.items() if k[0] != scope or k[1] <= mk.level + 1}
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
            out += [_repeat(report, prev, ones[id(prev)][1])] if mk.value == 3 and id(prev) in ones else []
            out.append(_gap(report, mk, prev))  # 1、1、3、: the gap folds into the repeat (``_repeat_then_gap``)
        elif prev is not None and mk.value == prev.value and not resumed:
            if mk.value == 1 or line_after(mk) == line_after(prev):
                paired.add((scope, mk.level))
                ones[id(mk)] = (mk, prev)
            elif (scope, mk.level) not in paired:
                out.append(_repeat(report, mk, prev))
        elif prev is None and scope is None and mk.level <= 1 and (mk.value == 2 or (mk.value > 2 and titled)) \
                and not preview and not _mid_document(report, cut, titled, first, mk) and not seen_before(report, mk.family, mk.unit, mk.start) \
                and (opened or written_before(report, mk.unit, mk.start)) and not _bulleted_before(report, mk):
            out.append(lost_first(report, mk, parent) or _late_start(report, mk))
        elif prev is None and parent is not None and mk.level >= 1 and mk.value == 2 and not preview \
                and ended.get((scope, mk.level)) != 1 and not _FIRST[mk.family].search(order.between(parent, mk)):
            out.append(_late_start(report, mk))  # (一)产出指标 / 2.数量指标: the sub-list lost its first item
        elif prev is None and parent is not None and mk.value > 2 and _restyles(parent, mk) \
                and parent.value == mk.value - 1 and ended.get((scope, mk.level)) != mk.value - 1 \
                and not _FIRST[mk.family].search(order.between(parent, mk)):
            out.append(_restyled(report, mk, parent))  # (一)(二) then 3.整改阶段: the parent's list goes on restyled
        last[mk.level] = mk
        opened = True
    out += _inline_gaps(report)
    return out


# the first item of a sub-list, written anywhere between its heading and its second item (a line's 1) or 一) is
# that item with its opening bracket lost: 1)执行… then (2)…, not a list opening late); 1. right before a
# year (1.2024届毕业生…, 1.2023年…) is the item's marker: no report writes 1.2024 as a figure before 届/年
_FIRST = {"（一）": re.compile(r"[（(]\s?一\s?[）)]|(?:^|\n)[ \t\u3000]*一[）)]"),
          # (and 1. glued to a code that a blank parts from the item's words: 1.101 某单位办公室, then 2. 101001 …)
          "1、": re.compile(r"(?<![\d.])[1１](?:[、．.:：)）](?!\d)|\s|[.．](?=(?:19|20)\d{2}(?:年|届)))|⒈|第[1１一][项条点个]"
                           r"|(?:^|\n)[ \t\u3000]*[1１][.．](?=\d{3,}[ \t\u3000]+[\u4e00-\u9fff])"),
          "（1）": re.compile(r"[（(]\s?[1１]\s?[）)]|(?:^|\n)[ \t\u3000]*[1１][）)]"),
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


def _resumes(report: Report, mk: _Marker, prev: _Marker | None, outer: _Marker | None) -> bool:
    """A title (4. 部门整体支出情况) after a sub-list of sentences in the same markers (1.…。 … 4.…。) goes on
    with the titles before the sub-list (3. 部门年度绩效目标): one marker style at two levels, no item lost."""
    return prev is not None and outer is not None and outer.value == mk.value - 1 and _titled(report, mk) \
        and _titled(report, outer) and not _titled(report, prev)


_BULLET = re.compile(r"^\s*[•●◆■▪◇○]\s*[\u4e00-\u9fff][^。；;，,\n]{0,40}(?:职责|职能|概况|情况|设置|说明|构成|任务)\s*$")


def _bulleted_before(report: Report, mk: _Marker) -> bool:
    """A title line shown with a bullet before ``mk`` (• 某小学主要职责 … 二、机构设置): a site rendered the list's first
    marker as a bullet — the first item stands there."""
    for unit in report.units():
        if unit.location == mk.unit.location:
            return False
        if _BULLET.match(unit.text):
            return True
    return False


def _titled(report: Report, mk: _Marker) -> bool:
    """The item is a title: short, on its own line, no sentence's punctuation."""
    return 0 < len(text := mk.unit.text[mk.end:].strip()) <= 20 and not re.search(r"[\n。；;，,：:！？]", text)


def _restyles(parent: _Marker, mk: _Marker) -> bool:
    """``mk`` may be ``parent``'s list going on in other numerals: the level right below it ((二) then 3.), or the
    same brackets in Arabic numerals ((一)(二) then (3)当年部门整体支出绩效目标)."""
    return parent.level == mk.level - 1 or (parent.family, mk.family) == ("（一）", "（1）")


def _cut(report: Report) -> tuple[bool, bool]:
    """Whether the text begins inside a document (a later page, mid-sentence, in a section's running text), and
    whether it is a site's partial preview (pages left out: any list may have lost its first items there)."""
    return opens_on_a_later_page(report) or opens_mid_sentence(report) or opens_in_body(report), previewed(report)


def _mid_document(report: Report, cut: bool, titled: bool, first: _Marker | None, mk: _Marker) -> bool:
    """The text begins in the middle of a document, so a list's items before ``mk`` may lie before it: it
    opens with a page number above 1, or, with no title, with an earlier numbered line that is no
    first item (7.满意度指标… then （二）: the excerpt starts inside （一）'s sub-list), or opening the text with an
    item of a level below ``mk``'s ((一)主要职能… as its first line, then 二、部门概况: the excerpt starts inside 一、)."""
    return cut or (not titled and first is not None and first is not mk
                   and (first.value > 1 or (first.level > mk.level and _opens_text(report, first))))


def _opens_text(report: Report, mk: _Marker) -> bool:
    """The marker opens the text: nothing but blanks before it in its unit, and its unit the report's first."""
    first = next((u for u in report.units() if u.text.strip()), None)
    return first is not None and first.location == mk.unit.location and not mk.unit.text[:mk.start].strip()


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


def _restyled(report: Report, mk: _Marker, parent: _Marker) -> Finding:
    """A sub-list that opens at 3 or more right under its parent's item of the number before ((二) then
    3.): a list is numbered from 1, and no list loses its first two items at the very number its parent
    has reached — the parent's list goes on in the markers of the level below."""
    shown = report.quote(mk.unit.at(mk.start, mk.end)).strip()
    above = report.quote(parent.unit.at(parent.start, parent.end)).strip()
    meant = re.sub(r"[一二三四五六七八九十]+|\d+", _shown(parent.family, mk.value), above, count=1)
    before = ("".join(f"({_shown(mk.family, v)})" for v in range(1, mk.value)) if "（" in mk.family
              else "、".join(_shown(mk.family, v) for v in range(1, mk.value)))
    return Finding(
        kind=Kind.NUMBERING_GAP, severity=Severity.WARNING,
        message=f"编号“{shown}”紧接上级“{above}”，前面没有{before}：疑为同级各项中途换了编号体例，应为“{meant}”",
        location=FindingLocation.of(report, mk.unit.at(mk.start, mk.end)),
        related=[FindingLocation.of(report, parent.unit.at(parent.start, parent.end))],
        evidence=f"下级列表应从第1项编起；“{shown}”恰好接着“{above}”往下数，是同一列表改用了下一级的编号",
        suggestion=f"改为“{meant}”，其后各项依次顺延；若确为下级列表，补上第{before}项",
        rule="structure.numbering_restyled")


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
