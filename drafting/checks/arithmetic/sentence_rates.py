"""Rates in a report's sentences, each judged by ``rates``' rules: which figures stand before it,
in its clause chain, its paragraph or the paragraph before, and which rule reads them.

Part of the arithmetic check (see ``tables``). Why a module of its own: ``rates`` holds what a rate
word means and when a ratio gives a rate; this is where a report's paragraphs become rates and figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from ...findings import Finding
from ...numbers.textnorm import no_blanks
from ...report import Report, TextUnit
from .form_cells import HEADERS
from .line_rates import COMPLETION, with_label_unit
from .prose import _SENTENCE, _Fig, _figures
from .rates import (
    _GATE,
    _MARK,
    _MONEY_RATE,
    _OF_BASE,
    _OTHER_PERIOD,
    _OVER_BUDGET,
    _RATE,
    _SHARE,
    _STEM_RATE,
    _USE,
    _alike,
    _fields_before,
    _from_paragraph,
    _gives,
    _judge,
    _measured,
    _money_of,
    _share_of_named_base,
    _side,
    _stem_rate,
    _verdict,
    _wholes,
)
from .rest_rates import over_used_and_left
from .sentence_breaks import across_breaks
from .share_sums import check_share_sums
from .shares import _share
from .whole_rates import whole_rate

__all__ = ["check_sentence_rates"]


# ``above`` holds the money of the paragraph before (headings between are passed over): a report tells
# the budget under one heading and the spending with its rate under the next (1.预算安排情况 / 2.资金使用情况)
def check_sentence_rates(report: Report) -> list[Finding]:
    units = list(report.units())
    found = _read(units)
    found += across_breaks(units, _read, found)
    return found + check_share_sums(report, found)  # after the shares' own ratios: one problem, one finding


def _read(units: Iterable[TextUnit]) -> list[Finding]:
    out: list[Finding] = []
    above: tuple[list[_Fig], list[_Fig]] = ([], [])
    for unit in units:
        if unit.kind == "heading" or _TITLE_LINE.fullmatch(unit.text.strip()):
            continue
        before_unit, above = above, ([], [])
        if unit.kind == "cell":
            continue
        if not _GATE.search(unit.text):
            above = _money_of(unit) if _YUAN_WORD.search(unit.text) else ([], [])
            continue
        earlier, parts, told, before_told = _no_figures(), _no_figures(), _no_figures(), (_no_figures(), _no_figures())
        for sentence in _SENTENCE.finditer(unit.text):
            figs = [with_label_unit(f) for f in _figures(unit, sentence.start(), sentence.end())]
            for k, rate in enumerate(figs):
                if not rate.pct or _OTHER_PERIOD.search(rate.words):
                    continue  # (上年执行率为85%: another year's rate, not a ratio of this year's figures)
                rate = _labelled(rate, unit.text)
                word = _RATE.search(rate.words)
                if word:
                    # 完成预算的 (group 2) is an execution rate; 完成计划的 (group 3) a completion rate, as a
                    # works' 完工率 or 竣工率 is
                    done = word.group(1) in COMPLETION or word.group(3) is not None
                    same = _measured_before(own := _own_item(unit.text, rate, figs[:k]), rate, done)
                    rated = any(f.pct and f.chunk == rate.chunk for f in own)
                    finding = _judge(rate, same, done, unit.text, rated, word.group(1) in _USE)
                    if finding is None and done and _MONEY_RATE.search(word.group(0)):
                        # 预算完成率, 资金完成率: money spent over money budgeted, read as an execution rate
                        finding = _judge(rate, [f for f in same if f.money], False, unit.text)
                    if finding is None and (word.group(1) in _OVER_BUDGET or word.group(2) or word.group(3)):
                        # the budget may stand in an earlier sentence, or an earlier ；-clause of this one
                        before = [f for f in own if f.chunk < rate.chunk and f.money and f.change is None]
                        finding = _from_paragraph(rate, same, earlier + _wholes(before, unit.text), parts + before)
                        if finding is None and not earlier and not before and word.group(1) in _OVER_BUDGET:
                            finding = _from_paragraph(rate, same, *before_unit, where="上段", near=_NEAR_PP)
                    if finding is None and not same and word.group(1) in _USE:
                        finding = _after_figures(rate, own, told, done, unit.text) \
                            or _figures_after(rate, figs[k + 1:], unit.text)
                    if finding is None and word.group(1) in _USE:
                        finding = over_used_and_left(rate, own, earlier + parts + before_unit[1] + figs) \
                            or _two_sentences_back(rate, own, told, unit.text, *before_told)
                    if finding is None and word.group(1) and not any(f.money for f in own if f.chunk == rate.chunk):
                        # 应发放人数8640人，实际发放人数7925人，发放率91.72%: a rate of counts, named by its verb
                        finding = _stem_rate(rate, word.group(1), own) or _plan_before(rate, same, told, done)
                elif _SHARE.search(rate.words):
                    finding = _share_of_whole(rate, figs, k, told, sentence.group(0), unit.text)
                elif _OF_BASE.match(rate.words) and k >= 2:
                    finding = _share_of_named_base(rate, figs[k - 2], figs[k - 1])
                elif stem := _STEM_RATE.search(rate.words):
                    finding = _named_by_stem(rate, stem, figs[:k])
                else:
                    continue
                if finding is not None:
                    out.append(finding)
            told, money, before_told = figs, [f for f in figs if f.money and f.change is None], (list(earlier), list(parts))
            earlier += _wholes(money, unit.text)
            parts += money
        above = (earlier, parts)
    return out


# a numbered list a colon opens (设置绩效目标4个，实际完成2个，具体情况如下：1、…完成率100%): each item's rate is its own
_ITEM_OPENED = re.compile(r"[:：]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?!\d)")


def _measured_before(before: list[_Fig], rate: _Fig, done: bool) -> list[_Fig]:
    """The figures a rate is a ratio of: its clause's measures before it, or the form's fields before it."""
    return [f for f in before if f.chunk == rate.chunk and f.change is None and _measured(f, done)] \
        or _fields_before(before, rate, done)


def _own_item(text: str, rate: _Fig, before: list[_Fig]) -> list[_Fig]:
    """The figures before ``rate`` within its own item of a list a colon opens, or all of them — and of
    those, the ones inside the bracket the rate stands in, where it holds two or more (…经费(预算170万元,未支付)、
    价格监测经费(预算10.43万元,支付8.30万元,执行率79.6%): each bracket is its item's own account)."""
    opened = [m.end() for m in _ITEM_OPENED.finditer(text, 0, rate.start)]
    own = [f for f in before if f.start >= opened[-1]] if opened else before
    at = _open_bracket(text, rate.start)
    inside = [f for f in own if f.start > at] if at >= 0 else []
    return inside if len(inside) >= 2 else own


_ITEM_REACH = 300  # a bracket opened further back holds more than one item's account


def _open_bracket(text: str, end: int) -> int:
    """Where the bracket still open at ``end`` opens, within its sentence and ``_ITEM_REACH``; -1 when none is."""
    depth = 0
    for i in range(end - 1, max(end - _ITEM_REACH, 0) - 1, -1):
        c = text[i]
        if c in ")）":
            depth += 1
        elif c in "(（":
            if depth == 0:
                return i
            depth -= 1
        elif c in "。\n":
            break
    return -1


_EACH_SHARE = re.compile(r"各占[^，,；;。%％\d]{0,6}$")


def _share_of_whole(rate: _Fig, figs: list[_Fig], k: int, told: list[_Fig], sentence: str, text: str) -> Finding | None:
    """A share over the whole its own sentence lists it under or, where the sentence opens with 其中, the whole
    the sentence before states (``told``: 全年支出1,200万元。其中基本支出900万元，占75%). Not there when the
    sentence's parts and their shares agree on one whole of their own (parts ÷ shares, each within its rounding):
    it is the whole said before that is off (a total retyped), the sums' concern, one problem one finding."""
    if _EACH_SHARE.search(rate.words):
        return None  # 按数量和库容各占50%的比例分配: the weights of a rule's factors, no ratio of the figures before
    found = _share(rate, figs[:k], text)
    if found is not None or not _OPENS_LIST.match(sentence):
        return found
    pairs = [(figs[j - 1], f) for j, f in enumerate(figs) if j and f.pct and _SHARE.search(f.words)
             and not figs[j - 1].pct and figs[j - 1].change is None and _alike(figs[j - 1], figs[0])]
    shares = sum((r.m.value for _, r in pairs), Decimal(0))
    if len(pairs) >= 2 and shares > 0:
        own = sum((p.yuan for p, _ in pairs), Decimal(0)) * 100 / shares
        if all(_gives(r, p.yuan, own) for p, r in pairs):
            return None
    return _share(rate, told + figs[:k], text, "本句与上句")


def _named_by_stem(rate: _Fig, stem: re.Match[str], before: list[_Fig]) -> Finding | None:
    """W率 over a figure that names W (``rates._stem_rate``) or, where none in its clause chain does, over
    the whole its sentence names as such (建制村总数230个 … 通达率: ``whole_rates``)."""
    finding = _stem_rate(rate, stem.group(1), before)
    if finding is None and not any(stem.group(1) in f.words for f in before if f.chunk == rate.chunk):
        finding = whole_rate(rate, stem.group(1) + stem.group(2), before)
    return finding


def _no_figures() -> list[_Fig]:
    """A paragraph's lists as it is read: the whole money figures of its earlier sentences (``earlier``),
    all their money figures (``parts``) and the figures of the sentence before (``told``)."""
    return []


def _after_figures(rate: _Fig, in_sentence: list[_Fig], told: list[_Fig], done: bool, text: str) -> Finding | None:
    """A bare rate of the whole money alone in its clause or sentence (预算数500万元，实际支出480万元。预算执行率
    为96%): the figures of the ；-clause right before it, or of the sentence before (``told``) when it
    opens its own, are its own — when nothing stands between but the rate's words and they hold no rate."""
    before = in_sentence or told
    if not _BARE_RATE.fullmatch(rate.words) or not before or any(f.chunk == rate.chunk for f in in_sentence):
        return None
    last = [f for f in before if f.chunk == before[-1].chunk]
    if any(f.pct for f in last) or before[-1].start < rate.start - 60 or not any(_BASE_NAMED.search(f.words) for f in last):
        return None  # (a base named as such: 本年收入500万元 need not be the budget the rate is over)
    # nothing between but the marks and the rate's words (截至6月底，执行率… is a rate of another time)
    between = re.sub(r"[，,；;。\s]", "", text[before[-1].num.loc.end or 0 : rate.start])
    if between != no_blanks(rate.words):
        return None
    where = "同句" if before[-1].chunk < rate.chunk and _same_sentence(text, before[-1], rate) else "上句"
    return _judge(rate, [f for f in last if f.change is None and _measured(f, done)], done, text, use=True, where=where)


def _two_sentences_back(rate: _Fig, before: list[_Fig], told: list[_Fig], text: str, earlier: list[_Fig],
                        parts: list[_Fig]) -> Finding | None:
    """A bare execution rate that opens its own sentence (``before``, its sentence's figures before it,
    empty), the spending alone in the sentence before and the budget before that (全年预算数为200万元。
    全年实际支出180万元。预算执行率为90%): the sentence before is the rate's own spending when it holds
    that one money figure and nothing else, and names no part, other time or other period (其中项目支出…,
    截至6月底…, 上年…: not the whole year's spending); the budget is then read as ``_from_paragraph``
    reads it (the one budget before, no other spending)."""
    if before or not _BARE_RATE.fullmatch(rate.words) or len(told) != 1:
        return None
    spent = told[0]
    if not spent.money or spent.change is not None or _side(spent, False) != "spent":
        return None
    opening = max(text.rfind(m, 0, spent.start) for m in "。！？!?")
    if _NOT_WHOLE.search(text, opening + 1, spent.start):
        return None
    return _from_paragraph(rate, [spent], earlier, parts, where="上句")


def _plan_before(rate: _Fig, same: list[_Fig], told: list[_Fig], done: bool) -> Finding | None:
    """A completion rate whose actual count stands in its clause and whose plan is the sentence before
    (计划培训500人次。实际培训450人次，完成率为90%): the sentence before holds that one figure alone, its
    words name it planned, and it counts what the actual counts (the same unit); the actual's words
    name no plan, no part and no other period (其中…, 上年…). Money is left to ``_from_paragraph``."""
    if not done or len(same) != 1 or len(told) != 1:
        return None
    actual, plan = same[0], told[0]
    if actual.money or plan.money or plan.pct or plan.change is not None or not _PLAN_WORD.search(plan.words) \
            or _PLAN_WORD.search(actual.words) or _NOT_WHOLE.search(actual.words) or not _alike(actual, plan):
        return None
    return _verdict(rate, actual, plan, [plan, actual], where="上句")


def _same_sentence(text: str, a: _Fig, b: _Fig) -> bool:
    return not re.search(r"[。！？!?]", text[a.num.loc.end or 0 : b.start])


# a sentence that lists the parts of the whole the sentence before states (全年支出1,200万元。其中基本支出900万元，
# 占75%): its shares are over that whole, read as if the two were one sentence
_OPENS_LIST = re.compile(r"\s*其中\s*[：:，,]?")
# words before a spending figure that make it a part's, another time's or another period's
_NOT_WHOLE = re.compile(r"其中|基本支出|项目支出|人员|公用|截[至止]|[上去前]年|同期|\d+\s*月|季度|半年|月[底末]")
_PLAN_WORD = re.compile(r"计划|目标|任务|预期|预计")
_BASE_NAMED = re.compile(r"预算|安排|下达|批复|计划|到位")
# a rate of the whole money, no part named: (预算|资金)执行率为…
_BARE_RATE = re.compile(r"(?:全年|年度|整体|总体)?(?:预算|资金)?(?:执行|支出|使用|支付)率(?:为|达|是|达到)?")


def _labelled(rate: _Fig, text: str) -> _Fig:
    """A rate given as a field's value takes its label for its words: 预算数：100万元；执行数：95万元；
    执行率：90%. Fields run together with commas or spaces are a form's budget block, read by ``forms``,
    unless the rate is none of the block's words (预算数：100万元 支付数：95万元 支付率：90%)."""
    if not rate.words and (label := _LABEL.search(text, 0, rate.start)) \
            and (rate.chunk or label.group(1) not in HEADERS):
        return replace(rate, words=label.group(1))
    return rate


_YUAN_WORD = re.compile(r"元|万")
# a rate given as a field's value: its label before the colon (；执行率：90%)
_LABEL = re.compile(r"([\u4e00-\u9fff]{2,12})\s*[:：]\s*$")
# a budget told in the paragraph before is a rate's base only where the rate lies near their ratio: a
# department's whole budget there and one project's spending here give a ratio far from any rate stated
_NEAR_PP = Decimal(10)
# a heading the reader took for a paragraph: a short line with no sentence or clause mark ((2)资金使用情况)
_TITLE_LINE = re.compile(r"(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）.、．])?[^。；;，,！？!?元\d]{1,30}")


# a rate told before its figures
_COMPARED = re.compile(r"[，,]\s*(?:较|比|与|同)(?:上年|去年|上一年|上年度|同期)")
_DIVIDED = re.compile(r"[%％]?\s*[（(]\s*[\d,.]+\s*(?:万元|元|亿元)?\s*[/÷]\s*")
_FUTURE = re.compile(r"下年|明年|下一年|次年|计划|预计|拟")


def _figures_after(rate: _Fig, after: list[_Fig], text: str) -> Finding | None:
    """An execution rate told before its figures (预算执行率为91.72%，全年预算数86.40万元，实际支出79.25
    万元): the rest of its sentence holds nothing but one budget and one spending, no other rate, no
    part listed (其中) and nothing changed; the spending over the budget must give the rate. A clause
    comparing with another period after them (…，较上年提高2个百分点) says how the rate moved, not its figures."""
    after = [f for f in after if not _COMPARED.search(text, rate.start, f.start)]
    if not after or any(f.pct or not f.money or f.change is not None for f in after) or len(after) != 2:
        return None
    between = text[rate.start:after[-1].start]
    if _MARK.search(between) or _OTHER_PERIOD.search(between) or _FUTURE.search(between):
        return None  # a part's figures, or another year's (下年度预算安排…), are no base of this rate
    if _DIVIDED.fullmatch(text[rate.num.loc.end or rate.start:after[1].start]):
        spent, budget = after  # 执行率91.72%（79.25万元/86.40万元）: the division itself, written out
        return _verdict(rate, spent, budget, after, where="括注")
    sides = {_side(f, False) for f in after}
    if sides != {"spent", "budget"}:
        return None
    spent, budget = (after[0], after[1]) if _side(after[0], False) == "spent" else (after[1], after[0])
    return _verdict(rate, spent, budget, after, where="同句其后")
