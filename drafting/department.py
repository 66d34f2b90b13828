"""Department data: the source of truth a report is drafted from and checked against.

Everything in the form part (自评表) of a 部门整体支出绩效自评报告 has a field here. Every figure is
a Decimal with an explicit unit and a stable path (``sangong.actual.reception``) so that findings can
cite where a number came from. Arithmetic the data implies (totals vs parts) is checked by
``consistency_warnings`` and reported, never silently fixed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .indicators import Indicator, indicator_text_problems
from .quantities import Quantity, Unit, format_decimal
from .report import new_dict, new_list


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)


class Level(StrEnum):
    """Administrative level of the budget unit; checks compare 省/市/县/区 words against it (a 区 is
    county level, but calls itself 全区, not 全县)."""

    PROVINCE = "省"
    CITY = "市"
    COUNTY = "县"
    DISTRICT = "区"


class Grade(StrEnum):
    EXCELLENT = "优"
    GOOD = "良"
    FAIR = "中"
    POOR = "差"


class Figure(BaseModel):
    """One figure of the data, with the path that names it and a human label for messages."""

    model_config = ConfigDict(frozen=True)

    path: str
    label: str
    quantity: Quantity

    @property
    def value(self) -> Decimal:
        return self.quantity.value

    @property
    def unit(self) -> Unit:
        return self.quantity.unit


class Contact(_Model):
    name: str
    phone: str | None = None


class DepartmentProfile(_Model):
    name: str = Field(description="全称, e.g. 靖州县人力资源和社会保障局")
    short_name: str | None = Field(None, description="简称 used in text, e.g. 县人社局")
    region: str = Field(description="所属行政区, e.g. 靖州县")
    level: Level
    budget_code: str | None = Field(None, description="预算编码")
    parent_finance_bureau: str | None = Field(None, description="e.g. 靖州县财政局")
    organisation: list[str] = Field(default_factory=new_list, description="内设机构")
    subordinate_units: list[str] = Field(default_factory=new_list, description="二级机构")


class Staffing(_Model):
    """人员编制 and 实有人数 (人)."""

    authorized: int = Field(description="人员编制数")
    actual: int = Field(description="实有人数")
    authorized_by_kind: dict[str, int] = Field(default_factory=new_dict, description="编制 by kind: 行政/事业/工勤")
    actual_by_kind: dict[str, int] = Field(default_factory=new_dict, description="实有 by kind")
    retired: int | None = Field(None, description="离退休人员")


class Task(_Model):
    """年度主要工作内容 — one task, and what was achieved."""

    id: str = Field(description="e.g. 任务1")
    title: str
    achievements: list[str] = Field(default_factory=new_list, description="sentences stating what was done")
    figures: list[str] = Field(default_factory=new_list, description="ids of key_figures this task reports")


# Money a budget table holds: never negative (a balance, 结余, may be, and stays a plain Decimal).
Amount = Annotated[Decimal, Field(ge=0)]


class UnitRow(_Model):
    """One unit's row of a finance table (局机关, 二级机构 …, or the 汇总 row)."""

    unit_name: str
    total: Amount


class IncomeRow(UnitRow):
    """收入 of one unit (万元 unless the table says otherwise); a column left out is not stated, not 0."""

    carryover: Amount | None = None
    fiscal: Amount | None = None
    government_fund: Amount | None = None
    special_account: Amount | None = None
    other: Amount | None = None


class ExpenditureRow(UnitRow):
    """支出 of one unit: 支出合计 = 基本支出 + 项目支出; 基本支出 = 人员支出 + 公用支出."""

    basic: Amount
    personnel: Amount
    public: Amount
    project: Amount
    balance_year: Decimal | None = Field(None, title="当年结余", description="当年收支结余；不填表示未说明（不是 0）")
    balance_cumulative: Decimal | None = Field(None, title="累计结余",
                                               description="年末累计结转结余；不填表示未说明（不是 0）")


class FixedAssetRow(UnitRow):
    in_use: Amount = Decimal(0)
    leased: Amount = Decimal(0)
    other: Amount = Decimal(0)


class SanGong(_Model):
    """三公经费 items; total = reception + vehicle_operation + vehicle_purchase + overseas.

    An item left out is not stated (a description may give only the total), never 0: it is not
    drafted, compared or summed; a stated 0 is drafted as 无支出."""

    total: Amount
    reception: Amount | None = Field(None, description="公务接待费；不填表示未说明（不是 0）")
    vehicle_operation: Amount | None = Field(None, description="公务用车运维费；不填表示未说明（不是 0）")
    vehicle_purchase: Amount | None = Field(None, description="公务用车购置费；不填表示未说明（不是 0）")
    overseas: Amount | None = Field(None, description="因公出国(境)费；不填表示未说明（不是 0）")


class SanGongTable(_Model):
    unit: Unit = Unit.WAN_YUAN
    actual: SanGong = Field(description="当年决算数")
    budget: SanGong | None = Field(None, description="预算数（按自评表的预算数栏填写）")
    prior: SanGong | None = Field(None, description="上年决算数")
    reason: str | None = Field(None, description="增减的主要原因")


class Finance(_Model):
    """Budget and final accounts of the whole department."""

    unit: Unit = Unit.WAN_YUAN
    initial_budget: Amount | None = Field(None, description="年初预算数")
    adjusted_budget: Amount | None = Field(None, description="调整后预算数 (全年预算数)")
    executed: Amount | None = Field(None, description="全年执行数; defaults to expenditure total")
    prior_expenditure: Amount | None = Field(None, description="上年支出合计, for year-on-year wording")
    income: list[IncomeRow] = Field(default_factory=new_list)
    expenditure: list[ExpenditureRow] = Field(default_factory=new_list)
    fixed_assets: list[FixedAssetRow] = Field(default_factory=new_list)


class KeyFigure(_Model):
    """A named figure the narrative reports (新增就业 2141 人), with the text that evidences it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="stable id used in paths, e.g. new_jobs")
    name: str = Field(description="e.g. 新增就业")
    value: Decimal
    unit: Unit
    qualifier: str | None = Field(None, description="余/约/以内/以上 … when the figure is approximate or a bound")
    prior_value: Decimal | None = Field(None, description="上年同一指标, for year-on-year wording")
    task: str | None = Field(None, description="id of the task it belongs to")
    evidence: str | None = None
    role: Literal["成果", "佐证"] | None = Field(
        None, title="性质",
        description="成果 = an achievement the text reports; 佐证 = evidence for an indicator (a survey's sample size); "
                    "blank = inferred from the name (样本、问卷、抽取、抽样 → 佐证)")

    @property
    def is_evidence(self) -> bool:
        """A figure that evidences a result rather than being one: written with the indicators."""
        if self.role is not None:
            return self.role == "佐证"
        return any(w in self.name for w in ("样本", "问卷", "抽取", "抽样", "调查人数"))


class Evaluator(_Model):
    name: str
    title: str | None = Field(None, description="职务/职称")
    organisation: str | None = None


class DepartmentData(_Model):
    """Everything the form part of a year's report holds for one department."""

    department: DepartmentProfile
    year: int = Field(ge=2000, le=2100, description="the budget year evaluated")
    report_date: dt.date | None = Field(None, description="报告日期; normally early in year+1")
    contact: Contact | None = None
    evaluation_method: str | None = Field(None, title="评价方式", description="按何种要求开展自评；不填则正文不写")
    evaluation_body: str | None = Field(None, title="评价主体", description="由谁开展自评（如局绩效自评工作小组）；不填则正文不写")
    staffing: Staffing
    duties: list[str] = Field(default_factory=new_list, description="职能职责, one per item")
    tasks: list[Task] = Field(default_factory=new_list)
    finance: Finance
    sangong: SanGongTable
    indicators: list[Indicator] = Field(default_factory=new_list)
    key_figures: list[KeyFigure] = Field(default_factory=new_list)
    problems: list[str] = Field(default_factory=new_list, description="存在的问题及原因")
    measures: list[str] = Field(default_factory=new_list, description="改进措施")
    result_use: list[str] = Field(default_factory=new_list, description="评价结果应用/公开")
    evaluators: list[Evaluator] = Field(default_factory=new_list)
    self_score: Decimal | None = Field(None, ge=0, le=100)
    grade: Grade | None = None

    @field_validator("key_figures")
    @classmethod
    def _unique_ids(cls, figures: list[KeyFigure]) -> list[KeyFigure]:
        seen: set[str] = set()
        for f in figures:
            if f.id in seen:
                raise ValueError(f"key figure id {f.id!r} is used twice; ids must be unique")
            seen.add(f.id)
        return figures

    # -- figures ---------------------------------------------------------------------------------

    def figures(self) -> Iterator[Figure]:
        """Every figure of the data with its stable path; the fact index starts from these."""
        yield from _figures_of(self)

    def figure(self, path: str) -> Figure:
        for f in self.figures():
            if f.path == path:
                return f
        raise KeyError(path)

    def consistency_warnings(self) -> list[DataWarning]:
        """Totals that are not the sum of their parts, and grades that disagree with the score."""
        return list(_consistency(self))


class DataWarning(BaseModel):
    """An arithmetic relation the data implies but does not satisfy."""

    message: str
    paths: list[str]
    expected: Decimal | None = None
    actual: Decimal | None = None


SANGONG_LABELS = {
    "total": "三公经费合计",
    "reception": "公务接待费",
    "vehicle_operation": "公务用车运维费",
    "vehicle_purchase": "公务用车购置费",
    "overseas": "因公出国(境)费",
}
SANGONG_COLUMNS = {"actual": "决算数", "budget": "预算数", "prior": "上年数"}
INCOME_LABELS = {
    "total": "收入合计",
    "carryover": "上年结转",
    "fiscal": "公共财政拨款",
    "government_fund": "政府基金拨款",
    "special_account": "纳入专户管理的非税收入拨款",
    "other": "其他收入",
}
EXPENDITURE_LABELS = {
    "total": "支出合计",
    "basic": "基本支出",
    "personnel": "人员支出",
    "public": "公用支出",
    "project": "项目支出",
    "balance_year": "当年结余",
    "balance_cumulative": "累计结余",
}
ASSET_LABELS = {"total": "固定资产合计", "in_use": "在用固定资产", "leased": "出租固定资产", "other": "其他固定资产"}
FINANCE_LABELS = {
    "initial_budget": "年初预算数",
    "adjusted_budget": "调整后预算数",
    "executed": "全年执行数",
    "prior_expenditure": "上年支出合计",
}


def _q(value: Decimal | int, unit: Unit) -> Quantity:
    return Quantity(value=Decimal(value), unit=unit)


def _figures_of(d: DepartmentData) -> Iterator[Figure]:
    s = d.staffing
    yield Figure(path="staffing.authorized", label="人员编制", quantity=_q(s.authorized, Unit.PERSON))
    yield Figure(path="staffing.actual", label="实有人数", quantity=_q(s.actual, Unit.PERSON))
    for kind, n in s.authorized_by_kind.items():
        yield Figure(path=f"staffing.authorized_by_kind.{kind}", label=f"{kind}编制", quantity=_q(n, Unit.PERSON))
    for kind, n in s.actual_by_kind.items():
        yield Figure(path=f"staffing.actual_by_kind.{kind}", label=f"实有{kind}人员", quantity=_q(n, Unit.PERSON))
    if s.retired is not None:
        yield Figure(path="staffing.retired", label="离退休人员", quantity=_q(s.retired, Unit.PERSON))

    f = d.finance
    for key, label in FINANCE_LABELS.items():
        v = getattr(f, key)
        if v is not None:
            yield Figure(path=f"finance.{key}", label=label, quantity=_q(v, f.unit))
    tables: tuple[tuple[str, Sequence[UnitRow], dict[str, str]], ...] = (
        ("income", f.income, INCOME_LABELS),
        ("expenditure", f.expenditure, EXPENDITURE_LABELS),
        ("fixed_assets", f.fixed_assets, ASSET_LABELS),
    )
    for table, rows, labels in tables:
        for i, row in enumerate(rows):
            for key, label in labels.items():
                if getattr(row, key) is None:
                    continue  # not stated, which is not 0
                yield Figure(
                    path=f"finance.{table}[{i}].{key}",
                    label=f"{row.unit_name}{label}",
                    quantity=_q(getattr(row, key), f.unit),
                )

    sg = d.sangong
    for col, col_label in SANGONG_COLUMNS.items():
        table = getattr(sg, col)
        if table is None:
            continue
        for key, label in SANGONG_LABELS.items():
            if getattr(table, key) is None:
                continue  # not stated, which is not 0
            yield Figure(path=f"sangong.{col}.{key}", label=f"{label}{col_label}", quantity=_q(getattr(table, key), sg.unit))

    for i, ind in enumerate(d.indicators):
        if ind.target_value is not None:
            yield Figure(path=f"indicators[{i}].target_value", label=f"{ind.name}目标值", quantity=_q(ind.target_value, ind.unit))
        if ind.actual_value is not None:
            yield Figure(path=f"indicators[{i}].actual_value", label=f"{ind.name}完成值", quantity=_q(ind.actual_value, ind.unit))
        if ind.weight is not None:
            yield Figure(path=f"indicators[{i}].weight", label=f"{ind.name}分值", quantity=_q(ind.weight, Unit.SCORE))
        if ind.score is not None:
            yield Figure(path=f"indicators[{i}].score", label=f"{ind.name}得分", quantity=_q(ind.score, Unit.SCORE))

    for k in d.key_figures:
        yield Figure(path=f"key_figures.{k.id}", label=k.name, quantity=_q(k.value, k.unit))
        if k.prior_value is not None:
            yield Figure(path=f"key_figures.{k.id}.prior_value", label=f"上年{k.name}", quantity=_q(k.prior_value, k.unit))

    if d.self_score is not None:
        yield Figure(path="self_score", label="自评得分", quantity=_q(d.self_score, Unit.SCORE))


def _sum_warning(total_path: str, total: Decimal, parts: dict[str, Decimal | None], what: str) -> DataWarning | None:
    """A total against its parts. A blank part is not stated, not 0: with one blank, the stated parts
    may only fall short of the total (the blank may hold the rest), never exceed it."""
    stated = {p: v for p, v in parts.items() if v is not None}
    expected = sum(stated.values(), Decimal(0))
    if expected == total or (len(stated) < len(parts) and expected < total):
        return None
    terms = " + ".join(format_decimal(v) for v in stated.values()) or "0"
    if len(stated) < len(parts):
        return DataWarning(
            message=f"{what}: 已填各项之和 {terms}{'' if len(stated) == 1 else f' = {format_decimal(expected)}'} "
                    f"超过合计 {format_decimal(total)}",
            paths=[total_path, *stated], expected=expected, actual=total,
        )
    return DataWarning(
        message=f"{what}: {format_decimal(total)} ≠ {terms} = {format_decimal(expected)}",
        paths=[total_path, *parts],
        expected=expected,
        actual=total,
    )


def _consistency(d: DepartmentData) -> Iterator[DataWarning]:
    """Every sum the data implies but breaks, and scores that contradict the grade or each other."""
    yield from _finance_sums(d.finance)
    yield from _balance_check(d.finance)
    yield from _sangong_sums(d.sangong)
    yield from _staffing_sums(d.staffing)
    yield from _score_consistency(d)
    for message, paths in indicator_text_problems(d.indicators):
        yield DataWarning(message=message, paths=paths)


def _finance_sums(f: Finance) -> Iterator[DataWarning]:
    """Income, expenditure (total and basic) and fixed-asset totals against their parts, per unit."""
    for i, r in enumerate(f.income):
        p = f"finance.income[{i}]"
        yield from _present(_sum_warning(
            f"{p}.total",
            r.total,
            {f"{p}.{k}": getattr(r, k) for k in ("carryover", "fiscal", "government_fund", "special_account", "other")},
            f"{r.unit_name}收入合计与上年结转及本年各项收入之和不符",
        ))
    for i, e in enumerate(f.expenditure):
        p = f"finance.expenditure[{i}]"
        yield from _present(
            _sum_warning(f"{p}.total", e.total, {f"{p}.basic": e.basic, f"{p}.project": e.project},
                         f"{e.unit_name}支出合计与基本支出、项目支出之和不符"),
            _sum_warning(f"{p}.basic", e.basic, {f"{p}.personnel": e.personnel, f"{p}.public": e.public},
                         f"{e.unit_name}基本支出与人员支出、公用支出之和不符"),
        )
    for i, a in enumerate(f.fixed_assets):
        p = f"finance.fixed_assets[{i}]"
        yield from _present(_sum_warning(f"{p}.total", a.total, {f"{p}.{k}": getattr(a, k) for k in ("in_use", "leased", "other")},
                                         f"{a.unit_name}固定资产合计与各项之和不符"))


def _balance_check(f: Finance) -> Iterator[DataWarning]:
    """Each unit's 当年结余 against its 收入合计 − 支出合计, where income and expenditure have the same units."""
    incomes = {r.unit_name: (i, r) for i, r in enumerate(f.income)}
    for i, e in enumerate(f.expenditure):
        if e.balance_year is None or e.unit_name not in incomes:
            continue
        j, inc = incomes[e.unit_name]
        expected = inc.total - e.total
        if expected != e.balance_year:
            yield DataWarning(
                message=f"{e.unit_name}当年结余 {format_decimal(e.balance_year)} 与收入合计减支出合计 "
                        f"{format_decimal(inc.total)} − {format_decimal(e.total)} = {format_decimal(expected)} 不符",
                paths=[f"finance.expenditure[{i}].balance_year", f"finance.income[{j}].total",
                       f"finance.expenditure[{i}].total"],
                expected=expected, actual=e.balance_year,
            )


def _sangong_sums(sg: SanGongTable) -> Iterator[DataWarning]:
    """Each 三公 column's total against its four items."""
    for col in SANGONG_COLUMNS:
        t = getattr(sg, col)
        if t is None:
            continue
        p = f"sangong.{col}"
        yield from _present(_sum_warning(
            f"{p}.total", t.total,
            {f"{p}.{k}": getattr(t, k) for k in ("reception", "vehicle_operation", "vehicle_purchase", "overseas")},
            f"三公经费{SANGONG_COLUMNS[col]}合计与各项之和不符",
        ))


def _staffing_sums(s: Staffing) -> Iterator[DataWarning]:
    """Authorized and actual head counts against their breakdowns by kind."""
    if s.authorized_by_kind and sum(s.authorized_by_kind.values()) != s.authorized:
        yield DataWarning(
            message=f"人员编制 {s.authorized} 与分类编制之和 {sum(s.authorized_by_kind.values())} 不符",
            paths=["staffing.authorized", *(f"staffing.authorized_by_kind.{k}" for k in s.authorized_by_kind)],
            expected=Decimal(sum(s.authorized_by_kind.values())), actual=Decimal(s.authorized),
        )
    if s.actual_by_kind and sum(s.actual_by_kind.values()) != s.actual:
        yield DataWarning(
            message=f"实有人数 {s.actual} 与分类实有人数之和 {sum(s.actual_by_kind.values())} 不符",
            paths=["staffing.actual", *(f"staffing.actual_by_kind.{k}" for k in s.actual_by_kind)],
            expected=Decimal(sum(s.actual_by_kind.values())), actual=Decimal(s.actual),
        )


def _score_consistency(d: DepartmentData) -> Iterator[DataWarning]:
    """The grade the self score implies, and indicator scores that add up to more than the self score."""
    if d.self_score is not None and d.grade is not None:
        expected_grade = grade_for(d.self_score)
        if expected_grade != d.grade:
            yield DataWarning(
                message=f"自评得分 {format_decimal(d.self_score)} 对应评价等次应为“{expected_grade.value}”，填写为“{d.grade.value}”",
                paths=["self_score", "grade"],
            )
    if d.indicators and d.self_score is not None:
        scores = [i.score for i in d.indicators]
        if all(sc is not None for sc in scores):
            total = sum((sc for sc in scores if sc is not None), Decimal(0))
            # Budget execution is often scored outside the indicator table (10 points), so only warn
            # when the indicator scores exceed the self score.
            if total > d.self_score:
                yield DataWarning(
                    message=f"指标得分之和 {format_decimal(total)} 超过自评得分 {format_decimal(d.self_score)}",
                    paths=["self_score", *(f"indicators[{i}].score" for i in range(len(scores)))],
                    expected=total, actual=d.self_score,
                )


def _present(*warnings: DataWarning | None) -> Iterator[DataWarning]:
    return (w for w in warnings if w is not None)


def grade_for(score: Decimal) -> Grade:
    """Grade bands used by 财政部预算司: 优 90–100, 良 80–89, 中 60–79, 差 0–59."""
    if score >= 90:
        return Grade.EXCELLENT
    if score >= 80:
        return Grade.GOOD
    if score >= 60:
        return Grade.FAIR
    return Grade.POOR
