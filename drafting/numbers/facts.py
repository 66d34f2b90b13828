"""Facts: every figure a report may state, direct from the data or derived along its relations.

A report states not only the figures of its tables but also what a finance officer computes from
them: 节约数 = 预算数 − 决算数, 节约比例 = 节约数 / 预算数, 比上年减少数 and its ratio, shares of a
total, the execution rate, an indicator's actual against its target. ``build_facts`` derives those —
along the relations of the schema only, never all pairs, so that a wrong number cannot be "supported"
by an accidental combination. Each derived fact carries its formula and the paths of its inputs.

What a fact is and how a mention finds one (``Fact``, ``FactIndex``) is ``factindex``; its names are
re-exported here, so that ``from drafting.numbers.facts import Fact, build_facts`` reads as one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from ..department import (
    EXPENDITURE_LABELS,
    INCOME_LABELS,
    SANGONG_LABELS,
    DepartmentData,
    SanGong,
    UnitRow,
)
from ..quantities import Unit, is_money, places_of, round_half_up
from .extract import MentionKind, extract
from .factindex import Fact, FactIndex, FactKind, NameHit, describe, family

__all__ = ["Fact", "FactIndex", "FactKind", "NameHit", "build_facts", "describe", "family"]

RATIO_PLACES = 10  # ratios are kept to 10 decimals of a percent: exact for any shown precision


def _money_places(value: Decimal) -> int:
    """Money tables show two decimals of their unit; a value written with more keeps them."""
    return max(places_of(value), 2)


def _coarsest(*places: int | None) -> int | None:
    known = [p for p in places if p is not None]
    return min(known) if known else None


def _ratio(num: Decimal, den: Decimal) -> Decimal:
    return round_half_up(num * 100 / den, RATIO_PLACES)


class _Builder:
    def __init__(self) -> None:
        self.facts: list[Fact] = []
        self.seen: set[str] = set()

    def add(self, fact: Fact) -> Fact:
        if fact.path not in self.seen:
            self.seen.add(fact.path)
            self.facts.append(fact)
        return fact

    def direct(self, path: str, label: str, value: Decimal | int, unit: Unit, names: Iterable[str] = ()) -> Fact:
        v = Decimal(value)
        places = _money_places(v) if is_money(unit) else None
        return self.add(Fact(path=path, label=label, value=v, unit=unit, places=places, names=list(names)))

    def difference(self, path: str, a: Fact, b: Fact, more: str, less: str, names: Iterable[str] = (),
                   base: str | None = None, up_when_more: bool = True) -> Fact | None:
        """a − b as a positive figure labelled by its direction (节约/超支, 增加/减少).

        ``base``: what the measured figure is compared with (budget, prior, target), so that the guard
        can tell 节约比例 from 同比; ``up_when_more``: whether a ≥ b means the measured figure is above
        its base (比上年增加) or below it (节约数 = 预算 − 决算)."""
        d = a.value - b.value
        if d == 0 and a.value == 0:
            return None
        unit = Unit.POINTS if a.unit is Unit.PERCENT else a.unit
        if d >= 0:
            label, formula, inputs, value = more, f"{a.path} - {b.path}", [a.path, b.path], d
        else:
            label, formula, inputs, value = less, f"{b.path} - {a.path}", [b.path, a.path], -d
        direction = "flat" if d == 0 else "up" if (d > 0) == up_when_more else "down"
        return self.add(Fact(path=path, label=label, value=value, unit=unit, formula=formula, inputs=inputs,
                             kind=FactKind.DIFFERENCE, places=_coarsest(a.places, b.places), names=list(names),
                             base=base, direction=direction))

    def ratio(self, path: str, label: str, num: Fact, den: Fact, kind: FactKind = FactKind.RATIO,
              names: Iterable[str] = (), base: str | None = None) -> Fact | None:
        """num / den in percent; a ratio of a difference keeps its base and direction (节约比例, 增长比例)."""
        if den.value == 0:
            return None
        return self.add(Fact(path=path, label=label, value=_ratio(num.value, den.value), unit=Unit.PERCENT,
                             formula=f"{num.path} / {den.path} * 100", inputs=[num.path, den.path], kind=kind,
                             names=list(names), base=base if base is not None else num.base, direction=num.direction))

    def total(self, path: str, label: str, parts: list[Fact], names: Iterable[str] = ()) -> Fact:
        return self.add(Fact(path=path, label=label, value=sum((p.value for p in parts), Decimal(0)), unit=parts[0].unit,
                             formula=" + ".join(p.path for p in parts), inputs=[p.path for p in parts], kind=FactKind.SUM,
                             places=_coarsest(*(p.places for p in parts)), names=list(names)))


def build_facts(data: DepartmentData) -> FactIndex:
    """Direct figures of ``data`` plus the figures a report derives from them."""
    b = _Builder()
    _staffing(b, data)
    _finance(b, data)
    _sangong(b, data)
    _indicators(b, data)
    _key_figures(b, data)
    if data.self_score is not None:
        b.direct("self_score", "自评得分", data.self_score, Unit.SCORE, ["自评得分", "综合得分", "绩效自评得分"])
    # Anything figures() yields that the sections above did not name (future fields) is still a fact.
    for fig in data.figures():
        if fig.path not in b.seen:
            b.direct(fig.path, fig.label, fig.value, fig.unit)
    return FactIndex(b.facts, year=data.year)


def _units(b: _Builder, units: list[str], path: str, label: str, names: list[str]) -> None:
    """The count of a list of units, where an entry that states its own count (“6个市场监管所”)
    counts that many, and that stated count is a fact of its own: the officer's text supports itself."""
    counts = []
    for i, entry in enumerate(units):
        stated = [m for m in extract(entry) if m.kind == MentionKind.COUNT]
        if len(stated) != 1:
            counts.append(Decimal(1))
            continue
        m = stated[0]
        noun = (entry[:m.start] + entry[m.end:]).strip("（）()：:，, ")
        b.add(Fact(path=f"{path}[{i}]", label=entry, value=m.value, unit=m.unit, kind=FactKind.DIRECT,
                   names=[n for n in (noun, entry) if n]))
        counts.append(m.value if m.unit == Unit.GE else Decimal(1))
    b.add(Fact(path=f"{path}.count", label=label, value=sum(counts, Decimal(0)), unit=Unit.GE,
               formula=f"len({path})", inputs=[path], kind=FactKind.SUM, names=names))


def _staffing(b: _Builder, d: DepartmentData) -> None:
    dep = d.department
    if dep.organisation:
        _units(b, dep.organisation, "department.organisation", "内设机构数", ["内设机构"])
    if dep.subordinate_units:
        _units(b, dep.subordinate_units, "department.subordinate_units", "二级机构数", ["二级机构", "下属单位"])
    s = d.staffing
    b.direct("staffing.authorized", "人员编制", s.authorized, Unit.PERSON, ["人员编制", "编制数", "编制人数"])
    b.direct("staffing.actual", "实有人数", s.actual, Unit.PERSON, ["实有人数", "实有在职人数", "在职人数", "实有人员"])
    for kind, n in s.authorized_by_kind.items():
        b.direct(f"staffing.authorized_by_kind.{kind}", f"{kind}编制", n, Unit.PERSON, [f"{kind}编制"])
    for kind, n in s.actual_by_kind.items():
        # “实有在职40人，其中行政编制23人”: reports name actual staff by kind with the 编制 word too
        b.direct(f"staffing.actual_by_kind.{kind}", f"实有{kind}人员", n, Unit.PERSON,
                 [f"{kind}编制人员", f"{kind}人员", f"{kind}编制"])
    if s.retired is not None:
        b.direct("staffing.retired", "离退休人员", s.retired, Unit.PERSON, ["离退休人员", "退休人员"])


_TOTAL_ROW = re.compile(r"汇总|合计|总计|全部|部门")
_EXPENDITURE_NAMES = {"total": ["支出合计", "总支出", "支出总额", "决算支出"], "basic": ["基本支出"],
                      "personnel": ["人员支出", "工资福利支出"], "public": ["公用支出", "商品和服务支出"],
                      "project": ["项目支出"], "balance_year": ["当年结余"], "balance_cumulative": ["累计结余"]}
_INCOME_NAMES = {"total": ["收入合计", "总收入", "决算总收入"], "carryover": ["上年结转"], "fiscal": ["财政拨款", "公共财政拨款"],
                 "government_fund": ["政府基金拨款"], "special_account": ["非税收入拨款"], "other": ["其他收入"]}


def _summary_row(rows: Sequence[UnitRow]) -> int | None:
    """Index of the row that stands for the whole department: the 汇总 row, or the only row."""
    if len(rows) == 1:
        return 0
    for i, r in enumerate(rows):
        if _TOTAL_ROW.search(r.unit_name):
            return i
    return None


def _finance(b: _Builder, d: DepartmentData) -> None:
    f, u = d.finance, d.finance.unit
    budget_names = {"initial_budget": ["年初预算", "部门预算", "年初预算数"], "adjusted_budget": ["调整后预算", "全年预算"],
                    "executed": ["全年执行数", "执行数"], "prior_expenditure": ["上年支出"]}
    budgets: dict[str, Fact] = {}
    for key, label in (("initial_budget", "年初预算数"), ("adjusted_budget", "调整后预算数"),
                       ("executed", "全年执行数"), ("prior_expenditure", "上年支出合计")):
        v = getattr(f, key)
        if v is not None:
            budgets[key] = b.direct(f"finance.{key}", label, v, u, budget_names[key])

    exp_total: Fact | None = None
    row_totals: list[Fact] = []
    summary = _summary_row(f.expenditure)
    for i, row in enumerate(f.expenditure):
        p = f"finance.expenditure[{i}]"
        facts = {k: b.direct(f"{p}.{k}", f"{row.unit_name}{label}", getattr(row, k), u,
                             _EXPENDITURE_NAMES[k] if i == summary else ())
                 for k, label in EXPENDITURE_LABELS.items() if getattr(row, k) is not None}
        for part, label in (("basic", "基本支出"), ("project", "项目支出"), ("personnel", "人员支出"), ("public", "公用支出")):
            if facts[part].value:
                b.ratio(f"{p}.share.{part}", f"{row.unit_name}{label}占支出合计比例", facts[part], facts["total"],
                        FactKind.SHARE, [f"{label}占比"] if i == summary else ())
        row_totals.append(facts["total"])
        if i == summary:
            exp_total = facts["total"]
    if exp_total is None and len(f.expenditure) > 1:
        exp_total = b.total("finance.expenditure.total", "支出合计（各单位之和）", row_totals, ["支出合计", "总支出"])
    executed = budgets.get("executed") or exp_total
    budget = budgets.get("adjusted_budget") or budgets.get("initial_budget")
    if executed is not None and budget is not None:
        b.ratio("finance.execution_rate", "预算执行率", executed, budget, names=["预算执行率", "执行率"], base="budget")
        b.difference("finance.over_budget", executed, budget, "支出超出预算数", "支出低于预算数", base="budget")
    if "adjusted_budget" in budgets and "initial_budget" in budgets:
        b.difference("finance.budget_adjustment", budgets["adjusted_budget"], budgets["initial_budget"],
                     "预算调增数", "预算调减数")
    if exp_total is not None and "prior_expenditure" in budgets:
        prior = budgets["prior_expenditure"]
        ch = b.difference("finance.expenditure_change", exp_total, prior, "支出比上年增加数", "支出比上年减少数",
                          base="prior")
        if ch is not None:
            b.ratio("finance.expenditure_change_ratio", ch.label.replace("数", "比例"), ch, prior)

    isum = _summary_row(f.income)
    for i, inc in enumerate(f.income):
        p = f"finance.income[{i}]"
        facts = {k: b.direct(f"{p}.{k}", f"{inc.unit_name}{label}", getattr(inc, k), u,
                             _INCOME_NAMES[k] if i == isum else ())
                 for k, label in INCOME_LABELS.items() if getattr(inc, k) is not None}
        if facts.get("carryover") is not None and facts["carryover"].value:
            # 本年收入 (the 决算's 本年收入合计): the form's 收入合计 less 上年结转
            b.difference(f"{p}.current", facts["total"], facts["carryover"], f"{inc.unit_name}本年收入",
                         f"{inc.unit_name}本年收入", ["本年收入", "本年收入合计"] if i == isum else ())
        for part, label in INCOME_LABELS.items():
            if part != "total" and part in facts and facts[part].value:
                b.ratio(f"{p}.share.{part}", f"{inc.unit_name}{label}占收入合计比例", facts[part], facts["total"], FactKind.SHARE)


def _sangong(b: _Builder, d: DepartmentData) -> None:
    sg, u = d.sangong, d.sangong.unit
    columns = {"actual": sg.actual, "budget": sg.budget, "prior": sg.prior}
    items = {**SANGONG_LABELS, "vehicle": "公务用车费"}
    col_names = {"actual": ("决算数", ["{l}", "{l}决算数", "{l}支出", "{l}决算"]),
                 "budget": ("预算数", ["{l}预算数", "{l}预算"]),
                 "prior": ("上年数", ["上年{l}", "{l}上年数", "上年{l}支出"])}
    extra = {"total": ["三公经费", "三公经费合计"], "vehicle": ["公务用车购置及运行费", "公务用车运行维护费及购置费", "公务用车"]}
    got: dict[tuple[str, str], Fact] = {}
    for col, table in columns.items():
        if table is None:
            continue
        suffix, patterns = col_names[col]
        for key, label in SANGONG_LABELS.items():
            if getattr(table, key) is None:
                continue  # not stated: no fact, so nothing is compared with it
            words = [label, *extra.get(key, [])]
            names = [pat.format(l=w) for w in words for pat in patterns]
            got[(col, key)] = b.direct(f"sangong.{col}.{key}", f"{label}{suffix}", getattr(table, key), u, names)
        vehicle = [got[(col, k)] for k in ("vehicle_operation", "vehicle_purchase") if (col, k) in got]
        if not vehicle or (len(vehicle) < 2 and not _items_make_total(table)):
            continue  # a blank part is not stated, unless the stated items already make the total
        words = extra["vehicle"]
        got[(col, "vehicle")] = b.total(f"sangong.{col}.vehicle", f"公务用车购置及运行费{suffix}", vehicle,
                                        [pat.format(l=w) for w in words for pat in patterns])
    for key, label in items.items():
        label = "公务用车购置及运行费" if key == "vehicle" else label
        words = [label, *extra.get(key, [])]
        actual = got.get(("actual", key))
        if actual is None:
            continue
        budget = got.get(("budget", key))
        if budget is not None:
            sv = b.difference(f"sangong.savings.{key}", budget, actual, f"{label}节约数", f"{label}超支数",
                              [f"{w}{s}" for w in words for s in ("节约数", "节约", "超支数", "超支")],
                              base="budget", up_when_more=False)
            if sv is not None:
                b.ratio(f"sangong.savings_ratio.{key}", sv.label[:-1] + "比例", sv, budget,
                        names=[f"{w}{s}" for w in words for s in ("节约比例", "节约率", "超支比例")])
        prior = got.get(("prior", key))
        if prior is not None:
            ch = b.difference(f"sangong.change.{key}", actual, prior, f"{label}比上年增加数", f"{label}比上年减少数",
                              [f"{w}{s}" for w in words for s in ("增加数", "减少数", "增减数", "比上年增加", "比上年减少")],
                              base="prior")
            if ch is not None:
                b.ratio(f"sangong.change_ratio.{key}", ch.label[:-1] + "比例", ch, prior,
                        names=[f"{w}{s}" for w in words for s in ("增减比例", "减少比例", "增长比例", "下降比例")])


def _items_make_total(table: SanGong) -> bool:
    """The stated 三公 items add up to the total, so the blank ones are 0 by implication."""
    parts = (table.reception, table.vehicle_operation, table.vehicle_purchase, table.overseas)
    return sum((v for v in parts if v is not None), Decimal(0)) == table.total


def _indicator_name(name: str) -> str:
    name = re.sub(r"^(?:指标|任务)\d+[：:]", "", name).strip().rstrip("。.；;")
    return name if 2 <= len(name) <= 20 and "，" not in name else ""


def _indicators(b: _Builder, d: DepartmentData) -> None:
    for i, ind in enumerate(d.indicators):
        name = _indicator_name(ind.name)
        p = f"indicators[{i}]"
        target = actual = None
        if ind.target_value is not None:
            target = b.direct(f"{p}.target_value", f"{ind.name}目标值", ind.target_value, ind.unit,
                              [f"{name}目标值", f"{name}目标"] if name else ())
        if ind.actual_value is not None:
            actual = b.direct(f"{p}.actual_value", f"{ind.name}完成值", ind.actual_value, ind.unit,
                              [name, f"{name}完成值"] if name else ())
        for j, m in enumerate(m for m in extract(ind.evidence or "") if m.is_claim and m.kind != MentionKind.NUMBER):
            # the 佐证材料 the officer typed (问卷调查620份) supports its own figures, as 二级机构 do
            b.add(Fact(path=f"{p}.evidence[{j}]", label=f"{ind.name}佐证材料", value=m.value, unit=m.unit,
                       names=[f"{name}佐证"] if name else []))
        if ind.weight is not None:
            b.direct(f"{p}.weight", f"{ind.name}分值", ind.weight, Unit.SCORE, [f"{name}分值"] if name else ())
        if ind.score is not None:
            b.direct(f"{p}.score", f"{ind.name}得分", ind.score, Unit.SCORE, [f"{name}得分"] if name else ())
        if target is not None and actual is not None and target.unit == actual.unit:
            gap = b.difference(f"{p}.vs_target", actual, target, f"{ind.name}超出目标", f"{ind.name}低于目标", base="target")
            if gap is not None and actual.unit is not Unit.PERCENT:
                # the gap as a share of the target: 差288人，3.20%; 超出目标5.2%
                b.ratio(f"{p}.vs_target_ratio", f"{gap.label}比例", gap, target,
                        names=[f"{name}{w}" for w in ("差距比例", "未完成比例", "缺口比例", "超出比例")] if name else ())
            if actual.unit is not Unit.PERCENT:
                b.ratio(f"{p}.completion_rate", f"{ind.name}完成率", actual, target,
                        names=[f"{name}完成率"] if name else (), base="target")


def _key_figures(b: _Builder, d: DepartmentData) -> None:
    for k in d.key_figures:
        p = f"key_figures.{k.id}"
        cur = b.direct(p, k.name, k.value, k.unit, [k.name])
        if k.prior_value is None:
            continue
        prior = b.direct(f"{p}.prior_value", f"上年{k.name}", k.prior_value, k.unit, [f"上年{k.name}"])
        ch = b.difference(f"{p}.change", cur, prior, f"{k.name}比上年增加", f"{k.name}比上年减少", base="prior")
        if ch is not None:
            b.ratio(f"{p}.change_ratio", f"{ch.label}比例", ch, prior)
