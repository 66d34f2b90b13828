"""Shares of one whole listed in one sentence (其中人员经费占60%、公用经费占30%、项目经费占15%): the
parts of a whole cannot add to more than all of it.

Part of the arithmetic check (``sentence_rates`` runs it last). Premise: parts named alike (…经费, …支出, …资金: one
classification) listed in one sentence after their whole (其中, 支出中, 按…分), each 占 a share of the same
whole (unnamed, or all naming it alike), are parts of that whole that do not overlap, so their shares
add to at most 100% — within the rounding of each share as shown. Left alone: shares of wholes named
differently (占全县的, 占全省的), a list nested in another (其中/包括 between the shares), shares told apart by a
change (比上年提高…), shares of other years or periods, changes of a share (占比提高), approximate figures (约,
超过, 以上), names unlike each other (女性, 大专以上学历: two classifications, which may overlap) and
shares of a budget named without a total (各项支出占预算的…: each item's rate against its own budget).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...quantities import format_decimal
from ...report import Location, Report, TextUnit
from .grid import make_finding
from .prose import _SENTENCE, _Fig, _figures

__all__ = ["check_share_sums"]

# 占P%, 占总支出的P%, 占比为P%, 占…的比重为P%: the words right before a share, the whole they name
_SHARE = re.compile(r"占(?:比)?(?P<whole>[\u4e00-\u9fff]{0,12}?)(?:的)?(?:比例|比重|份额)?(?:为|是|达)?$")
# a change of a share, or told between two shares: a share told with its change is an indicator of its
# own (普惠园在园幼儿占比95.82%，比上年提高…；公办园…占比59.33%: the second a part of the first), no list
_NOT_SHARE = re.compile(r"提高|增长|增加|下降|减少|降低|上升|同比|较|比上年|百分点")
# a whole introducing its parts before the first share (…，其中; 本年支出中，; 按支出性质分; 包括)
_LIST_MARK = re.compile(r"其中|中[，,：:]|包括|构成|组成|按.{1,8}分|分为")
# a list nested in another between two shares, or a share of a share: its parts overlap the list's
_NESTED = re.compile(r"其中|包括|包含|含|中的")
# a part that is a total, or of another year or period: no part of the same whole
_NO_PART = re.compile(r"合计|总计|共计|小计|总额|全部|年|月|季度|同期|期末|期初|以上|以下|左右|超过|不足|不到")
# a budget or plan named without its owner or a total (占预算的, 占年初预算数的, 占计划的): each part's own, so
# each "share" is that part spent or done against its own budget (an execution rate), not a part of one whole
_OWN_BUDGET = re.compile(r"(?:年初|全年|当年|本年|调整后?)?(?:预算|计划)(?:数|金额|额|资金)?$")
_FIGURE = re.compile(r"[\d０-９.,，．]+\s*(?:万|亿)?(?:元|人次|人|户|个|项|家|所|名|亩|公里|吨|次|件|%|％)?")
_SEPARATOR = re.compile(r"其中|[，,；;、：:（(）)]")
_FILLER = re.compile(r"^(?:其中|分别|主要|另外|以及|和|及|与|为|是|的)+|(?:的|为|是)+$")


def check_share_sums(report: Report, found: list[Finding]) -> list[Finding]:
    """Every sentence whose shares of one whole add to more than 100%: one finding for the list, unless
    a finding already corrects one of its shares (占5.35%, 按 A ÷ T 应为…: one problem, reported once)."""
    taken = {_key(f.location.location) for f in found}
    out: list[Finding] = []
    for unit in report.units():
        if unit.kind in ("heading", "cell") or "占" not in unit.text:
            continue
        for sentence in _SENTENCE.finditer(unit.text):
            shares = [f for f in _figures(unit, sentence.start(), sentence.end()) if f.pct]
            if (new := _over_whole(unit, sentence.start(), shares)) is not None \
                    and not any(_key(f.num.loc) in taken for f in shares):
                out.append(new)
    return out


def _key(loc: Location) -> tuple:
    return loc.block, loc.row, loc.col, loc.start, loc.end


def _over_whole(unit: TextUnit, start: int, figs: list[_Fig]) -> Finding | None:
    """The finding for the sentence's shares when they are one whole's parts adding to over 100%."""
    shares = [f for f in figs if _SHARE.search(f.words)]
    if len(shares) < 2 or len(shares) != len(figs):
        return None  # (完成率95%, 其中…: a percent that is no share, the sentence tells more than one list)
    wholes = {m.group("whole") for f in shares if (m := _SHARE.search(f.words)) and m.group("whole")}
    if len(wholes) > 1 or any(_NOT_SHARE.search(f.words) for f in shares):
        return None  # (占全县的60%, 占全省的30%: two wholes; 占比提高5%: a change)
    if wholes and _OWN_BUDGET.match(next(iter(wholes))):
        return None  # (公务接待费支出占预算的45.2%: each item against its own budget, no whole's parts)
    if not _LIST_MARK.search(unit.text[start:shares[0].start]):
        return None  # (普惠园在园幼儿占比95.82%；公办园在园幼儿占比59.33%: no whole introduces a list)
    names = []
    for k, f in enumerate(shares):
        begin = start if k == 0 else shares[k - 1].start + len(shares[k - 1].num.text)
        gap = unit.text[begin:f.start]
        if k and (_NESTED.search(gap) or _NOT_SHARE.search(gap)):
            return None  # (…占95.82%，比上年提高1.4个百分点；公办园…占59.33%: indicators told apart, not a list)
        names.append(_name(gap[: gap.rfind("占")] if "占" in gap else gap))
    if not _alike(names):
        return None
    total = sum((f.num.value for f in shares), Decimal(0))
    slack = sum((Decimal("0.5").scaleb(-f.num.places) for f in shares), Decimal(0))
    if total - slack <= 100:
        return None  # (33.4% + 33.3% + 33.4% = 100.1%: each share rounded as shown)
    return _finding(shares, names, total)


def _name(words: str) -> str:
    """The part's own name: the last piece of the words before its 占 with a name in it, figures out."""
    for piece in reversed(_SEPARATOR.split(words)):
        name = _FILLER.sub("", re.sub(r"[^\u4e00-\u9fff]", "", _FIGURE.sub("", piece)))
        if name:
            return name
    return ""


# a sum of money's parts by nature or by source: classifications that never overlap
_MONEY_PART = re.compile(r"(?:支出|经费|资金|收入|拨款|费用?|款|投资)$")


def _alike(names: list[str]) -> bool:
    """Parts of one classification of money: each named, none twice, none a total or another period's, all
    ending alike in a word for money (人员经费, 公用经费; 基本支出, 项目支出). Names that end unlike (女性,
    大专以上学历) may overlap, and so may groups of people or things that end alike (男性职工, 党员职工)."""
    if any(not n or _NO_PART.search(n) or not _MONEY_PART.search(n) for n in names) or len(set(names)) != len(names):
        return False
    return len({n[-1] for n in names}) == 1


def _finding(shares: list[_Fig], names: list[str], total: Decimal) -> Finding:
    places = max(f.num.places for f in shares)
    listed = "、".join(f"{n}{f.num.text}" for n, f in zip(names, shares, strict=True))
    formula = " + ".join(f.num.text for f in shares)
    shown = format_decimal(total, places)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"同一总数的各部分占比合计为 {shown}%，超过100%（{listed}）", shares[-1].num, [f.num for f in shares[:-1]],
        f"{formula} = {shown}%；各项为同一总数中互不重叠的部分时，占比之和不应超过100%（已计入各占比的舍入）",
        "核对各部分的占比或金额，使其合计不超过100%", "sentence_share_sum")
