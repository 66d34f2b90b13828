"""schema_export: schemas/ holds the current JSON Schemas of the boundary models."""

from __future__ import annotations

import json
from pathlib import Path

from drafting.department import DepartmentData
from drafting.io.schema_export import SCHEMAS, export_schemas, render_schema, schema_is_current

REPO_SCHEMAS = Path(__file__).parents[1] / "schemas"


def test_committed_schemas_match_the_models() -> None:
    # If this fails, a model changed: run `python -m drafting schema` and commit schemas/.
    assert schema_is_current(REPO_SCHEMAS) == []


def test_export_writes_the_three_files(tmp_path: Path) -> None:
    paths = export_schemas(tmp_path)
    assert sorted(p.name for p in paths) == sorted(SCHEMAS)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(SCHEMAS)


def test_schema_text_is_sorted_indented_utf8_with_final_newline() -> None:
    text = render_schema(DepartmentData)
    assert text.endswith("}\n")
    assert "人员编制数" in text  # not \\u-escaped
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_a_changed_file_is_reported_stale(tmp_path: Path) -> None:
    export_schemas(tmp_path)
    (tmp_path / "report.schema.json").write_text("{}\n", encoding="utf-8")
    assert schema_is_current(tmp_path) == ["report.schema.json"]


def test_a_missing_file_is_reported_stale(tmp_path: Path) -> None:
    export_schemas(tmp_path)
    (tmp_path / "review-result.schema.json").unlink()
    assert schema_is_current(tmp_path) == ["review-result.schema.json"]
