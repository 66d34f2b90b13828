"""One part 其中 names larger than the total it is part of: 共办理案件12件，其中维持原决定15件.

Part of the arithmetic check (``prose`` adds a 其中 list's parts up against its total, and holds a count's
parts above it only where they cannot overlap; ``staffing`` reads a staff figure's single part). Why: the
total and the part are updated apart, or a digit is typed twice. Premise, general, precision first: parts
after 其中 may overlap and may be some of the whole, but none can be more than the whole — read for the
first part 其中 names, in the clause it opens (where a list follows, only if ``prose``, which adds a list
up, says nothing of the sentence: one problem, one finding), in the total's own measure (件 with 件, 万元
with 元, 人 with 名); the part no change, no running total, no plan and no figure per head; and no larger
figure of that measure before the total in the sentence (已下达500万元，拨付100万元，其中中央资金300万元:
the 其中 may list the first).
"""

from __future__ import annotations

import re

from ...findings import Finding
from ...numbers.extract import COUNT, EXACT
from ...report import Report
from .part_runs import part_finding
from .prose import _SENTENCE, _Fig, _figures, _same_kind, _sums

__all__ = ["check_part_over_whole"]

_MARK = re.compile(r"\s*[，,；;]?\s*其中\s*[:：]?\s*")
_NOT_PART = re.compile(r"累计|历年|总|计划|[（(]|合计|共计|共有|一共|总共|另|此外|还有|以及|人均|平均|每|较|比|同比|增加|减少|增长|下降|新增|超过|以上|以下|占")
_NOT_WHOLE = re.compile(r"人均|平均|每|增加|减少|增长|下降|较|比")
_STAFF = re.compile(r"编制|实有|在职|在编|现有|职工|干部|工作人员|人员$|人数$")


def _whole(t: _Fig, listed: bool) -> bool:
    if t.m.kind is COUNT and t.m.unit_text in ("人", "名") and _STAFF.search(t.words) and not listed:
        return False  # a staff figure's single part is ``staffing``'s (staffing.part_over_whole)
    return (t.money or (t.m.kind is COUNT and t.m.scale == 1)) and t.m.qualifier is EXACT and t.change is None \
        and not _NOT_WHOLE.search(t.words)


def _measure(a: _Fig, b: _Fig) -> bool:
    """One measure: prose's, and people counted in 人 or in 名 (实有120人，其中：在职行政编23名)."""
    return _same_kind(a, b) or (a.m.kind is b.m.kind is COUNT and {a.m.unit_text, b.m.unit_text} <= {"人", "名"}
                                and a.m.scale == b.m.scale == 1)


def _part(figs: list[_Fig], k: int, text: str) -> tuple[_Fig | None, bool]:
    """The part 其中 names first after ``figs[k]``, in its clause and its measure, and whether the sentence goes
    on with another figure of that measure (a list, or clauses after that may speak of other things: 其中14名为…，
    同时到期清退108名 — the first figure after 其中 is a part all the same)."""
    t = figs[k]
    end = t.num.loc.end
    mark = _MARK.match(text, end) if end is not None else None
    f = figs[k + 1] if k + 1 < len(figs) and mark is not None else None
    if f is None or mark is None or not _measure(f, t) or f.m.qualifier is not EXACT or f.start < mark.end():
        return None, False
    words = text[mark.end():f.start]
    if _NOT_PART.search(words) or re.search(r"其中|[，,；;。]", words):
        return None, False
    after = figs[k + 2] if k + 2 < len(figs) else None
    return f, after is not None and _measure(after, t)


def check_part_over_whole(report: Report) -> list[Finding]:
    """Each total of a sentence followed by 其中, against the first part it names. Where a list follows, only
    where ``prose`` says nothing of the sentence's sums (one problem, one finding; it reports a list's part
    over the whole as this rule does, at the same place)."""
    out: list[Finding] = []
    for unit in report.units():
        if "其中" not in unit.text or unit.kind == "cell":
            continue
        for s in _SENTENCE.finditer(unit.text):
            if "其中" not in s.group(0):
                continue
            figs = _figures(unit, s.start(), s.end())
            for k, t in enumerate(figs):
                p, listed = _part(figs, k, unit.text)
                if p is None or not _whole(t, listed) or p.yuan - p.half <= t.yuan + t.half:
                    continue
                if any(_measure(f, t) and f.yuan + f.half >= p.yuan for f in figs[:k]):
                    continue  # (a larger figure before it in the sentence may be the whole the 其中 lists)
                if not listed or not _sums(figs, unit.text):
                    out.append(part_finding(t, p))
    return out
