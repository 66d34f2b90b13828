"""A target said to be met beside figures that miss it: 目标值不少于2.5万人，实际2.36万人，达到预期目标;
计划新建道路12公里，实际完成10.5公里，圆满完成年度任务; 目标500人次，实际完成500人次，超额完成.

Why: "达到预期目标" is the sentence an officer copies from last year's report or from the row above;
the figures next to it are the ones that were edited. A reviewer reads the claim against them.

Precision first. A ；-clause (or a labelled field pair, 年度目标：…；实际完成：…；…) is read only when it
holds, in this order, exactly one target figure (目标/计划/预期 before it), one actual figure of the same
unit after it (实际/完成/达到 before it; 万元 and 元 compare, 人次 and 人 do not), and then a claim that
the target was met (达到预期目标, 完成目标, 圆满完成年度任务, 已全面完成 …) that no 未/没有/基本/部分/较好
weakens, with no other figure or item (二是…) between, and whose own clause names no other item or an
effect (宣传工作圆满完成, 培训效果达到预期). A reason given for the gap (因疫情影响…) lets 完成年度目标
stand (the target may since have been adjusted) but not 圆满/全面/超额完成. The target is a floor
when it says so (不少于/≥/以上) or says nothing, a ceiling when it says so (不超过/≤/以内/控制在); a
target that says nothing of an indicator that is better lower (成本, 投诉, 事故, 发生率 …), a range, a
cumulative target (累计, 三年, 规划期, 总投资), a figure per head or household (每户, 人均), or an actual
for part of the year (上半年, 截至6月底) is not read. The actual must miss beyond the rounding of both
figures as written (a whole count of people or items is exact; 约/余 widens the actual by one step of
its last digit); 超额完成 is also wrong where the actual does not exceed the target.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.extract import Mention, MentionKind, Qualifier, extract
from ..numbers.textnorm import no_blanks
from ..quantities import MONEY_UNITS, Unit
from ..report import Report

__all__ = ["check_met_claims", "says_met"]

_CLAUSE = re.compile(r"[^；;。！？!?\n]+")
# every target figure follows one of these words (``_TARGET``, or a 控制在 ceiling): a unit without them is not read
_TARGET_WORDS = ("目标", "计划", "预期", "任务", "控制在")
_TARGET = re.compile(r"(?:目标值?|计划|预期|任务)[^，,、]{0,12}?$")
_FLOOR = re.compile(r"(?:不少于|不低于|不小于|大于等于|≥|>=|＞=|达到)$")
_CEILING = re.compile(r"(?:不超过|不高于|不大于|小于等于|≤|<=|＜=|控制在)$")
_ACTUAL = re.compile(r"(?:实际|完成|达到|实现)[^，,]{0,12}?$")
# what a met claim may name after 圆满/全面/超额完成 (or nothing: the clause ends): the year's target or task
_OBJECT = r"(?:了)?(?:(?:年度|全年|年初|既定|预期|计划|各项|全部)?(?:目标任务|绩效目标|目标|任务|指标)|(?=[，,。；;！!：:\s]|$))"
_MET = re.compile(r"(?<![未没不])(?:达到(?:了)?(?:预期|年初|既定|绩效|年度)?目标|完成(?:了)?(?:年度|预期|既定|绩效)?目标(?:任务)?"
                  r"|目标(?:已)?(?:全面)?(?:完成|实现|达成)(?!率|度|情况|值|比例|进度|数)|(?:已|均)达标|实现(?:了)?(?:年度|预期|既定|绩效)?目标"
                  r"|完成(?:了)?(?:年度|全年|既定|预期|计划)任务|达到(?:了)?预期(?=[，,。；;！!]|$)"
                  rf"|(?:圆满|全面|超额)完成{_OBJECT}|均已完成{_OBJECT})")
_STRONG = re.compile(r"圆满|全面|超额")
_WEAK = re.compile(r"未|没有|尚未|基本|部分|大部分|接近|略低|略有|差距|偏差|不足|较好|较为")
# an indicator that is better lower: a target that names no comparator may be a ceiling, so it is not read
_LOWER_BETTER = re.compile(r"成本|费用|支出|单价|造价|预算|投诉|事故|发生率|死亡|伤亡|案件|差错|损失|能耗|排放|超标|不合格|"
                           r"逾期|失业|违规|违法|上访|火灾|下降|降低|减少|压减|控制")
# a target for more than the year (累计, 三年, 规划期, 到2025年) against what one year did
_CUMULATIVE = re.compile(r"累计|[两二三四五六七八九十]年|规划期|十[二三四五]五|(?:至|到)\d{4}年|期末|总投资|总规模|总任务|建设期|实施期")
# a figure for each person, household or month (每户5000元, 人均, 月均) against a total, or an actual for part of
# the year (上半年, 截至6月底) against the year's target
_PER = re.compile(r"每|人均|户均|月均|平均|/")
_PART_OF_YEAR = re.compile(r"上半年|前三季度|[一二三]季度|(?:截至|截止)[^，,]{0,8}?(?<!\d)(?:[1-9]|1[01])月|\d{1,2}\s*[-－—~～至]\s*(?:[1-9]|1[01])月")
# the words a claim's own clause may hold besides the claim: what names no other item than the figures'
_GENERIC = re.compile(r"已经|已|均|全部|各项|目标|任务|项目|年度|全年|本年|该项|本项|顺利|按时|较好地|很好地|工作|指标|绩效|均已|圆满|全面|[\s；;：:、]")
# a claim of quality or effect (培训效果达到预期) speaks of another thing than the count or amount
_QUALITY = re.compile(r"效果|质量|成效|效益|满意|水平|作用|影响")
_RANGE_NEXT = re.compile(r"\s*(?:[-—～~至到]|－)")
# a second item or a reason for the gap between the figures and the claim
_ITEM = re.compile(r"[二三四五六七八九十]是|其[二三四五]|[（(][2-9][)）]|(?<![\d.])[2-9][、．](?!\d)")
_REASON = re.compile(r"因|由于|受[^，,]{0,12}影响|原因|导致")
# a figure that tells how much of the target was met (完成率105.2%) may stand between the actual and the claim
_SHARE = re.compile(r"(?:完成率|完成比例|完成进度|占[^，,]{0,8}(?:比例|比重)?)(?:为|达|达到)?$")
# a field's label: 年度目标：…；实际完成：…
_TARGET_FIELD = re.compile(r"^\s*[^：:，,]{0,10}(?:目标|计划|指标值)[^：:，,]{0,6}[：:]")
_ACTUAL_FIELD = re.compile(r"^\s*[^：:，,]{0,6}(?:实际|完成值|完成情况)[^：:，,]{0,6}[：:]")
# measure words of things counted whole: a figure in them with no scale or decimals is exact
_WHOLE = {Unit.PERSON, Unit.PERSON_TIME, Unit.HOUSEHOLD, Unit.ITEM, Unit.GE, Unit.JIA, Unit.TIMES, Unit.TIAO, Unit.MING,
          Unit.BEN, Unit.CHANG, Unit.FEN, Unit.QI, Unit.XIANG, Unit.SUO, Unit.JIA_TIMES, Unit.HOUSEHOLD_TIMES, Unit.ZUO,
          Unit.TAI, Unit.LIANG, Unit.TAO, Unit.PI, Unit.PICI, Unit.QI_SESSION, Unit.BAN, Unit.PIAN}


@dataclass(frozen=True)
class _Read:
    """A target and an actual read beside a claim that it was met."""
    start: int  # where the clause starts in its unit
    target: Mention
    actual: Mention
    bound: str  # "floor" or "ceiling"
    claim: re.Match[str]
    over: bool  # 超额完成 where the actual does not exceed the target


def _value(m: Mention) -> Decimal:
    """The figure in a unit two figures of the same quantity share (money in 元)."""
    return m.value * MONEY_UNITS.get(m.unit, Decimal(1))


def _half(m: Mention) -> Decimal:
    """Half a step of the figure's last written digit (none for a whole count), in the unit of ``_value``."""
    if m.unit in _WHOLE and m.places == 0 and m.scale == 1:
        return Decimal(0)
    return Decimal("0.5").scaleb(-m.places) * m.scale * MONEY_UNITS.get(m.unit, Decimal(1))


def _slack(m: Mention) -> Decimal:
    """How far the true value may lie from the figure: half its last digit, or for 约/余 one step of its
    last digit that is not zero (约2.4万人: 0.1万人; 约420人次: 10人次)."""
    if m.qualifier is not Qualifier.APPROX:
        return _half(m)
    exponent = m.shown.normalize().as_tuple().exponent
    if not isinstance(exponent, int):  # pragma: no cover - a figure as written is finite
        return _half(m)
    return Decimal(1).scaleb(exponent) * m.scale * MONEY_UNITS.get(m.unit, Decimal(1))


def _alike(a: Mention, b: Mention) -> bool:
    """Figures of one quantity: money in any of 元/万元/亿元, anything else in the same unit as written."""
    if a.unit in MONEY_UNITS and b.unit in MONEY_UNITS:
        return True
    return (a.unit, a.unit_text, a.kind) == (b.unit, b.unit_text, b.kind)


def _bound(words: str, m: Mention) -> str | None:
    """"floor" or "ceiling" for a target figure, from its comparator or its written qualifier; a target
    that states neither is a floor unless its words name an indicator that is better lower."""
    if _CEILING.search(words) or m.qualifier is Qualifier.AT_MOST:
        return "ceiling"
    if _FLOOR.search(words) or m.qualifier is Qualifier.AT_LEAST:
        return "floor"
    return None if m.qualifier is not Qualifier.EXACT or _LOWER_BETTER.search(words) else "floor"


def _misses(bound: str, target: Mention, actual: Mention) -> bool:
    slack = _half(target) + _slack(actual)
    if bound == "floor":
        return _value(actual) + slack < _value(target)
    return _value(actual) - slack > _value(target)


def _not_over(target: Mention, actual: Mention) -> bool:
    """The actual cannot exceed the target, however the figures were rounded."""
    return _value(actual) + _half(actual) <= _value(target) - _half(target)


def _segments(text: str) -> Iterator[tuple[int, str]]:
    """Each ；-clause, and each labelled field pair (年度目标：…；实际完成：…) with the clause after it."""
    clauses = list(_CLAUSE.finditer(text))
    for k, clause in enumerate(clauses):
        yield clause.start(), clause.group(0)
        if k + 1 < len(clauses) and _TARGET_FIELD.match(clause.group(0)) and _ACTUAL_FIELD.match(clauses[k + 1].group(0)):
            last = clauses[min(k + 2, len(clauses) - 1)]
            if re.fullmatch(r"[^。！？!?\n]*", text[clause.start():last.end()]):
                yield clause.start(), text[clause.start():last.end()]


def _read(body: str, mentions: list[Mention], i: int) -> tuple[Mention, str, re.Match[str]] | None:
    """The actual, bound and claim for the target ``mentions[i]``, or None where the clause does not read so."""
    target = mentions[i]
    same = [m for m in mentions if _alike(m, target)]
    if len(same) != 2 or same[0] is not target:
        return None  # one target and one actual of this unit, or the pairing is a guess
    actual = same[1]
    t_words = no_blanks(body[(mentions[i - 1].end if i else 0):target.start])
    a_words = no_blanks(body[target.end:actual.start])
    bound = _bound(t_words, target)
    if bound is None or not (_TARGET.search(t_words) or "控制在" in t_words):
        return None
    if _CUMULATIVE.search(body[:target.start]) or _RANGE_NEXT.match(body, target.end):
        return None
    if _PER.search(t_words + a_words) or _PART_OF_YEAR.search(body[:actual.start]):
        return None
    if actual.qualifier not in (Qualifier.EXACT, Qualifier.APPROX) or not _ACTUAL.search(a_words):
        return None
    claim = _MET.search(body, actual.end)
    if claim is None or re.match(r"\s*的\s*\d", body[claim.end():]):
        return None  # 完成年度目标的96%: a share of the target, not a claim that it was met
    if any(actual.end <= m.start < claim.start() and not _SHARE.search(no_blanks(body[actual.end:m.start]))
           for m in mentions):
        return None  # another figure stands between: the claim may speak of that one
    if _WEAK.search(body[actual.end:claim.end()]) or _ITEM.search(body[target.end:claim.start()]):
        return None
    if _REASON.search(body[target.end:claim.start()]) and not _STRONG.search(claim.group(0)):
        return None  # a reason given: 完成目标 may speak of a target since adjusted; 圆满/全面 cannot
    return (actual, bound, claim) if _of_the_item(body, target, actual, claim) else None


def _of_the_item(body: str, target: Mention, actual: Mention, claim: re.Match[str]) -> bool:
    """The claim's own clause names no item, or the item the target names (培训任务圆满完成 after 计划培训…;
    not 宣传工作圆满完成): what it names beside generic words shares two characters with the target's words."""
    opens = max(actual.end, *(body.rfind(p, 0, claim.start()) + 1 for p in "，,"))
    subject = _GENERIC.sub("", body[opens:claim.start()])
    named = body[:target.start]
    if _QUALITY.search(subject):
        return False
    return not subject or any(subject[k:k + 2] in named for k in range(len(subject) - 1))


def _claims(text: str) -> Iterator[_Read]:
    """Each clause that reads as described above and whose actual misses its target."""
    for start, body in _segments(text):
        mentions = [m for m in extract(body) if m.is_claim and m.kind is not MentionKind.NUMBER]
        for i, target in enumerate(mentions):
            read = _read(body, mentions, i)
            if read is None:
                continue
            actual, bound, claim = read
            if _misses(bound, target, actual):
                yield _Read(start, target, actual, bound, claim, False)
            elif claim.group(0).startswith("超额") and bound == "floor" and actual.qualifier is Qualifier.EXACT \
                    and _not_over(target, actual):
                yield _Read(start, target, actual, bound, claim, True)


def says_met(text: str) -> re.Match[str] | None:
    """The claim that a target was met in a cell of its own (an indicator row's 偏差原因 or 完成情况:
    已达到年度目标), where nothing in the cell weakens it (基本达到, 未完成, 部分)."""
    claim = _MET.search(text)
    if claim is None or _WEAK.search(text[:claim.end()]) or re.match(r"\s*的\s*\d", text[claim.end():]):
        return None
    return claim


def check_met_claims(report: Report) -> list[Finding]:
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for n, unit in enumerate(report.units()):
        if not any(w in unit.text for w in _TARGET_WORDS) or not _MET.search(unit.text):
            continue  # (the claim pattern opens with a look-behind: tried everywhere, so it is asked second)
        for r in _claims(unit.text):
            at = r.start + r.claim.start()
            if (n, at) in seen:
                continue  # a field pair is read both as its clauses and whole
            seen.add((n, at))
            t_text = unit.text[r.start + r.target.start:r.start + r.target.end]
            a_text = unit.text[r.start + r.actual.start:r.start + r.actual.end]
            side = "未超过目标" if r.over else "低于目标下限" if r.bound == "floor" else "高于目标上限"
            out.append(Finding(
                kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING,
                message=f"写作“{r.claim.group(0)}”，但实际完成 {a_text} {side} {t_text}",
                location=FindingLocation.of(report, unit.at(at, r.start + r.claim.end())),
                related=[FindingLocation.of(report, unit.at(r.start + r.actual.start, r.start + r.actual.end)),
                         FindingLocation.of(report, unit.at(r.start + r.target.start, r.start + r.target.end))],
                evidence=f"目标值 {t_text}，实际完成 {a_text}：按两数所写的精度，实际值仍{side}",
                suggestion="核对实际完成值；如确未超过目标，删去“超额”" if r.over else
                "核对实际完成值；如确未达到，改写为未完成目标并说明偏差原因",
                rule="claims.met_but_missed"))
    return out
