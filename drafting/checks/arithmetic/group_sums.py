"""Groups whose counts close a whole's count must close its sum too: 签约项目44个，总投资额186.5亿元。正式
签约项目38个，…总投资额111.72亿元。签订意向协议6个，…总投资额74.1亿元 — 38 + 6 = 44, so the two groups
are the whole, and 111.72 + 74.1 must be 186.5.

Part of the arithmetic check (``changes`` runs it on each paragraph's figures, read by ``prose``). A count
says how many members a group has; when the counts of the groups that follow a whole add to exactly its
count, no member is left out and none is counted twice, so the groups' sums of one measure are the whole's
sum of it. Held only where the text shows each figure's role:

* the whole: a count (个, 项, 家 … written whole) with a money figure after it in its sentence;
* each group: the next sentences of the paragraph, one after another, each opening with a count of the
  same measure word and stating a money figure later in the sentence;
* every sum named by the same measure (总投资额 and 投资额 are one, 投资 and 到位资金 are two), and a sum
  after other figures or a 其中 named as the total (总…, …总额, 合计): else it may be the last part's;
* the groups' counts add to the whole's exactly (short of it or beyond it, they are not the whole),
  two groups at least, each sum within the whole's.

A mismatch within the figures' rounding is left (a 尾差, not a slip).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.extract import MentionKind, Qualifier
from ...quantities import format_decimal
from .grid import NOT_EXPLAINED, make_finding
from .prose import _explained, _Fig

__all__ = ["group_sums"]

_ENDS = "。！？!?\n"
_MEASURES = frozenset("个项家所座处户宗件条")
# the words that name a sum, read from the end of its clause: ，总投资额186.5亿元 → 总投资额
_LABEL = re.compile(r"([^，,；;：:、（()）。\d]{1,12}?)(?:为|是|达|达到|约|共|共计|合计|计)*[：:]?$")
_MONEY_NOUN = re.compile(r"投资|资金|金额|合同额|经费|拨款|补助|补贴|产值|收入|支出|费用|造价|价款")
_TOTAL = re.compile(r"^(?:总|合计|共计|累计)|总额$|总计$")
_OPEN = re.compile(r"其中|包括|包含")


def group_sums(figs: list[_Fig], text: str) -> list[Finding]:
    """One finding per whole whose groups' counts close its count while their sums do not close its sum."""
    sentences = _by_sentence(figs, text)
    out: list[Finding] = []
    for i, whole in enumerate(sentences):
        for k, count in enumerate(whole):
            if not _count(count) or (sum_ := _sum_after(whole, k, text)) is None:
                continue
            groups = _groups(sentences[i + 1:], count, _measure(sum_), text)
            if groups is not None:
                out.extend(_judge(count, sum_, groups))
                break
    return out


def _by_sentence(figs: list[_Fig], text: str) -> list[list[_Fig]]:
    """The paragraph's figures by sentence; a sentence without figures states no group and is passed over."""
    out: list[list[_Fig]] = []
    last = -1
    for f in figs:
        ends = sum(text.count(c, last, f.start) for c in _ENDS) if last >= 0 else 0
        if not out or ends:
            out.append([])
        out[-1].append(f)
        last = f.start
    return out


def _count(f: _Fig) -> bool:
    m = f.m
    return (m.kind is MentionKind.COUNT and m.qualifier is Qualifier.EXACT and m.places == 0 and m.scale == 1
            and m.unit_text in _MEASURES)


def _label(f: _Fig) -> str:
    """The words that name a money figure, from the end of its clause: ，总投资额为186.5亿元 → 总投资额."""
    hit = _LABEL.search(re.split(r"[，,；;：:、]", f.words)[-1])
    return hit.group(1) if hit else ""


def _measure(f: _Fig) -> str:
    """What a sum measures: 总投资额 / 投资额 / 投资总额 → 投资; '' when its label names no money."""
    label = _label(f)
    if not _MONEY_NOUN.search(label):
        return ""
    return re.sub(r"^(?:合计|共计|累计|总)|(?:总额|总计|额)$", "", label)


def _sum_after(sentence: list[_Fig], k: int, text: str) -> _Fig | None:
    """The first money figure after the count at ``k`` in its sentence, when it names a money measure and,
    after other figures or a 其中, names itself the total."""
    count = sentence[k]
    for j in range(k + 1, len(sentence)):
        f = sentence[j]
        if not f.money:
            continue
        if f.change is not None or not _measure(f):
            return None
        if (j > k + 1 or _OPEN.search(text[count.start:f.start])) and not _TOTAL.search(_label(f)):
            return None
        return f
    return None


def _groups(after: list[list[_Fig]], whole: _Fig, measure: str, text: str) -> list[tuple[_Fig, _Fig]] | None:
    """The groups (count, sum) of the sentences after the whole's, when their counts close its count."""
    if not measure:
        return None
    groups: list[tuple[_Fig, _Fig]] = []
    total = Decimal(0)
    for sentence in after:
        head = sentence[0]
        if not _count(head) or head.m.unit_text != whole.m.unit_text:
            return None
        sum_ = _sum_after(sentence, 0, text)
        if sum_ is None or _measure(sum_) != measure:
            return None
        groups.append((head, sum_))
        total += head.m.value
        if total >= whole.m.value:
            break
    if total != whole.m.value or len(groups) < 2:
        return None
    return groups


def _judge(count: _Fig, whole: _Fig, groups: list[tuple[_Fig, _Fig]]) -> list[Finding]:
    sums = [s for _, s in groups]
    if any(s.yuan > whole.yuan for s in sums):
        return []  # a group's sum beyond the whole's: not its parts
    total = sum((s.yuan for s in sums), Decimal(0))
    if whole.same(total):
        return []
    half = sum((s.half for s in sums), Decimal(0))
    if _explained(total - half, total + half, whole.yuan, whole.half):
        return []  # within the figures' rounding
    places = max(f.m.places for f in (whole, *sums))
    shown = format_decimal(total / whole.factor, places) + whole.unit_name
    counts = " + ".join(c.num.text for c, _ in groups)
    formula = " + ".join(s.num.text for s in sums)
    return [make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"总数 {whole.num.text} 与其后各组之和 {shown}（{formula}）不符",
        whole.num, [count.num, *(n for c, s in groups for n in (c.num, s.num))],
        f"其后各组的数量 {counts} 合为 {count.num.text}，各组即全部，其金额之和应为总数：{formula} = {shown}，"
        f"报告总数为 {whole.num.text}" + NOT_EXPLAINED,
        f"核对总数与各组金额，将总数改为 {shown} 或改正有误的一组", "paragraph_group_sum")]
