"""jixiao (绩效): draft, review and number-guard 绩效自评报告.

The public API is this module's ``__all__``. Names load lazily so that ``import drafting`` stays
light (LangChain and python-docx load only when a function that needs them is called).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    # data
    "DepartmentData": "department",
    "DataWarning": "department",
    "load_department": "io.loading",
    "Quantity": "quantities",
    "Unit": "quantities",
    # reports
    "Report": "report",
    "Location": "report",
    "read_report": "io.reading",
    "write_docx": "io.docx_writer",
    # numbers and the guard
    "extract": "numbers.extract",
    "Mention": "numbers.extract",
    "build_facts": "numbers.facts",
    "FactIndex": "numbers.facts",
    "verify": "numbers.guard",
    "GuardReport": "numbers.guard",
    "GuardedText": "numbers.guard",
    "check_arithmetic": "checks.arithmetic.tables",
    # review
    "review": "review",
    "ReviewOptions": "review",
    "review_folder": "folder",
    "FolderReview": "folder",
    "ReviewResult": "findings",
    "Finding": "findings",
    "Kind": "findings",
    "Severity": "findings",
    # drafting
    "draft": "draft.drafter",
    "Draft": "draft.drafter",
    "get_model": "llm.models",
    "FakeModel": "llm.models",
    # errors
    "DraftingError": "errors",
    "InputError": "errors",
    "DataFileError": "errors",
    "ReportFileError": "errors",
    "ModelError": "errors",
    "GuardError": "errors",
}

__all__ = [
    "DataFileError",
    "DataWarning",
    "DepartmentData",
    "Draft",
    "DraftingError",
    "FactIndex",
    "FakeModel",
    "Finding",
    "FolderReview",
    "GuardError",
    "GuardReport",
    "GuardedText",
    "InputError",
    "Kind",
    "Location",
    "Mention",
    "ModelError",
    "Quantity",
    "Report",
    "ReportFileError",
    "ReviewOptions",
    "ReviewResult",
    "Severity",
    "Unit",
    "build_facts",
    "check_arithmetic",
    "draft",
    "extract",
    "get_model",
    "load_department",
    "read_report",
    "review",
    "review_folder",
    "verify",
    "write_docx",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'drafting' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


if TYPE_CHECKING:  # pragma: no cover
    from .checks.arithmetic.tables import check_arithmetic
    from .department import DataWarning, DepartmentData
    from .draft.drafter import Draft, draft
    from .errors import DataFileError, DraftingError, GuardError, InputError, ModelError, ReportFileError
    from .findings import Finding, Kind, ReviewResult, Severity
    from .folder import FolderReview, review_folder
    from .io.docx_writer import write_docx
    from .io.loading import load_department
    from .io.reading import read_report
    from .llm.models import FakeModel, get_model
    from .numbers.extract import Mention, extract
    from .numbers.facts import FactIndex, build_facts
    from .numbers.guard import GuardedText, GuardReport, verify
    from .quantities import Quantity, Unit
    from .report import Location, Report
    from .review import ReviewOptions, review
