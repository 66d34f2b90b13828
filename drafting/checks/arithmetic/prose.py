"""Relations among the figures of one sentence, checked the way a reader recomputes them.

Part of the arithmetic check (see ``tables``). Words declare which relation a figure claims:
节约/减少/增加 D after 预算/上年 B and a current figure A claim D = |A − B|, the 比例/下降/增长 P% after
D claims P = D ÷ B; 其中/包括/（…） after a total T list its parts; 年初预算 + 追加 = 调整后预算.
A figure is flagged only when the relation pins it: the other relations of the group hold exactly and only
this figure breaks them (so the wrong one is known), the parts of a whole exceed it (or one part alone does),
or an exhaustive list (…其他…, 人员支出 + 公用支出) misses its total. Else silence, the only honest answer.

This module reads a sentence's figures and holds totals against their parts and budget adjustments;
differences and their rates, and the pass over every sentence, are in ``changes``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...numbers.extract import AMOUNT, COUNT, EXACT, NUMBER, PERCENT, Mention, extract
from ...numbers.textnorm import no_blanks
from ...quantities import Unit, format_decimal, round_half_up
from ...report import TextUnit
from .grid import EXPLAINED, NOT_EXPLAINED, REACH, YUAN, Num, make_finding, span_at
from .part_clauses import reads_as_part
from .part_runs import blank_item, broken_down, one_part_over, shares_point_elsewhere
from .part_units import unit_slip
from .parts import (
    closed_head,
    complete_reason,
    digit_slip,
    disjoint,
    disjoint_bands,
    listed_over_by_one,
    new_breakdown,
    over_by_one,
)
from .total_names import named_start

__all__: list[str] = []  # shared by changes, rates and the sentence pass

_SENTENCE = re.compile(r"[^。！？!?\n]+")
# a total's sentence, continued past a 。 that a 其中 list follows (支出9.86万元。其中：公务接待费2.35万元…) or a reason with
# no figure before it (…。主要原因是人员增加。其中：…) (a run of characters at a time: one a step took 2% of the check)
_WHY = r"(?:主要(?:原因)?(?:是|为|系|在于|由于|用于)|原因(?:是|为|系|在于)|是由于)[^。；;！？!?\d%％\n]{2,40}"
_LISTED_SENTENCE = re.compile(r"(?:[^。！？!?\n]+|。(?=[ \u3000]*(?:" + _WHY + r"。[ \u3000]*)?其中))+")
# (and a bare 增 or 减 closing a comparison, 比上年预算增56400元: the figure after it is the change, not the base)
_CHANGE = re.compile(r"(节约|节省|结余|减少|降低|下降|增加|增长|上升|提高|超支|增支|减支)[了]?$|(?:比|较)[^，,；;。增减]{1,10}(增|减)$")
_SAVING = ("节约", "节省", "结余", "超支")
_BASE_WORDS = ("上年", "去年", "同期", "预算")
_COMPARED = re.compile(r"(?:较|比|相比)[^，,；;]{0,8}$")
_RATE_WORDS = re.compile(r"(比例|比率|率|幅度|增幅|降幅|下降|增长|减少|增加|降低|上升|提高|节约)(为|达|是|达到)?$")
_NOT_CHANGE_RATE = re.compile(r"执行率|完成率|占|比重")
_LABEL_TAIL = re.compile(r"(支出|经费|收入|资产|拨款|结转|费)$")
_NOISE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[一二三四五六七八九十]+[是、])")
_TIME = re.compile(r"^(?:其中|包括|包含|\d{4}年度?|年中|全年|本年度?|当年)+")
# a balance carried over or drawn on, not a saving: 上年结转结余, 年初结转和结余, 使用非财政拨款结余
_BALANCE = re.compile(r"(?:(?:结转|上年|年初|累计)(?:和|及)?|非财政拨款|财政拨款|专用)结余$")
_SPACED_COUNT = re.compile(r"[ \u3000]+(处|个|家|项|名|人|所|座|户|件|条|宗|辆)")
_TRAIL = re.compile(rf"(为|是|达到|{REACH}|共计|合计|总计|共|了)+$")
_BARE_SCALE = {Decimal(10_000): Unit.WAN_YUAN, Decimal(100_000_000): Unit.YI_YUAN}
# the words right before a figure that name it money (资金, 经费, 执行数, 预算数, 资金总额 …)
_MONEY_WORD = re.compile(r"(?:资金|经费|预算|预算数|执行数|决算数|支出|拨款|投资|金额|补助|补贴)(?:总额|数)?(?:为|是|共|共计|合计|总计|达|了)?\s*\Z")


@dataclass
class _Fig:
    """A figure of a sentence with the words before it, read for sums and parts."""
    m: Mention
    words: str  # text since the previous figure (or the sentence start), spaces and quotes removed
    chunk: int  # which ；-part of the sentence
    num: Num
    unit: TextUnit
    start: int  # offset in the unit text

    @property
    def money(self) -> bool:
        return self.m.kind is AMOUNT and self.m.unit in YUAN and self.m.qualifier is EXACT

    @property
    def pct(self) -> bool:
        return self.m.kind is PERCENT and self.m.qualifier is EXACT

    @property
    def factor(self) -> Decimal:
        return YUAN.get(self.m.unit, Decimal(1))

    @property
    def yuan(self) -> Decimal:
        return self.m.value * self.factor

    @property
    def half(self) -> Decimal:
        """How far the figure may be from the value it was rounded from: none for a count written whole
        (25人 is 25 people, not 24.5 to 25.5), half its last shown place else (2.5万人: ±500人)."""
        if self.m.kind is COUNT and self.m.places == 0 and self.m.scale == 1:
            return Decimal(0)
        return Decimal("0.5").scaleb(-self.m.places) * self.factor * self.m.scale

    @property
    def change(self) -> str | None:
        if _BALANCE.search(self.words):
            return None  # 上年结转结余: a balance carried over, not a saving
        hit = _CHANGE.search(self.words)
        return (hit.group(1) or {"增": "增加", "减": "减少"}[hit.group(2)]) if hit else None

    def same(self, computed: Decimal) -> bool:
        """Whether a value (in 元 for money) rounds to this figure at its shown precision."""
        return round_half_up(computed / self.factor, self.m.places) == self.m.value

    def show(self, computed: Decimal) -> str:
        """A computed value (元 for money) written the way this figure is, with its unit."""
        return format_decimal(computed / self.factor / self.count_scale, self.m.places) + self.unit_name

    @property
    def unit_name(self) -> str:
        return self.m.unit.value if self.m.unit in YUAN else ("万" if self.count_scale > 1 else "") + self.m.unit_text

    @property
    def count_scale(self) -> Decimal:
        """A count in 万 (162.38万人) is shown in 万 as it is written; money's 万元 is its unit already."""
        return self.m.scale if self.m.kind is COUNT else Decimal(1)


_QUOTES_AND_BLANKS = re.compile(r"[\s“”\"'‘’「」]")
_CLAUSE_MARK = re.compile(r"[，,、：:（(）)]")


# a sentence saying its parts overlap: some counted in two of them
_OVERLAP = re.compile(r"同时(?:参加|参与|享受|属于|计入|为)|重复(?:计算|统计|计入)|交叉(?:计算|统计)|兼任|兼有|既是")

def _clean(words: str) -> str:
    return _QUOTES_AND_BLANKS.sub("", words)


def _figures(unit: TextUnit, s: int, e: int) -> list[_Fig]:
    text = unit.text
    out: list[_Fig] = []
    prev = s
    for m in extract(text[s:e]):
        a, b = m.start + s, m.end + s
        if not m.is_claim:
            prev = b
            continue
        spaced = _SPACED_COUNT.match(text, b) if m.kind is NUMBER and m.places == 0 else None
        if spaced:  # "571 处": a count written with a space before its measure word
            m = m.model_copy(update={"kind": COUNT, "unit_text": spaced.group(1)})
            b = spaced.end()
        elif m.kind is NUMBER and m.scale in _BARE_SCALE and _MONEY_WORD.search(no_blanks(text[prev:a])):
            # 投入资金29.6万，执行数29.6万: money in 万 whose 元 the writer dropped after naming the money (the
            # name read without the spaces a PDF put inside it: 执 行数)
            m = m.model_copy(update={"kind": AMOUNT, "unit": _BARE_SCALE[m.scale],
                                     "value": m.value / m.scale, "scale": Decimal(1), "unit_text": "元"})
        # the words of a figure's own ；-clause: “上年无此项支出；公务用车运行维护费11.50万元” — the 上年 is the
        # previous clause's, not this figure's
        k = max(text.rfind("；", prev, a), text.rfind(";", prev, a))  # the last ；, if any
        before = text[k + 1 if k >= 0 else prev:a]
        words = _clean(_CLAUSE_MARK.split(before)[-1] if m.kind is PERCENT else before)
        chunk = text.count("；", s, a) + text.count(";", s, a)
        num = Num(m.value / m.scale, m.places, m.kind is PERCENT, span_at(unit.location, a, b), text[a:b])
        out.append(_Fig(m, words, chunk, num, unit, a))
        prev = b
    return out


def _explained(lo: Decimal, hi: Decimal, stated: Decimal, half: Decimal) -> bool:
    return lo <= stated + half and hi >= stated - half


# ---------------------------------------------------------------- totals and their parts


def _label(words: str) -> str:
    words = re.sub(r"[（(][^（()）]*[)）]", "", words)  # 其他资金(包括结转结余资金、利息收入): 其他资金
    s = _NOISE.sub("", re.split(r"[，,、；;：:（(]", words)[-1])
    s = _TIME.sub("", s)
    return _TRAIL.sub("", s)


# counts whole or in 万 (参保162.38万人，其中职工21.46万人…): parts in the total's 万 add up as whole ones do (±half)
_COUNT_SCALES = (Decimal(1), Decimal(10_000))


def _same_kind(a: _Fig, b: _Fig) -> bool:
    if a.money and b.money:
        return True
    return (a.m.kind is b.m.kind is COUNT and a.m.unit_text == b.m.unit_text and a.m.scale == b.m.scale in _COUNT_SCALES
            and a.m.qualifier is b.m.qualifier is EXACT)


# (收入500万元；其中…; 共计123.22万元，其组成情况如下：一是…37.22万元，二是…)
_MARK = re.compile(r"(?:[，,；;]|。[ \u3000]*)(其中|包括|包含|分别为|分别是|其?(?:组成|构成)(?:情况)?如下)[：:]?")
_EACH = ("分别为", "分别是")  # the list names the total's parts one by one: all of them
_CUT_ITEM = re.compile(r"[、，,][^\d。！？!?；;\n]{0,12}")
# … but a paragraph that ends leading into a table (具体情况如下：, 详见下表) is whole, not cut off
_LEAD_IN = re.compile(r"(?:如下|下表|附表\d*)[:：]?\s*$")
# a part's own sub-list (本年收入6128.16万元，主要是一般公共预算拨款5478.16万元，…; 甲资金300万元，分别为…): the list nests
_SUB_LIST = re.compile(r"其中|包括|包含|主要(?:是|为|有|包括|由)|分别(?:为|是)|依次为")
_RANGE_END = re.compile(r"\d\s*(?:[至到~～]|[-—–－](?=\s*\d))\s*$")
_PAREN = re.compile(r"(?:[，,]占[^，,；;（(）)]*%)?[（(]")
_OPENED = re.compile(r"\s*(?:其中|包括)[：:]?")  # (其中：…) opens its bracket's own list, no nested one: 78人(其中:在职51人,退休26人)


def _sums(figs: list[_Fig], text: str) -> list[Finding]:
    """A total followed by 其中/包括 or a parenthesis listing its parts (nested lists: exact only)."""
    out: list[Finding] = []
    for k, t in enumerate(figs[:-2]):
        if not (t.money or (t.m.kind is COUNT and t.m.scale in _COUNT_SCALES)) or t.change not in (None, "结余"):
            continue  # (a balance is a sum like any: 结余5.89万元，其中残疾人福利类1.39万元，社会公益类4.5万元)
        if t.m.qualifier is not EXACT or _RANGE_END.search(text, max(0, t.start - 4), t.start):
            continue  # (每餐3至5元，其中高龄5元，其他3元: a range's ends, not a total and its parts)
        t_end = t.num.loc.end
        assert t_end is not None
        mark = _compared_then_listed(text, t_end)
        nxt = next((f for f in figs[k + 1 :] if not f.pct and (mark is None or f.start >= mark.end())), None)
        if nxt is None:
            continue
        mark = mark or _PAREN.match(text, t_end, nxt.start) or _MARK.search(text, t_end, nxt.start)
        if mark is None or any(c in text[t_end : mark.start()] for c in "；;") or (mark.group(0)[:1] in "；;" and k):
            continue  # (after a ；, 其中 lists the sentence's first figure's parts, not one of a run of items')
        if _depth(text, t_end, mark.start()) < 0:
            continue  # a figure in brackets (在编9人(含借调1名)，其中…): the 其中 lists the parts of the one outside
        close = _close_paren(text, mark.end()) if mark.group(0).endswith(("（", "(")) else None
        if close is not None and close < len(text) and re.search(r"[。！？!?][^。！？!?]*\d", text[mark.end():close]):
            continue  # (年初…万元,年中追加…万元。压减75万元,核减8.81万元): the bracket's list goes on past a stop, unread
        after = [f for f in figs[k + 1 :] if f.start >= mark.end()]
        through = _rest_clause(after, t, mark) or (t.chunk + 1 if mark.group(0)[:1] in "；;" else None) \
            or _semicolon_list(after, t, mark, text)
        parts = _parts(after, t, text, mark.end(), close, through)
        changes = [f for f in figs[k + 1 :] if f.start < mark.start() and _same_kind(f, t)]
        if any(c.same(sum((p.yuan for p in parts), Decimal(0))) for c in changes):
            continue  # the parts make the change said before them (减少2.34万元，其中…): the change's parts
        if any(f.same(sum((p.yuan for p in parts), Decimal(0))) for f in figs[:k]
               if _same_kind(f, t) and not re.search(r"[。；;]", text[f.start:t.start])
               and not _part_detailed(text, f, t, mark)):
            continue  # they make another total of its sentence (编制42人，实有40人。其中：行政编制30人…): its parts
        if len(parts) < 2 or blank_item(text, mark.end(), t, parts) or (
                _CUT_ITEM.fullmatch(text, parts[-1].num.loc.end or 0) and not _LEAD_IN.search(text)):
            continue  # (an item begun and the text ends, or an item's figure never typed: the sum unknown)
        opened = _OPENED.match(text, mark.end()) if mark.group(0).endswith(("（", "(")) else None
        between = _outside_brackets(text[opened.end() if opened else mark.end() : parts[-1].start])
        heads = [text[(p.num.loc.end or 0) if p is not t else mark.end():q.start] for p, q in itertools.pairwise([t, *parts])]
        how = (_SUB_LIST.search(between) is not None, _dun_list(parts, text) or disjoint_bands(heads),
               mark.group(0).strip("，,。 \u3000：:") in _EACH,
               _listing(mark.group(0)) if not _ETC.match(text, parts[-1].num.loc.end or 0) else "")
        finding = _judge_sum(t, parts, *how)
        pair = _paired_measure(figs, k, text)
        if finding is not None and not (pair is not None and _judge_sum(pair, parts, *how) is None):
            out.append(finding)
    return out


# the two measures of one whole said side by side before its list (年初预算数16972.44万元，支出数15836.31万元，
# 包括：…): a budget, and what was spent or done of it
_BUDGET_MEASURE = re.compile(r"预算(?:数|金额|资金|总额)?$")
_SPENT_MEASURE = re.compile(r"(?:支出|执行|决算|实际支出|使用|完成)(?:数|额|金额|总额)?$")


def _part_detailed(text: str, f: _Fig, t: _Fig, mark: re.Match[str]) -> bool:
    """``t`` is a part listed under ``f`` (19人，其中：在职人员18人) and the bracket right after ``t`` lists
    its own parts (（公务员12人，…）): the bracket details the part it is glued to, never the whole above it."""
    return mark.start() == t.num.loc.end and mark.group(0)[-1:] in "（(" \
        and _MARK.search(text, f.num.loc.end or 0, t.start) is not None


def _paired_measure(figs: list[_Fig], k: int, text: str) -> _Fig | None:
    """The other measure of the whole ``figs[k]`` when the two stand side by side, a budget and its
    spending, just before the list: each item's figure after them may be either measure (a project's
    budget or what it spent), so a list is wrong only if it fits neither."""
    if k == 0:
        return None
    p, t = figs[k - 1], figs[k]
    if not (p.money and t.money) or re.search(r"[。；;！？!?]", text[p.start:t.start]):
        return None
    a, b = _label(p.words), _label(t.words)
    if (_BUDGET_MEASURE.search(a) and _SPENT_MEASURE.search(b)) or (_SPENT_MEASURE.search(a) and _BUDGET_MEASURE.search(b)):
        return p
    return None


# the total compared with last year's before its parts are listed (支出12.46万元，较上年减少2.34万元，下降15.8%。
# 其中：…): the change and its rate are said of the total, and the 其中 lists the total's parts
_FIG = r"\d[\d,，]*(?:\.\d+)?\s*(?:万元|亿元|元|人次|人|个|项|家|%|％|个百分点)"
_COMPARED_CLAUSE = re.compile(
    r"[，,]\s*(?:(?:较|比|与|相比)(?:上年|去年|上年度|上一年度?|同期|上年同期)(?:相比)?|同比(?:上年度?|去年)?)[^，,。；;\d]{0,4}"
    r"(?:增加|减少|增长|下降|降低|上升|节约|节省)(?:了)?\s*" + _FIG
    + r"(?:[，,]\s*(?:增长|下降|减少|增加|降低|上升|增幅|降幅)(?:了|为)?\s*\d+(?:\.\d+)?\s*[%％])?"
    + r"(?:[，,。]\s*" + _WHY + ")?")
_WHY_CLAUSE = re.compile(r"[，,。]\s*" + _WHY)


def _compared_then_listed(text: str, end: int) -> re.Match[str] | None:
    """The 其中 mark after a comparison clause, or a reason with no figure, or both, that follow the
    total right away, if any."""
    clause = _COMPARED_CLAUSE.match(text, end) or _WHY_CLAUSE.match(text, end)
    return _MARK.match(text, clause.end()) if clause else None


# a part that closes its list: the rest of the whole (其他收入40万元, 其余部分…)
_REST_PART = re.compile(r"^[；;，,\s]*(?:其他|其余)")


def _rest_clause(figs: list[_Fig], t: _Fig, mark: re.Match[str]) -> int | None:
    """The ；-clause of the part that closes a list after 其中： (其他收入…), if any: a list a colon opens
    and its rest closes runs across the ； between (其中：A 500万元；B 50万元；其他收入40万元)."""
    if not mark.group(0).endswith(("：", ":")) and mark.group(0)[:1] not in "；;":
        return None
    return next((f.chunk for f in figs if f.start > mark.end() and _same_kind(f, t) and _REST_PART.match(f.words)), None)


def _semicolon_list(figs: list[_Fig], t: _Fig, mark: re.Match[str], text: str) -> int | None:
    """The last ；-clause of a list a colon opens that gives each ；-clause one part to the end of its
    sentence (其中：30万元用于设计；30万元用于审计；29.99万元用于测绘。): the ； separate its items."""
    if not mark.group(0).endswith(("：", ":")):
        return None
    after = [f for f in figs if f.start > mark.end() and not f.pct]
    # …or to a part a new breakdown follows (其中：基本支出1006.67万元；项目支出379.53万元；其中工资福利支出…)
    anew = next((k for k, f in enumerate(after) if (m := _MARK.match(text, f.num.loc.end or 0)) and m.group(0)[:1] in "；;"), None)
    after = after if anew is None else after[:anew + 1]
    chunks = [f.chunk for f in after]
    if len(after) < 2 or chunks != list(range(chunks[0], chunks[0] + len(after))) \
            or not all(_same_kind(f, t) and _listed(f, text) for f in after):
        return None
    return chunks[-1]


def _parts(figs: list[_Fig], t: _Fig, text: str, start: int, close: int | None,
           through: int | None = None) -> list[_Fig]:
    """The figures listed as parts: same kind, each closing its clause; a figure in brackets after a
    part details that part (局本级187人(在职在编139人、…)) and is passed over. ``through``: the last
    ；-clause the list runs to (``_rest_clause``)."""
    parts: list[_Fig] = []
    last = start  # the end of the list's last figure (a part or its share)
    for k, f in enumerate(figs):
        if f.m.kind is NUMBER and k + 1 < len(figs) and not _CLAUSE_END.search(text, f.start, figs[k + 1].start):
            continue  # a bare number naming the next part (2019、2020年分别为…, 80-89周岁老年人3098人)
        if close is not None and f.start > close:
            break
        if close is None and f.chunk != t.chunk and not (through is not None and f.chunk <= through) and not (
                parts and (f.pct or _SHARE_THEN_PART.match(text, parts[-1].num.loc.end or 0, f.start))):
            break  # a ；-clause ends the list, unless the list goes on part by part with each one's share
        if _depth(text, start, f.start) > 0:
            continue
        if parts and len(re.findall(r"[，,]", _outside_brackets(text[last:f.start]))) > 1:
            break  # a clause with no figure between: the list has ended and the text run on
        last = f.num.loc.end or f.start
        if f.pct:
            continue
        end = f.num.loc.end or 0
        if f.yuan > t.yuan and re.search(r"(?:合计|总计|共计)(?:为|是)?\s*$", f.words):
            return []  # (…，收入合计为6449万元: a larger whole summed after it; which figures are 其中's is a guess)
        if not _same_kind(f, t) or f.change is not None or not _listed(f, text):
            break
        if (own := _MARK.match(text, end)) is not None:
            if own.group(0)[:1] in "；;":
                parts.append(f)  # (…；项目支出379.53万元；其中工资福利支出…: the part closes the list, a new one begins)
            break  # (a figure with its own 其中 is a new total)
        parts.append(f)
        if re.match(r"\d{4}年", text[end : end + 5]):
            break  # a year right after the figure: a new sentence run on without its stop
    return parts


# 其中：基本支出1140.27万元，占27.52%；项目支出3003.64万元，占72.48% — a 决算说明's list of parts, each
# with its share of the total, runs on across the ；
_SHARE_THEN_PART = re.compile(r"[，,]\s*占[^，,；;。\d]{0,12}\d+(?:\.\d+)?\s*[%％][；;]\s*[^\d，,；;。：:]{2,20}$")
_CLAUSE_END = re.compile(r"[，,；;。：:]")


def _depth(text: str, a: int, b: int) -> int:
    piece = text[a:b]
    return piece.count("（") + piece.count("(") - piece.count("）") - piece.count(")")


def _outside_brackets(piece: str) -> str:
    return re.sub(r"[（(][^（()）]*[)）]", "", piece)


def _dun_list(parts: list[_Fig], text: str) -> bool:
    """Parts separated by 、 only: a list of parallel items (崩塌76处、滑坡487处、…)."""
    gaps = [_outside_brackets(text[p.num.loc.end or 0 : q.start]) for p, q in itertools.pairwise(parts)]
    return all("、" in g and not re.search(r"[，,；;]", g) for g in gaps)


def _listed(f: _Fig, text: str) -> bool:
    end = f.num.loc.end
    assert end is not None
    return reads_as_part(text, f.start, end, _label(f.words))


def _close_paren(text: str, start: int) -> int:
    ends = [i for i in (text.find("）", start), text.find(")", start)) if i >= 0]
    return min(ends) if ends else len(text)


# a total over the years (累计投入) with a part of the current period (今年投入) beside parts of kinds: two lines, overlapping
_OVER_YEARS = re.compile(r"累计|历年|以来|多年")
_THIS_PERIOD = re.compile(r"今年|本年|当年|年内")
_ROUNDED = re.compile(r"四舍五入|尾差")
# a difference (决算比预算少0.9万元): its parts are differences too, each with its own sign
_DIFFERENCE = re.compile(r"(?:差值|差额|相差|差异|增减额?|变动额?)$")


# a figure per head or per unit (人均69元, 每亩300元): the basis of a budget's sum, never a sum of sources
_PER_HEAD = re.compile(r"(?:人均|户均|生均|亩均|每(?:人|户|生|亩|公里|平方米))$")
_RUNNING = re.compile(r"第[一二三四五六七八九十\d]+[期批轮][^，,；;。]*?(?:累计|累积)(?!折旧|摊销)|含第[一二三四五六七八九十\d]+[期批轮]")


# a list set out after 其中 with a colon or as a sentence of its own (…2263万元。其中：…): read for a slip
_LONG_LIST = re.compile(r"(?:[，,]\s*其中[：:]|。[ \u3000]*其中[：:]?)")
_ETC = re.compile(r"\s*等")


def _listing(mark: str) -> str:
    """How a list is opened: ``set_out`` after 其中： (or a sentence of its own), ``其中`` without its colon, else ""."""
    return "set_out" if _LONG_LIST.fullmatch(mark) else "其中" if "其中" in mark else ""


# counts of things no one rounds (people, units, items); 公里, 亩 and 小时 are measured, and may be rounded
_THINGS = frozenset(("人", "名", "个", "家", "户", "所", "座", "项", "件", "条", "宗", "辆", "处", "台", "套", "次", "人次", "户次"))


def _slip(t: _Fig, parts: list[_Fig], total: Decimal, listing: str) -> str | None:
    """Why a list nothing says is whole is still off by a slip of typing: money set out after 其中： short
    by one digit's slip, posts one over it (``parts.over_by_one``), or three counts or more after 其中 one over it
    (``parts.listed_over_by_one``)."""
    if listing == "set_out" and t.money and len(parts) >= 4 and digit_slip(
            t.yuan / t.factor, total / t.factor, max(f.m.places for f in (t, *parts))):
        return f"“其中”逐项列出{len(parts)}项，其和比总数少{t.show(t.yuan - total)}，只差一位上的一个数字，多为笔误（若另有未列的分项，请补列）"
    if t.m.unit_text not in _THINGS or any(f.half != 0 or f.m.unit_text != t.m.unit_text for f in (t, *parts)):
        return None  # one over is read only in whole counts of one unit
    names, values = [_label(p.words) for p in parts], [p.yuan for p in parts]
    if over_by_one(_label(t.words), names, t.yuan, values):
        return "各分项之和比总数多1：兼属两类的一项（如行政工勤编制）无论计在前一类之内还是另计，都与总数对不上，多为总数或某一分项笔误"
    if listing and listed_over_by_one(names, t.yuan, values):
        return f"“其中”逐项列出{len(parts)}项，其和比总数正好多1，多为总数或某一分项笔误（若各项互有交叉，请在文中注明）"
    return None


def _judge_sum(t: _Fig, parts: list[_Fig], nested: bool, dun: bool, each: bool = False,
               listing: str = "") -> Finding | None:
    """The total against its parts; ``each``: 分别为 named them one by one (the whole of it); ``listing``: how
    the list opens (``_listing``) — after 其中：, money short of the total by one digit's slip is read as a slip,
    and after 其中 counts one over it."""
    total = sum((p.yuan for p in parts), Decimal(0))
    if t.same(total) or nested or broken_down(parts, t) or (parts[0].yuan == t.yuan and _label(parts[0].words) in _label(t.words)):
        return None  # a part with its own 其中 or run of parts, or the whole said again (实有在职85人。其中在职人员85人，退休…)
    if (odd := unit_slip(t, parts)) is not None:
        return odd  # one part in 元 among 万元 that, read in 万元, makes the sum exact: that part's unit
    names, whole = [_label(p.words) for p in parts], _label(t.words)
    if _DIFFERENCE.search(whole) or whole in names or _PER_HEAD.search(whole):
        return None  # signed parts, a row of the total's own measures for one item, or a rate per head (人均69元)
    if shares_point_elsewhere(t, parts):
        return None  # the parts' own shares name another whole (原值 before 净值): not this total's parts
    if any(t.same(2 * p.yuan - total) for p in parts):
        return None  # one part less the others is the figure: a net (净值 = 原值 − 累计折旧), not a sum
    if any(_RUNNING.search(p.words) for p in parts):
        return None  # 第二期（含第一期）累计投资4500万元: a session's running total counts those before it
    periods = [bool(_THIS_PERIOD.search(p.words)) for p in parts]
    if _OVER_YEARS.search(t.words) and any(periods) and not all(periods):
        return None  # 累计1200万元，其中今年投入500万元，中央资金800万元: this year's part and a source's overlap
    reason = complete_reason(whole, names, [p.m.value for p in parts], t.unit.text) or ("分项由“分别为”逐项列出" if each else None)
    made = next((n for n in range(2, len(parts)) if t.same(sum((p.yuan for p in parts[:n]), Decimal(0)))), None)
    if made is None and reason is None and (n := closed_head(whole, names)) is not None:
        parts, names = parts[:n], names[:n]  # a classification's categories, then items outside it (借调6人)
        total = sum((p.yuan for p in parts), Decimal(0))
        reason = complete_reason(whole, names, [p.m.value for p in parts], t.unit.text)
    if made is not None and (reason is None or new_breakdown(whole, names[:made], names[made:])):
        return None  # the first parts make the total: the list goes on with something else
    lo, hi = (sum((p.yuan + sign * p.half for p in parts), Decimal(0)) for sign in (-1, 1))
    # Headcounts after 其中 often overlap (职工1486人，其中专业技术人员1298人，高级职称218人): parts
    # exceeding a total count only when they cannot overlap; money beyond any rounding always does.
    # (a list the text says overlaps, 部分人员同时参加了两类培训, is no disjoint one, 、 or not)
    exceeds = total > t.yuan and ((t.money and lo > t.yuan + t.half) or reason is not None
                                  or (disjoint(whole, names, dun) and not _OVERLAP.search(t.unit.text)))
    if not exceeds and (over := one_part_over(t, parts)) is not None:
        return over  # parts that may overlap need not add up, but none is more than the whole
    # money parts over their total by no more than their rounding (5478.16 + 127.50 under 5605.65): a
    # 尾差 the rounding may explain, said at info level so the reviewer checks the unrounded figures
    tail = not exceeds and reason is None and t.money and total > t.yuan and not _ROUNDED.search(t.unit.text)
    explained = _explained(lo, hi, t.yuan, t.half)
    slip = None if reason is not None or explained else _slip(t, parts, total, listing)
    if not exceeds and reason is None and not tail and not slip:
        return None
    places = max(f.m.places for f in (t, *parts))
    shown = format_decimal(total / t.factor / t.count_scale, places) + t.unit_name
    end = parts[-1].num.loc.end
    assert end is not None
    s0 = named_start(t.unit.text, t.start, whole)  # the quote opens at the total's name: 在职人员总数25人，其中…
    formula = " + ".join(p.num.text for p in parts)
    why = "各分项之和超过总数" if exceeds or tail else f"分项已列全（{reason}），其和应等于总数" if reason else slip
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.INFO if tail else Severity.WARNING if explained or not (exceeds or reason)
        else Severity.ERROR, f"{whole or '总数'} {t.num.text} 与其分项之和 {shown}（{formula}）不符",
        Num(t.num.value, t.num.places, False, t.unit.at(s0, end), t.unit.text[s0:end]), [t.num, *(p.num for p in parts)],
        f"{why}：{formula} = {shown}，报告总数为 {t.num.text}" + (EXPLAINED if explained else NOT_EXPLAINED),
        "核对总数与各分项，更正有误的一处", "sentence_parts_sum",
    )
