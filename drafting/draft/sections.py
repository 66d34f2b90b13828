"""The narrative sections of a 部门整体支出绩效自评报告, as a registry.

Each ``SectionSpec`` says what the section is called, which parts of ``DepartmentData`` it draws on,
which prompt file drafts it, what the model must return (``schema``) and which figures it must state
(``required(data)`` → fact paths). Coverage of a draft is measured against those required figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from ..department import DepartmentData

# -- what a section's answer looks like ---------------------------------------------------------------


class NumberSource(BaseModel):
    """One number as written in the text and where it comes from: a fact path, or a formula over
    fact paths (``sangong.budget.total - sangong.actual.total``)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the number as written, e.g. 7.50万元")
    path: str = Field(description="fact path or formula it comes from")


class DraftBlock(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["subheading", "paragraph"] = "paragraph"
    text: str = Field(min_length=1)


class SectionText(BaseModel):
    """What a model returns for a section (and what the offline drafter produces)."""

    model_config = ConfigDict(extra="forbid")

    blocks: list[DraftBlock] = Field(min_length=1)
    numbers: list[NumberSource] = Field(default_factory=list)

    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "paragraph"]

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


class PerformanceText(SectionText):
    """绩效情况: the same shape; kept apart so the prompt and schema can evolve alone."""


# -- required figures ----------------------------------------------------------------------------------


class _UnitRow(Protocol):
    @property
    def unit_name(self) -> str: ...


def total_row(rows: Sequence[_UnitRow]) -> int | None:
    """Index of the row holding the department total: one named 合计/汇总, or the only row."""
    for i, row in enumerate(rows):
        if any(w in row.unit_name for w in ("合计", "汇总", "全部门")):
            return i
    return 0 if len(rows) == 1 else None


def _overview_required(d: DepartmentData) -> list[str]:
    return ["staffing.authorized", "staffing.actual"]


def _finance_required(d: DepartmentData) -> list[str]:
    f = d.finance
    paths = [f"finance.{k}" for k in ("initial_budget", "adjusted_budget") if getattr(f, k) is not None]
    i = total_row(f.income)
    if i is not None:
        paths.append(f"finance.income[{i}].total")
    e = total_row(f.expenditure)
    if e is not None:
        row = f.expenditure[e]
        paths += [f"finance.expenditure[{e}].{k}" for k in ("total", "basic", "personnel", "public", "project")
                  if getattr(row, k)]
    paths.append("sangong.actual.total")
    for col in ("budget", "prior"):
        if getattr(d.sangong, col) is not None:
            paths.append(f"sangong.{col}.total")
    for key in ("reception", "vehicle_operation", "vehicle_purchase", "overseas"):
        if getattr(d.sangong.actual, key):
            paths.append(f"sangong.actual.{key}")
    return paths


def _performance_required(d: DepartmentData) -> list[str]:
    paths = [f"key_figures.{k.id}" for k in d.key_figures]
    # a met indicator is named, its figures are in the table; a miss or an indicator with no target is stated
    paths += [f"indicators[{i}].actual_value" for i, ind in enumerate(d.indicators)
              if ind.actual_value is not None and ind.met() is not True]
    if d.self_score is not None:
        paths.append("self_score")
    return paths


def _none(d: DepartmentData) -> list[str]:
    return []


class SectionSpec(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    id: str
    number: str = Field(description="the 一、二、 marker of its heading")
    title: str
    prompt: str = Field(description="prompt file stem under prompts/")
    needs: tuple[str, ...] = Field(description="DepartmentData fields the section draws on")
    schema_: type[SectionText] = Field(alias="schema")
    required: Callable[[DepartmentData], list[str]]

    @property
    def heading(self) -> str:
        return f"{self.number}{self.title}"


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(id="overview", number="一、", title="部门概况", prompt="overview",
                needs=("department", "duties", "staffing", "tasks"), schema=SectionText, required=_overview_required),
    SectionSpec(id="finance", number="二、", title="部门整体支出资金管理与使用情况", prompt="finance",
                needs=("finance", "sangong"), schema=SectionText, required=_finance_required),
    SectionSpec(id="performance", number="三、", title="部门整体支出绩效情况", prompt="performance",
                needs=("tasks", "key_figures", "indicators", "self_score", "grade"), schema=PerformanceText,
                required=_performance_required),
    SectionSpec(id="problems", number="四、", title="存在的问题及原因", prompt="problems",
                needs=("problems", "indicators"), schema=SectionText, required=_none),
    SectionSpec(id="measures", number="五、", title="改进措施", prompt="measures",
                needs=("measures", "problems"), schema=SectionText, required=_none),
    SectionSpec(id="result_use", number="六、", title="评价结果应用及公开情况", prompt="result_use",
                needs=("result_use", "department"), schema=SectionText, required=_none),
)

SECTION_IDS = tuple(s.id for s in SECTIONS)


def get_section(section_id: str) -> SectionSpec:
    for spec in SECTIONS:
        if spec.id == section_id:
            return spec
    raise KeyError(f"未知的章节 {section_id!r}；可选：{'、'.join(SECTION_IDS)}")


def select(ids: list[str] | None) -> list[SectionSpec]:
    """The sections to draft, in report order; unknown ids raise KeyError naming the choices."""
    if ids is None:
        return list(SECTIONS)
    wanted = {get_section(i).id for i in ids}
    return [s for s in SECTIONS if s.id in wanted]
