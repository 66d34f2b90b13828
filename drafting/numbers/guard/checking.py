"""Checking: the verdict on each number of a text or ``Report`` (``verify``).

Numbers are read in order; what a sentence stated (its facts, most recent first) is the context
for the numbers after it in the same sentence (see ``binding``). In a ``Report``, the unit of a
table's bare cells is read from its caption, its first rows or the heading right above it
(“（万元）”, “单位：元”).
"""

from __future__ import annotations

import re

from ...department import DepartmentData
from ...quantities import Unit, format_decimal
from ...report import Heading, Location, Paragraph, Report, Table
from ..extract import Mention, MentionKind, Qualifier, extract
from ..factindex import Fact, FactIndex, describe
from ..facts import build_facts
from .binding import Binding, bind
from .clauses import SENTENCE_END, clause_before, sentence_before
from .comparison import Claim, read_claim
from .corrections import choose, misplaced
from .matching import Target, equal, is_prior, prefer, quantum, supporting, targets, violates, written_like
from .results import GuardReport, NumberCheck, Verdict
from .years import year_verdict

__all__ = ["check_mention", "verify"]

_BOUNDS = (Qualifier.AT_MOST, Qualifier.AT_LEAST)
_CONTEXT = 12  # facts of a sentence that later change words may refer to
_PRIOR_WORDS = re.compile(r"上年|去年|同期|上一年|上年度|比\d{4}年|较\d{4}年")
# “标准由84元提高到89元”: the figure after 由/从 is the earlier one
_FROM_TO = re.compile(r"[由从]\s*$")
_TABLE_UNIT = re.compile(r"(?:单位[:：]\s*|[（(])(万元|亿元|元)[)）]?")


def check_mention(m: Mention, text: str, idx: FactIndex, *, default_unit: Unit | None = None,
                  location: Location | None = None, floor: int = 0, context: list[Fact] | None = None) -> NumberCheck:
    """The verdict on one mention inside ``text``.

    ``floor``: where its clause may start at the earliest (the end of the number before it).
    ``context``: the facts stated earlier in the same sentence, most recent first.

    **Binding.** The nearest name before the number in its clause (a fact's label or name: 公务接待费,
    三公经费预算数, an indicator or key figure) binds the number: it must then be that fact or one
    related to it (``FactIndex.related``: its other columns, 节约数/增减数, ratios, shares); a value
    that only some other fact has is ``contradicted``. A clause naming nothing, or only column words
    (年初预算, 决算支出), but with a column or change word (预算, 实际, 比上年减少, 节约比例) is bound
    to the facts stated earlier in the sentence. Unbound numbers may match any fact."""
    return _judge(m, text, idx, default_unit, location, floor, context or [])[0]


def _judge(m: Mention, text: str, idx: FactIndex, default_unit: Unit | None, location: Location | None,
           floor: int, context: list[Fact]) -> tuple[NumberCheck, list[Fact]]:
    """The check and the facts it states for the numbers after it in the sentence."""
    if m.kind is MentionKind.NOT_A_CLAIM:
        return NumberCheck(mention=m, location=location, verdict=Verdict.NOT_A_CLAIM,
                           message=f"“{m.text}”是编号、代码或序号，不作数据核对"), context
    if m.kind in (MentionKind.YEAR, MentionKind.DATE):
        verdict, msg = year_verdict(m, text, idx.year)
        return NumberCheck(mention=m, location=location, verdict=verdict, message=msg), context
    tgs = targets(m, default_unit)
    tg = tgs[0]
    bound = bind(m, text, idx, frozenset(t.fam for t in tgs), floor, context)
    claim = None if m.qualifier in _BOUNDS else read_claim(clause_before(text, m.start, floor))
    cands = supporting(m, idx, tgs, bound.allowed if bound is not None else None)
    if claim is not None and cands:
        fit = [f for f in cands if claim.fits(f)]
        # unbound, a comparison is judged only when the clause names its base (比上年增长, 节约): “增加岗位
        # 1200个” is not contradicted because some change in the data happens to be “减少1200个”
        if not fit and (bound is not None or claim.base is not None):
            check = misplaced(m, claim, cands, tg, idx, bound, location)
            return check, ([check.fact, *context] if check.fact is not None else context)
        cands = fit or cands
    if cands:
        fact = bound.fact if bound is not None and bound.fact in cands else prefer(cands)
        if bound is not None and not is_prior(bound.fact) and all(is_prior(f) for f in cands) \
                and not _PRIOR_WORDS.search(sentence_before(text, m.start)) \
                and not (_FROM_TO.search(text, 0, m.start) and re.match(r"\s*(?:提高|增加|增长|上升|下降|降低|减少)?[到至]",
                                                                      text[m.end:m.end + 6])):
            f = bound.fact
            return NumberCheck(mention=m, location=location, verdict=Verdict.CONTRADICTED, fact=f, nearest=[f],
                               message=f"“{m.text}”是上年数（{describe(fact)}），但句中未说明是上年；"
                                       f"{describe(f)}，应为 {written_like(f, m, tg.unit)}"), [f, *context]
        return NumberCheck(mention=m, location=location, verdict=Verdict.SUPPORTED, fact=fact,
                           message=f"“{m.text}”有依据：{describe(fact)}"), [*cands, *context]
    if bound is not None and m.qualifier not in (Qualifier.AT_MOST, Qualifier.AT_LEAST):
        elsewhere = supporting(m, idx, tgs)
        if elsewhere:
            f = choose(claim, tg, idx, bound, None) or bound.fact
            return NumberCheck(mention=m, location=location, verdict=Verdict.CONTRADICTED, fact=f, nearest=[f],
                               message=f"“{m.text}”与句中所指的数据不符：{describe(f)}，应为 {written_like(f, m, tg.unit)}"
                                       f"（该数值是{describe(prefer(elsewhere))}）"), [f, *context]
    check = _unsupported(m, idx, tg, bound, claim, location)
    return check, ([bound.fact, *context] if bound is not None else [])


def _unsupported(m: Mention, idx: FactIndex, tg: Target, bound: Binding | None, claim: Claim | None,
                 location: Location | None) -> NumberCheck:
    """No (allowed) fact has the value: a broken bound or a named metric contradicts it, else it is unsupported.
    The named metric's figure is the one its clause claims (``corrections.choose``)."""
    named = [bound.fact] if bound is not None else []
    if bound is not None and m.qualifier not in _BOUNDS:
        named = [choose(claim, tg, idx, bound, None) or bound.fact]
    nearest = idx.nearest(tg.fam, tg.base)
    if claim is not None:  # a repair hint proposes nearest[0]: only figures of the claimed comparison
        nearest = [f for f in idx.nearest(tg.fam, tg.base, 12) if claim.fits(f)][:3]
    if m.qualifier in (Qualifier.AT_MOST, Qualifier.AT_LEAST) and named:
        broken = [f for f in named if violates(m, f, tg)]
        if not broken:
            return NumberCheck(mention=m, location=location, verdict=Verdict.SUPPORTED, fact=named[0],
                               message=f"“{m.text}”有依据：{describe(named[0])} 在界限之内")
        named = broken
    if named and m.qualifier is not Qualifier.APPROX:
        f = named[0]
        return NumberCheck(mention=m, location=location, verdict=Verdict.CONTRADICTED, fact=f, nearest=[f],
                           message=f"“{m.text}”与数据不符：{describe(f)}，应为 {written_like(f, m, tg.unit)}")
    hint = ""
    if m.kind is MentionKind.PERCENT:
        pts = [f for f in idx.nearest("个百分点", m.value, 1) if equal(m.value, quantum(m, Unit.PERCENT), f)]
        if pts:
            hint = f"；{describe(pts[0])} 与之相等，若指两个比率之差应写作“{format_decimal(m.value)}个百分点”"
    near = "；".join(describe(f) for f in nearest) if nearest else "数据中没有同类单位的数字"
    return NumberCheck(mention=m, location=location, verdict=Verdict.UNSUPPORTED, nearest=nearest,
                       message=f"“{m.text}”与数据不符：最接近的是 {near}{hint}")


def _check_text(text: str, idx: FactIndex, default_unit: Unit | None, loc: Location | None) -> list[NumberCheck]:
    out: list[NumberCheck] = []
    floor = 0
    context: list[Fact] = []
    for m in extract(text):
        if context and SENTENCE_END.search(text, floor, m.start):
            context = []  # what a sentence stated does not carry into the next one
        check, after = _judge(m, text, idx, default_unit, loc.span(m.start, m.end) if loc is not None else None,
                              floor, context)
        out.append(check)
        if m.is_claim:
            floor = m.end  # a clause's name applies to the first number after it only
            context = list({f.path: f for f in reversed(after)}.values())[::-1][:_CONTEXT]
    return out


def _table_unit(report: Report, i: int) -> Unit | None:
    block = report.blocks[i]
    assert isinstance(block, Table)
    texts: list[str] = [block.caption or ""]
    texts += [c.text for row in block.rows[:2] for c in row]
    for j in (i - 1, i - 2):
        if j >= 0 and isinstance(report.blocks[j], Heading | Paragraph) and len(report.blocks[j].text) <= 60:  # type: ignore[union-attr]
            texts.append(report.blocks[j].text)  # type: ignore[union-attr]
            break
    for t in texts:
        mm = _TABLE_UNIT.search(t)
        if mm:
            return Unit(mm[1])
    return None


def verify(text_or_report: str | Report, data: DepartmentData | FactIndex, *,
           default_unit: Unit | None = None) -> GuardReport:
    """Check every number of a text or report against the data (the rules: ``drafting.numbers.guard``)."""
    idx = data if isinstance(data, FactIndex) else build_facts(data)
    if isinstance(text_or_report, str):
        return GuardReport(checks=_check_text(text_or_report, idx, default_unit, None))
    report = text_or_report
    checks: list[NumberCheck] = []
    table_units: dict[int, Unit | None] = {}
    for unit in report.units():
        du = default_unit
        if unit.kind == "cell":
            b = unit.location.block
            if b not in table_units:
                table_units[b] = _table_unit(report, b)
            du = table_units[b] or default_unit
        checks.extend(_check_text(unit.text, idx, du, unit.location))
    return GuardReport(checks=checks)
