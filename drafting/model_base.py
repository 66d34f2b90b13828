"""The base of the models a review makes (report, findings, figures): pydantic's, or ``records``'
for the command's review of one text (``use_records``).

The models are declared once, on the names this module gives (``from .model_base import BaseModel,
Field``); which base they get is decided when the first of them is imported. Every library user and
every other command gets pydantic's; the command's review of one text without data or a model judge
gets the records, which write the same JSON (``records``'s docstring says why and what it costs).
The two never mix in one process: once a model module is imported, the choice is fixed.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # type checkers read the models as pydantic's, which they are for every library user
    from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

__all__ = ["BaseModel", "ConfigDict", "Field", "PrivateAttr", "records_used", "use_records"]

# the modules that declare models on this base (tests/test_records.py checks the list is whole)
MODEL_MODULES = ("drafting.report", "drafting.findings", "drafting.quantities", "drafting.numbers.extract",
                 "drafting.numbers.sentences", "drafting.checks.redundancy", "drafting.review")
_records = False


def use_records() -> bool:
    """Records for the rest of this process, where no model is declared yet (else pydantic's stay,
    for all of them); whether records are used."""
    global _records
    if not any(m in sys.modules for m in MODEL_MODULES):
        _records = True
    return _records


def records_used() -> bool:
    return _records


def __getattr__(name: str) -> Any:
    if name not in ("BaseModel", "ConfigDict", "Field", "PrivateAttr"):
        raise AttributeError(name)
    if _records:
        from . import records

        return getattr(records, name)
    import pydantic

    return getattr(pydantic, name)
