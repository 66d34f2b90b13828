"""Form structure: required fields left blank, and gaps in list numbering.

Why: a blank 评价等次 or 联系人 makes the form incomplete, and a list that jumps from 3 to 5 usually
means an item was deleted or pasted over. Only fields a reviewer must see filled are checked
(signature and date placeholders are filled by hand after printing), and numbering may restart
freely: only a jump forward inside one list is a gap.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.chinese import numeral, ordinal
from ..numbers.textnorm import fold_width
from ..report import Heading, Location, Paragraph, Report, Table, TextUnit, clip

__all__ = ["check_structure"]

# Labels of fields that must carry a value.
_REQUIRED = re.compile(
    r"^(?:评价等次|评价等级|自评等级|(?:绩效)?自评(?:综合)?得分|综合得分|自评总分|联系人|联络电话|联系电话|预算编码|"
    r"部门\s*[（(]\s*单位\s*[）)]\s*名称|部门名称|单位名称|报告日期)$"
)
_ANY_LABEL = re.compile(r"[\u4e00-\u9fa5（）()]{2,12}[:：]")


def _flat(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def _missing(report: Report, unit: TextUnit, start: int, end: int, label: str, rule: str) -> Finding:
    return Finding(
        kind=Kind.MISSING_FIELD, severity=Severity.ERROR,
        message=f"必填项“{label}”未填写",
        location=FindingLocation.of(report, unit.at(start, end)),
        evidence=f"“{label}”后的填写栏为空",
        suggestion=f"填写{label}",
        rule=rule)


def check_structure(report: Report) -> list[Finding]:
    """Blank required fields, blanks and placeholders left in the narrative, numbering gaps, and
    headings with nothing under them."""
    broken = _broken_markers(report)
    return (_blank_fields(report) + _narrative_blanks(report) + _unexplained_gaps(report, broken) + _double_markers(report)
            + broken + _odd_first_items(report) + _empty_headings(report))


def _unexplained_gaps(report: Report, broken: list[Finding]) -> list[Finding]:
    """Numbering findings, less the gaps a broken marker between the two items explains ((一) … ）总体…
    … (四): the items are there, their markers lost — one problem, reported as the broken marker)."""
    def at(loc: Location) -> tuple[int, int]:
        return loc.block, loc.start

    return [f for f in _numbering_gaps(report)
            if f.rule != "structure.numbering_gap"
            or not any(at(f.related[0].location) < at(b.location.location) < at(f.location.location) for b in broken)]


def _empty_headings(report: Report) -> list[Finding]:
    """A section heading (一、 or （一）) followed straight by the next heading of its level or above:
    the section was left unwritten (三、其他需要说明的情况 with nothing under it). A heading that is
    itself a statement (（一）加强预算编制。) is a list item, and the last heading of a text that may be
    an excerpt is left alone."""
    blocks = [(i, b) for i, b in enumerate(report.blocks) if not (isinstance(b, Paragraph) and not b.text.strip())]
    empty: list[tuple[int, int]] = []  # (block, run) of each empty heading; a run is headings back to back
    run = 0
    for (i, block), (_, nxt) in itertools.pairwise(blocks):
        if not isinstance(block, Heading):
            run += 1
            continue
        if block.level not in (1, 2) or re.search(r"[。；;：:]\s*$", block.text):
            continue
        if isinstance(nxt, Heading) and 0 < nxt.level <= block.level:
            empty.append((i, run))
    per_run = Counter(r for _, r in empty)
    out: list[Finding] = []
    for i, r in empty:
        if per_run[r] > 1:
            continue  # several empty headings back to back: a table of contents or an outline
        block = report.blocks[i]
        assert isinstance(block, Heading)
        out.append(Finding(
            kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
            message="此标题下没有内容：该部分未填写",
            location=FindingLocation.of(report, Location(block=i, start=0, end=len(block.text))),
            evidence="该标题之后紧接着同级或上级标题，其间没有任何文字或表格",
            suggestion="补写该部分内容；如无相关情况，写明“无”或删去该标题并顺延编号",
            rule="structure.empty_heading"))
    return out


# -- blank required fields -----------------------------------------------------------------------

def _blank_fields(report: Report) -> list[Finding]:
    out: list[Finding] = []
    units = list(report.units())
    following = [""] * len(units)  # the text of the next unit that is not blank
    for k in range(len(units) - 2, -1, -1):
        after = units[k + 1].text
        following[k] = after if after.strip() else following[k + 1]
    for k, unit in enumerate(units):
        if unit.kind == "cell":
            out += _blank_cell_field(report, unit)
        else:
            out += _blank_inline_field(report, unit, following[k])
    return out


def _blank_cell_field(report: Report, unit: TextUnit) -> list[Finding]:
    label = re.sub(r"[:：]\s*$", "", unit.text.strip())
    if not _REQUIRED.match(_flat(label)):
        return []
    block = report.blocks[unit.location.block]
    assert isinstance(block, Table) and unit.location.row is not None and unit.location.col is not None
    row = block.rows[unit.location.row]
    value_cells = []
    for cell in row[unit.location.col + 1 :]:
        if cell.merged:
            continue
        if cell.text.strip() and _REQUIRED.match(_flat(re.sub(r"[:：]\s*$", "", cell.text.strip()))):
            break  # the next label: this label's value cells end here
        value_cells.append(cell)
    if not value_cells or any(c.text.strip() for c in value_cells):
        return []
    start = len(unit.text) - len(unit.text.lstrip())
    return [_missing(report, unit, start, start + len(label), _flat(label), "structure.blank_cell")]


def _starts_with_label(text: str) -> bool:
    first = re.split(r"[\s\u3000:：]+", text.strip(), maxsplit=1)[0]
    return bool(_ANY_LABEL.match(text.strip())) or bool(_REQUIRED.match(_flat(first)))


def _blank_inline_field(report: Report, unit: TextUnit, following: str = "") -> list[Finding]:
    """``label：value`` in a paragraph (cover lines, 填报人…联系电话…): the value is what follows
    the label up to the next label or the end of the line. A label alone on its line is blank only
    when it ends in a colon and the next line is another label: in a form flattened one cell per
    line the value comes on a later line."""
    out = []
    text = unit.text
    for line_m in re.finditer(r"[^\n]+", text):
        line = line_m.group(0)
        for m in re.finditer(r"(?:^|(?<=[\s\u3000]))([\u4e00-\u9fa5（）() ]{2,14}?)\s*([:：]|[\s\u3000]{2,}|$)", line):
            label = m.group(1).strip()
            if not _REQUIRED.match(_flat(label)):
                continue
            rest = line[m.end():]
            nxt = _ANY_LABEL.search(rest)
            value = rest[: nxt.start()] if nxt else rest
            if value.strip():
                continue
            if not line[m.end():].strip() and not line[: m.start(1)].strip():  # the label alone on its line
                next_line = text[line_m.end():].strip() or following
                if m.group(2) not in ":：" or not m.group(2) or not _starts_with_label(next_line):
                    continue
            start = line_m.start() + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            out.append(_missing(report, unit, start, start + len(label), _flat(label), "structure.blank_inline"))
    return out


# -- blanks and placeholders in the narrative ------------------------------------------------------

_GAP = r"[ \t\u3000_＿]"
# A result named in a sentence whose value is empty: 评价等次为“”, 自评得分为  分, 等级：“ ”.
_BLANK_RESULT = re.compile(
    r"((?:评价|自评|综合|考核)?(?:等次|等级|得分|总分|评分|分数|结论))(?:为|是|评定为|[:：])?"
    rf"(?:[“\"「『]{_GAP}*[”\"」』]|{_GAP}*分(?![析类配数值项别期批解档]))")
# An amount whose number was never typed: 共计  万元, 为＿＿%.
_BLANK_FIGURE = re.compile(
    rf"(?:为|达|达到|共|共计|计|合计|完成|支出|安排|下达|拨付|新增|增长|下降)(?:{_GAP}{{2,}}|\u3000|[_＿]+)"
    r"(万元|亿元|元|人次|人|户|个|项|家|所|%|％|个百分点)")
# Template placeholders: XX县、××万元、＿＿、□□ (a single □ is a checkbox and is left alone).
# XX, ××, ＿＿, □□, and a draft's own 【待补充】 / 【待填写】 lines (jixiao draft marks missing data so)
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?:[XＸ]{2,}|×{2,})(?![A-Za-z])|[＿_]{2,}|□{2,}|【待(?:补充|填写|完善)】")
_HANDWRITTEN = re.compile(r"签字|签章|签名|盖章|日期|[年月日]")


def _narrative_blanks(report: Report) -> list[Finding]:
    """Values left empty in sentences and template placeholders never replaced. Signature and date
    lines ("签字：＿＿", "＿＿年＿＿月") are filled by hand after printing and are skipped."""
    out: list[Finding] = []
    for unit in report.units():
        text = unit.text
        for m in _BLANK_RESULT.finditer(text):
            label = m.group(1)
            out.append(Finding(
                kind=Kind.MISSING_FIELD, severity=Severity.ERROR,
                message=f"“{label}”的结果未填写",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{m.group(0).strip()}”中{label}的值为空",
                suggestion=f"填写{label}（如评价等次“优/良/中/差”、自评得分的分值）",
                rule="structure.blank_in_text"))
        for m in _BLANK_FIGURE.finditer(text):
            out.append(Finding(
                kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
                message=f"“{m.group(0).strip()}”缺少数值",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"单位“{m.group(1)}”前没有数字，只有空白",
                suggestion="填写该处的数值",
                rule="structure.blank_figure"))
        for m in _PLACEHOLDER.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            around = text[max(line_start, m.start() - 6) : m.end() + 2]
            if m.group(0)[0] in "_＿" and (_HANDWRITTEN.search(around) or re.search(r"签字|签章|盖章", line)):
                continue
            out.append(Finding(
                kind=Kind.MISSING_FIELD, severity=Severity.WARNING,
                message=f"文中留有模板占位符“{m.group(0)}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence="占位符（XX、××、＿＿、□□、【待补充】）说明此处内容没有填写",
                suggestion="用实际内容替换占位符",
                rule="structure.placeholder"))
    return out


# -- numbering gaps ------------------------------------------------------------------------------

_CN = "一二三四五六七八九十"
_MARKERS: list[tuple[str, int, re.Pattern[str]]] = [
    ("一、", 0, re.compile(rf"^([{_CN}]{{1,3}})[、．]")),
    ("（一）", 1, re.compile(rf"^[（(]([{_CN}]{{1,3}})[）)]")),
    ("1、", 2, re.compile(r"^(\d{1,2})(?:[、．]|\.(?!\d)|[:：](?!\d))")),
    ("（1）", 3, re.compile(r"^[（(](\d{1,2})[）)]")),
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
    unit: TextUnit
    start: int
    end: int
    family: str
    level: int
    value: int


def _line_markers(report: Report) -> Iterator[_Marker]:
    for unit in report.units():
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
    was: int | None = None
    for mk in _line_markers(report):
        scope = mk.unit.location.block if mk.unit.kind == "cell" else None
        if scope != was:
            lists.pop(scope, None)
            was = scope
        last = lists.setdefault(scope, {})
        for lvl in [lv for lv in last if lv > mk.level]:
            del last[lvl]
            paired.discard((scope, lvl))
        prev = last.get(mk.level)
        if prev is not None and mk.value > prev.value + 1 and mk.value != 1:
            out.append(_gap(report, mk, prev))
        elif prev is not None and mk.value == prev.value:
            if mk.value == 1 or _marker_text(report, mk) == _marker_text(report, prev):
                paired.add((scope, mk.level))
            elif (scope, mk.level) not in paired:
                out.append(_repeat(report, mk, prev))
        elif prev is None and scope is None and mk.level <= 1 and mk.value == 2 and not _seen_before(report, mk):
            out.append(_late_start(report, mk))
        last[mk.level] = mk
    out += _inline_gaps(report)
    return out


def _marker_text(report: Report, mk: _Marker) -> str:
    return mk.unit.text[mk.end:].split("\n", 1)[0].strip()


def _seen_before(report: Report, mk: _Marker) -> bool:
    """Whether the first item of ``mk``'s family appears anywhere before it (a list may continue
    after a table or a stray line)."""
    # a run-together outline puts the first item after a colon or full stop: 报告如下:一、部门概况
    first = {"一、": "(?:^|[\\s|｜:：。；;])一[、．]", "（一）": "[（(]一[）)]",
             "1、": r"(?:^|[\s|｜:：。；;])1(?:[、．]|\.(?!\d))", "（1）": "[（(]1[）)]"}[mk.family]
    pattern = re.compile(first)  # bracketed items anywhere (a run-together outline); others where a cell or line starts
    for unit in report.units():
        if unit.location == mk.unit.location:
            return bool(pattern.search(unit.text[: mk.start]))
        if pattern.search(unit.text):
            return True
    return False


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
    """一是、二是、四是 within one paragraph or cell."""
    out = []
    for unit in report.units():
        prev: _Marker | None = None
        for m in _INLINE_ORDINAL.finditer(unit.text):
            value = ordinal(m.group(1))
            if value is None:
                continue
            mk = _Marker(unit, m.start(), m.end(), "一是", 9, value)
            if value == 1 or prev is None:
                prev = mk if value == 1 else prev
                continue
            if value > prev.value + 1:
                out.append(_gap(report, mk, prev))
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


# A heading line that opens with a lone ")": its number's "(三" was lost in editing or copying.
# Not when the line before leaves a bracket open (a bracket broken across lines by a PDF).
_BROKEN_MARKER = re.compile(r"^[ \t\u3000]*([)）])[\u4e00-\u9fa5][^。；;\n]{1,38}$")


def _open_bracket(line: str) -> bool:
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


def _broken_markers(report: Report) -> list[Finding]:
    out, before = [], ""
    for unit in report.units():
        offset = 0
        for line in unit.text.split("\n"):
            m = _BROKEN_MARKER.match(line)
            if m and not _open_bracket(before):
                at = offset + m.start(1)
                out.append(Finding(
                    kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                    message=f"标题以孤立的“{m.group(1)}”开头，编号残缺：“{clip(line.strip(), 16)}”",
                    location=FindingLocation.of(report, unit.at(at, at + 1)),
                    evidence="行首的右括号没有对应的左括号，多为“（三）”一类编号删去了一半",
                    suggestion="补全本标题的编号（如“（三）”），并核对前后编号是否连续",
                    rule="structure.broken_marker"))
            before = line if line.strip() else before
            offset += len(line) + 1
    return out


# A list numbered (2), (3) … whose first item is written another way: 1) (its opening bracket lost)
# or 1. / 1、 (another numbering system). Inline too: PDF copies run a whole outline into one line.
_BRACKETED = re.compile(r"[（(](\d{1,2})[）)]")
_FIRST_ITEM = re.compile(r"(?:^|(?<=[\s:：;；。，,]))1(?:([)）])|[.．、](?!\d))")


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
