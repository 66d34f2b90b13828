"""``GuardedText``: the guard as a pydantic validator, so that a draft with an unsupported number
cannot be constructed (the drafting chain feeds the error lines back to the model)."""

from __future__ import annotations

from pydantic import BaseModel, ValidationInfo, model_validator

from ...department import DepartmentData
from ..factindex import FactIndex
from .checking import verify
from .results import GuardReport

__all__ = ["GuardedText", "failure_lines"]


def failure_lines(report: GuardReport) -> list[str]:
    """One line per unsupported or contradicted number: where, the number, and why."""
    return [f"{c.where()}（偏移 {c.mention.start}）“{c.mention.text}”：{c.message}" for c in report.failures]


class GuardedText(BaseModel):
    """Text whose numbers must all be supported by the data given as validation context::

        GuardedText.model_validate({"text": draft}, context={"facts": build_facts(data)})

    ``context["facts"]`` is a ``FactIndex`` or ``DepartmentData``; ``context["default_unit"]`` is
    optional. Unsupported or contradicted numbers raise a ValidationError, one line per number."""

    text: str

    @model_validator(mode="after")
    def _numbers_are_supported(self, info: ValidationInfo) -> GuardedText:
        ctx = info.context if isinstance(info.context, dict) else {}
        facts = ctx.get("facts")
        if not isinstance(facts, FactIndex | DepartmentData):
            raise ValueError("GuardedText 需要核验依据：请以 context={'facts': build_facts(data)} "
                             "（或部门数据 DepartmentData）调用 model_validate")
        result = verify(self.text, facts, default_unit=ctx.get("default_unit"))
        if result.failures:
            lines = failure_lines(result)
            raise ValueError(f"{len(lines)} 个数字没有数据依据：\n" + "\n".join(lines))
        return self
