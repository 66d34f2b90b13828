"""A rate in a sentence that its own figures do not give: 预算安排60万元，支出60万元，执行率为96%.

Part of the arithmetic check (see ``tables``; ``forms`` does the same for the 自评表's budget block).
The rate words say what is divided by what: 执行率/支出率/使用率 are spent ÷ budgeted, 拨付率 paid out
÷ budgeted, 到位率 arrived ÷ allotted. Each figure's own words (the clause it closes) say which side it
stands on. Precision first, a rate is reported only when its sentence pins it:

- exactly one figure of each side, in 元/万元/亿元, before the rate in its own ；-clause chain, and no
  more than five money figures there at all (a longer sentence has figures of other bases);
- no ratio of any two of those figures gives the rate at its shown precision, half-up, nor truncated,
  nor within the rounding of the figures themselves (interval arithmetic);
- a 100% over spending above the budget is a capped rate, as forms score it, not a mistake.

A sentence that gives only the spending takes its budget from the paragraph (the one whole budget
figure before it) or, where the paragraph has none, from the paragraph before its heading (1.预算安排
情况 / 2.资金使用情况) — there only when the rate lies within ten points of their ratio.

This module holds the rules; ``sentence_rates`` finds each rate and its figures in a report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_DOWN, Decimal
from itertools import combinations, permutations

from ...findings import Finding, Kind, Severity
from ...numbers.extract import MentionKind, Qualifier
from ...quantities import format_decimal, round_half_up
from ...report import TextUnit
from .grid import EXPLAINED, NOT_EXPLAINED, REACH, YUAN, make_finding
from .prose import _SENTENCE, _Fig, _figures

__all__: list[str] = []  # the rules; ``sentence_rates`` reads them through a report

_RATE = re.compile(r"(?:预算|资金|项目|经费|支出|任务|计划|投资)?(?:(执行|支出|使用|拨付|支付|到位|完成|完工|竣工|发放|兑付)(?:率|进度|比例|比率)"
                   r"|(完成|占|为)(?:年初|全年|调整后)?预算(?:数)?的|(完成)(?:年度)?(?:计划|任务|目标)(?:数|值)?的)(?:为|达|是|达到)?了?$")
# the side of a figure, from the end of its own clause (words after the last comma, 为/共/合计 dropped)
_DUE = re.compile(r"应(?:到位|拨付|支付|发放|下达|兑付|缴|配套)")
# what was planned to be paid out is the base too: 计划发放86.40万元，实际发放79.25万元
_PLANNED_VERB = re.compile(r"计划(?:到位|拨付|支付|发放|兑付)")
_SPENT_ANY = re.compile(r"支出|执行|使用|支付|拨付|到位|花费|开支|决算|发放|兑付|完成|报账|结算")
_BUDGET_ANY = re.compile(r"预算|安排|下达|批复|计划|总额|总投资|收入")
_SPENT = re.compile(r"(?:支出|执行|使用|支付|拨付|到位|花费|开支|决算|发放|兑付|报账|结算)(?:数|金额|资金)?$")
# a clause opening with the spending verb names money spent, whatever noun closes it (执行预算资金 — not
# 支出预算, a budget of spending)
_SPENT_VERB = re.compile(r"^(?:实际|已|累计|共)*(?:执行|使用|拨付|支付|兑付|发放)了?[\u4e00-\u9fff]{0,8}(?:资金|经费)$")
# (a contract's amount is what is due to be paid: 合同金额95万元，已支付工程款85.5万元，支付进度90%)
_BUDGET = re.compile(r"(?:预算|安排|下达|批复|计划|总额|投资|收入|合同)(?:数|金额|资金|总额|价款?)?$")
# 财政拨款 is the appropriation (the money given: a base), unlike 拨付, 已拨款 or 财政拨款支出 (money paid out)
_APPROPRIATION = re.compile(r"财政拨款(?:资金|收入)?$")
# a 完成率's figures say their side anywhere in their clause: 计划新建堤防8公里, 实际完成8.2公里, 完成…任务
# 320万亩 (a task is the plan)
_DONE = re.compile(r"实际|完成|实现|已")
_PLANNED = re.compile(r"计划|目标|任务|预期|年初|总投资|预算|安排|下达")
_SHARE = re.compile(r"占[^，,；;。%％\d]{0,12}?(?:的)?(?:比例|比重|份额)?(?:为|是|达)?$")
_GATE = re.compile(r"率|占|进度|比例|(?:预算|计划|任务|目标)[数值]?的|(?:预算|计划|目标|任务)(?:[^，,。；;]|(?<=\d),(?=\d)){0,16}?的\d")
_MARK = re.compile(r"其中|包括|包含")
# (达 of 达到 leads to the figure; 下达, 到达 are the verb itself: 下达68.5万元 is the budget handed down)
_TRAIL = re.compile(rf"(?:为|是|达到|{REACH}|共计|合计|总计|共|了|累计|已|实际)+$")
_MAX_MONEY = 5
# a rate said of another period (上年执行率, 去年同期完成率) is no ratio of the figures of this one; 上年结转资金
# is this year's money carried over, and its rate is this year's
_OTHER_PERIOD = re.compile(r"上年(?!度?(?:结转|结余))|去年|上一年|前一年|往年|同期|上期")
_MONEY_RATE = re.compile(r"^(?:预算|资金|经费|投资)完成")
_FULL_YEAR = re.compile(r"全年|调整")
# rates of money over a budget that a paragraph may state before them (执行率, 投资完成比例 …)
_OVER_BUDGET = ("执行", "支出", "发放", "拨付", "支付", "到位", "兑付", "完成")


def _side(fig: _Fig, done: bool) -> str | None:
    """Numerator ("spent") or denominator ("budget") of a rate, from the end of the figure's clause;
    ``done`` reads the words of a 完成率 (planned and done) instead of a budget's."""
    clause = _clause(fig)  # (a label closed by its colon is the clause: 年度预算资金总额：120万元)
    if done:
        # 完成…任务320万亩 is the plan; 实际完成 is done whatever follows
        return "spent" if "实际" in clause else "budget" if _PLANNED.search(clause) else "spent" if _DONE.search(clause) else None
    clause = _TRAIL.sub("", clause)
    if _DUE.search(clause) or (_PLANNED_VERB.search(clause) and "实际" not in clause):
        return "budget"  # 应到位资金200万元: what was due is the base
    if ("实际" in clause or "完成投资" in clause) and (_SPENT_ANY.search(clause) or "投入" in clause):
        return "spent"  # 实际完成投资, 实际发放, 实际投入资金, 截至年底完成投资: done, whatever noun closes the clause
    if _SPENT_VERB.match(clause):
        return "spent"  # 执行预算资金, 使用预算资金: the budget's money spent
    if _BUDGET.search(clause) or _APPROPRIATION.search(clause):
        return "budget"
    if _SPENT.search(clause):
        return "spent"
    # the side word inside the clause (下达残疾人两项补贴资金1,560.00万元): only one side named
    budget, spent = _BUDGET_ANY.search(clause), _SPENT_ANY.search(clause)
    return "budget" if budget and not spent else "spent" if spent and not budget else None


# a sum of money named by what it is (幼儿园补助经费75万元, 工程合计676.47万元, a project's own money: 2023年某宣传经费
# 项目50万元, not a count 实施3个项目), and a spending clause that names nothing but the spending (已于本年度支出, 资金已使用)
_FUNDS = re.compile(r"(?:资金|经费|补助|补贴|款项?|金额|总额|合计|共计|总计|(?<![\d个])项目|公益金|基金)(?:为|共|共计|合计|总计)?$")
_FILLER = re.compile(r"截至|截止|本年度|本年|当年|年度|全年|年底|年末|已于|已经|已|完成|实际|累计|全部|全额|足额|均|资金|经费|"
                     r"该项|于|为|了|共")
_BARE_SPENT = re.compile(r"(?:支出|使用|执行|拨付|支付|发放|兑付|到位)(?:数|金额)?")


def _named_base(sides: list[tuple[_Fig, str | None]], spent: _Fig) -> _Fig | None:
    """The base of an execution rate whose sentence names its money and then only spends it (补助
    经费75万元，已于本年度支出75万元，执行率100%): the money figure right before the spending, named
    as a sum of money and given no side of its own."""
    k = next(i for i, (f, _) in enumerate(sides) if f is spent)
    if k == 0 or not spent.money or not _BARE_SPENT.fullmatch(_FILLER.sub("", _clause(spent))):
        return None
    base, side = sides[k - 1]
    return base if side is None and base.money and _FUNDS.search(_clause(base)) else None


def _clause(fig: _Fig) -> str:
    # (a label closed by its colon is the clause: 实际到位资金：120万元)
    return re.split(r"[，,、：:（(）)]", fig.words.rstrip("：: "))[-1].strip()


# the whole a rate is over, named as such in its clause: 建制村总数, 总户数, 全部, 共有, 应参保
_WHOLE_NAMED = re.compile(r"总数|总量|总计|总户数|总人数|总面积|总里程|全部|共有|^共|^应[\u4e00-\u9fff]")


def _names_part(whole: _Fig, part: _Fig) -> bool:
    """Whether a whole named as such (建制村总数) names what the part counts (建制村通硬化路): two letters
    in common, or a whole of what was due (应参保)."""
    noun = _WHOLE_NAMED.sub("", _unbracketed(whole))
    return noun.startswith("应") or any(noun[i:i + 2] in _unbracketed(part) for i in range(len(noun) - 1))


def _unbracketed(fig: _Fig) -> str:
    """A figure's clause with its asides in brackets left out (应覆盖村（社区）24个: 应覆盖村)."""
    return re.split(r"[，,、：:]", re.sub(r"[（(][^（()）\d]*[)）]", "", fig.words).rstrip("：: "))[-1].strip()


def _alike(a: _Fig, b: _Fig) -> bool:
    return (a.money and b.money) or (not a.money and a.m.unit_text == b.m.unit_text and a.m.scale == b.m.scale)


def _gives(rate: _Fig, part: Decimal, base: Decimal) -> bool:
    """Whether ``part ÷ base`` shows as the stated rate (half-up or truncated at its precision)."""
    if base <= 0:
        return False
    exact = part * 100 / base
    q = Decimal(1).scaleb(-rate.m.places)
    return rate.m.value in (round_half_up(exact, rate.m.places), exact.quantize(q, ROUND_DOWN))


def _any_ratio_gives(rate: _Fig, figs: list[_Fig], singles: tuple[_Fig, ...] = ()) -> bool:
    """Whether some sum of the figures over some other sum gives the rate: 支出108万元 over 预算100万元
    plus 结转20万元 is a 90% rate of the money available. ``singles`` take part one at a time only."""
    sums = [({id(f) for f in c}, sum((f.yuan for f in c), Decimal(0)))
            for n in range(1, len(figs) + 1) for c in combinations(figs, n)]
    sums += [({id(f)}, f.yuan) for f in singles]
    return any(_gives(rate, a, b) for (sa, a), (sb, b) in permutations(sums, 2) if not sa & sb)


def _within_rounding(rate: _Fig, spent: _Fig, budget: _Fig) -> bool:
    if budget.yuan <= budget.half:
        return True
    lo = (spent.yuan - spent.half) * 100 / (budget.yuan + budget.half)
    hi = (spent.yuan + spent.half) * 100 / (budget.yuan - budget.half)
    half = Decimal("0.5").scaleb(-rate.m.places)
    return lo <= rate.m.value + half and hi >= rate.m.value - half


_EXCESS = re.compile(r"超(?:出|额|过|支|规模|计划|预算)")  # (its ratio to the plan is the rate less 100%)


def _judge(rate: _Fig, money: list[_Fig], done: bool, text: str, rated: bool = False, use: bool = False,
           where: str = "同句") -> Finding | None:
    """``rated``: a rate was stated before this one in its clause chain (the whole's, 执行率为80.32%);
    ``use``: a rate of money used (使用率, 支出率, 执行率…), whose base may be the money that arrived;
    ``where`` the figures stand, as the finding says it."""
    if "超" not in rate.words[-8:]:  # the part above the plan (超规模配套X) is no side of a rate, nor in its ratio
        money = [f for f in money if not _EXCESS.match(_clause(f))]
    wholes = _wholes(money, text)
    if rated and money and not any(f is money[-1] for f in wholes):
        return None  # …执行率80%，其中：基本支出X元，执行率P%: the rate of a part, whose own base is not given
    sides = [(f, _side(f, done)) for f in wholes]
    spent = [f for f, s in sides if s == "spent"]
    budget = [f for f, s in sides if s == "budget"]
    unsided = [f for f, s in sides if s is None]
    if not budget and len(spent) == 1 and not done and (base := _named_base(sides, spent[0])) is not None:
        budget = [base]
    if done and len(budget) == 1 and not spent and len(unsided) == 1 and _alike(unsided[0], budget[0]):
        spent = unsided  # 新建村道86公里，计划80公里: beside the one planned figure, the other is the done
    if done and len(spent) == 1 and not spent[0].money:  # (完成200公里 beside 完成总投资24187万元: no ratio of them)
        budget = [f for f in budget if _alike(f, spent[0])]
        if not budget and len(unsided) == 1 and _alike(unsided[0], spent[0]) and unsided[0].yuan == spent[0].yuan:
            budget = unsided  # 实施工程200公里…完成200公里: one quantity undertaken and done is 100% either way
    if not budget and len(spent) == 2 and not done and use and (base := _funded_with(spent)) is not None:
        budget, spent = [base], [f for f in spent if f is not base]  # 使用统筹整合资金850万元…全年执行数850万元
    elif not budget and len(spent) == 2 and not done and use and (base := _arrived(spent)) is not None:
        budget, spent = [base], [f for f in spent if f is not base]
    elif budget and len(spent) == 2 and not done and use and (base := _arrived(spent)) is not None:
        # 预算A，到位B，实际支出C，执行率P: what arrived is no spending; the rate is C over A or over B,
        # and a ratio that gives P excuses it (``_verdict``)
        spent = [f for f in spent if f is not base]
    if budget and len(spent) == 2 and spent[0].yuan == spent[1].yuan and _alike(*spent):
        spent = spent[1:]  # 预算支出150万元，全年支出150万元: one sum named twice gives one ratio whichever is read
    if len(budget) == 2 and sum("年初" in f.words for f in budget) == 1:
        full = [f for f in budget if _FULL_YEAR.search(f.words)]
        budget = full if len(full) == 1 else budget  # 年初预算 beside 全年/调整后预算: the year's full budget
    if len(spent) != 1 or not budget or len(money) > _MAX_MONEY:
        return None
    if len(budget) == 1:
        return _verdict(rate, spent[0], budget[0], money, where)
    # 年初预算A，追加B，全年预算C，支出S，执行率P: the budget the others add up to, and no ratio of any
    # of the figures may give the rate (the rate may be on any of them)
    whole = [f for f in budget if f.yuan == sum((g.yuan for g in budget if g is not f), Decimal(0))]
    if len(whole) != 1:
        return None
    return _verdict(rate, spent[0], whole[0], money, where)


# rates of money used: over what was budgeted or, where no budget is named, what arrived
_USE = ("执行", "支出", "使用", "拨付", "支付", "发放", "兑付")


def _arrived(spent: list[_Fig]) -> _Fig | None:
    """Of two figures of money on the spending side, the one that arrived (实际到位资金1,200万元,
    使用资金1,100万元，资金使用率91.67%): the base of a rate of use when no budget is named. Only when
    exactly one of them names 到位 and nothing else it did."""
    arrived = [f for f in spent if f.money and _ARRIVED.fullmatch(_FILLER.sub("", _clause(f)))]
    return arrived[0] if len(arrived) == 1 else None


_ARRIVED = re.compile(r"(?:项目)?(?:到位|到账)")


# a project's money named by what it uses (项目使用统筹整合资金850万元): the money it was given, beside the
# sum its clause calls spent (全年执行数850万元, 实际支出820万元)
_FUNDED_WITH = re.compile(r"(?:^(?:该|本)?|项目)使用[\u4e00-\u9fff]{0,12}(?:资金|经费)$")
_SPENT_SUM = re.compile(r"执行数|支出数|实际支出|执行金额")


def _funded_with(spent: list[_Fig]) -> _Fig | None:
    """Of two figures of money on the spending side, the one a 使用…资金 clause names, where the other is
    named as the sum spent: the base of a rate of use."""
    funded = [f for f in spent if _FUNDED_WITH.search(_clause(f))]
    other = [f for f in spent if f not in funded]
    return funded[0] if len(funded) == 1 and len(other) == 1 and _SPENT_SUM.search(_clause(other[0])) else None  # (项目资金到位: the project's money arrived)


# a rate written 100% where the spending is above the budget is capped, as forms cap it for scoring — for
# a little above (102%); spending a tenth or more above the budget is no cap, a figure is wrong or the
# budget meant is another (with 上年结转 or 追加), which the report should say
_CAPPED = Decimal("1.1")


def _verdict(rate: _Fig, s: _Fig, b: _Fig, money: list[_Fig], where: str = "同句", name: str | None = None,
             singles: tuple[_Fig, ...] = ()) -> Finding | None:
    """The finding when ``s`` over ``b`` does not give the rate and nothing else among ``money`` (nor
    any one of ``singles``) does."""
    if not _alike(s, b):
        return None
    word = _RATE.search(rate.words)
    stem = name[:2] if name else word.group(1) if word and word.group(1) else ""
    if stem and (neg := re.search(f"[不未非]{stem}", _clause(s))) and not re.search(f"[不未非]{stem}", rate.words[-6:]):
        return _rest_verdict(rate, s, b, money, neg.group())  # 未完成12户 … 完成率: the rest over the whole
    if _any_ratio_gives(rate, money, singles):
        return None
    if rate.m.value == 100 and b.yuan <= s.yuan <= b.yuan * _CAPPED:
        return None
    if b.yuan <= 0:
        return None
    if s.m.scale != 1 and _within_rounding(rate, s, b):
        return None  # 2.36万人 is some count from 23,550 to 23,649: a rate within that is no mistake
    if name is None:
        name = word.group(0).rstrip("了为达是") if word and word.group(1) else \
            "计划完成比例" if word and word.group(3) else "支出与预算之比"
    return _finding(rate, s, b, name, where)


def _finding(rate: _Fig, s: _Fig, b: _Fig, name: str, where: str = "同句") -> Finding:
    ratio = s.yuan * 100 / b.yuan
    explained = _within_rounding(rate, s, b)
    expected = format_decimal(round_half_up(ratio, rate.m.places), rate.m.places)
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING if explained else Severity.ERROR,
        f"{name}写作 {rate.num.text}，按{where} {s.num.text} ÷ {b.num.text} 应为 {expected}%",
        rate.num, [s.num, b.num],
        f"{s.num.text} ÷ {b.num.text} × 100% = {format_decimal(ratio, rate.m.places + 4)}%，按报告精度为 {expected}%"
        + (EXPLAINED if explained else NOT_EXPLAINED),
        f"将 {rate.num.text} 改为 {expected}%，或核对 {s.num.text} 与 {b.num.text}", "sentence_rate",
    )


def _wholes(figs: list[_Fig], text: str) -> list[_Fig]:
    """The figures that are no part listed after 其中 (基本支出, 项目支出): the parts are no side of a
    rate over the whole. Parts listed in brackets end with them: 预算200万元（其中中央120万元…），实际
    支出190万元 — the spending is a whole again; so do parts that have added up to their whole (预算200万元，
    其中中央120万元、省级50万元、县级30万元，实际支出186.4万元: the list is complete before the spending)."""
    return [f for i, f in enumerate(figs)
            if not any(_listed_under(text[m.start:f.start]) and not _complete(m, figs[j + 1:i]) for j, m in enumerate(figs[:i]))]


def _complete(whole: _Fig, parts: list[_Fig]) -> bool:
    """Whether the money figures after a whole add up to it exactly as shown, two parts or more."""
    return whole.money and len(parts) >= 2 and all(f.money for f in parts) \
        and sum((f.yuan for f in parts), Decimal(0)) == whole.yuan


def _listed_under(between: str) -> bool:
    """Whether a figure this far after another is one of its parts (a 其中 not closed in brackets)."""
    mark = _MARK.search(between)
    if mark is None:
        return False
    opened = max(between.rfind("（", 0, mark.start()), between.rfind("(", 0, mark.start()))
    closed = max(between.find("）", mark.end()), between.find(")", mark.end()))
    return not (opened >= 0 and closed >= 0)


# money a unit sought or won from others (争取省预算内投资1000万元, 申报中央资金…): an achievement told among
# the year's work, often for other projects, and no budget of the rate a later sentence states
_WON = re.compile(r"争取|申报|申请|争资|招商|引进|引资|融资")
# the price a purchase was won at (中标合同金额1,152万元): what a 支付率 is over, not the budget a 预算执行率 is
_CONTRACT = re.compile(r"合同|中标|成交")


def _from_paragraph(rate: _Fig, same: list[_Fig], earlier: list[_Fig], parts: list[_Fig],
                    where: str = "同段", near: Decimal | None = None) -> Finding | None:
    """An execution rate whose sentence gives the spending but not the budget (预算安排1,280万元，其中…。
    截至年底实际支出1,216万元，执行率96%): the budget is the paragraph's one whole budget figure before
    it; no ratio of any of the paragraph's figures, parts included, may give the rate."""
    if len(same) != 1 or _side(same[0], False) != "spent" or not same[0].money:
        return None
    budgets = [f for f in earlier if _side(f, False) == "budget" and not _WON.search(_clause(f))
               and not ("预算" in rate.words and _CONTRACT.search(_clause(f)))]
    spent = [f for f in earlier if _side(f, False) == "spent"]
    word = _RATE.search(rate.words)
    if not budgets and len(spent) == 1 and word and word.group(1) in _USE and _arrived(spent):
        # 项目资金到位280万元；已支付资金266万元，支付率95%: no budget named, a rate of use is over what arrived
        return _verdict(rate, same[0], spent[0], [*parts, same[0]], where)
    if len(budgets) != 1 or any(_side(f, False) == "spent" for f in earlier) or len(parts) + 1 > _MAX_MONEY + 2:
        return None
    if near is not None and budgets[0].yuan > 0 and abs(same[0].yuan * 100 / budgets[0].yuan - rate.m.value) > near:
        return None  # far from the ratio: the budget told before is of something else
    listed = [f for f in parts if not any(f is w for w in earlier)]
    if listed and sum((f.yuan for f in listed), Decimal(0)) == budgets[0].yuan:
        # the budget's own breakdown (其中：中央4.68万元，省级1.76万元…) adds up to it: its sources are
        # bases of a rate one by one, and their sums only the budget again or a part of it
        return _verdict(rate, same[0], budgets[0], [*earlier, same[0]], where, singles=tuple(listed))
    return _verdict(rate, same[0], budgets[0], [*parts, same[0]], where)


def _money_of(unit: TextUnit) -> tuple[list[_Fig], list[_Fig]]:
    """A paragraph's whole money figures and all its money figures."""
    wholes: list[_Fig] = []
    money: list[_Fig] = []
    for sentence in _SENTENCE.finditer(unit.text):
        figs = [f for f in _figures(unit, sentence.start(), sentence.end()) if f.money and f.change is None]
        wholes += _wholes(figs, unit.text)
        money += figs
    return wholes, money


def _fields_before(before: list[_Fig], rate: _Fig, done: bool) -> list[_Fig]:
    """A rate alone in its ；-clause after clauses of one figure each (全年预算86.40万元；全年执行79.25万元；
    执行率91.72%): fields of a form written as a sentence, read as the rate's own clause. Only the two
    clauses right before it, one figure each, and none in the rate's own clause."""
    fields = [f for f in before if rate.chunk - 2 <= f.chunk < rate.chunk]
    if len(fields) != 2 or fields[0].chunk == fields[1].chunk or any(f.chunk < rate.chunk - 2 for f in fields):
        return []
    if any(f.chunk >= rate.chunk for f in before) or not all(f.change is None and _measured(f, done) for f in fields):
        return []
    return fields



# A占B的P%: the base named inside the share (支出190万元，占年度预算200万元的95%, 完成年初预算200万元的95%)
_OF_BASE = re.compile(r"^的(?:比例|比重|比率)?(?:为|是)?$")  # (比率 is 比例: 占编制数143人的比率为95.10%)
_SHARE_OF = re.compile(r"(?:占|(?:完成|为|达到?)(?:年初|全年|年度|调整后)?(?:预算|计划|目标|任务))[^，,；;。\d]{0,10}$")


def _share_of_named_base(rate: _Fig, part: _Fig, base: _Fig) -> Finding | None:
    """P% after 占 B 的 or 完成目标 B 的, B right before it and the part A the figure before B in the same clause
    chain (资助7,335人次，完成年度目标7,300人次的100.48%)."""
    if not _SHARE_OF.search(base.words) or part.chunk != rate.chunk or base.chunk != rate.chunk:
        return None
    if part.pct or base.pct or part.change is not None or not _alike(part, base) or not _measured(part, True):
        return None
    between = part.unit.text[part.start:base.start]
    if sum(between.count(c) for c in "）)") > sum(between.count(c) for c in "（("):
        return None  # 资助7,335人次（含续助1,200人次），完成目标…: the figure in brackets is a part of the one before
    return _verdict(rate, part, base, [part, base], name="占比" if "占" in base.words else "完成比例")


# any other rate named by what its numerator did: 综合利用量45万吨 … 综合利用率, 已改厕2,880户 … 改厕率
# (…or W比例/W比重: 自筹资金80万元 … 自筹比例, 配套资金60万元 … 配套比例)
_STEM_RATE = re.compile(r"([\u4e00-\u9fff]{2})(率|比例|比重)(?:为|达|是|达到)?了?$")


def _stem_rate(rate: _Fig, stem: str, before: list[_Fig]) -> Finding | None:
    """A rate W率 after two or three figures of one kind in its clause chain, one whose own words name W
    (the part: 综合利用量45万吨, 核减2.81亿元) and exactly one other larger than it (the whole: 产生量50万吨,
    送审4.80亿元), a third only where it is the rest of the whole (审定1.99亿元): part ÷ whole. Where the
    part is itself the rest (预算120万元，支出110.5万元，结余9.5万元，结余率), the whole is the one the other two
    add up to."""
    about = {f.start for f in before if _about_money(f)}
    figs = [_as_exact(f) for f in before if f.chunk == rate.chunk and (f.change is None or stem in f.words)
            and not f.pct and (_measured(f, True) or _about_money(f))]
    # figures of another kind before the rate's own (a form run into one line: 产出指标(50分) 应发放人数
    # 8640人 实际发放人数 7925人 发放率 …) are no side of it: the rate's are the kind right before it
    figs = [f for f in figs if _alike(figs[-1], f)] if figs else figs
    if len(figs) not in (2, 3):
        return None
    named = [f for f in figs if _counts_stem(f, stem)]
    if len(named) == 2 and len(figs) == 2:
        # 应参保1200人，实际参保1110人: both name the rate's stem; what was due (应) is the whole
        due = [f for f in named if f"应{stem}" in (c := _unbracketed(f)) and not _DONE.search(c)]
        named = [f for f in named if f is not due[0]] if len(due) == 1 else named
    if len(named) != 1:
        return None
    part = named[0]
    wholes = [f for f in figs if f is not part and f.yuan >= part.yuan]
    if len(wholes) == 2:  # (exactly as shown, and a saving's whole no spending: 预算27万元，支出30.38万元，节约3.62万元 is none)
        wholes = [w for w in wholes if part.yuan + next(f for f in wholes if f is not w).yuan == w.yuan
                  and not (part.change is not None and _side(w, False) == "spent")]
    if len(wholes) != 1:
        return None  # a part larger than its whole, or two wholes: not this relation
    whole = wholes[0]
    if stem == "完成" and whole.start > part.start and re.search("合计|共计|总计", c := _clause(whole)) \
            and not _PLANNED.search(c):  # 完成新建3.02万亩、改造1.00万亩，合计4.02万亩: done, summed; no plan
        return None
    if re.search(f"[不未非]{stem}", _clause(part)) and _gives(rate, whole.yuan - part.yuan, whole.yuan):
        return None  # 不合格10个 … 合格率95%: the rest over the whole
    if stem in ("增长", "增加", "减少", "下降") and (re.search("较|比上|同比", part.unit.text[max(0, part.start - 20):part.start]) or _gives(rate, part.yuan, whole.yuan - part.yuan)):
        return None  # 达769.4万元，较上年增长52.1万元，增长率7.3%: the base is the earlier year's (717.3), not the total
    rest = [f for f in figs if f is not part and f is not whole]
    if part.change is not None and not rest and (_side(whole, False) == "spent" or _budget_elsewhere(part, whole)):
        return None  # 支出16.84万元，节约1.16万元: a saving's whole is the budget, not the spending beside it
    if rest and not _adds_up(whole, part, rest[0]):
        return None  # a third figure that is not the rest of the whole: which two make the rate is unclear
    if any(f.start in about for f in (part, whole)) and _within_rounding(rate, part, whole):
        return None  # 约4.79亿元: the rate may come from the unrounded figure
    word = _STEM_RATE.search(rate.words)
    negated = re.search(f"[不未非]{stem}(?:率|比例|比重)(?:为|达|是|达到)?了?$", rate.words)  # 不合格率 is its own rate
    title = (negated.group()[0] if negated else "") + stem + (word.group(2) if word and word.group(1) == stem else "率")
    return _verdict(rate, part, whole, figs, name=title)


def _rest_verdict(rate: _Fig, part: _Fig, whole: _Fig, figs: list[_Fig], negated: str) -> Finding | None:
    """A rate of what was done (合格率) after a count of what was not (不合格36批次) and the whole (抽检
    1200批次): the rest over the whole. Quiet where the rate holds, where another ratio of the figures gives
    it, or where a figure in 万 leaves the rest uncertain beyond the rate's precision."""
    rest, stem = whole.yuan - part.yuan, negated[1:]
    if _gives(rate, rest, whole.yuan) or _any_ratio_gives(rate, figs) or 1 != part.m.scale or 1 != whole.m.scale:
        return None
    ratio = rest * 100 / whole.yuan
    expected = format_decimal(round_half_up(ratio, rate.m.places), rate.m.places)
    sides = f"（{whole.num.text} − {part.num.text}）÷ {whole.num.text}"
    return make_finding(
        Kind.ARITHMETIC_MISMATCH, Severity.WARNING,
        f"{stem}率写作 {rate.num.text}，按同句 {sides} 应为 {expected}%", rate.num, [part.num, whole.num],
        f"{sides} × 100% = {format_decimal(ratio, rate.m.places + 4)}%，按报告精度为 {expected}%；"
        f"{part.num.text}是“{negated}”的部分，{stem}率按其余部分计算",
        f"将 {rate.num.text} 改为 {expected}%，或核对 {part.num.text} 与 {whole.num.text}", "sentence_rate",
    )


def _counts_stem(fig: _Fig, stem: str) -> bool:
    """The figure's words name the rate's stem as what it counts (核减不合理申报3.00亿元, 综合利用量45万吨, 失业人员
    186人), not as the kind of people who did something else, counted (失业人员再就业1,862人: re-employment)."""
    at = fig.words.rfind(stem)
    return at >= 0 and not _WHO_DID.match(fig.words, at + len(stem))


# the people or bodies a stem describes, then what they did (人员再就业, 家庭申请救助, 企业吸纳就业)
_WHO_DID = re.compile(r"(?:人员|人口|对象|家庭|户|群众|企业|单位)[\u4e00-\u9fff]{2}")


def _budget_elsewhere(part: _Fig, whole: _Fig) -> bool:
    """A saving told against the budget (中标合同金额1,152万元，较预算节约128万元) beside a figure not named
    a budget (a contract, a price won): that is what was left to pay; the saving is over the budget told
    elsewhere."""
    return bool(re.search(r"[较比]\s*[\u4e00-\u9fff]{0,4}?预算", _clause(part))) \
        and not re.search(r"预算|安排|下达|批复|计划|概算|控制价|限价", _clause(whole))


def _adds_up(whole: _Fig, a: _Fig, b: _Fig) -> bool:
    return abs(a.yuan + b.yuan - whole.yuan) <= a.half + b.half + whole.half


def _about_money(f: _Fig) -> bool:
    """约4.79亿元: money stated roughly, as exact as it is shown."""
    return f.m.kind is MentionKind.AMOUNT and f.m.unit in YUAN and f.m.qualifier is Qualifier.APPROX


def _as_exact(f: _Fig) -> _Fig:
    return replace(f, m=f.m.model_copy(update={"qualifier": Qualifier.EXACT})) if _about_money(f) else f


def _measured(f: _Fig, done: bool) -> bool:
    """A figure a rate can divide: money, or for a 完成率 also a count (公里, 人次, 2.5万人 …), exact or
    a target's floor (目标值不少于2.5万人 is planned as 2.5万人)."""
    if f.money:
        return True
    return done and not f.pct and f.m.unit_text != "" and f.m.kind is MentionKind.COUNT \
        and f.m.qualifier in (Qualifier.EXACT, Qualifier.AT_LEAST)
