"""JSON Schemas of the boundary models, so other tools can validate our inputs and outputs.

The files under ``schemas/`` are generated; ``schema_is_current`` lets a test (and
``jixiao schema --check``) fail when a model changed but the files were not regenerated.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..department import DepartmentData
from ..findings import ReviewResult
from ..report import Report
from .atomic import write_text
from .field_titles import FIELD_DESCRIPTIONS, FIELD_TITLES

__all__ = ["SCHEMAS", "export_schemas", "render_schema", "schema_is_current"]

SCHEMAS: dict[str, type[BaseModel]] = {
    "department-data.schema.json": DepartmentData,
    "report.schema.json": Report,
    "review-result.schema.json": ReviewResult,
}


def render_schema(model: type[BaseModel]) -> str:
    """The schema text exactly as written to disk (sorted keys, 2-space indent, UTF-8, final newline)."""
    schema = model.model_json_schema()
    if model is DepartmentData:
        _add_titles(schema)
    return json.dumps(schema, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _add_titles(schema: dict[str, Any]) -> None:
    """Chinese titles and descriptions on every property of the department data (what the model sets in
    Chinese stays; an English description gives way)."""
    parts = [(schema.get("title", "DepartmentData"), schema), *schema.get("$defs", {}).items()]
    for name, part in parts:
        titles, notes = FIELD_TITLES.get(name, {}), FIELD_DESCRIPTIONS.get(name, {})
        for key, prop in part.get("properties", {}).items():
            if key in titles and not _chinese(prop.get("title", "")):
                prop["title"] = titles[key]
            if key in notes and not _chinese(prop.get("description", "")):
                prop["description"] = notes[key]


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def export_schemas(out_dir: str | Path = "schemas") -> list[Path]:
    """Write every schema into ``out_dir`` atomically; return the paths written."""
    out = Path(out_dir)
    return [write_text(out / name, render_schema(model)) for name, model in SCHEMAS.items()]


def schema_is_current(out_dir: str | Path = "schemas") -> list[str]:
    """Names of schema files in ``out_dir`` that are missing or differ from the models."""
    out = Path(out_dir)
    stale = []
    for name, model in SCHEMAS.items():
        path = out / name
        if not path.exists() or path.read_text(encoding="utf-8") != render_schema(model):
            stale.append(name)
    return stale
