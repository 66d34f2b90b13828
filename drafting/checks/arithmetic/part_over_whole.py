"""One part 其中 names larger than the total it is part of: 共办理案件12件，其中维持原决定15件.

Part of the arithmetic check (``prose`` adds a 其中 list's parts up against its total, and holds a count's
parts above it only where they cannot overlap; ``staffing`` reads a staff figure's single part). Why: the
total and the part are updated apart, or a digit is typed twice. Premise, general, precision first: parts
after 其中 may overlap and may be some of the whole, but none can be more than the whole — read where 其中
names one part only, in the clause it opens (a list of several is ``prose``'s: one problem, one finding),
in the total's own measure (件 with 件, 万元 with 元); the part no change, no running total, no plan and no
figure per head; and no larger figure of that measure before the total in the sentence
(已下达500万元，拨付100万元，其中中央资金300万元: the 其中 may list the first).
"""

from __future__ import annotations

import re

from ...findings import Finding, Kind, Severity
from ...numbers.extract import COUNT, EXACT
from ...report import Report
from .grid import Num, make_finding
from .prose import _SENTENCE, _Fig, _figures, _same_kind

__all__ = ["check_part_over_whole"]

_MARK = re.compile(r"\s*[，,；;]?\s*其中\s*[:：]?\s*")
_NOT_PART = re.compile(r"累计|历年|总|计划|[（(]|合计|共计|共有|一共|总共|另|此外|还有|以及|人均|平均|每|较|比|同比|增加|减少|增长|下降|新增|超过|以上|以下|占")
_NOT_WHOLE = re.compile(r"人均|平均|每|增加|减少|增长|下降|较|比")
_STAFF = re.compile(r"编制|实有|在职|在编|现有|职工|干部|工作人员|人员$|人数$")
_DIGITS = re.compile(r"[\d,，.]+")


def _whole(t: _Fig) -> bool:
    if t.m.kind is COUNT and t.m.unit_text in ("人", "名") and _STAFF.search(t.words):
        return False  # a staff figure's part is ``staffing``'s (staffing.part_over_whole)
    return (t.money or (t.m.kind is COUNT and t.m.scale == 1)) and t.m.qualifier is EXACT and t.change is None \
        and not _NOT_WHOLE.search(t.words)


def _parts(figs: list[_Fig], k: int, text: str) -> list[_Fig]:
    """The one part 其中 names right after ``figs[k]``, in its clause and its measure — none where the sentence
    goes on with another figure of that measure: a list of parts is ``prose``'s, which adds them up (one
    problem, one finding), or the clauses after may speak of other things (其中14名为…，同时到期清退108名)."""
    t = figs[k]
    end = t.num.loc.end
    mark = _MARK.match(text, end) if end is not None else None
    if mark is None:
        return []
    f = figs[k + 1] if k + 1 < len(figs) else None
    if f is None or not _same_kind(f, t) or f.m.qualifier is not EXACT or f.start < mark.end():
        return []
    words = text[mark.end():f.start]
    if _NOT_PART.search(words) or re.search(r"其中|[，,；;。]", words):
        return []
    after = figs[k + 2] if k + 2 < len(figs) else None
    return [] if after is not None and _same_kind(after, t) else [f]  # (a list of parts: ``prose`` adds them up)


def _finding(t: _Fig, p: _Fig) -> Finding:
    digits = _DIGITS.match(p.num.text)
    loc = p.num.loc if digits is None or p.num.loc.start is None else \
        p.num.loc.model_copy(update={"end": p.num.loc.start + digits.end()})
    at = Num(p.num.value, p.num.places, False, loc, p.num.text[:digits.end()] if digits else p.num.text)
    name = re.sub(r"^.*其中\s*[:：]?\s*", "", p.words) or "其中一项"  # (as written: 行为 keeps its 为)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING, f"其中{name}{p.num.text}多于总数{t.num.text}",
        at, [t.num], f"“其中”所列的部分不能多于它所属的总数：{p.num.text} > {t.num.text}",
        "核对总数和其中所列的数", "part_over_whole")


def check_part_over_whole(report: Report) -> list[Finding]:
    """Each total of a sentence followed by 其中, against the one part it names."""
    out: list[Finding] = []
    for unit in report.units():
        if "其中" not in unit.text or unit.kind == "cell":
            continue
        for s in _SENTENCE.finditer(unit.text):
            if "其中" not in s.group(0):
                continue
            figs = _figures(unit, s.start(), s.end())
            for k, t in enumerate(figs):
                over = [p for p in (_parts(figs, k, unit.text) if _whole(t) else []) if p.yuan - p.half > t.yuan + t.half]
                if over and not any(_same_kind(f, t) and f.yuan + f.half >= over[0].yuan for f in figs[:k]):
                    # (a larger figure before it in the sentence may be the whole the 其中 lists)
                    out.append(_finding(t, over[0]))
    return out
