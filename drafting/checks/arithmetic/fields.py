"""A 合计 line under lines of ``标签：值`` that does not add them up.

Part of the arithmetic check (see ``tables``). Forms copied as text often read one field per line —
"基本支出：500万元" … "合计：750万元" — or the label on one line and its value on the next. Such a run
is a one-column table: the total line closes it, the lines above it since the run began are its
parts. Precision first: every line of the run is one label and one figure of the same unit, no
label says 其中 or 含 (a nested part), and the total is held against the parts only when it is
the last line of the run — or, when it opens the run ("本年收入合计：…" over 财政拨款收入, 其他收入),
only when every line below names what it totals and the list is known complete. A label alone
("三公经费：") over whole fields starts a new group.

A total whose next line opens with 其中 ("年度预算资金总额：500" / "其中：中央补助 300" / "市级资金 120" /
"本级资金 80") lists its parts below it, one per line, often without a unit (the group's line above
says "（万元）"). 其中 lists some parts as often as all of them, so the parts are held against the
total only when the wording shows what they are (``parts``): parts that cannot overlap (one
classification's categories: 中央/市级/本级) may not exceed it, a list known complete must make it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.textnorm import fold_width
from ...quantities import format_decimal, places_of
from ...report import Location, Paragraph, Report
from .grid import EXPLAINED, NOT_EXPLAINED, Num, make_finding
from .parts import complete_reason, disjoint

__all__ = ["check_breakdowns_below", "check_field_totals"]

_FIELD = re.compile(r"^\s*([\u4e00-\u9fff（）()、]{2,16}?)\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[。；;]?\s*$")
_TOTAL = re.compile(r"(?:合计|总计|小计|共计|总额)$|^(?:合计|总计|小计|共计)")
_NESTED = re.compile(r"其中|含|包括")
_SUFFIX = re.compile(r"^(?:本年|本期|全年|年度|当年)|(?:合计|总计|小计|共计|总额)$")
_Field = tuple[int, str, Decimal, str, int, int]  # block, label, value, unit, where the value starts and ends


def _fields(report: Report) -> list[_Field | None]:
    """Each paragraph read as (block, label, value, unit, value start, value end), or None."""
    out: list[_Field | None] = []
    pending_label: tuple[int, str] | None = None
    for b, block in enumerate(report.blocks):
        if not isinstance(block, Paragraph):
            out.append(None)
            pending_label = None
            continue
        text = fold_width(block.text)
        m = _FIELD.match(text)
        if m is None and pending_label is not None:
            m = _FIELD.match(pending_label[1] + "：" + text)
            if m is not None:  # the label on one line, its value on the next
                shift = len(pending_label[1]) + 1
                out.append((b, m.group(1), Decimal(m.group(2).replace(",", "")), m.group(3),
                            m.start(2) - shift, m.end(3) - shift))
                pending_label = None
                continue
        if m is None:
            short = re.fullmatch(r"[\u4e00-\u9fff（）()]{2,16}[:：]?", text.strip())
            pending_label = (b, text.strip().rstrip(":：")) if short else None
            if not short:
                out.append(None)
            continue
        if pending_label is not None:
            out.append(None)  # "三公经费：" over whole fields: the heading of a new group, not a label
        pending_label = None
        out.append((b, m.group(1), Decimal(m.group(2).replace(",", "")), m.group(3), m.start(2), m.end(3)))
    return out


def check_field_totals(report: Report) -> list[Finding]:
    out: list[Finding] = []
    run: list[_Field] = []
    header: _Field | None = None  # a total on the run's first line ("本年收入合计：…"), its parts below

    def close() -> None:
        if header is not None and len(run) >= 2 and _below(header, run):
            finding = _judge(report, header, run, below=True)
            if finding is not None:
                out.append(finding)

    for item in [*_fields(report), None]:
        if item is None or (run and item[3] != run[0][3]):
            close()
            run, header = [], None
            if item is None:
                continue
        if _TOTAL.search(item[1]):  # a total closes the run; it is never a part of the next one
            if header is not None:
                close()
            elif len(run) >= 2 and not any(_NESTED.search(p[1]) for p in run) and not _parts_below(report, item[0]):
                finding = _judge(report, item, run)
                if finding is not None:
                    out.append(finding)
            header = item if not run or header is not None else None
            run = []
            continue
        run.append(item)
    return out


def _parts_below(report: Report, b: int) -> bool:
    """The line after a total opens with 其中: the total heads its own parts, it closes no run above."""
    nxt = report.blocks[b + 1] if b + 1 < len(report.blocks) else None
    return isinstance(nxt, Paragraph) and nxt.text.lstrip().startswith("其中")


def _top_level(parts: list[_Field]) -> list[_Field]:
    """The lines with each line's own breakdown left out: a line followed by two or more that add up to
    it exactly (基本支出：1000万元 / 人员经费：800万元 / 公用经费：200万元) is their whole, a form's nested
    rows copied one per line."""
    out, i = [], 0
    while i < len(parts):
        nxt = i + 1
        for m in range(len(parts), i + 2, -1):
            if parts[i][2] and sum((p[2] for p in parts[i + 1:m]), Decimal(0)) == parts[i][2]:
                nxt = m
                break
        out.append(parts[i])
        i = nxt
    return out


def _below(total: _Field, parts: list[_Field]) -> bool:
    """Parts under a total name what it totals (本年收入合计 over 财政拨款收入, 其他收入), none nested,
    and the list is known complete (a part named 其他, or one stated as 0)."""
    noun = _SUFFIX.sub("", total[1])[-2:]
    names = [p[1] for p in parts]
    return len(noun) == 2 and all(noun in n for n in names) and not any(_NESTED.search(n) for n in names) \
        and complete_reason(total[1], names, [p[2] for p in parts]) is not None


def _num(report: Report, item: _Field) -> Num:
    b, _, value, _, s, e = item
    text = report.blocks[b].text[s:e]  # type: ignore[union-attr]
    return Num(value, places_of(value), False, Location(block=b, start=s, end=e), text)


def _judge(report: Report, total: _Field, parts: list[_Field], below: bool = False) -> Finding | None:
    places = max(places_of(x[2]) for x in (total, *parts))
    if sum((p[2] for p in parts), Decimal(0)) == total[2]:
        return None
    parts = _top_level(parts)  # (a line's own breakdown below it is no part of the total)
    got = sum((p[2] for p in parts), Decimal(0))
    if got == total[2]:
        return None
    half = Decimal("0.5").scaleb(-places)
    explained = abs(got - total[2]) <= half * len(parts)
    t = _num(report, total)
    nums = [_num(report, p) for p in parts]
    formula = " + ".join(n.text for n in nums)
    shown = format_decimal(got, places) + total[3]
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
        f"“{total[1]}”{t.text} 与{'下面' if below else '上面'}各行之和 {shown} 不符", t, nums,
        f"{formula} = {shown}，报告{total[1]}为 {t.text}" + (EXPLAINED if explained else NOT_EXPLAINED),
        "核对合计与各行金额，更正有误的一处", "field_lines_total")


# a line of a breakdown below its total: "label：value" or "label value", the unit optional
_LINE = re.compile(r"^\s*(其中\s*[:：]?\s*)?([\u4e00-\u9fff（）()、“”\"]{2,16}?)\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)?\s*$")
# the 三公 total named as such (“三公”经费支出：…) is a total whatever word closes it: its three parts are known
_UNIT_NOTE = re.compile(r"[（(](万元|亿元|元)[)）]")
_ASIDE = re.compile(r"[（(][^（）()]*[)）]|[“”\"]")
_THREE_TOTAL = re.compile(r"^三公经费(?:支出|决算数?|开支)?(?:合计|总额|总计)?$")


def _line(report: Report, b: int) -> tuple[bool, str, Decimal, str, int, int] | None:
    block = report.blocks[b] if b < len(report.blocks) else None
    if not isinstance(block, Paragraph):
        return None
    m = _LINE.match(fold_width(block.text))
    if m is None:
        return None
    return (m.group(1) is not None, m.group(2), Decimal(m.group(3).replace(",", "")), m.group(4) or "",
            m.start(3), m.end(4) if m.group(4) else m.end(3))


def _unit_note(report: Report, b: int) -> str | None:
    """The unit a unit-less group states in its total's label or on one of the two lines above it."""
    for k in (b, b - 1, b - 2):
        block = report.blocks[k] if k >= 0 else None
        if isinstance(block, Paragraph) and (m := _UNIT_NOTE.search(fold_width(block.text))):
            return m.group(1)
    return None


def check_breakdowns_below(report: Report) -> list[Finding]:
    """A total line, then 其中 and its parts one per line: held against it where the parts' names show
    they cannot overlap (their sum may not exceed it) or are the whole list (their sum must make it)."""
    out: list[Finding] = []
    for b in range(len(report.blocks) - 2):
        head = _line(report, b)
        if head is None or head[0] or not (_TOTAL.search(head[1]) or _THREE_TOTAL.match(_ASIDE.sub("", head[1]))):
            continue
        parts, k = [], b + 1
        while (item := _line(report, k)) is not None and (k == b + 1) == item[0] and item[3] == head[3] \
                and not _TOTAL.search(item[1]):
            parts.append((k, _ASIDE.sub("", item[1]), *item[2:]))
            k += 1
        names = [p[1] for p in parts]
        if len(parts) < 2 or (not head[3] and _unit_note(report, b) is None) \
                or any(_NESTED.search(n) for n in names):
            continue
        values = [p[2] for p in parts]
        got = sum(values, Decimal(0))
        whole = _ASIDE.sub("", head[1])
        if (got > head[2] and disjoint(whole, names, False)) or complete_reason(whole, names, values) is not None:
            finding = _judge(report, (b, re.sub(r"[“”\"]", "", head[1]), *head[2:]), parts, below=True)
            if finding is not None:
                out.append(finding)
    return out
