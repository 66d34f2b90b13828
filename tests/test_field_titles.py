"""Every field of the department data schema has a Chinese title, so a form or an officer reads
当年结余 rather than ``balance_year``; a title table entry for a field that no longer exists fails."""

import json
import re
from pathlib import Path

from drafting.department import DepartmentData
from drafting.io.field_titles import FIELD_TITLES
from drafting.io.schema_export import render_schema

CJK = re.compile(r"[\u4e00-\u9fff]")


def _parts() -> list[tuple[str, dict]]:
    schema = json.loads(render_schema(DepartmentData))
    return [("DepartmentData", schema), *schema["$defs"].items()]


def test_every_property_has_a_chinese_title():
    missing = [f"{name}.{key}" for name, part in _parts() for key, prop in part.get("properties", {}).items()
               if not CJK.search(prop.get("title", ""))]
    assert missing == []


def test_the_title_table_names_only_fields_that_exist():
    fields = {name: set(part.get("properties", {})) for name, part in _parts()}
    stale = [f"{m}.{f}" for m, titles in FIELD_TITLES.items() for f in titles if f not in fields.get(m, set())]
    assert stale == []


def test_the_committed_schema_carries_the_titles():
    text = (Path(__file__).parent.parent / "schemas/department-data.schema.json").read_text(encoding="utf-8")
    assert '"title": "当年结余"' in text and '"title": "公共财政拨款"' in text


def test_every_property_has_a_chinese_description():
    missing = [f"{name}.{key}" for name, part in _parts() for key, prop in part.get("properties", {}).items()
               if not CJK.search(prop.get("description", ""))]
    assert missing == []


def test_the_description_table_names_only_fields_that_exist():
    from drafting.io.field_titles import FIELD_DESCRIPTIONS

    fields = {name: set(part.get("properties", {})) for name, part in _parts()}
    stale = [f"{m}.{f}" for m, notes in FIELD_DESCRIPTIONS.items() for f in notes if f not in fields.get(m, set())]
    assert stale == []
