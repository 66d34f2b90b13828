"""The number guard: is every number of a text supported by the department data?

Matching rules (what a careful reviewer does by hand):

- **Coarser precision.** A mention and a fact agree when both, rounded half-up to the *coarser* of
  their two precisions, are equal. 14,293.93元 vs 1.43万元: the fact is known to 0.01万 = 100元,
  so both round to 143 hundreds → supported; 14,393.93元 → 144 → not. A fact that is exact (counts,
  ratios computed from the tables) uses the mention's precision: "22.60%" vs 22.6006…% → supported,
  "22.70%" → not. Money tables are known to 0.01 of their unit (``Fact.places``).
- **Units.** Money compares in 元 across 元/万元/亿元; 名 counts as 人; 人次, 家次 are their own
  measures. A percent is matched against percent figures and ratios; 个百分点 against differences
  of two percents. Count facts without a unit in the data match any count of the same value.
- **Qualifiers.** 余/多: the fact lies in [value, value + one step of the leading digit) (8万余 →
  [80000, 90000), 7000余 → [7000, 8000)). 约/左右/上下: within ±5 % (at least half a step). 近:
  within [95 %, 100 %] of the value. Bounds (以内/以上 …): supported when the bound itself is a fact,
  or the metric named before it satisfies it; contradicted when that metric breaks it.
- **Bare numbers** (table cells): compared in ``default_unit`` when given; in a ``Report`` the unit
  of a table is read from its caption, its first rows or the heading right above it (“（万元）”,
  “单位：元”); otherwise the cell is compared with every fact's value in its own unit.
- **Binding.** The nearest name before a number in its clause (a fact's label or name: 公务接待费,
  三公经费预算数, an indicator or key figure) binds it: the number must be that fact or one related to
  it (``FactIndex.related``: its other columns, 节约数/增减数 and their ratios, shares). A clause
  naming nothing, or only column words (年初预算, 决算支出), but holding a column or change word (预算,
  实际, 比上年减少, 节约比例) is bound to what the sentence stated just before — if that was one item.
  Unbound: numbers after 分别, per-unit rates (每亩105元, 元/人), changes of a metric the data has no
  change for, clauses naming a metric of another unit. Only unbound numbers may match any fact.
- **Contradicted**: a bound number that its metric does not support (even when another fact has that
  value: swapped figures, 2起 where another fact is 2), or last year's figure of the named metric
  stated without 上年/去年. The named fact becomes the suggestion.
- **Years** are not matched against figures: a year or date before ``data.year`` is ``stale_year``
  only where it is presented as the report's own year (a title-like line naming 报告/绩效/决算 …, or
  截至…12月31日 of an earlier year); every other year is ``year_ok``. The review's dates check has
  the fuller rules.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ValidationInfo, model_validator

from ..department import DepartmentData
from ..findings import Finding, FindingLocation, Kind, Severity
from ..quantities import MONEY_UNITS, Unit, format_decimal, is_money, round_half_up
from ..report import Heading, Location, Paragraph, Report, Table
from .extract import Mention, MentionKind, Qualifier, extract
from .facts import Fact, FactIndex, FactKind, build_facts, describe, family


class Verdict(StrEnum):
    SUPPORTED = "supported"
    UNSUPPORTED = "unsupported"
    CONTRADICTED = "contradicted"
    NOT_A_CLAIM = "not_a_claim"
    YEAR_OK = "year_ok"
    STALE_YEAR = "stale_year"

    @property
    def zh(self) -> str:
        return _VERDICT_ZH[self]


_VERDICT_ZH = {
    Verdict.SUPPORTED: "有依据", Verdict.UNSUPPORTED: "无依据", Verdict.CONTRADICTED: "与数据矛盾",
    Verdict.NOT_A_CLAIM: "非数据", Verdict.YEAR_OK: "年份正确", Verdict.STALE_YEAR: "年份过期",
}
FAILING = (Verdict.UNSUPPORTED, Verdict.CONTRADICTED)


class NumberCheck(BaseModel):
    mention: Mention
    location: Location | None = None
    verdict: Verdict
    fact: Fact | None = None
    nearest: list[Fact] = []
    message: str

    def where(self) -> str:
        return self.location.label() if self.location is not None else f"第{self.mention.start + 1}字"


class GuardReport(BaseModel):
    checks: list[NumberCheck]

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def failures(self) -> list[NumberCheck]:
        """Unsupported and contradicted numbers (stale years are reported, not failed: see ``stale_years``)."""
        return [c for c in self.checks if c.verdict in FAILING]

    @property
    def stale_years(self) -> list[NumberCheck]:
        return [c for c in self.checks if c.verdict is Verdict.STALE_YEAR]

    def summary(self) -> dict[str, Any]:
        by = Counter(c.verdict.value for c in self.checks)
        claims = by[Verdict.SUPPORTED] + by[Verdict.UNSUPPORTED] + by[Verdict.CONTRADICTED]
        return {
            "numbers": len(self.checks),
            "claims": claims,
            "by_verdict": dict(by),
            "supported_share": round(by[Verdict.SUPPORTED] / claims, 4) if claims else None,
            "ok": self.ok,
        }

    def to_markdown(self) -> str:
        """Chinese table of every claim and year finding: 位置 | 原文 | 判定 | 依据."""
        s = self.summary()
        lines = [
            "# 数字核验结果", "",
            f"共 {s['claims']} 个数据性数字：有依据 {s['by_verdict'].get('supported', 0)} 个，"
            f"无依据 {s['by_verdict'].get('unsupported', 0)} 个，与数据矛盾 {s['by_verdict'].get('contradicted', 0)} 个；"
            f"年份过期 {s['by_verdict'].get('stale_year', 0)} 处。", "",
            "| 位置 | 原文 | 判定 | 依据 |", "|---|---|---|---|",
        ]
        for c in self.checks:
            if c.verdict in (Verdict.NOT_A_CLAIM, Verdict.YEAR_OK):
                continue
            basis = describe(c.fact) if c.fact is not None and c.verdict is Verdict.SUPPORTED else c.message
            lines.append(f"| {c.where()} | {_md(c.mention.text)} | {c.verdict.zh} | {_md(basis)} |")
        return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# -- matching ---------------------------------------------------------------------------------

_TEN = Decimal(10)


def _base(m: Mention, unit: Unit) -> Decimal:
    v = abs(m.value)
    return v * MONEY_UNITS[unit] if is_money(unit) else v


def _quantum(m: Mention, unit: Unit) -> Decimal:
    """One step of the last shown digit, in base units (24.27万人 → 100人; 14,293.93元 → 0.01元)."""
    q = Decimal(1).scaleb(-m.places) * m.scale
    return q * MONEY_UNITS[unit] if is_money(unit) else q


def _lead_step(m: Mention, unit: Unit) -> Decimal:
    """One step of the leading digits for 余: 8万 → 10000, 7000 → 1000, 24.27万 → 100."""
    shown = m.value / m.scale
    if m.places == 0 and shown == shown.to_integral_value() and shown != 0:
        digits = str(int(shown))
        zeros = len(digits) - len(digits.rstrip("0"))
        step = _TEN ** zeros * m.scale
    else:
        step = Decimal(1).scaleb(-m.places) * m.scale
    return step * MONEY_UNITS[unit] if is_money(unit) else step


def _equal(mb: Decimal, mq: Decimal, f: Fact, raw: bool = False) -> bool:
    fv = f.value if raw else f.base_value
    fq = (Decimal(1).scaleb(-f.places) if f.places is not None else None) if raw else f.quantum
    if fq is not None and fq > mq:
        # the fact is the coarser one: compare at its precision, but only when the mention has at
        # least two digits at that precision (5.18元 is not "0万元")
        if abs(mb) < 10 * fq:
            return mb == fv
        q = fq
    else:
        q = mq
    return round_half_up(mb / q, 0) == round_half_up(fv / q, 0)


class _Target:
    """Where a mention is looked up: a family and the mention's value and step in its base unit."""

    def __init__(self, fam: str, base: Decimal, quantum: Decimal, unit: Unit) -> None:
        self.fam, self.base, self.quantum, self.unit = fam, base, quantum, unit


def _targets(m: Mention, default_unit: Unit | None) -> list[_Target]:
    unit = m.unit
    if unit is Unit.NONE and m.kind is MentionKind.NUMBER and default_unit not in (None, Unit.NONE):
        assert default_unit is not None
        unit = default_unit
    if unit is Unit.NONE:
        if m.kind is MentionKind.NUMBER:
            return [_Target("*raw", abs(m.value), _quantum(m, unit), unit)]
        return [_Target("none", abs(m.value), _quantum(m, unit), unit)]  # counts with a unit we do not know (年)
    out = [_Target(family(unit), _base(m, unit), _quantum(m, unit), unit)]
    if m.kind is MentionKind.COUNT:
        out.append(_Target("none", abs(m.value), _quantum(m, unit), unit))
    return out


def _supporting(m: Mention, idx: FactIndex, targets: list[_Target], allowed: frozenset[str] | None = None) -> list[Fact]:
    """Every fact that supports the mention, in the first family that has any (only ``allowed`` paths when given)."""
    for tg in targets:
        raw = tg.fam == "*raw"
        lead = _lead_step(m, tg.unit)
        if m.qualifier is Qualifier.APPROX and m.qualifier_text in ("余", "多"):
            lo, hi = tg.base, tg.base + lead
            cands = [f for f in idx.between(tg.fam, lo, hi) if (f.value if raw else f.base_value) < hi]
        elif m.qualifier is Qualifier.APPROX:
            if m.qualifier_text.endswith("近"):
                lo, hi = tg.base * Decimal("0.95"), tg.base
            else:
                spread = max(abs(tg.base) * Decimal("0.05"), lead / 2)
                lo, hi = tg.base - spread, tg.base + spread
            cands = idx.between(tg.fam, lo, hi)
        else:
            w = max(tg.quantum, idx.widest_quantum(tg.fam))
            cands = [f for f in idx.between(tg.fam, tg.base - w, tg.base + w) if _equal(tg.base, tg.quantum, f, raw)]
        if m.value < 0:
            cands = [f for f in cands if f.kind is not FactKind.DIRECT]  # -0.82: a decrease, stored as 减少数
        if allowed is not None:
            cands = [f for f in cands if f.path in allowed]
        if cands:
            return cands
    return []


def _prefer(cands: list[Fact]) -> Fact:
    """Current-year figures before last year's, direct before derived; then data order (stable)."""
    return min(cands, key=lambda f: (_is_prior(f), f.kind is not FactKind.DIRECT))


def _violates(m: Mention, f: Fact, tg: _Target) -> bool:
    """Whether fact ``f`` breaks the bound or differs from the exact value written in ``m``."""
    fb = f.value if tg.fam == "*raw" else f.base_value
    if m.qualifier is Qualifier.AT_MOST:
        return fb > tg.base and not _equal(tg.base, tg.quantum, f, tg.fam == "*raw")
    if m.qualifier is Qualifier.AT_LEAST:
        return fb < tg.base and not _equal(tg.base, tg.quantum, f, tg.fam == "*raw")
    return True


# -- context: clauses, table units, stale years ---------------------------------------------

_CLAUSE_END = re.compile(r"[，。；;！？!?\n、,]")
_CLAUSE_END_WIDE = re.compile(r"[，。；;！？!?\n,]")
_TABLE_UNIT = re.compile(r"(?:单位[:：]\s*|[（(])(万元|亿元|元)[)）]?")
_TITLE_WORDS = re.compile(r"报告|绩效|自评|决算|整体支出|部门预算")


_CONTEXT = 12  # facts of a sentence that later change words may refer to
_LOOKBACK = 160  # characters a clause or sentence may reach back; keeps checking linear in the text


def _clause_before(text: str, start: int, floor: int, ends: re.Pattern[str] = _CLAUSE_END) -> str:
    cut = max(floor, start - _LOOKBACK)
    for mm in ends.finditer(text, cut, start):
        cut = mm.end()
    return text[cut:start]


_PRIOR_WORDS = re.compile(r"上年|去年|同期|上一年|上年度|比\d{4}年|较\d{4}年")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _sentence_before(text: str, start: int) -> str:
    cut = max(0, start - _LOOKBACK)
    for mm in _SENTENCE_END.finditer(text, cut, start):
        cut = mm.end()
    return text[cut:start]


# A clause without a name of its own but with one of these words speaks of the metric stated just
# before in its sentence: “三公经费7.5万元，比上年减少1.43万元，下降16.01%”, “目标值95%，实际完成98.22%”.
_CARRY_WORDS = re.compile(r"预算|决算|上年|去年|同期|节约|超支|增减|增加|减少|增长|下降|降低|提高|上升|比例|比重|占|完成|实际|目标")
# A change of a metric the data gives no change for cannot be judged against that metric.
_CHANGE_WORDS = re.compile(r"节约|超支|增减|增加|减少|增长|下降|降低|提高|上升|增幅|降幅|减幅|同比")
# Names made of column words only (年初预算, 决算支出, 支出合计) name the column, not the metric: after
# “三公经费年初预算16万元，”, “决算支出12.91万元” is still the 三公经费.
_GENERIC_NAME = re.compile(r"(?:年初|全年|调整后|本年|当年|上年|决算|预算|执行|支出|收入|合计|总|数|额|率)+")
_PER_UNIT = re.compile(r"每|人均|户均|亩均|平均|标准")
# “公务接待费、公务用车费分别为5.18万元、2.32万元”: names and numbers pair by order, not by nearness.
_LIST_WORDS = re.compile(r"分别|依次|各为")


class _Binding:
    """The metric a mention's sentence names for it: the fact cited and the paths that may support it."""

    def __init__(self, fact: Fact, allowed: frozenset[str]) -> None:
        self.fact, self.allowed = fact, allowed


def _one_item(idx: FactIndex, facts: list[Fact]) -> bool:
    """Whether every fact is related to the most recent one (one item of the data, not a list of items)."""
    head = facts[0]
    near = idx.related(head)
    return all(f.path in near or head.path in idx.related(f) for f in facts[1:])


def _bind(clause: str, wide: str, idx: FactIndex, fams: frozenset[str], context: list[Fact]) -> _Binding | None:
    """What the clause before a mention names for it (see ``check_mention``); None when unbound.
    ``wide`` is the clause read across 、, so that a name with a 、 in it is found whole."""
    found = idx.names_in(clause)
    if wide != clause:
        found += [h for h in idx.names_in(wide, ending_after=len(wide) - len(clause)) if h not in found]
    # 补贴标准为每亩105元, 人均: a rate per head or acre after the name is not the named total itself
    found = [h for h in found if not _PER_UNIT.search(h.tail)]
    own: list[tuple[bool, list[Fact]]] = []  # (generic, facts), nearest first
    for name, facts, _ in found:
        if any(idx.related_in(f, fams) for f in facts):
            own.append((bool(_GENERIC_NAME.fullmatch(name)), facts))
    if found and not own:
        return None  # the clause names something of another kind (上年结转项目1个): not ours to judge
    groups = [facts for generic, facts in own if not generic] + [facts for generic, facts in own if generic]
    if (not own or all(generic for generic, _ in own)) and context and (own or _CARRY_WORDS.search(clause)):
        if not _one_item(idx, context):
            return None  # “公务接待费5.18万元，公务用车2.32万元，比上年减少1.43万元”: of which? of their whole
        # carry the ITEM, not the last figure: after “节约比例9.42%”, “比上年减少0.87万元” is the same item's change
        groups.append(_roots(idx, context))
    if not groups:
        return None
    paths: set[str] = set()
    head: Fact | None = None
    for facts in groups:
        for f in facts:
            members = idx.related_in(f, fams)
            paths.update(members)
            if head is None and members:
                head = f if f.path in members else idx.get(members[0])
    if head is None:
        return None
    if _CHANGE_WORDS.search(clause) and not any((g := idx.get(p)) is not None and g.kind is not FactKind.DIRECT
                                                 for p in paths):
        return None
    return _Binding(head, frozenset(paths))


def _roots(idx: FactIndex, facts: list[Fact]) -> list[Fact]:
    """The direct figures the given facts are computed from (a direct fact is its own root)."""
    out: dict[str, Fact] = {}
    todo = list(facts)
    while todo:
        f = todo.pop()
        if f.kind is FactKind.DIRECT or not f.inputs:
            out.setdefault(f.path, f)
            continue
        todo.extend(g for p in f.inputs if (g := idx.get(p)) is not None)
    return list(out.values()) or facts


def _is_prior(f: Fact) -> bool:
    """A last-year figure: written as a current figure it is the classic copy from last year's report."""
    return ".prior" in f.path or f.path.endswith("prior_value") or f.path == "finance.prior_expenditure"


def _year_verdict(m: Mention, text: str, year: int | None) -> tuple[Verdict, str]:
    if year is None or int(m.value) >= year:
        return Verdict.YEAR_OK, f"“{m.text}”是年份/日期，不作数据核对"
    lo = max(0, m.start - _LOOKBACK)
    nl = text.rfind("\n", lo, m.start)
    line_start = nl + 1 if nl >= 0 else lo
    line_end = text.find("\n", m.end, m.end + _LOOKBACK)
    line_end = min(len(text), m.end + _LOOKBACK) if line_end < 0 else line_end
    line = text[line_start:line_end]
    # a title may wrap: 靖州县…局2020年度部门 / 整体支出绩效自评报告
    after = text[line_end:line_end + 40].strip().split("\n", 1)[0]
    title_like = len(line.strip()) <= 60 and not re.search(r"[，。；：:]", line)
    titled = title_like and bool(_TITLE_WORDS.search(line) or (m.text.endswith("年度") and _TITLE_WORDS.search(after)))
    cutoff = m.kind is MentionKind.DATE and "12月31日" in m.text and re.search(r"截[止至]\s*$", text[max(0, m.start - 4):m.start])
    if titled or cutoff:
        what = "标题中的年度" if titled else "截止日期"
        return Verdict.STALE_YEAR, f"“{m.text}”作为{what}早于数据年度 {year} 年，疑为沿用往年报告；请改为 {year} 年"
    return Verdict.YEAR_OK, f"“{m.text}”早于数据年度，但不是作为报告年度使用"


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


# -- verify -----------------------------------------------------------------------------------


def _fmt_in(f: Fact, m: Mention, tg_unit: Unit) -> str:
    """The fact written the way the mention is written (unit, scale, places)."""
    unit = tg_unit if tg_unit is not Unit.NONE else f.unit
    v = f.value
    if is_money(f.unit) and is_money(unit):
        v = f.value * MONEY_UNITS[f.unit] / MONEY_UNITS[unit]
    shown = v / m.scale
    places = m.places
    if f.places is not None and unit == f.unit and m.scale == 1:
        places = max(places, f.places)  # never suggest a rounder figure than the data (7.26, not 7)
    scale_word = {Decimal(10_000): "万", Decimal(100_000_000): "亿"}.get(m.scale, "")
    unit_word = m.unit_text if m.unit_text and not is_money(m.unit) else unit.value
    return f"{format_decimal(shown, places)}{scale_word}{unit_word}"


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
        verdict, msg = _year_verdict(m, text, idx.year)
        return NumberCheck(mention=m, location=location, verdict=verdict, message=msg), context
    targets = _targets(m, default_unit)
    tg = targets[0]
    fams = frozenset(t.fam for t in targets)
    bound = None
    if "/" not in m.unit_text and not _LIST_WORDS.search(_sentence_before(text, m.start)):
        clause = _clause_before(text, m.start, floor)
        at = m.start - len(clause)
        wide = _clause_before(text, m.start, floor, _CLAUSE_END_WIDE) if at > floor and text[at - 1] == "、" else clause
        bound = _bind(clause, wide, idx, fams, context)
    cands = _supporting(m, idx, targets, bound.allowed if bound is not None else None)
    if cands:
        fact = bound.fact if bound is not None and bound.fact in cands else _prefer(cands)
        if bound is not None and not _is_prior(bound.fact) and all(_is_prior(f) for f in cands) \
                and not _PRIOR_WORDS.search(_sentence_before(text, m.start)):
            f = bound.fact
            return NumberCheck(mention=m, location=location, verdict=Verdict.CONTRADICTED, fact=f, nearest=[fact],
                               message=f"“{m.text}”是上年数（{describe(fact)}），但句中未说明是上年；"
                                       f"{describe(f)}，应为 {_fmt_in(f, m, tg.unit)}"), [f, *context]
        return NumberCheck(mention=m, location=location, verdict=Verdict.SUPPORTED, fact=fact,
                           message=f"“{m.text}”有依据：{describe(fact)}"), [*cands, *context]
    if bound is not None and m.qualifier not in (Qualifier.AT_MOST, Qualifier.AT_LEAST):
        elsewhere = _supporting(m, idx, targets)
        if elsewhere:
            f = _suggestion(bound, idx, tg)
            return NumberCheck(mention=m, location=location, verdict=Verdict.CONTRADICTED, fact=f, nearest=elsewhere[:3],
                               message=f"“{m.text}”与句中所指的数据不符：{describe(f)}，应为 {_fmt_in(f, m, tg.unit)}"
                                       f"（该数值是{describe(_prefer(elsewhere))}）"), [f, *context]
    check = _unsupported(m, text, idx, tg, bound, location)
    return check, ([bound.fact, *context] if bound is not None else [])


def _unsupported(m: Mention, text: str, idx: FactIndex, tg: _Target, bound: _Binding | None,
                 location: Location | None) -> NumberCheck:
    """No (allowed) fact has the value: a broken bound or a named metric contradicts it, else it is unsupported."""
    named = [bound.fact] if bound is not None else []
    nearest = idx.nearest(tg.fam, tg.base)
    if m.qualifier in (Qualifier.AT_MOST, Qualifier.AT_LEAST) and named:
        broken = [f for f in named if _violates(m, f, tg)]
        if not broken:
            return NumberCheck(mention=m, location=location, verdict=Verdict.SUPPORTED, fact=named[0],
                               message=f"“{m.text}”有依据：{describe(named[0])} 在界限之内")
        named = broken
    if named and m.qualifier is not Qualifier.APPROX:
        f = named[0]
        return NumberCheck(mention=m, location=location, verdict=Verdict.CONTRADICTED, fact=f, nearest=nearest,
                           message=f"“{m.text}”与数据不符：{describe(f)}，应为 {_fmt_in(f, m, tg.unit)}")
    hint = ""
    if m.kind is MentionKind.PERCENT:
        pts = [f for f in idx.nearest("个百分点", m.value, 1) if _equal(m.value, _quantum(m, Unit.PERCENT), f)]
        if pts:
            hint = f"；{describe(pts[0])} 与之相等，若指两个比率之差应写作“{format_decimal(m.value)}个百分点”"
    near = "；".join(describe(f) for f in nearest) if nearest else "数据中没有同类单位的数字"
    return NumberCheck(mention=m, location=location, verdict=Verdict.UNSUPPORTED, nearest=nearest,
                       message=f"“{m.text}”与数据不符：最接近的是 {near}{hint}")


def _suggestion(bound: _Binding, idx: FactIndex, tg: _Target) -> Fact:
    """The bound fact itself when it has the mention's unit family; else its related figure closest in value."""
    if tg.fam == "*raw" or family(bound.fact.unit) == tg.fam:
        return bound.fact
    same = [f for f in (idx.get(p) for p in bound.allowed) if f is not None and family(f.unit) == tg.fam]
    return min(same, key=lambda f: (abs(f.base_value - tg.base), f.path)) if same else bound.fact


def _index(data: DepartmentData | FactIndex) -> FactIndex:
    return data if isinstance(data, FactIndex) else build_facts(data)


def _check_text(text: str, idx: FactIndex, default_unit: Unit | None, loc: Location | None) -> list[NumberCheck]:
    out: list[NumberCheck] = []
    floor = 0
    context: list[Fact] = []
    for m in extract(text):
        if context and _SENTENCE_END.search(text, floor, m.start):
            context = []  # what a sentence stated does not carry into the next one
        check, after = _judge(m, text, idx, default_unit, loc.span(m.start, m.end) if loc is not None else None,
                              floor, context)
        out.append(check)
        if m.is_claim:
            floor = m.end  # a clause's name applies to the first number after it only
            context = list({f.path: f for f in reversed(after)}.values())[::-1][:_CONTEXT]
    return out


def verify(text_or_report: str | Report, data: DepartmentData | FactIndex, *,
           default_unit: Unit | None = None) -> GuardReport:
    """Check every number of a text or report against the data (see the module doc for the rules)."""
    idx = _index(data)
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


# -- the pydantic schema guard ----------------------------------------------------------------


def failure_lines(report: GuardReport) -> list[str]:
    return [f"{c.where()}（偏移 {c.mention.start}）“{c.mention.text}”：{c.message}" for c in report.failures]


class GuardedText(BaseModel):
    """Text whose numbers must all be supported by the data given as validation context::

        GuardedText.model_validate({"text": draft}, context={"facts": build_facts(data)})

    ``context["facts"]`` is a ``FactIndex`` or ``DepartmentData``; ``context["default_unit"]`` is
    optional. Unsupported or contradicted numbers raise a ValidationError, one line per number."""

    text: str

    @model_validator(mode="after")
    def _numbers_are_supported(self, info: ValidationInfo) -> GuardedText:
        ctx = info.context if isinstance(info.context, dict) else {}
        facts = ctx.get("facts")
        if not isinstance(facts, FactIndex | DepartmentData):
            raise ValueError("GuardedText 需要核验依据：请以 context={'facts': build_facts(data)} "
                             "（或部门数据 DepartmentData）调用 model_validate")
        result = verify(self.text, facts, default_unit=ctx.get("default_unit"))
        if result.failures:
            lines = failure_lines(result)
            raise ValueError(f"{len(lines)} 个数字没有数据依据：\n" + "\n".join(lines))
        return self


# -- findings for review ----------------------------------------------------------------------

_REPORTED_KINDS = (MentionKind.AMOUNT, MentionKind.PERCENT, MentionKind.POINTS)


def _worth_reporting(c: NumberCheck, in_cell: bool) -> bool:
    """Precision first: contradictions always; unsupported money, percents and points; unsupported
    counts only in a known unit; bare numbers only in table cells whose unit is money."""
    if c.verdict is Verdict.CONTRADICTED:
        return True
    if c.verdict is not Verdict.UNSUPPORTED:
        return False
    m = c.mention
    if "/" in m.unit_text:
        return False  # per-unit standards (1207元/人) come from policy documents, not the department's data
    if m.kind in _REPORTED_KINDS:
        return True
    if m.kind is MentionKind.COUNT:
        return m.unit is not Unit.NONE
    return in_cell and bool(c.nearest) and all(is_money(f.unit) for f in c.nearest[:1])


def guard_findings(report: Report, data: DepartmentData) -> list[Finding]:
    """number_unsupported / number_contradicted findings for ``review`` (pure; never prints)."""
    result = verify(report, data)
    out: list[Finding] = []
    for c in result.checks:
        if c.location is None or not _worth_reporting(c, c.location.row is not None):
            continue
        quote = report.quote(c.location)
        near = "；".join(describe(f) for f in c.nearest) or "数据中没有同类单位的数字"
        if c.verdict is Verdict.CONTRADICTED and c.fact is not None:
            tg_unit = _targets(c.mention, None)[0].unit
            suggestion = f"改为 {_fmt_in(c.fact, c.mention, tg_unit)}"
            out.append(Finding(
                kind=Kind.NUMBER_CONTRADICTED, severity=Severity.ERROR,
                message=f"{c.location.label()}“{quote}”与部门数据不符：{describe(c.fact)}；请核对后{suggestion}",
                location=FindingLocation(location=c.location, quote=quote, label=c.location.label()),
                evidence=f"依据：{describe(c.fact)}；数值最接近的数据：{near}",
                suggestion=suggestion, rule="guard.contradicted",
            ))
        else:
            out.append(Finding(
                kind=Kind.NUMBER_UNSUPPORTED, severity=Severity.ERROR,
                message=f"{c.location.label()}“{quote}”在部门数据中找不到依据；请核对数字，或在数据文件中补充其来源",
                location=FindingLocation(location=c.location, quote=quote, label=c.location.label()),
                evidence=f"数值最接近的数据：{near}", rule="guard.unsupported",
            ))
    return out


__all__ = ["GuardReport", "GuardedText", "NumberCheck", "Verdict", "check_mention", "guard_findings", "verify"]
