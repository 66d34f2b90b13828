"""The eval's case format: ``<suite>/<case>/case.yaml`` holds a report, optional data and prior
report, and the gold labels a reviewer should find.

Why a module of its own: the case format belongs to the eval. The defect planter (``evals.planting``)
writes labels in this format and imports ``Label`` from here; the runner never imports the planter.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafting.errors import InputError
from drafting.findings import Kind

__all__ = ["Case", "Label", "PlantedBy", "case_dirs", "load_case"]


class Label(BaseModel):
    """A gold label: one problem, the kind of finding expected and the exact text it should point at.

    A problem found at several places (a paragraph repeated in three sections) is one label: ``quote``
    names one place and ``places`` every other one, each a short exact quote. Where the copies read
    the same, the same quote is listed once per copy: each place a finding points at counts for one
    of them (``evals.scoring``)."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    quote: str
    places: list[str] = Field(default_factory=list, description="the problem's other places, one quote each")
    note: str = ""

    @property
    def all_places(self) -> list[str]:
        return [self.quote, *self.places]


class PlantedBy(BaseModel):
    """Where a planted case came from: the generator, its seed, the clean source and the operations."""

    model_config = ConfigDict(extra="forbid")

    generator: str
    seed: int
    source: str | None = Field(None, description="the clean report the defects were planted into")
    operations: list[str] = Field(default_factory=list)


class Case(BaseModel):
    """One eval case: a report, optional data and prior report, and what a reviewer should find."""

    model_config = ConfigDict(extra="forbid")

    report: str = Field(description="path of the report (.docx or .txt), relative to the case folder")
    data: str | None = None
    prior: str | None = None
    labels: list[Label] = Field(default_factory=list)
    must_not_flag: list[str] = Field(default_factory=list, description="quotes no finding may point at")
    hand_labelled: bool = False
    planted_by: PlantedBy | None = None
    note: str = ""


def load_case(path: str | Path) -> Case:
    """Read and validate one case.yaml; errors name the file and the field."""
    p = Path(path)
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"无法读取评测用例：{exc}", path=p) from exc
    try:
        return Case.model_validate(raw or {})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise InputError(f"评测用例字段不符合要求：{err['msg']}；请对照 evals/cases.py 的用例格式修改",
                         path=p, where=where) from exc


def case_dirs(suite: str | Path) -> list[Path]:
    """The case folders of a suite (or the suite itself when it is one case), sorted."""
    s = Path(suite)
    if (s / "case.yaml").exists():
        return [s]
    return sorted(p.parent for p in s.glob("*/case.yaml"))
