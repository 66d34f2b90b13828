"""The deterministic offline drafter: every section written from the data alone, in 公文 style.

Every figure it writes is either a data figure or a derivation the fact index also holds (sums,
differences, ratios), computed with Decimal and rounded half-up at the shown precision, and recorded
with its path or formula. Free text from the data (achievements, indicator notes, reasons) goes in
only if ``accept`` (the number guard plus a stale-year check) finds nothing wrong with it; what is
left out is reported in ``warnings`` so the officer can fix the data.

This module holds the section writers and their registry (``WRITERS``); the 绩效情况 section, which
weaves the data's free text and figures together, is in ``offline_performance``, and how one guarded
sentence is written (the pen shared by all of them) in ``offline_writer``.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from ..department import INCOME_LABELS, DepartmentData, ExpenditureRow, IncomeRow, SanGongTable
from ..quantities import Unit, round_half_up
from .offline_performance import performance
from .offline_writer import (
    HUNDRED,
    MARKER,
    Accept,
    OfflineResult,
    Seen,
    Writer,
    change,
    fmt,
    numbered,
    ordinal,
    sentence,
)
from .phrasing import Voice
from .sections import SectionSpec, total_row

__all__ = ["WRITERS", "OfflineResult", "Writer", "draft_section", "fmt", "lead_paragraph"]


# -- 部门概况 ------------------------------------------------------------------------------------------


_TEMPLATE_WORDS = ("（单位）", "(单位)", "XX", "××")


def _stated(text: str | None) -> str | None:
    """A free-text field as the officer wrote it, or None when it is absent or still template text
    (部门（单位）评价组): a template's words are never printed as if they were the department's."""
    if not text or any(t in text for t in _TEMPLATE_WORDS):
        return None
    return text


def voice(d: DepartmentData, section: str, pin: int | None = None) -> Voice:
    """The phrasing of one section of ``d``'s draft: chosen by department and year (see ``phrasing``)."""
    return Voice(f"{d.department.name}\x1f{d.year}", section, pin=pin)


def lead_paragraph(d: DepartmentData, pin: int | None = None) -> str:
    """The opening paragraph before 一、; carries no figures except the year. Who evaluated and
    under which rules are written only when the data states them."""
    method = _stated(d.evaluation_method)
    body = _stated(d.evaluation_body)
    return voice(d, "lead", pin).say("lead", name=d.department.name, how=f"按照{method}的要求，" if method else "",
                                     who=f"由{body}" if body else "", year=d.year)


def overview(d: DepartmentData, w: Writer) -> None:
    """一、部门概况: 职能, 机构设置, 人员, 年度主要任务 — each always present, a gap named when the data lacks it."""
    p = d.department
    who = p.short_name or p.name
    w.sub("（一）主要职责")
    if d.duties:
        w.para(w.say("duties_intro", name=p.name))
        for i, duty in enumerate(d.duties):
            text = w.checked(MARKER.sub("", duty), f"职能职责第{i + 1}项")
            if text:
                w.para(f"{i + 1}．{sentence(text)}")
    else:
        w.gap("部门主要职责", ["duties"])
    w.sub("（二）机构设置")
    if p.organisation or p.subordinate_units:
        _organisation(d, w, who)
    else:
        w.gap("机构设置", ["department.organisation", "department.subordinate_units"])
    _staffing(d, w, who)
    w.sub("（四）年度主要工作任务")
    if d.tasks:
        items = "；".join(f"{ordinal(i)}是{t.title.rstrip('。；')}" for i, t in enumerate(d.tasks))
        w.para(w.checked(w.say("tasks", year=d.year, who=who, items=items), "年度主要工作任务") or "")
    else:
        w.gap("年度主要工作任务", ["tasks"])


def _organisation(d: DepartmentData, w: Writer, who: str) -> None:
    p = d.department
    parts = []
    if p.organisation:
        parts.append(w.say("organisation_inner", who=who, units="、".join(p.organisation)))
    if p.subordinate_units:
        parts.append(w.say("organisation_sub", units="、".join(p.subordinate_units)))
    text = "；".join(parts) + "。"
    if w.prior.where(text) is None:
        w.para(text)
        return
    # the same units as last year: listed one a line, like the duties, not as a copied paragraph
    for label, units in ((f"{who}内设机构：", p.organisation), ("下属二级机构：", p.subordinate_units)):
        if units:
            w.para(label)
            for i, unit in enumerate(units):
                w.para(f"{i + 1}．{unit}{'；' if i < len(units) - 1 else '。'}")


def _staffing(d: DepartmentData, w: Writer, who: str) -> None:
    s = d.staffing
    w.sub("（三）人员情况")
    authorized = w.q(Decimal(s.authorized), Unit.PERSON, "staffing.authorized")
    authorized_kinds = "、".join(f"{k}编制{w.q(Decimal(n), Unit.PERSON, f'staffing.authorized_by_kind.{k}')}"
                                 for k, n in s.authorized_by_kind.items())
    actual = w.q(Decimal(s.actual), Unit.PERSON, "staffing.actual")
    actual_kinds = "、".join(f"{k}人员{w.q(Decimal(n), Unit.PERSON, f'staffing.actual_by_kind.{k}')}"
                             for k, n in s.actual_by_kind.items())
    retired = "" if s.retired is None else w.say("retired", n=w.q(Decimal(s.retired), Unit.PERSON, "staffing.retired"))
    w.para(w.say("staffing", who=who, authorized=authorized, authorized_kinds=f"，其中{authorized_kinds}" if
                 authorized_kinds else "", year=d.year, actual=actual,
                 actual_kinds=f"，其中{actual_kinds}" if actual_kinds else "", retired=retired))


# -- 资金管理与使用 ---------------------------------------------------------------------------------------


def finance(d: DepartmentData, w: Writer) -> None:
    f = d.finance
    w.sub("（一）预算安排及收入情况")
    text = _budget(d, w)
    i = total_row(f.income)
    rows = [(i, f.income[i])] if i is not None else list(enumerate(f.income))
    for idx, row in rows:
        text += _income(d, w, row, f"finance.income[{idx}]", "全年" if i is not None else f"{row.unit_name}全年")
    w.para(text)

    w.sub("（二）支出情况")
    e = total_row(f.expenditure)
    erows = [(e, f.expenditure[e])] if e is not None else list(enumerate(f.expenditure))
    for idx, er in erows:
        p = f"finance.expenditure[{idx}]"
        who = "全年" if e is not None else f"{er.unit_name}全年"
        total, basic = w.money(d, er.total, f"{p}.total"), w.money(d, er.basic, f"{p}.basic")
        inner = [f"{label}{w.money(d, getattr(er, k), f'{p}.{k}')}" for k, label in
                 (("personnel", "人员支出"), ("public", "公用支出")) if getattr(er, k)]
        project = f"项目支出{w.money(d, er.project, f'{p}.project')}" if er.project else "无项目支出"
        text = w.say("expenditure", who=who, total=total, basic=basic, inner=f"（{'、'.join(inner)}）" if inner else "",
                     project=project, balances=_balances(d, w, er, p))
        if e is not None and f.prior_expenditure is not None:
            prior = w.money(d, f.prior_expenditure, "finance.prior_expenditure")
            moved = change(w, er.total, f.prior_expenditure, f.unit, "finance.expenditure_change",
                           "finance.expenditure_change_ratio").removeprefix("与上年")  # 本年较上年持平
            text += w.say("expenditure_prior", prior=prior, change=moved)
        w.para(text)

    budget, _ = (f.adjusted_budget, "finance.adjusted_budget") if f.adjusted_budget is not None else \
        (f.initial_budget, "finance.initial_budget")
    executed, epath = (f.executed, "finance.executed") if f.executed is not None else \
        ((f.expenditure[e].total, f"finance.expenditure[{e}].total") if e is not None else (None, ""))
    if budget and executed is not None:
        w.sub("（三）预算执行情况")
        rate = w.q(round_half_up(executed / budget * HUNDRED, 2), Unit.PERCENT, "finance.execution_rate")
        kind = "execution_adjusted" if f.adjusted_budget is not None else "execution_initial"
        w.para(w.say(kind, executed=w.money(d, executed, epath), rate=rate))
    sangong(d, w, "（四）" if budget and executed is not None else "（三）")
    assets(d, w)


def _budget(d: DepartmentData, w: Writer) -> str:
    f = d.finance
    initial = w.money(d, f.initial_budget, "finance.initial_budget") if f.initial_budget is not None else None
    adjusted = w.money(d, f.adjusted_budget, "finance.adjusted_budget") if f.adjusted_budget is not None else None
    if initial and adjusted:
        return w.say("budget_both", year=d.year, initial=initial, adjusted=adjusted)
    if initial:
        return w.say("budget_initial", year=d.year, initial=initial)
    return w.say("budget_adjusted", year=d.year, adjusted=adjusted) if adjusted else ""


def _income(d: DepartmentData, w: Writer, row: IncomeRow, p: str, who: str) -> str:
    """收入合计 (the form's, 上年结转 included) and, when a carry-over is stated, 本年收入 apart — the
    figure the department's 决算 calls 本年收入合计 — so both totals an officer knows are written."""
    total = w.money(d, row.total, f"{p}.total")
    parts = [f"{INCOME_LABELS[k]}{w.money(d, getattr(row, k), f'{p}.{k}')}"
             for k in ("fiscal", "government_fund", "special_account", "other")
             if getattr(row, k)]  # blank (not stated) and 0 columns are not listed
    if not row.carryover:
        return w.say("income", who=who, total=total, parts=f"，其中{'、'.join(parts)}" if parts else "")
    current = w.money(d, row.total - row.carryover, f"{p}.current")
    return w.say("income_carryover", who=who, total=total, current=current,
                 parts=f"（{'、'.join(parts)}）" if parts else "",
                 carryover=w.money(d, row.carryover, f"{p}.carryover"))


def _balances(d: DepartmentData, w: Writer, er: ExpenditureRow, p: str) -> str:
    """结转结余 as stated: a figure, 无 for a stated 0, and nothing (with a gap) when not stated."""
    bits = []
    for key, label in (("balance_year", "当年结余"), ("balance_cumulative", "累计结余")):
        value = getattr(er, key)
        if value is None:
            continue
        bits.append(f"{label}{w.money(d, value, f'{p}.{key}')}" if value else f"无{label}")
    if not bits:
        w.gap("结转结余", [f"{p}.balance_year", f"{p}.balance_cumulative"], placeholder=False)
        return ""
    return "；" + "，".join(bits)


def sangong(d: DepartmentData, w: Writer, marker: str) -> None:
    sg, u = d.sangong, d.sangong.unit
    w.sub(f"{marker}“三公”经费支出情况")
    a = sg.actual
    actual = w.q(a.total, u, "sangong.actual.total")
    versus = "" if sg.prior is None else w.say(
        "sangong_prior", prior=w.q(sg.prior.total, u, "sangong.prior.total"),
        change=change(w, a.total, sg.prior.total, u, "sangong.change.total", "sangong.change_ratio.total")
        .removeprefix("与上年"))  # 较上年持平
    w.para(w.say("sangong_total", year=d.year, actual=actual, budget=_sangong_budget(w, sg), prior=versus))
    items = []
    for key, label in (("reception", "公务接待费"), ("vehicle_operation", "公务用车运行维护费"),
                       ("vehicle_purchase", "公务用车购置费"), ("overseas", "因公出国（境）费")):
        now = getattr(a, key)
        budget = getattr(sg.budget, key) if sg.budget is not None else None
        prior = getattr(sg.prior, key) if sg.prior is not None else None
        if now is None:
            continue  # not stated: nothing said of it, nothing compared with it
        if not now:
            tail = "" if not prior else f"，上年{label}支出{w.q(prior, u, f'sangong.prior.{key}')}"
            items.append(f"{label}无支出{tail}")
            continue
        bit = f"{label}{w.q(now, u, f'sangong.actual.{key}')}"
        if budget:  # a blank budget item is not stated; a 0 one gives no basis for a saving
            diff = budget - now
            if diff > 0:
                ratio = round_half_up(diff / budget * HUNDRED, 2)
                bit += w.say("sangong_item_saved", budget=w.q(budget, u, f"sangong.budget.{key}"),
                             saved=w.q(diff, u, f"sangong.savings.{key}"),
                             ratio=w.q(ratio, Unit.PERCENT, f"sangong.savings_ratio.{key}"))
            elif diff < 0:
                bit += (f"，超出预算{w.q(budget, u, f'sangong.budget.{key}')}"
                        f"{w.q(-diff, u, f'sangong.savings.{key}')}")
            else:
                bit += "，与预算持平"
        if prior is not None:
            bit += "，较上年" + change(w, now, prior, u, f"sangong.change.{key}", f"sangong.change_ratio.{key}") \
                if prior else "，上年无此项支出"
        items.append(bit)
    if items:
        w.para(w.say("sangong_items", items="；".join(items)))
    if sg.reason:
        reason = w.checked(sg.reason, "“三公”经费增减原因")
        if reason:
            w.para(w.say("sangong_reason", reason=sentence(reason)))


def _sangong_budget(w: Writer, sg: SanGongTable) -> str:
    """The total against its 预算数 (as the form names it, not 年初): 节约 with its ratio, 超预算, 持平."""
    if sg.budget is None:
        return ""
    u = sg.unit
    budget = w.q(sg.budget.total, u, "sangong.budget.total")
    saved = sg.budget.total - sg.actual.total
    if saved > 0 and sg.budget.total:
        ratio = round_half_up(saved / sg.budget.total * HUNDRED, 2)
        return w.say("sangong_saved", budget=budget, saved=w.q(saved, u, "sangong.savings.total"),
                     ratio=w.q(ratio, Unit.PERCENT, "sangong.savings_ratio.total"))
    if saved < 0:
        return f"，预算数{budget}，超预算{w.q(-saved, u, 'sangong.savings.total')}"
    return f"，预算数{budget}，与预算持平"


def assets(d: DepartmentData, w: Writer) -> None:
    """资产管理情况 where the data states fixed assets; when it states none, the officer is told (no
    【待补充】 line: many reports have no assets paragraph, but its absence is a choice to make)."""
    f = d.finance
    if not f.fixed_assets:
        w.gap("资产管理情况", ["finance.fixed_assets"], placeholder=False)
        return
    i = total_row(f.fixed_assets)
    if i is None:
        return
    row = f.fixed_assets[i]
    w.sub(("（五）" if any(b.text.startswith("（四）") for b in w.blocks) else "（四）") + "资产管理情况")
    p = f"finance.fixed_assets[{i}]"
    parts = [f"{label}{w.money(d, getattr(row, k), f'{p}.{k}')}" for k, label in
             (("in_use", "在用固定资产"), ("leased", "出租固定资产"), ("other", "其他固定资产")) if getattr(row, k)]
    w.para(w.say("assets", total=w.money(d, row.total, f"{p}.total"), parts=f"，其中{'、'.join(parts)}" if parts else ""))


# -- 绩效情况: ``offline_performance.performance`` ------------------------------------------------------


# -- 问题、措施、结果应用 ---------------------------------------------------------------------------------


def _items(d: DepartmentData, w: Writer, items: list[str], where: str, lead: str) -> None:
    """The officer's items, numbered （一）（二）… after a lead-in sentence when there are two or more;
    a lone item stands alone (no （一） waiting for a （二）, no “如下：” for one sentence)."""
    kept = [t for i, item in enumerate(items) if (t := w.checked(MARKER.sub("", item), f"{where}第{i + 1}条"))]
    if len(kept) > 1:
        w.para(w.say(lead, who=d.department.short_name or d.department.name))
    numbered(w, [sentence(t) for t in kept])


def problems(d: DepartmentData, w: Writer) -> None:
    if d.problems:
        _items(d, w, d.problems, "存在的问题", "problems_lead")
        return
    found = []
    missed = [(i, ind) for i, ind in enumerate(d.indicators) if ind.met() is False]
    for i, ind in missed:
        # the reason itself is stated once, with the indicator in 三; here the problem and where to read why
        found.append(f"部分绩效指标未达预期。“{ind.name.rstrip('。')}”实际完成"
                     f"{w.q(ind.actual_value or Decimal(0), ind.unit, f'indicators[{i}].actual_value')}，低于目标值"
                     f"{w.q(ind.target_value or Decimal(0), ind.unit, f'indicators[{i}].target_value')}，"
                     + ("偏差原因已在本报告第三部分说明。" if ind.deviation_reason else "偏差原因尚待分析。"))
    vague = [ind.name.rstrip("。") for ind in d.indicators if ind.target_value is None]
    if vague:
        sample = "”“".join(vague[:3])
        found.append(f"绩效目标设置不够细化。“{sample}”等指标未设置可量化的目标值，完成情况只能定性描述，"
                     "难以客观衡量资金使用效果。")
    if not found:
        w.gap("存在的问题及原因", ["problems"])
        return
    w.warnings.append("数据未提供“存在的问题”（problems），本节由指标完成情况归纳，请核实后修改")
    if len(found) > 1:
        w.para(w.say("problems_lead", who=d.department.short_name or d.department.name))
    numbered(w, found)


def measures(d: DepartmentData, w: Writer) -> None:
    if d.measures:
        _items(d, w, d.measures, "改进措施", "measures_lead")
        return
    w.gap("下一步改进措施", ["measures"])


def result_use(d: DepartmentData, w: Writer) -> None:
    if d.result_use:
        _items(d, w, d.result_use, "评价结果应用", "result_use_lead")
        return
    w.gap("评价结果应用及公开情况", ["result_use"])


WRITERS: dict[str, Callable[[DepartmentData, Writer], None]] = {
    "overview": overview,
    "finance": finance,
    "performance": performance,
    "problems": problems,
    "measures": measures,
    "result_use": result_use,
}


def draft_section(d: DepartmentData, spec: SectionSpec, accept: Accept, prior: Seen | None = None,
                  pin: int | None = None) -> OfflineResult:
    """The offline text of one section. Sentences of the data that repeat last year's report
    (``prior``) are not copied: their figures are written in the drafter's own clauses instead.
    ``pin`` words every sentence with the n-th frame of its kind (to check every frame)."""
    w = Writer(accept, prior, voice(d, spec.id, pin))
    WRITERS[spec.id](d, w)
    if not w.blocks:
        w.gap(spec.title, list(spec.needs))
    return w.result()
