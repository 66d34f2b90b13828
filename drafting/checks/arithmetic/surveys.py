"""A satisfaction survey's counts: questionnaires handed out, returned and valid, and their rates.

Part of the arithmetic check (see ``tables``). A 满意度 is only as good as the survey behind it, and
its counts are copied between years and edited by hand: 发放问卷500份，回收526份 cannot both be true,
nor 有效问卷 above those returned, nor a 回收率 that is not returned ÷ handed out. Read in one
sentence: 发放(调查)问卷N份 or 发放N份; 回收/收回(问卷)M份; 有效(问卷)K份; 回收率/有效率 P%.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal, round_half_up
from ...report import Location, Report, TextUnit
from .grid import Num, make_finding
from .scores import table_rows

__all__ = ["check_surveys"]

_SENTENCE = re.compile(r"[^。！？!?\n]+")
_N = r"(\d{1,3}(?:,\d{3})+|\d+)\s*(?:份|张|人|户)"
# 发放(满意度调查)问卷500份 or 发放500份(调查)问卷: the questionnaire is named, not any handout
_ISSUED = re.compile(r"(?:发放|发出|下发)(?:[^，,；;。\d]{0,8}?(?:问卷|调查表|测评表|答卷)[^，,；;。\d]{0,4}?" + _N
                     + r"|\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:份|张)(?:满意度)?(?:调查|测评)?(?:问卷|表))")
_RETURNED = re.compile(r"(?:回收|收回)(?!率)(?:[^，,；;。\d有]{0,6}?)" + _N)
_VALID = re.compile(r"有效(?:问卷|调查问卷|答卷|样本)?(?:数|数量)?\s*[:：]?\s*(?:为|共|共计)?" + _N)
_RATE = re.compile(r"(有效回收率|回收率|有效率)\s*[:：]?\s*(?:为|达|达到)?\s*(\d+(?:\.\d+)?)\s*[%％]")
# 满意N人 … 满意度P%: one category only (非常满意/基本满意/不满意 with counts leave open which add up)
_SURVEYED = re.compile(r"(?:调查|走访|回访|访问|抽查|抽取|询问|测评)(?:了)?(?:[^，,；;。\d满]{0,8}?)" + _N)
_SATISFIED = re.compile(r"满意(?<![非比较基不]满意)(?:的)?(?:人数|问卷|票数?)?(?:为|共|有|达)?\s*" + _N)
_OTHER_GRADE = re.compile(r"(?:非常|比较|较|基本|不)满意(?:的)?(?:人数|问卷|票数?)?(?:为|共|有|达)?\s*\d")
_SATISFACTION = re.compile(r"(满意[度率])(?:为|达|达到|是)?\s*(\d+(?:\.\d+)?)\s*[%％]")


# a form copied as text, one field a line (发放问卷：500份 / 回收问卷：480份 / 回收率：96%): the run of
# such lines is read as one sentence
_FIELD_LINE = re.compile(r"^\s*[\u4e00-\u9fff（）()]{2,12}\s*[:：]\s*\d[\d,.]*\s*(?:份|张|人|%|％)\s*[。；;，,]?\s*$")


_Piece = tuple[str, TextUnit, int, int]  # text read, its unit, where the unit's span starts in the text and in the unit


class _Run:
    """Pieces read as one text, joined by "，" (field lines; a table row's cells, each behind its
    header's name); a span of it is located in its own unit."""

    def __init__(self, pieces: list[_Piece]) -> None:
        self.pieces = pieces
        self.units = [p[1] for p in pieces]
        self.starts: list[int] = []
        parts: list[str] = []
        pos = 0
        for text, _, _, _ in pieces:
            self.starts.append(pos)
            parts.append(text.replace("。", "；"))  # a line's full stop does not end the run
            pos += len(text) + 1
        self.text = "，".join(parts)

    def at(self, start: int, end: int) -> Location:
        k = max(i for i, s in enumerate(self.starts) if s <= start)
        _, unit, lead, first = self.pieces[k]
        at = first + start - self.starts[k] - lead
        return unit.at(at, at + end - start)


def _runs(units: list[TextUnit]) -> list[_Run]:
    """Runs of two or more neighbouring field lines."""
    out, run = [], []
    for u in [*units, None]:
        if u is not None and u.kind == "paragraph" and _FIELD_LINE.match(u.text):
            run.append(u)
            continue
        if len(run) > 1:
            out.append(_Run([(x.text, x, 0, 0) for x in run]))
        run = []
    return out


# a table's header naming the counts (发放问卷（份） | 回收问卷 | 有效问卷 | 回收率): each row below read as
# the sentence 发放问卷500份，回收问卷480份，…
_HEAD = (("有效回收率", "有效回收率"), ("回收率", "回收率"), ("有效率", "有效率"), ("发放", "发放问卷"), ("回收", "回收问卷"),
         ("有效", "有效问卷"))
_CELL = re.compile(r"^\s*(\d[\d,]*(?:\.\d+)?)\s*([%％]|份|张)?\s*$")


def _head(text: str) -> str | None:
    text = re.sub(r"[（(][^()（）]*[)）]|\s", "", text)
    if len(text) > 8 or ("问卷" not in text and not text.endswith("率") and text not in ("发放", "回收", "有效")):
        return None
    return next((name for word, name in _HEAD if word in text), None)


def _table_runs(report: Report) -> list[_Run]:
    out = []
    heads: list[str | None] = []
    for row in table_rows(report):
        if row is None:
            heads = []
            continue
        texts = [u.text[a:b] for u, a, b in row]
        if not any(heads):
            heads = [_head(t) for t in texts]
            heads = heads if sum(1 for h in heads if h) >= 2 else []
            continue
        pieces: list[_Piece] = []
        for (u, a, _), t, h in zip(row, texts, heads, strict=False):
            if h is None or (m := _CELL.match(t)) is None:
                continue
            rate = h.endswith("率")
            unit = "%" if rate else "份"
            if rate != (m.group(2) in ("%", "％") or (m.group(2) is None and rate)):
                continue
            pieces.append((h + m.group(1) + unit, u, len(h), a + m.start(1)))
        if len(pieces) >= 2:
            out.append(_Run(pieces))
    return out


def _num(unit: TextUnit | _Run, m: re.Match[str], group: int = 1, pct: bool = False) -> Num:
    written = m.group(group).replace(",", "")
    places = len(written.partition(".")[2]) if pct else 0
    return Num(Decimal(written), places, pct, unit.at(m.start(group), m.end(group) + (1 if pct else 0)),
               unit.text[m.start(group):m.end(group) + (1 if pct else 0)])


def _gives(rate: Decimal, places: int, part: Decimal, whole: Decimal) -> bool:
    exact = part * 100 / whole
    return rate in (round_half_up(exact, places), exact.quantize(Decimal(1).scaleb(-places), ROUND_DOWN))


def _larger(part: Num, whole: Num, what: str, of: str) -> Finding:
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{what}{part.text}份多于{of}的{whole.text}份", part, [whole],
        f"问卷的有效数不能多于回收数，回收数不能多于发放数：{part.text} > {whole.text}",
        "核对问卷的发放、回收和有效份数", "survey_counts")


def _sentence(unit: TextUnit | _Run, s: int, e: int) -> list[Finding]:
    text = unit.text[:e]
    issued = _ISSUED.search(text, s)
    returned = _RETURNED.search(text, s)
    valid = _VALID.search(text, s)
    n = _num(unit, issued, 1 if issued.group(1) else 2) if issued else None
    m = _num(unit, returned) if returned else None
    k = _num(unit, valid) if valid else None
    out: list[Finding] = []
    if n and m and m.value > n.value:
        out.append(_larger(m, n, "回收问卷", "发放"))
    base = m or n
    if k and base and k.value > base.value:
        out.append(_larger(k, base, "有效问卷", "回收" if m else "发放"))
    out += _satisfaction(unit, text, s, [x for x in (k, m, n) if x is not None])
    for r in _RATE.finditer(text, s):
        rate = _num(unit, r, 2, pct=True)
        options = {"回收率": [(m, n)], "有效回收率": [(k, n), (k, m)], "有效率": [(k, m), (k, n)]}[r.group(1)]
        pairs = [(a, b) for a, b in options if a is not None and b is not None and b.value > 0]
        if not pairs or any(_gives(rate.value, rate.places, a.value, b.value) for a, b in pairs):
            continue
        a, b = pairs[0]
        want = format_decimal(round_half_up(a.value * 100 / b.value, rate.places), rate.places)
        out.append(make_finding(
            Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
            f"{r.group(1)}写作 {rate.text}，按 {a.text}份 ÷ {b.text}份 应为 {want}%", rate, [a, b],
            f"{a.text} ÷ {b.text} × 100% = {format_decimal(a.value * 100 / b.value, rate.places + 4)}%",
            f"将 {rate.text} 改为 {want}%，或核对问卷份数", "survey_rate"))
    return out


def _satisfaction(unit: TextUnit | _Run, text: str, s: int, counts: list[Num]) -> list[Finding]:
    """满意N人 over the people asked (有效, 回收, 发放 or 调查 counts): some of them must give the 满意度."""
    satisfied, rate = _SATISFIED.search(text, s), _SATISFACTION.search(text, s)
    if satisfied is None or rate is None or _OTHER_GRADE.search(text, s):
        return []
    surveyed = _SURVEYED.search(text, s)
    bases = [b for b in (*counts, *([_num(unit, surveyed)] if surveyed else [])) if b.value > 0]
    a, p = _num(unit, satisfied), _num(unit, rate, 2, pct=True)
    if not bases or any(a.value <= b.value and _gives(p.value, p.places, a.value, b.value) for b in bases):
        return []
    b = bases[0]
    if a.value > b.value:
        return []  # more satisfied than asked: the counts are of something else
    want = format_decimal(round_half_up(a.value * 100 / b.value, p.places), p.places)
    return [make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{rate.group(1)}写作 {p.text}，按满意人数 {a.text} ÷ 调查人数 {b.text} 应为 {want}%", p, [a, b],
        f"{a.text} ÷ {b.text} × 100% = {format_decimal(a.value * 100 / b.value, p.places + 4)}%",
        f"将 {p.text} 改为 {want}%，或核对调查人数与满意人数", "survey_rate")]


def check_surveys(report: Report) -> list[Finding]:
    out: list[Finding] = []
    units = list(report.units())
    runs = _runs(units)
    tables = _table_runs(report)
    in_runs = {id(u) for r in runs for u in r.units}
    texts: list[TextUnit | _Run] = [*(u for u in units if id(u) not in in_runs), *runs, *tables]
    for unit in texts:
        if "问卷" not in unit.text and "调查" not in unit.text and "满意" not in unit.text:
            continue
        for s in _SENTENCE.finditer(unit.text):
            out += _sentence(unit, s.start(), s.end())
    return out
