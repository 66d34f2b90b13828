"""The public API is declared once, in drafting.__all__, and every name in it resolves."""

import subprocess
import sys

import drafting


def test_every_exported_name_resolves():
    for name in drafting.__all__:
        assert getattr(drafting, name) is not None, name


def test_exports_are_pinned():
    assert set(drafting.__all__) == {
        "DataFileError", "DataWarning", "DepartmentData", "Draft", "DraftingError", "FactIndex", "FakeModel",
        "Finding", "FolderReview", "GuardError", "GuardReport", "GuardedText", "InputError", "Kind", "Location", "Mention",
        "ModelError", "Quantity", "Report", "ReportFileError", "ReviewOptions", "ReviewResult", "Severity",
        "Unit", "build_facts", "check_arithmetic", "draft", "extract", "get_model", "load_department",
        "read_report", "review", "review_folder", "verify", "write_docx",
    }


def test_import_stays_light():
    code = "import sys, drafting; print(any(m.startswith(('langchain', 'docx', 'openai')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
